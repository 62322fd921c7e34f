import Foundation
import Layouts
import RenjaModel
import SheetIO

/// Writes workbooks: the blank official template of a kind (`renja template`).
public enum BlankTemplate {
    /// Writes the blank official layout of `spec` to `url`, whole or not at all.
    public static func write(spec: TemplateSpec, meta: Meta, to url: URL, options: RenderOptions) throws {
        try AtomicOutput.write(to: url) { temp in
            let wb = try XLSXWorkbookWriter(path: temp.path)
            try Properties.apply(to: wb, spec: spec, meta: meta, options: options)
            let sheet = try wb.addSheet(spec.sheet)
            let frame = SheetFrame(spec: spec, variant: spec.official, meta: meta, sheet: sheet, options: options)
            let first = try frame.writeTop()
            // A few empty bordered rows to type into, then the signature block.
            let emptyRows = 10
            for r in first..<(first + emptyRows) {
                for (c, col) in frame.columns.enumerated() {
                    try sheet.writeBlank(r, c, Styles.cell(col, level: .subkegiatan, isFormula: false))
                }
            }
            try frame.writeSignatures(after: first + emptyRows - 1)
            try wb.close()
        }
    }
}

/// Document and custom properties: what the file is and where it came from.
enum Properties {
    static func apply(to wb: XLSXWorkbookWriter, spec: TemplateSpec, meta: Meta, options: RenderOptions) throws {
        let title = "\(spec.code) \(Placeholders.fill(spec.title, meta: meta))"
        var custom: [(String, String)] = [("renja_version", options.version), ("renja_tabel", spec.kind)]
        if let t = meta.tahun { custom.append(("tahun", String(t))) }
        if let s = options.sourceName { custom.append(("sumber", s)) }
        if let h = options.sourceSHA256 ?? options.pendingSourceSHA256?() { custom.append(("sumber_sha256", h)) }
        let comments = "Dibuat oleh renja \(options.version)" + (options.sourceName.map { " dari \($0)" } ?? "")
        try wb.setProperties(title: String(title.prefix(250)), subject: spec.title, comments: comments, custom: custom)
    }
}
