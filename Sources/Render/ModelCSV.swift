import Foundation
import Layouts
import RenjaModel
import SheetIO

/// The plain CSV of contract §4: `kode,level,uraian,<column keys of the kind>`, one line per model
/// row; or, with `excel-id`, the dialect an Indonesian Excel opens directly (`;`, decimal comma,
/// BOM). Text starting with a formula trigger is neutralised by `CSVWriter`.
public enum ModelCSV {
    public static func encode(_ model: TableModel, spec: TemplateSpec, style: CSVWriter.Style) -> Data {
        var out = Data()
        try! write(model, spec: spec, style: style) { out.append($0) }  // the sink cannot fail
        return out
    }

    /// The CSV handed to `sink` in pieces of about 1 MiB, a line per row as it is made.
    public static func write(_ model: TableModel, spec: TemplateSpec, style: CSVWriter.Style, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in try write(model, keys: spec.valueKeys, style: style, lines: CSVWriter.Lines(style: style, flush: sink)) }
    }

    private static func write(_ model: TableModel, keys: [String], style: CSVWriter.Style, lines: CSVWriter.Lines) throws {
        var lines = lines
        try lines.write((["kode", "level", "uraian"] + keys).map { .text($0) })
        var line: [CSVWriter.Field] = []
        line.reserveCapacity(keys.count + 3)
        for r in model.rows {
            line.removeAll(keepingCapacity: true)
            line += [r.hasKode ? .text(r.kode) : .empty, .text(r.level.rawValue), r.uraian.isEmpty ? .empty : .text(r.uraian)]
            for k in keys {
                switch r.values[k] {
                case nil: line.append(.empty)
                case .text(let s)?: line.append(.text(s))
                case .rupiah(let x)?: line.append(.number(String(x)))
                case .number(let d)?: line.append(.number(d.description))
                case .target(let t)?: line.append(.text(t.text))
                }
            }
            try lines.write(line)
        }
        try lines.finish()
    }
}
