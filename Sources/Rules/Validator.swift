import Foundation
import Layouts
import RenjaModel

/// The rule engine (contract §6): runs every rule family over a model and its derivation and
/// returns the findings, each naming the rule, severity, sheet, input cell, kode, column, both
/// numbers and a sentence in Indonesian and English.
public struct Validator: Sendable {
    public let spec: TemplateSpec
    public let model: TableModel
    public let derivation: Derivation
    public let nomenklatur: (any NomenclatureCheck)?
    /// Formulas the input prints in its number row, by the key they compute (ReadResult).
    public let printedFormulas: [String: String]
    /// Every row's code parsed once (the rule families look at them many times).
    let kodes: [Kode?]

    public init(model: TableModel, spec: TemplateSpec, nomenklatur: (any NomenclatureCheck)? = nil, printedFormulas: [String: String] = [:]) {
        self.spec = spec
        self.model = model
        // Read in place, through a buffer by index: a closure given each row, or an array's
        // element, got a copy (every string of the row retained and released again).
        let kodes = model.rows.withUnsafeBufferPointer { rows in rows.indices.map { rows[$0].hasKode ? rows[$0].parsedKode : nil } }
        self.kodes = kodes
        self.derivation = Derivation(model: model, spec: spec, kodes: kodes)
        self.nomenklatur = nomenklatur
        self.printedFormulas = printedFormulas
    }

    public func run() -> [Finding] {
        (0..<Self.families).flatMap { run(family: $0) }
    }

    /// The rule families, in the order of their findings: codes, nomenclature, sums, formulas,
    /// values. The longest first, so that two threads taking them in turn finish together.
    public static let families = 5

    /// One rule family's findings (two threads may run families side by side).
    public func run(family: Int) -> [Finding] {
        switch family {
        case 0: return KodeRules(v: self).run()
        case 1: return NomenklaturRules(v: self).run()
        case 2: return SumRules(v: self).run()
        case 3: return FormulaRules(v: self).run()
        default: return ValueRules(v: self).run()
        }
    }

    // MARK: Shared helpers of the rule families

    /// A row of the model read field by field in place: a copy of each row would touch every one
    /// of its strings' reference counts, a cache miss each on a large model.
    struct RowView {
        let rows: [Row]
        let i: Int
        var kode: String { rows[i].kode }
        var level: Level { rows[i].level }
        var uraian: String { rows[i].uraian }
    }

    /// The input cell of a row and column: A1 in the sheet, or column letter and line of a CSV.
    func cell(_ i: Int, _ key: String?) -> String {
        let row = model.rows[i].source?.row ?? (i + 1)
        let col = key.flatMap { model.sourceColumns[$0] } ?? model.sourceColumns["uraian"] ?? model.sourceColumns["kode"] ?? "A"
        // SIPD exports name fields, not columns: "record 12, pagu_indikatif".
        if col.contains("_") { return "\(col)#\(row)" }
        return "\(col)\(row)"
    }

    func sheet(_ i: Int) -> String { model.rows[i].source?.sheet ?? spec.sheet }

    /// `kegiatan 2.17.01.2.05 Administrasi Kepegawaian Perangkat Daerah` (or the name alone).
    func who(_ i: Int, english: Bool = false) -> String {
        let r = model.rows[i]
        let level = english ? r.level.nameEnglish : r.level.nama
        let name = r.uraian.isEmpty ? (r.values["indikator"]?.text ?? "") : r.uraian
        let short = name.count > 90 ? String(name.prefix(87)) + "…" : name
        return [level, r.kode, short].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The column as people call it: its header path with the years as n, n-1, n+1.
    func label(_ key: String) -> String {
        guard let c = spec.column(key) else { return key }
        let path = c.header.count > 1 && c.header.last!.count < 24 ? c.header.joined(separator: " ") : (c.header.last ?? key)
        return Placeholders.plain(path)
    }

    func finding(_ rule: String, _ sev: Severity, row i: Int, key: String?, expected: DecimalNumber? = nil, actual: DecimalNumber? = nil,
                 id: String, en: String) -> Finding {
        let k = model.rows[i].kode
        return Finding(rule: rule, severity: sev, sheet: sheet(i), cell: cell(i, key), kode: k.isEmpty ? nil : k, column: key,
                       expected: expected, actual: actual, message: id, messageEnglish: en, row: i)
    }

    /// Amount in the column's notation for messages: `Rp14.728.500` or `96,77%`.
    func show(_ d: DecimalNumber, _ key: String, english: Bool = false) -> String {
        switch spec.column(key)?.type {
        case .rupiah?: return Rupiah.format(d.integerValue)
        case .percent?: return Rupiah.percent(d, english: english)
        default:
            let s = d.rounded(2).description
            return english ? s : s.replacingOccurrences(of: ".", with: ",")
        }
    }
}

/// What the validator asks of the nomenclature.
public protocol NomenclatureCheck: Sendable {
    /// nil: the code is unknown; otherwise whether the name matches and the official name.
    func check(name: String, kode: Kode) -> (known: Bool, matches: Bool, official: String?)
}

enum Placeholders {
    /// Header text without template placeholders, for messages; years read as n, n-2, n+1.
    static func plain(_ s: String) -> String {
        var out = s
        for (p, r) in [("{tahun}", "n"), ("{tahun-1}", "n-1"), ("{tahun-2}", "n-2"), ("{tahun-3}", "n-3"), ("{tahun+1}", "n+1"), ("{tahun+3}", "n+3")] {
            out = out.replacingOccurrences(of: p, with: r)
        }
        while let a = out.firstIndex(of: "{"), let b = out[a...].firstIndex(of: "}") { out.removeSubrange(a...b) }
        return out.replacingOccurrences(of: "  ", with: " ").trimmedWhitespace
    }
}
