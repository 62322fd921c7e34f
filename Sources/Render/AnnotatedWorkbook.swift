import Foundation
import Layouts
import RenjaModel
import SheetIO

/// `validate --annotate OUT.xlsx`: the official template filled from the input, each finding as a
/// comment on its cell with a fill by severity, and a first sheet "Temuan" listing every finding
/// with a link to its cell and an autofilter. The input itself is never touched.
public enum AnnotatedWorkbook {
    public static func write(model: TableModel, spec: TemplateSpec, findings: [Finding], english: Bool,
                             to url: URL, options: RenderOptions) throws {
        var notes: [Int: [String: [CellNote]]] = [:]
        for f in findings {
            guard let i = f.row else { continue }
            let key = f.column.flatMap { spec.column($0) != nil ? $0 : nil } ?? "_row"
            notes[i, default: [:]][key, default: []].append(CellNote(text: "[\(f.rule)] " + f.message(english: english), severity: f.severity))
        }
        let renderer = TableRenderer(model: model, spec: spec, options: options)
        try renderer.write(to: url, notes: notes) { wb, r in
            try writeTemuan(wb, renderer: r, findings: findings, english: english)
        }
    }

    static func writeTemuan(_ wb: XLSXWorkbookWriter, renderer r: TableRenderer, findings: [Finding], english: Bool) throws {
        let s = try wb.addSheet("Temuan")
        var head = CellFormat(); head.bold = true; head.fill = 0xD9D9D9; head.border = true; head.wrap = true
        var cell = CellFormat(); cell.border = true; cell.wrap = true; cell.verticalTop = true
        var link = cell; link.underline = true; link.fontColor = 0x0563C1
        var err = cell; err.fill = 0xFFC7CE
        var warn = cell; warn.fill = 0xFFEB9C
        let titles = english
            ? ["Rule", "Severity", "Cell (output)", "Input cell", "Kode", "Uraian", "Column", "Expected", "Actual", "Message"]
            : ["Aturan", "Tingkat", "Sel (keluaran)", "Sel masukan", "Kode", "Uraian", "Kolom", "Seharusnya", "Tertulis", "Pesan"]
        let widths: [Double] = [16, 10, 13, 11, 18, 36, 16, 16, 16, 80]
        for (c, t) in titles.enumerated() {
            try s.write(0, c, text: t, head)
            try s.setColumn(c, width: widths[c])
        }
        for (k, f) in findings.enumerated() {
            let row = k + 1
            try s.write(row, 0, text: f.rule, cell)
            try s.write(row, 1, text: f.severity == .error ? (english ? "error" : "galat") : (english ? "warning" : "peringatan"), f.severity == .error ? err : warn)
            // Link to the cell in the rendered table (its row there differs from the input's).
            if let i = f.row, let sr = r.sheetRow[i] {
                let col = f.column.flatMap { r.columnOf[$0] } ?? r.columnOf["uraian"] ?? 0
                let a1 = A1.cell(row: sr, column: col)
                try s.writeLink(row, 2, target: "'\(r.spec.sheet)'!\(a1)", text: a1, link)
            } else {
                try s.writeBlank(row, 2, cell)
            }
            try s.write(row, 3, text: f.cell, cell)
            try s.write(row, 4, text: f.kode ?? "", cell)
            let uraian = f.row.map { r.model.rows[$0].uraian } ?? ""
            try s.write(row, 5, text: uraian, cell)
            try s.write(row, 6, text: f.column ?? "", cell)
            var num = cell; num.numberFormat = "#,##0.##"; num.align = .right
            if let e = f.expected { try s.write(row, 7, number: e.doubleValue, num) } else { try s.writeBlank(row, 7, cell) }
            if let a = f.actual { try s.write(row, 8, number: a.doubleValue, num) } else { try s.writeBlank(row, 8, cell) }
            try s.write(row, 9, text: f.message(english: english), cell)
        }
        try s.autofilter(0, 0, max(findings.count, 1), titles.count - 1)
        s.freezePanes(row: 1, column: 0)
        s.printSetup(paper: .a4)
    }
}
