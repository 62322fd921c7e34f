import Foundation
import RenjaModel
import SheetIO

/// The header block of a table found in a sheet: which rows are titles, which are the multi-row
/// header, whether there is a column-number row, and the full header text of every column.
///
/// Sheets put titles above the table, two or three merged header rows, and a row `1 2 3 … 8=(7/6)`
/// below; CSV exports lose the merges. So a group label (`Rencana Tahun 2024` over four columns) is
/// carried right over the columns it spans, from the merges when there are some and otherwise from
/// the row below it.
public struct HeaderBlock: Sendable, Equatable {
    /// 0-based sheet rows of the header (without the number row).
    public var headerRows: [Int]
    /// 0-based sheet row of the column-number row, if any.
    public var numberRow: Int?
    /// Labels of the number row by column.
    public var numberLabels: [Int: String]
    /// Header path of every column that has one: the texts from top to bottom.
    public var columnPaths: [Int: [String]]
    /// Texts of the rows above the header (titles), in order.
    public var titleLines: [String]

    /// First row after the header block.
    public var bodyStart: Int { (numberRow ?? headerRows.last ?? -1) + 1 }

    /// The plan year n the header years are relative to, when it can be told.
    public var yearBase: Int?
    /// The plan year as the header itself states it, a relative and an absolute year in one cell
    /// ("Tahun (n-2) - 2020" in S2's T-C.29, whose title names the year n-2): trusted over titles.
    public var statedYear: Int?

    /// The whole normalised header text of a column (group and sub headers joined), with every
    /// year also written relative to the plan year (`2026` -> `2026 [n+1]`), so that layouts can
    /// name columns by "n+1" whatever the year of the document.
    public func text(_ column: Int) -> String {
        let t = normalizedLabel((columnPaths[column] ?? []).joined(separator: " "))
        var tokens: [String] = Self.relativeYears(in: t)
        guard let base = yearBase else { return tokens.isEmpty ? t : t + " " + tokens.joined(separator: " ") }
        for y in Self.years(in: t) {
            let d = y - base
            tokens.append(d == 0 ? "[n]" : (d > 0 ? "[n+\(d)]" : "[n\(d)]"))
        }
        return tokens.isEmpty ? t : t + " " + tokens.joined(separator: " ")
    }

    /// Years written relative to the plan year in the header itself: "(thn n-2)", "Tahun n+1", "(n)".
    static func relativeYears(in t: String) -> [String] {
        var out: [String] = []
        let c = Array(t)
        for i in c.indices where c[i] == "n" && (i == 0 || !c[i - 1].isLetter) {
            var j = i + 1
            while j < c.count, c[j] == " " { j += 1 }
            if j < c.count, c[j] == "-" || c[j] == "+" {
                let sign = c[j]
                j += 1
                while j < c.count, c[j] == " " { j += 1 }
                if j < c.count, let d = c[j].wholeNumberValue { out.append("[n\(sign)\(d)]") }
            } else if j >= c.count || c[j] == ")" || (c[j] == " " && !(j + 1 < c.count && c[j + 1].isLetter)) || (!c[j].isLetter && !c[j].isNumber) {
                out.append("[n]")
            }
        }
        return out
    }

    static func years(in t: String) -> [Int] {
        var out: [Int] = []
        let chars = Array(t)
        var i = 0
        while i + 4 <= chars.count {
            if chars[i] == "2", chars[i + 1] == "0", chars[i + 2].isNumber, chars[i + 3].isNumber,
               i == 0 || !chars[i - 1].isNumber, i + 4 == chars.count || !chars[i + 4].isNumber,
               let y = Int(String(chars[i..<(i + 4)])) {
                out.append(y); i += 4
            } else { i += 1 }
        }
        return out
    }

