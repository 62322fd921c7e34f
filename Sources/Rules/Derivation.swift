import Foundation
import Layouts
import RenjaModel

/// The values a table should have: parent amounts as the sums of their children, derived columns
/// by the template's formulas, footer averages and predikat. One computation serves the validator
/// (compare with what the sheet says) and the writer (cached values of the live formulas), so the
/// two can never disagree.
///
/// Semantics follow what the written Excel formulas do: a derived cell is empty when none of its
/// operands is a number; empty operands count as 0 in sums; text operands, or a division by zero or
/// by an empty cell, make the cell empty (the formula's `IFERROR(…,"")`).
public struct Derivation: Sendable {
    public let spec: TemplateSpec
    public let hierarchy: Hierarchy
    /// The model's rows, as read.
    private let model: [Row]
    /// The values the derivation sets (a parent's sums, a row's derived columns), only those, for
    /// the rows it changes: `changedAt` gives a row's place here; every other value is the model's.
    /// A copy of every row took 15 MB for 121,000 rows, held beside the workbook being written.
    private var changed: [RowValues] = []
    private var changedAt = RowIndexMap()

    /// `kodes`: the rows' codes already parsed, when the caller has them.
    public init(model: TableModel, spec: TemplateSpec, kodes: [Kode?]? = nil) {
        self.spec = spec
        self.hierarchy = Hierarchy(rows: model.rows, kodes: kodes)
        self.model = model.rows
        if spec.isHierarchical { aggregate() }
        derive()
    }

    /// The rows with every aggregated and derived value filled in.
    public var rows: Rows { Rows(derivation: self) }

    /// The rows of a derivation, each made when asked for (the model's row, with its values
    /// replaced when the derivation changed them).
    public struct Rows: RandomAccessCollection, Sendable {
        let derivation: Derivation
        public var startIndex: Int { 0 }
        public var endIndex: Int { derivation.model.count }
        public subscript(i: Int) -> Row {
            var row = derivation.model[i]
            if let at = derivation.changedAt[i] {
                for (key, value) in derivation.changed[at] { row.values[key] = value }
            }
            return row
        }
    }

    /// Row `i`'s value of `key` once derived, without making the row.
    public func value(_ i: Int, _ key: String) -> Value? {
        if let at = changedAt[i], let v = changed[at][key] { return v }
        return model[i].values[key]
    }

    private mutating func set(_ i: Int, _ key: String, _ v: Value) {
        if let at = changedAt[i] {
            changed[at][key] = v
        } else {
            changedAt[i] = changed.count
            changed.append([key: v])
        }
    }

    /// Keys whose parent cells are sums of their children.
    public var aggregatedKeys: [String] { spec.columns.filter(\.aggregatesBySum).map(\.key) }

    /// Parents bottom-up, then totals. A derived key that also aggregates (realisasi_rp) is
    /// aggregated too, and its formula then agrees because its operands are aggregated as well.
    mutating func aggregate() {
        let keys = aggregatedKeys
        for i in model.indices.reversed() where hierarchy.isParent(i) {
            let contributors = hierarchy.contributors(of: i)
            for key in keys {
                if let s = sum(key, over: contributors) { set(i, key, .rupiah(s)) }
            }
        }
        for t in hierarchy.totals {
            for key in keys {
                if let s = sum(key, over: hierarchy.rootContributors) { set(t, key, .rupiah(s)) }
            }
        }
    }

    /// The sum of `key` over `rows` as derived so far (an empty cell counts 0); nil when none has
    /// a value, or when the sum passes what 64 bits hold (the parent then keeps what it says).
    /// Read in place: a copy of each model row would touch all its reference counts.
    private func sum(_ key: String, over rows: [Int]) -> Int64? {
        var any = false, s: Int64? = 0
        model.withUnsafeBufferPointer { model in
            for c in rows {
                let v = changedAt[c].flatMap { changed[$0][key] } ?? model[c].values[key]
                if let v {
                    any = true
                    s = s.flatMap { Rupiah.add($0, v.rupiah ?? 0) }
                }
            }
        }
        return any ? s : nil
    }

    /// Row by row, the derived columns in the template's order (a formula reads only its own
    /// row, where an earlier derived column may be one of its operands).
    mutating func derive() {
        let derived = spec.columns.filter(\.isDerived)
        guard !derived.isEmpty else { return }
        for i in model.indices where model[i].level != .lain {
            var row = rows[i]
            for c in derived {
                guard let e = Self.expression(for: c, row: row, spec: spec) else { continue }
                let operands = e.references
                // No operand present: keep what the sheet says (a value typed without its parts).
                guard operands.contains(where: { Self.isNumeric(row.values[$0]) }) else { continue }
                let value: Value
                if let v = Self.evaluate(e, row: row) {
                    let r = c.round.map { v.rounded($0) } ?? v
                    value = c.type == .rupiah ? .rupiah(r.integerValue) : (c.type == .target ? .target(Target(text: r.description, number: r, unit: nil)) : .number(r))
                } else {
                    // The formula shows "" (IFERROR): text, which makes any formula using it fail
                    // too, unlike a blank input cell that counts as 0.
                    value = .text("")
                }
                row.values[c.key] = value
                set(i, c.key, value)
            }
        }
    }

    /// The formula of a column for a row: by indicator type when the template gives one.
    public static func expression(for c: ColumnSpec, row: Row, spec: TemplateSpec) -> Formula? {
        guard let f = c.formula else { return nil }
        if let byType = c.formulaByIndicator, let type = indicatorType(row: row, spec: spec), let alt = byType[type] {
            return parsed(alt)
        }
        return parsed(f)
    }

