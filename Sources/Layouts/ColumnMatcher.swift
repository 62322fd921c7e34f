import RenjaModel

/// Maps the physical columns of a header block to the column keys of one layout, by header text
/// (never by position alone): each alias of `templates/` scores by how specific it is, the most
/// specific pairs are taken first, and equal scores go left to right in template order (so the four
/// `Target Renstra | Tahun …` columns of T-C.30 land on n-2, n-1, n, n+1 in turn).
public struct ColumnMatch: Sendable {
    public var kind: TableKind
    /// Physical column -> key.
    public var keys: [Int: String]
    /// Physical columns that together hold the code (split `URUSAN | BIDANG | PROGRAM | …` columns).
    public var kodeColumns: [Int]
    public var score: Int
    public var variant: VariantSpec
    /// Official columns of the variant that were not found.
    public var missing: [String]

    public func column(of key: String) -> Int? { keys.first { $0.value == key }?.key }
}

public enum ColumnMatcher {
    /// Score of one alias against a column's header text: the total length of its parts when all
    /// appear, else 0. Single short aliases (`k`, `rp`, `no`) must be the whole word.
    static func aliasScore(_ alias: String, in text: String) -> Int {
        var total = 0
        for part in alias.split(separator: "|") {
            let p = String(part)
            if p.count <= 3 {
                guard containsWord(p, in: text) else { return 0 }
            } else {
                guard bytesContain(text, p) else { return 0 }
            }
            total += p.count
        }
        return total
    }

    /// Substring test on UTF-8 bytes: header matching runs over many cells and Foundation's
    /// locale-aware search costs far more than a plain byte scan.
    static func bytesContain(_ haystack: String, _ needle: String) -> Bool { haystack.containsBytes(needle) }

    /// A short alias (`k`, `rp`, `no`) must stand as a word of its own, not inside another word.
    static func containsWord(_ w: String, in text: String) -> Bool {
        var t = text, n = w
        return t.withUTF8 { hb in
            n.withUTF8 { nb in
                guard !nb.isEmpty, nb.count <= hb.count else { return false }
                func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b >= 0x80 }
                var i = 0
                while i + nb.count <= hb.count {
                    var j = 0
                    while j < nb.count && hb[i + j] == nb[j] { j += 1 }
                    if j == nb.count, i == 0 || !isLetter(hb[i - 1]), i + nb.count == hb.count || !isLetter(hb[i + nb.count]) { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// How much a header cell text looks like any column of any layout (header detection).
    public static func headerScore(_ text: String, catalog: TemplateCatalog) -> Int {
        guard !text.isEmpty, text.utf8.count < 160 else { return 0 }
        outer: for parts in catalog.allAliasParts {
            var total = 0
            for p in parts {
                if p.utf8.count <= 3 { guard containsWord(p, in: text) else { continue outer } } else { guard bytesContain(text, p) else { continue outer } }
                total += p.utf8.count
            }
            if total >= 3 { return 1 }
        }
        return 0
    }

    public static func match(_ block: HeaderBlock, spec: TemplateSpec) -> ColumnMatch {
        var candidates: [(col: Int, key: String, score: Int, order: Int)] = []
        let columns = block.columnPaths.keys.sorted()
        for col in columns {
            let text = block.text(col)
            guard !text.isEmpty else { continue }
            for (order, spec) in spec.columns.enumerated() {
                let s = spec.aliases.map { aliasScore($0, in: text) }.max() ?? 0
                if s > 0 { candidates.append((col, spec.key, s, order)) }
            }
        }
        candidates.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.col != b.col { return a.col < b.col }
            return a.order < b.order
        }
        var keys: [Int: String] = [:]
        var used = Set<String>()
        var total = 0
        // Split code columns: several neighbouring columns under one "Kode" group.
        // "Kode Rekening" is the account code where the layout has one (DPA), else the code itself
        // (S0's realisation splits it over nine cells).
        let rekeningIsOwn = spec.column("kode_rekening") != nil
        let kodeColumns = columns.filter { block.text($0).hasPrefix("kode") && !(rekeningIsOwn && block.text($0).contains("rekening")) }
        let splitKode = kodeColumns.count > 1
        for c in candidates where keys[c.col] == nil && !used.contains(c.key) {
            if splitKode && kodeColumns.contains(c.col) { continue }
            keys[c.col] = c.key
            used.insert(c.key)
            total += c.score
        }
        if splitKode, spec.column("kode") != nil {
            keys[kodeColumns[0]] = "kode"
            used.insert("kode")
            total += 4
        }
        // The variant whose columns fit best: most found, fewest missing, same order.
        let found = Set(keys.values)
        var bestVariant = spec.official
        var bestFit = Int.min
        for v in spec.variants {
            let vs = Set(v.keys)
            var fit = vs.intersection(found).count * 10 - vs.subtracting(found).count * 6 - found.subtracting(vs).count * 8
            // Order agreement.
            let orderFound = keys.sorted { $0.key < $1.key }.map(\.value).filter { vs.contains($0) }
            let orderVariant = v.keys.filter { found.contains($0) }
            if orderFound == orderVariant { fit += 3 }
            if let nr = v.numberRow, !block.numberLabels.isEmpty {
                let labels = Set(block.numberLabels.values.map { normalizedLabel($0).replacingOccurrences(of: " ", with: "") })
                let want = Set(nr.map { normalizedLabel($0).replacingOccurrences(of: " ", with: "") })
                fit += labels.intersection(want).filter { $0.contains("=") }.count * 4
            }
            for (key, word) in v.headerContains ?? [:] {
                if let col = keys.first(where: { $0.value == key })?.key { fit += block.text(col).contains(word) ? 4 : -4 }
            }
            if v.thousands != nil {
                let money = keys.filter { v.thousands!.contains($0.value) }.map { block.text($0.key) }
                if money.contains(where: { $0.contains("000") || $0.contains("ribu") }) { fit += 5 } else { fit -= 1 }
            }
            if fit > bestFit { bestFit = fit; bestVariant = v }
        }
        // A column with no heading at all (S4 prints the indicator column unlabeled) takes the one
        // missing key that the variant puts exactly between its neighbours.
        let vkeys = bestVariant.keys
        for (i, key) in vkeys.enumerated() where !keys.values.contains(key) {
            guard i > 0, i + 1 < vkeys.count,
                  let left = keys.first(where: { $0.value == vkeys[i - 1] })?.key,
                  let right = keys.first(where: { $0.value == vkeys[i + 1] })?.key, right == left + 2,
                  keys[left + 1] == nil, block.text(left + 1).isEmpty || block.columnPaths[left + 1] == nil else { continue }
            keys[left + 1] = key
        }
        let missing = bestVariant.keys.filter { !keys.values.contains($0) }
        return ColumnMatch(kind: spec.tableKind!, keys: keys, kodeColumns: splitKode ? kodeColumns : (keys.first { $0.value == "kode" }.map { [$0.key] } ?? []),
                           score: total - missing.count * 3, variant: bestVariant, missing: missing)
    }
}
