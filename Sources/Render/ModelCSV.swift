import Foundation
import Layouts
import RenjaModel
import SheetIO

/// The plain CSV of contract §4: `kode,level,uraian,<column keys of the kind>`, one line per model
/// row; or, with `excel-id`, the dialect an Indonesian Excel opens directly (`;`, decimal comma,
/// BOM). Text starting with a formula trigger is neutralised by `CSVWriter`.
public enum ModelCSV {
    public static func encode(_ model: TableModel, spec: TemplateSpec, style: CSVWriter.Style) -> Data {
        let keys = spec.valueKeys
        var rows: [[CSVWriter.Field]] = [(["kode", "level", "uraian"] + keys).map { .text($0) }]
        rows.reserveCapacity(model.rows.count + 1)
        for r in model.rows {
            var line: [CSVWriter.Field] = [r.kode.isEmpty ? .empty : .text(r.kode), .text(r.level.rawValue), r.uraian.isEmpty ? .empty : .text(r.uraian)]
            for k in keys {
                switch r.values[k] {
                case nil: line.append(.empty)
                case .text(let s)?: line.append(.text(s))
                case .rupiah(let x)?: line.append(.number(String(x)))
                case .number(let d)?: line.append(.number(d.description))
                case .target(let t)?: line.append(.text(t.text))
                }
            }
            rows.append(line)
        }
        return CSVWriter.encode(rows, style: style)
    }
}