    /// The plan year: from the titles ("Tahun 2024"), else from headers naming two consecutive
    /// years (n and n+1 of T-C.33).
    mutating func decideYearBase() {
        var votes: [Int: Int] = [:]
        for p in columnPaths.values {
            for cell in p {
                let t = normalizedLabel(cell)
                let rel = Self.relativeYears(in: t), ys = Self.years(in: t)
                guard rel.count == 1, ys.count == 1, let off = Int(rel[0].dropFirst(2).dropLast().replacingOccurrences(of: "+", with: "")) ?? (rel[0] == "[n]" ? 0 : nil) else { continue }
                votes[ys[0] - off, default: 0] += 1
            }
        }
        if let best = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) {
            statedYear = best.key
            yearBase = best.key
            return
        }
        if let t = RowText.meta(from: titleLines).tahun { yearBase = t; return }
        var ys = Set<Int>()
        for p in columnPaths.values { for y in Self.years(in: normalizedLabel(p.joined(separator: " "))) { ys.insert(y) } }
        if ys.count == 2, let lo = ys.min(), ys.contains(lo + 1) { yearBase = lo }
    }

    /// Cells of a number row: `1`, `(1)`, `8=(7/6)`, `10 = 5+7+9`, `14 = 7+13`, `15 = 14/6 x 100%`.
    static func isNumberLabel(_ s: String) -> Bool {
        let t = s.trimmedWhitespace
        guard let first = t.first else { return false }
        guard first.isNumber || first == "(" else { return false }
        var digits = ""
        for ch in t.drop(while: { $0 == "(" }) {
            if ch.isNumber { digits.append(ch) } else { break }
        }
        guard let n = Int(digits), n >= 1, n <= 60 else { return false }
        let rest = t.drop(while: { $0 == "(" }).dropFirst(digits.count).trimmedWhitespace
        return rest.isEmpty || rest == ")" || rest.hasPrefix("=") || rest.hasPrefix(")") || rest.hasPrefix("(")
    }

    static func leadingNumber(_ s: String) -> Int? {
        Int(s.trimmedWhitespace.drop(while: { $0 == "(" }).prefix(while: { $0.isNumber }))
    }

    /// A row that is the column-number row: at least three cells, nearly all number labels, rising.
    static func isNumberRow(_ row: SheetRow) -> Bool {
        // Cheap rejection first: every row of a large sheet passes here.
        for c in row.cells {
            if let n = c.textUTF8Count, n > 24 { return false }
        }
        let cells = row.cells.filter { !$0.isEmpty }
        guard cells.count >= 3 else { return false }
        let labels = cells.filter { isNumberLabel($0.value.text) }
        guard Double(labels.count) >= Double(cells.count) * 0.8 else { return false }
        let nums = labels.compactMap { leadingNumber($0.value.text) }
        guard let first = nums.first, first <= 3 else { return false }
        var rising = 0
        for (a, b) in zip(nums, nums.dropFirst()) where b >= a { rising += 1 }
        return rising >= nums.count - 2
    }

    /// Finds the header block among the first rows of a sheet. `score` rates how much a row's
    /// texts look like column headers of any known layout.
    static func find(in rows: [SheetRow], merges: [CellRange], score: (String) -> Int) -> HeaderBlock? {
        let scan = rows.prefix(80)
        guard !scan.isEmpty else { return nil }
        // Numbers never name a column; only text cells are scored.
        func rowScore(_ r: SheetRow) -> Int { r.cells.reduce(0) { if case .text(let t) = $1.value { return $0 + score(normalizedLabel(t)) } else { return $0 } } }
        func textCells(_ r: SheetRow) -> Int { r.cells.filter { !$0.isEmpty }.count }

        // The best-scoring header row, then the block around it.
        var best: (index: Int, score: Int)? = nil
        for (i, r) in scan.enumerated() where textCells(r) >= 2 && !isNumberRow(r) {
            // A clear header found a dozen rows ago: the rows now are data, not a better header.
            if let b = best, b.score >= 4, i > b.index + 12 { break }
            let s = rowScore(r)
            if s > (best?.score ?? 0) { best = (i, s) }
        }
        guard let best, best.score >= 2 else { return nil }
        let positions = Array(scan)
        var top = best.index, bottom = best.index
        // Rows above that still belong to the header: several cells matching header words (a title
        // line is usually a single merged cell).
        // Group labels drawn over merged cells ("PEGAWAI | BARANG DAN JASA | MODAL | TOTAL" over
        // their Jumlah/Realisasi columns, S0) belong to the header even when no word is known.
        func isGroupRow(_ r: SheetRow) -> Bool {
            let cells = r.cells.filter { !$0.isEmpty }
            guard cells.allSatisfy({ if case .text = $0.value { return true } else { return false } }) else { return false }
            let merged = cells.filter { c in
                merges.contains { $0.firstRow == r.index && $0.firstColumn == c.column && ($0.lastColumn > $0.firstColumn || $0.lastRow > $0.firstRow) }
            }
            return merged.count >= 2 && merged.count * 3 >= cells.count * 2
        }
        while top > 0, top > best.index - 3 {
            let r = positions[top - 1]
            if textCells(r) >= 2 && (rowScore(r) > 0 || isGroupRow(r)) && !looksLikeData(r) && !isNumberRow(r) { top -= 1 } else { break }
        }
        // Rows below: sub headers (`K | Rp`, `I II III IV`, `Lokasi | Target …`) until the number
        // row or the first data row.
        var numberRow: Int? = nil
        var j = best.index + 1
        while j < positions.count, j <= best.index + 4 {
            let r = positions[j]
            if isNumberRow(r) { numberRow = j; break }
            if textCells(r) == 0 { j += 1; continue }
            if looksLikeData(r) || isSubHeader(r, score: score) == false { break }
            bottom = j
            j += 1
        }
        let headerRows = Array((top...bottom).map { positions[$0].index })
        let numberSheetRow = numberRow.map { positions[$0].index }

        // Header paths, carrying group labels right over the columns they span.
        var paths: [Int: [String]] = [:]
        let maxCol = positions[top...bottom].flatMap { $0.cells.map(\.column) }.max() ?? 0
        let rowCells: [[Int: String]] = positions[top...bottom].map { r in
            var d: [Int: String] = [:]
            for c in r.cells where !c.isEmpty { d[c.column] = c.value.text.trimmedWhitespace }
            return d
        }
        for (k, sheetRow) in headerRows.enumerated() {
            var carried: (text: String, until: Int)? = nil
            for c in 0...maxCol {
                if let t = rowCells[k][c] {
                    paths[c, default: []].append(t)
                    // How far this label spans: its merge, or (without merges) as long as the row
                    // below has sub headers and this row has nothing.
                    if let m = merges.first(where: { $0.firstRow == sheetRow && $0.firstColumn == c && $0.lastColumn > c }) {
                        carried = (t, m.lastColumn)
                    } else if merges.isEmpty, k + 1 < rowCells.count, rowCells[k + 1][c] != nil {
                        carried = (t, Int.max)
                    } else {
                        carried = nil
                    }
                } else if let cr = carried, c <= cr.until {
                    if cr.until == Int.max, !(k + 1 < rowCells.count && rowCells[k + 1][c] != nil) {
                        carried = nil
                    } else {
                        paths[c, default: []].append(cr.text)
                    }
                }
            }
        }
        var numberLabels: [Int: String] = [:]
        if let n = numberRow {
            for c in positions[n].cells where !c.isEmpty { numberLabels[c.column] = c.value.text }
        }
        let titles = positions[..<top].compactMap { r -> String? in
            let t = r.cells.map { $0.value.text }.filter { !$0.isEmpty }.joined(separator: " ")
            return t.isEmpty ? nil : t
        }
        var block = HeaderBlock(headerRows: headerRows, numberRow: numberSheetRow, numberLabels: numberLabels,
                                columnPaths: paths, titleLines: titles, yearBase: nil)
        block.decideYearBase()
        return block
    }

    /// Data rows hold money, codes or long names; header rows hold short labels.
    static func looksLikeData(_ r: SheetRow) -> Bool {
        for c in r.cells {
            switch c.value {
            case .number(let d): if d.magnitude >= 1000 { return true }
            case .text(let s):
                let t = s.trimmedWhitespace
                if let p = NumberText.parse(t, hint: .money), p.value.magnitude >= 1000 { return true }
                if t.contains("."), Kode.parse(t)?.level == .subkegiatan || Kode.parse(t)?.level == .kegiatan { return true }
            default: break
            }
        }
        return false
    }

    /// A sub header row: mostly short labels (`K`, `Rp`, `I`, `Lokasi`) or known header words.
    static func isSubHeader(_ r: SheetRow, score: (String) -> Int) -> Bool {
        let texts = r.cells.map { normalizedLabel($0.value.text) }.filter { !$0.isEmpty }
        guard !texts.isEmpty else { return false }
        // Data carries numbers ("1", "16%", "30"); sub headers carry words (years only with "tahun"),
        // never a programme's name ("I | Program Penunjang …", S1).
        if r.cells.contains(where: { if case .number = $0.value { return true } else { return false } }) { return false }
        if texts.contains(where: RowText.namesChainRow) { return false }
        if texts.contains(where: { t in t.contains(where: \.isNumber) && !t.contains("tahun") && !t.contains("n-") && !t.contains("n+") }) { return false }
        let short = texts.filter { $0.count <= 4 || score($0) > 0 || $0.contains("tahun") || $0.hasSuffix("(rp)") || $0.hasSuffix("(%)") }
        return Double(short.count) >= Double(texts.count) * 0.6
    }
}

extension DecimalNumber {
    var magnitude: DecimalNumber { mantissa < 0 ? -self : self }
    static func >= (a: DecimalNumber, b: Int) -> Bool { !(a < DecimalNumber(b)) }
}
