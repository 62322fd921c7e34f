import Foundation
import Layouts
import RenjaModel
import SheetIO

/// Options of every rendered workbook.
public struct RenderOptions: Sendable {
    public var paper: Paper = .a4
    /// Protect the sheet (`--kunci`): formula cells locked, input cells editable.
    public var protect = false
    /// Name and SHA-256 of the input file, stamped into the document properties.
    public var sourceName: String?
    public var sourceSHA256: String?
    /// The input's SHA-256 while it is still being computed: asked for only when the workbook is
    /// closed, so the digest has the whole writing to finish on the idle core.
    public var pendingSourceSHA256: (@Sendable () -> String?)?
    public var version = "0.1.0"

    public init(paper: Paper = .a4, protect: Bool = false, sourceName: String? = nil, sourceSHA256: String? = nil) {
        self.paper = paper
        self.protect = protect
        self.sourceName = sourceName
        self.sourceSHA256 = sourceSHA256
    }
}

/// The frame of an official table on one worksheet: title block, merged multi-row header,
/// column-number row, column widths and formats, frozen panes, print setup and the signature block.
/// The rows in between are written by `TableRenderer`.
final class SheetFrame {
    let spec: TemplateSpec
    let columns: [ColumnSpec]
    let numberLabels: [String]
    let meta: Meta
    let sheet: XLSXSheetWriter
    let options: RenderOptions

    /// Row of the first header line, and of the first data row.
    private(set) var headerTop = 0
    private(set) var firstDataRow = 0

    init(spec: TemplateSpec, variant: VariantSpec, meta: Meta, sheet: XLSXSheetWriter, options: RenderOptions) {
        self.spec = spec
        self.columns = spec.columns(of: variant)
        self.numberLabels = variant.numberRow ?? spec.columns(of: variant).map(\.number)
        self.meta = meta
        self.sheet = sheet
        self.options = options
    }

    var lastColumn: Int { columns.count - 1 }

    func index(of key: String) -> Int? { columns.firstIndex { $0.key == key } }

    /// Writes everything above the data rows; returns the first data row.
    @discardableResult
    func writeTop() throws -> Int {
        var row = 0
        for (i, line) in spec.titleLines.enumerated() {
            let text = Placeholders.fill(line, meta: meta)
            try sheet.merge(row, 0, row, lastColumn, text: text, i == 0 ? Styles.titleFirst : Styles.title)
            row += 1
        }
        row += 1  // one blank line between title and table, as printed
        headerTop = row

        let layout = HeaderLayout(paths: columns.map { $0.header.map { Placeholders.fill($0, meta: meta) } }, rows: spec.headerRows)
        for b in layout.blocks {
            try sheet.merge(headerTop + b.firstRow, b.firstColumn, headerTop + b.lastRow, b.lastColumn, text: b.text, Styles.header)
        }
        row += spec.headerRows
        for run in HeaderLayout.numberRuns(numberLabels) {
            try sheet.merge(row, run.first, row, run.last, text: run.label, Styles.numberRow)
        }
        try sheet.setRow(row, height: 12)
        row += 1
        firstDataRow = row

        for (i, c) in columns.enumerated() {
            try sheet.setColumn(i, width: c.width)
        }
        // Header rows tall enough for the long official wordings.
        for r in headerTop..<(headerTop + spec.headerRows) {
            try sheet.setRow(r, height: spec.headerRows == 1 ? 45 : (r == headerTop ? 48 : 30))
        }
        // Scrolling keeps the header and the kode/uraian columns in view.
        let frozenColumns = columns.prefix(3).lastIndex { $0.type == .uraian }.map { $0 + 1 } ?? 0
        sheet.freezePanes(row: firstDataRow, column: frozenColumns)
        try sheet.repeatRows(headerTop, firstDataRow - 1)
        sheet.printSetup(paper: options.paper)
        try sheet.setFooter("&L&8\(spec.code)&C&8Halaman &P dari &N&R&8renja")
        if options.protect { sheet.protect() }
        return firstDataRow
    }

    /// The signature block(s) below the table, right-aligned as printed: place and date, jabatan,
    /// room for the signature, name, NIP.
    func writeSignatures(after lastRow: Int) throws {
        let blocks = spec.signatures ?? [SignatureSpec(caption: "", placeDate: "{tempat}, {tanggal}", jabatan: "Kepala {perangkat_daerah}")]
        let width = max(2, min(4, (columns.count + 1) / 3))
        var row = lastRow + 2
        // Several blocks sit side by side: the first at the left, the last at the right.
        let starts: [Int] = blocks.count == 1 ? [max(0, columns.count - width)]
            : blocks.indices.map { i in i == 0 ? 1 : max(0, columns.count - width) }
        for (i, b) in blocks.enumerated() {
            let c1 = starts[i], c2 = min(lastColumn, starts[i] + width - 1)
            row = lastRow + 2
            var lines: [(String, CellFormat)] = []
            if !b.caption.isEmpty { lines.append((b.caption + ",", Styles.signature)) }
            lines.append((Placeholders.fill(b.placeDate, meta: meta), Styles.signature))
            lines.append((Placeholders.fill(b.jabatan, meta: meta), Styles.signature))
            lines += [("", Styles.signature), ("", Styles.signature), ("", Styles.signature)]
            lines.append(("(....................................)", Styles.signatureName))
            lines.append(("NIP. ....................................", Styles.signature))
            for (text, f) in lines {
                if !text.isEmpty { try sheet.merge(row, c1, row, c2, text: text, f) }
                row += 1
            }
        }
    }
}
