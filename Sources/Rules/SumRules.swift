import Layouts
import RenjaModel

/// sum.children, sum.total, sum.triwulan: amounts that must add up, compared exactly (money is
/// whole rupiah) on the values the sheet states, never on corrected ones.
struct SumRules {
    let v: Validator

    func run() -> [Finding] {
        var out: [Finding] = []
        let rows = v.model.rows
        let h = v.derivation.hierarchy
        if v.spec.isHierarchical {
            for key in v.derivation.aggregatedKeys {
                for i in rows.indices where h.isParent(i) {
                    if let f = check(i, key: key, contributors: h.contributors(of: i), rule: "sum.children") { out.append(f) }
                }
                for t in h.totals where !h.roots.isEmpty {
                    if let f = check(t, key: key, contributors: h.rootContributors, rule: "sum.total") { out.append(f) }
                }
            }
        }
        for (left, right) in quarterSums() {
            for i in rows.indices where rows[i].level != .lain {
                guard let stated = rows[i].values[left]?.rupiah else { continue }
                let parts = right.compactMap { rows[i].values[$0]?.rupiah }
                guard !parts.isEmpty, let sum = Rupiah.sum(parts) else { continue }
                if sum != stated, let d = Rupiah.difference(stated, sum) {
                    out.append(v.finding("sum.triwulan", .error, row: i, key: left, expected: DecimalNumber(sum), actual: DecimalNumber(stated),
                        id: "\(v.label(left)) \(v.who(i)) tertulis \(Rupiah.format(stated)), tetapi jumlah keempat triwulannya \(Rupiah.format(sum)) (selisih \(Rupiah.format(d))). Perbaiki nilai tahunan atau nilai triwulannya.",
                        en: "\(v.label(left)) of \(v.who(i, english: true)) is \(Rupiah.format(stated)) but its four quarters add up to \(Rupiah.format(sum)) (difference \(Rupiah.format(d))). Correct the annual value or the quarters."))
                }
            }
        }
        return out
    }

    /// Money columns whose formula is a plain sum of quarter columns, and the template's checks.
    func quarterSums() -> [(String, [String])] {
        var out: [(String, [String])] = []
        for c in v.spec.columns where c.type == .rupiah {
            guard let f = c.formula, let e = try? Formula.parse(f), Self.isPlainSum(e) else { continue }
            let refs = e.references
            if refs.count == 4, refs.allSatisfy({ $0.contains("tw") }) { out.append((c.key, refs)) }
        }
        for c in v.spec.checks ?? [] where c.rule == "sum.triwulan" { out.append((c.left, c.right)) }
        return out
    }

    static func isPlainSum(_ e: Formula) -> Bool {
        switch e {
        case .column: true
        case .add(let a, let b): isPlainSum(a) && isPlainSum(b)
        default: false
        }
    }

    /// What a contributor stands for in a sum: its own amount, or, when it leaves the cell empty,
    /// what its own parts add up to (S3 T-C.31: kegiatan rows without pagu between a program and
    /// its sub kegiatan). `unreadable` when a cell holds text that is not a number: the sum is then
    /// not judged (value.number already names that cell).
    func amount(_ j: Int, _ key: String) -> (value: Int64?, unreadable: Bool) {
        let rows = v.model.rows
        switch rows[j].values[key] {
        case .rupiah(let x)?: return (x, false)
        case .text(let s)? where !s.isEmpty: return (nil, true)
        case nil where v.derivation.hierarchy.isParent(j):
            var sum: Int64? = nil
            for c in v.derivation.hierarchy.contributors(of: j) {
                let a = amount(c, key)
                if a.unreadable { return (nil, true) }
                if let x = a.value {
                    // A sum past 64 bits is not judged, as an unreadable cell.
                    guard let s = Rupiah.add(sum ?? 0, x) else { return (nil, true) }
                    sum = s
                }
            }
            return (sum, false)
        default: return (nil, false)
        }
    }

    func check(_ i: Int, key: String, contributors: [Int], rule: String) -> Finding? {
        let rows = v.model.rows
        guard let stated = rows[i].values[key]?.rupiah else { return nil }
        let amounts = contributors.map { amount($0, key) }
        guard !amounts.contains(where: \.unreadable) else { return nil }
        let values = amounts.compactMap(\.value)
        guard !values.isEmpty, let sum = Rupiah.sum(values) else { return nil }
        guard sum != stated, let d = Rupiah.difference(stated, sum) else { return nil }
        let childLevel = contributors.first.map { rows[$0].level == .indikator ? Level.subkegiatan : rows[$0].level } ?? .subkegiatan
        let isTotal = rule == "sum.total"
        let what = isTotal ? "Jumlah" : "\(v.label(key)) \(v.who(i))"
        let whatEn = isTotal ? "The total" : "\(v.label(key)) of \(v.who(i, english: true))"
        let of = isTotal ? "seluruh baris di atasnya" : "\(childLevel.nama)-nya"
        let ofEn = isTotal ? "all rows above it" : "its \(childLevel.nameEnglish) rows"
        return v.finding(rule, .error, row: i, key: key, expected: DecimalNumber(sum), actual: DecimalNumber(stated),
            id: "\(what) (\(Rupiah.format(stated))) tidak sama dengan jumlah \(of) (\(Rupiah.format(sum))); selisih \(Rupiah.format(d)). Perbaiki angka induk atau rinciannya agar sama.",
            en: "\(whatEn) (\(Rupiah.format(stated))) does not equal the sum of \(ofEn) (\(Rupiah.format(sum))); difference \(Rupiah.format(d)). Correct the parent or its parts so that they agree.")
    }
}