    /// Template formulas parsed once per process (the same dozen texts for every row).
    static func parsed(_ text: String) -> Formula? { formulaCache.get(text) }


    /// The indicator type (`persentase`, `nilai_akhir`, `tren_negatif`) from the unit or wording;
    /// nil for ordinary count indicators (tren positif: quarters add up).
    public static func indicatorType(row: Row, spec: TemplateSpec) -> String? {
        guard let types = spec.indicatorTypes else { return nil }
        // Given in the sheet ("Jenis Indikator": tren positif / tren negatif / persentase / nilai akhir).
        if case .text(let given)? = row.values["jenis_indikator"] {
            let g = normalizedLabel(given)
            if g.contains("negatif") { return types["tren_negatif"] != nil ? "tren_negatif" : nil }
            if g.contains("nilai akhir") { return types["nilai_akhir"] != nil ? "nilai_akhir" : nil }
            if g.contains("persen") || g.contains("prosen") { return types["persentase"] != nil ? "persentase" : nil }
            if g.contains("positif") || g.contains("kumulatif") { return nil }
        }
        var words: [String] = []
        for k in ["satuan", "indikator"] { if case .text(let s)? = row.values[k] { words.append(normalizedLabel(s)) } }
        // "Jumlah …" counts, whatever unit a target carries (S3 prints "345%" over "Jumlah koperasi …").
        if case .text(let ind)? = row.values["indikator"], normalizedLabel(ind).hasPrefix("jumlah ") { return nil }
        for k in ["target_k", "target", "target_renstra_k", "target_renstra", "target_n2"] {
            if case .target(let t)? = row.values[k] { if t.isPercent { return types["persentase"] != nil ? "persentase" : nil } }
        }
        let satuan = words.first ?? ""
        // The unit decides first ("%", "Persen"), then the indicator's wording ("Persentase …").
        for (type, markers) in types.sorted(by: { $0.key < $1.key }) {
            for m in markers {
                if satuan == m || satuan.hasPrefix(m) { return type }
            }
        }
        if let ind = words.dropFirst().first ?? (row.values["satuan"] == nil ? words.first : nil) {
            for (type, markers) in types.sorted(by: { $0.key < $1.key }) where markers.contains(where: { $0.count > 2 && ind.hasPrefix($0) }) {
                return type
            }
        }
        return nil
    }

    /// True when the value would be a number cell in the written sheet.
    /// `lenient`: a target with a unit ("98 unit", "6 Orang") counts by its number. The validator
    /// reads K cells that way (the officer means the number); the written sheet cannot, since Excel
    /// sees such a cell as text.
    public static func isNumeric(_ v: Value?, lenient: Bool = false) -> Bool {
        switch v {
        case .rupiah?, .number?: return true
        case .target(let t)?: return t.number != nil && (t.unit == nil || t.unit == "%" || lenient)
        default: return false
        }
    }

    static func numeric(_ v: Value?, lenient: Bool = false) -> DecimalNumber?? {
        switch v {
        case nil: return .some(nil)  // empty: 0 in sums
        case .rupiah(let x)?: return .some(DecimalNumber(x))
        case .number(let d)?: return .some(d)
        case .target(let t)?: return (t.unit == nil || t.unit == "%" || lenient) && t.number != nil ? .some(t.number) : nil  // text: error
        case .text?: return nil  // text, or a formula showing "": arithmetic on it fails
        }
    }

    /// Evaluates like the written formula; nil means the cell shows empty.
    public static func evaluate(_ e: Formula, row: Row, lenient: Bool = false) -> DecimalNumber? {
        enum R { case value(DecimalNumber?), error }
        func ev(_ e: Formula) -> R {
            switch e {
            case .column(let k):
                guard let n = numeric(row.values[k], lenient: lenient) else { return .error }
                return .value(n)
            case .constant(let s): return .value(DecimalNumber(machine: s))
            case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b):
                guard case .value(let x) = ev(a), case .value(let y) = ev(b) else { return .error }
                let l = x ?? .zero, r = y ?? .zero
                switch e {
                case .add: return .value(l + r)
                case .subtract: return .value(l - r)
                default: return .value(l * r)
                }
            case .divide(let a, let b):
                guard case .value(let x) = ev(a), case .value(let y) = ev(b) else { return .error }
                guard let d = y, !d.isZero else { return .error }
                return .value((x ?? .zero).divided(by: d, places: 15))
            case .last(let xs):
                for x in xs.reversed() {
                    if case .column(let k) = x, !isNumeric(row.values[k], lenient: lenient) { continue }
                    if case .value(let v) = ev(x), let v { return .value(v) }
                }
                return .value(nil)
            }
        }
        if case .value(let v) = ev(e) { return v }
        return nil
    }

    /// The predikat label of a capaian, by the template's bands (layouts.md §5: `≥ lower bound` on
    /// the value rounded to 2 decimals).
    public static func predikat(_ capaian: DecimalNumber, bands: [PredikatBand]) -> String {
        let r = capaian.rounded(2).doubleValue
        for b in bands {
            guard let m = b.min else { return b.label }
            if r >= m { return b.label }
        }
        return bands.last?.label ?? ""
    }
}

private final class FormulaCache: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: [String: Formula?] = [:]

    func get(_ text: String) -> Formula? {
        lock.lock(); defer { lock.unlock() }
        if let f = parsed[text] { return f }
        let f = try? Formula.parse(text)
        parsed[text] = f
        return f
    }
}
private let formulaCache = FormulaCache()
