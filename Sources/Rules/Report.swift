import Foundation
import RenjaModel

/// The validation report of contract §6 (`validate --format json`, `convert --report`).
public struct Report: Sendable {
    public var input: String
    public var table: TableKind
    public var layout: String
    public var findings: [Finding]

    public init(input: String, table: TableKind, layout: String, findings: [Finding]) {
        self.input = input
        self.table = table
        self.layout = layout
        self.findings = Report.ordered(findings)
    }

    public var errors: Int { findings.filter { $0.severity == .error }.count }
    public var warnings: Int { findings.filter { $0.severity == .warning }.count }

    /// Sheet order, then row, then column, errors before warnings at the same cell. Each
    /// finding's place is worked out once and the positions sorted, not the findings: a copy of
    /// 4,000 findings with their positions took 2 MB at the peak of a 121,000-row conversion.
    static func ordered(_ f: [Finding]) -> [Finding] {
        struct Place { let sheet: String, row: Int, column: Int, isError: Bool }
        let places = f.map { x -> Place in
            let digits = x.cell.drop { !$0.isNumber }
            let letters = x.cell.prefix { $0.isLetter }
            let col = letters.reduce(0) { $0 * 26 + Int(($1.asciiValue ?? 64) - 64) }
            return Place(sheet: x.sheet, row: Int(digits.prefix { $0.isNumber }) ?? 0, column: col, isError: x.severity == .error)
        }
        return f.indices.sorted { a, b in
            let pa = places[a], pb = places[b]
            if pa.sheet != pb.sheet { return a < b }
            if pa.row != pb.row { return pa.row < pb.row }
            if pa.column != pb.column { return pa.column < pb.column }
            if pa.isError != pb.isError { return pa.isError }
            return a < b
        }.map { f[$0] }
    }

    public func json(english: Bool) -> Data {
        var out = "{\n  \"renja_report\": 1,\n  \"input\": \(ModelJSON.quote(input)),\n  \"table\": \(ModelJSON.quote(table.rawValue)),\n"
        out += "  \"layout\": \(ModelJSON.quote(layout)),\n  \"errors\": \(errors),\n  \"warnings\": \(warnings),\n  \"findings\": ["
        for (i, f) in findings.enumerated() {
            out += i == 0 ? "\n    {" : ",\n    {"
            var parts = ["\"rule\": \(ModelJSON.quote(f.rule))", "\"severity\": \(ModelJSON.quote(f.severity.rawValue))",
                         "\"sheet\": \(ModelJSON.quote(f.sheet))", "\"cell\": \(ModelJSON.quote(f.cell))"]
            if let k = f.kode { parts.append("\"kode\": \(ModelJSON.quote(k))") }
            if let c = f.column { parts.append("\"column\": \(ModelJSON.quote(c))") }
            if let e = f.expected { parts.append("\"expected\": \(e.description)") }
            if let a = f.actual { parts.append("\"actual\": \(a.description)") }
            parts.append("\"message\": \(ModelJSON.quote(f.message(english: english)))")
            out += parts.joined(separator: ", ") + "}"
        }
        out += findings.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return Data(out.utf8)
    }

    /// Text for a terminal: grouped by sheet and row, colour only when asked (a TTY).
    public func text(english: Bool, colour: Bool) -> String {
        let red = colour ? "\u{1B}[31m" : "", yellow = colour ? "\u{1B}[33m" : "", bold = colour ? "\u{1B}[1m" : "", reset = colour ? "\u{1B}[0m" : ""
        var out = ""
        var lastSheet = "", lastRow = -1
        for f in findings {
            if f.sheet != lastSheet { out += "\(bold)\(english ? "Sheet" : "Lembar") \(f.sheet)\(reset)\n"; lastSheet = f.sheet; lastRow = -1 }
            let row = Int(f.cell.drop { !$0.isNumber }.prefix { $0.isNumber }) ?? 0
            if row != lastRow { out += "  \(english ? "row" : "baris") \(row)\(f.kode.map { " (\($0))" } ?? "")\n"; lastRow = row }
            let sev = f.severity == .error ? "\(red)\(english ? "error" : "galat")\(reset)" : "\(yellow)\(english ? "warning" : "peringatan")\(reset)"
            out += "    \(f.cell) \(sev) [\(f.rule)] \(f.message(english: english))\n"
        }
        let summary = english
            ? "\(input): \(errors) error(s), \(warnings) warning(s) (table \(table.rawValue), layout \(layout))"
            : "\(input): \(errors) galat, \(warnings) peringatan (tabel \(table.rawValue), tata letak \(layout))"
        return out + summary + "\n"
    }
}
