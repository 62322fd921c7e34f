import CXlsxWriter
import Foundation

/// How a written cell looks. One value per distinct look; the writer turns each into one
/// libxlsxwriter format and reuses it.
public struct CellFormat: Hashable, Sendable {
    public enum Align: Sendable { case general, left, center, right }
    public var bold = false
    public var italic = false
    public var fontSize: Double = 10
    public var numberFormat: String?
    public var wrap = false
    public var align: Align = .general
    public var verticalCenter = false
    public var verticalTop = false
    public var indent = 0
    public var border = false
    /// RGB fill, e.g. 0xD9D9D9.
    public var fill: UInt32?
    public var fontColor: UInt32?
    /// False for input cells, so that with sheet protection on officers can still type in them.
    public var locked = true
    public var underline = false

    public init() {}
}

/// Paper sizes renja prints on (Excel's paper codes).
public enum Paper: Sendable {
    /// A4 210 x 297 mm.
    case a4
    /// F4 / Folio 215 x 330 mm, the common Indonesian office paper (Excel code 14, 8.5 x 13 in).
    case f4

    var code: UInt8 { self == .a4 ? 9 : 14 }
}

/// Why an XLSX could not be written.
public struct WriteError: Error, Sendable, CustomStringConvertible {
    public var detail: String
    public init(_ detail: String) { self.detail = detail }
    public var description: String { detail }
}

/// A thin, checked layer over libxlsxwriter 1.1.4. It validates what the C library would trip on
/// (sheet names, string lengths, row/column limits) before calling it, and turns every lxw_error
/// into a Swift error. It writes to the path it is given; callers write to a temporary file and
/// rename (see `AtomicOutput`), because 1.1.4 cannot write to memory.
public final class XLSXWorkbookWriter {
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheetNames = Set<String>()
    private var closed = false

    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384
    public static let maxStringLength = 32_767

    public init(path: String) throws {
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: nil, use_zip64: 0)
        guard let wb = workbook_new_opt(path, &options) else {
            throw WriteError("cannot create workbook at \(path)")
        }
        workbook = wb
    }

    deinit {
        // A workbook dropped without close() still owns memory; closing also removes nothing we
        // need, since the caller deletes the temporary file on failure.
        if !closed, let workbook { _ = workbook_close(workbook) }
    }

    public func addSheet(_ name: String) throws -> XLSXSheetWriter {
        guard SheetName.isValid(name) else { throw WriteError("invalid sheet name '\(name)'") }
        guard sheetNames.insert(name.lowercased()).inserted else { throw WriteError("duplicate sheet name '\(name)'") }
        guard let ws = workbook_add_worksheet(workbook, name) else { throw WriteError("cannot add sheet '\(name)'") }
        return XLSXSheetWriter(sheet: ws, owner: self)
    }

    /// Excel's cell limit of 32,767 characters; counted only for texts long enough to reach it
    /// (counting characters is a walk over the whole string, and every cell passes here).
    public static func clipped(_ text: String) -> String {
        guard text.utf8.count > maxStringLength, text.count > maxStringLength else { return text }
        return String(text.prefix(maxStringLength))
    }

    /// The workbook's format for a look, made once: callers that write many cells of few looks
    /// keep it instead of handing over (and hashing) the look for every cell.
    public func handle(_ f: CellFormat) -> FormatHandle { FormatHandle(pointer: format(f)) }

    func format(_ f: CellFormat) -> UnsafeMutablePointer<lxw_format>? {
        if let existing = formats[f] { return existing }
        guard let fmt = workbook_add_format(workbook) else { return nil }
        if f.bold { format_set_bold(fmt) }
        if f.italic { format_set_italic(fmt) }
        if f.underline { format_set_underline(fmt, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        format_set_font_size(fmt, f.fontSize)
        format_set_font_name(fmt, "Arial")
        if let nf = f.numberFormat { format_set_num_format(fmt, nf) }
        if f.wrap { format_set_text_wrap(fmt) }
        switch f.align {
        case .general: break
        case .left: format_set_align(fmt, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(fmt, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(fmt, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        if f.verticalCenter { format_set_align(fmt, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)) }
        if f.verticalTop { format_set_align(fmt, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if f.indent > 0 { format_set_indent(fmt, UInt8(min(f.indent, 15))) }
        if f.border { format_set_border(fmt, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let fill = f.fill { format_set_bg_color(fmt, lxw_color_t(fill)) }
        if let c = f.fontColor { format_set_font_color(fmt, lxw_color_t(c)) }
        if !f.locked { format_set_unlocked(fmt) }
        formats[f] = fmt
        return fmt
    }

    /// Document properties (File > Properties) and custom properties (provenance).
    public func setProperties(title: String, subject: String, comments: String, custom: [(String, String)]) throws {
        try title.withCString { t in
            try subject.withCString { s in
                try comments.withCString { c in
                    try "renja".withCString { a in
                        var props = lxw_doc_properties()
                        props.title = UnsafeMutablePointer(mutating: t)
                        props.subject = UnsafeMutablePointer(mutating: s)
                        props.comments = UnsafeMutablePointer(mutating: c)
                        props.author = UnsafeMutablePointer(mutating: a)
                        try check(workbook_set_properties(workbook, &props), "properties")
                    }
                }
            }
        }
        for (name, value) in custom {
            let v = String(value.prefix(255))
            try check(workbook_set_custom_property_string(workbook, String(name.prefix(255)), v), "custom property \(name)")
        }
    }

    /// Drops the workbook without writing anything (libxlsxwriter opens the file only at close):
    /// for a writer that has to start again.
    public func discard() {
        guard !closed else { return }
        closed = true
        lxw_workbook_free(workbook)
        workbook = nil
    }

    /// Writes the file. libxlsxwriter does all the real work here; its error is the one that matters.
    public func close() throws {
        guard !closed else { return }
        closed = true
        let err = workbook_close(workbook)
        workbook = nil
        if err != LXW_NO_ERROR {
            throw WriteError("workbook_close: " + String(cString: lxw_strerror(err)))
        }
    }

    /// `what` is made only for an error: every cell passes here, and a message per cell would
    /// cost more than writing it.
    func check(_ err: lxw_error, _ what: @autoclosure () -> String) throws {
        if err != LXW_NO_ERROR { throw WriteError("\(what()): " + String(cString: lxw_strerror(err))) }
    }
}

/// A look already turned into the workbook's format (see `XLSXWorkbookWriter.handle`).
public struct FormatHandle {
    let pointer: UnsafeMutablePointer<lxw_format>?
}

/// One worksheet being written. Rows and columns are 0-based.
public final class XLSXSheetWriter {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    unowned let owner: XLSXWorkbookWriter

    init(sheet: UnsafeMutablePointer<lxw_worksheet>, owner: XLSXWorkbookWriter) {
        self.sheet = sheet
        self.owner = owner
    }

    private func checkCell(_ row: Int, _ col: Int) throws {
        guard row >= 0, row < XLSXWorkbookWriter.maxRows, col >= 0, col < XLSXWorkbookWriter.maxColumns else {
            throw WriteError("cell \(row),\(col) outside the sheet")
        }
    }

    /// Text is always a literal string cell, never a formula, whatever it starts with: the XLSX
    /// path is safe from formula injection by construction.
    public func write(_ row: Int, _ col: Int, text: String, _ format: CellFormat = CellFormat()) throws {
        try write(row, col, text: text, owner.handle(format))
    }

    public func write(_ row: Int, _ col: Int, text: String, _ format: FormatHandle) throws {
        try checkCell(row, col)
        let t = XLSXWorkbookWriter.clipped(text)
        try owner.check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), t, format.pointer), "write \(row),\(col)")
    }

    public func write(_ row: Int, _ col: Int, number: Double, _ format: CellFormat = CellFormat()) throws {
        try write(row, col, number: number, owner.handle(format))
    }

    public func write(_ row: Int, _ col: Int, number: Double, _ format: FormatHandle) throws {
        try checkCell(row, col)
        try owner.check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), number, format.pointer), "write \(row),\(col)")
    }

    public func writeBlank(_ row: Int, _ col: Int, _ format: CellFormat) throws {
        try writeBlank(row, col, owner.handle(format))
    }

    public func writeBlank(_ row: Int, _ col: Int, _ format: FormatHandle) throws {
        try checkCell(row, col)
        try owner.check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(col), format.pointer), "blank \(row),\(col)")
    }

    /// A formula with its cached numeric result, so readers that do not calculate see the value.
    public func write(_ row: Int, _ col: Int, formula: String, cached: Double, _ format: CellFormat = CellFormat()) throws {
        try write(row, col, formula: formula, cached: cached, owner.handle(format))
    }

    public func write(_ row: Int, _ col: Int, formula: String, cached: Double, _ format: FormatHandle) throws {
        try checkCell(row, col)
        try owner.check(worksheet_write_formula_num(sheet, lxw_row_t(row), lxw_col_t(col), formula, format.pointer, cached), "formula \(row),\(col)")
    }

    /// A formula with a cached text result (an empty string for "no value", a predikat label).
    public func write(_ row: Int, _ col: Int, formula: String, cachedText: String, _ format: CellFormat = CellFormat()) throws {
        try write(row, col, formula: formula, cachedText: cachedText, owner.handle(format))
    }

    public func write(_ row: Int, _ col: Int, formula: String, cachedText: String, _ format: FormatHandle) throws {
        try checkCell(row, col)
        try owner.check(worksheet_write_formula_str(sheet, lxw_row_t(row), lxw_col_t(col), formula, format.pointer, cachedText), "formula \(row),\(col)")
    }

    // The same cells from NUL-terminated bytes a caller keeps in one buffer: a large table's body
    // is decided on another thread into such buffers, and handing over a million Swift strings
    // cost the writing thread a retain and a release each. Texts are clipped by the caller.

    public func write(_ row: Int, _ col: Int, cText text: UnsafePointer<CChar>, _ format: FormatHandle) throws {
        try checkCell(row, col)
        try owner.check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), text, format.pointer), "write \(row),\(col)")
    }

    public func write(_ row: Int, _ col: Int, cFormula formula: UnsafePointer<CChar>, cached: Double, _ format: FormatHandle) throws {
        try checkCell(row, col)
        try owner.check(worksheet_write_formula_num(sheet, lxw_row_t(row), lxw_col_t(col), formula, format.pointer, cached), "formula \(row),\(col)")
    }

    public func write(_ row: Int, _ col: Int, cFormula formula: UnsafePointer<CChar>, cachedText: UnsafePointer<CChar>, _ format: FormatHandle) throws {
        try checkCell(row, col)
        try owner.check(worksheet_write_formula_str(sheet, lxw_row_t(row), lxw_col_t(col), formula, format.pointer, cachedText), "formula \(row),\(col)")
    }

    /// Merges a range and writes `text` into it (with the same format on every cell, as Excel needs for borders).
    public func merge(_ r1: Int, _ c1: Int, _ r2: Int, _ c2: Int, text: String, _ format: CellFormat) throws {
        try checkCell(r1, c1); try checkCell(r2, c2)
        if r1 == r2 && c1 == c2 { return try write(r1, c1, text: text, format) }
        try owner.check(worksheet_merge_range(sheet, lxw_row_t(r1), lxw_col_t(c1), lxw_row_t(r2), lxw_col_t(c2), text, owner.format(format)), "merge")
    }

    public func setColumn(_ col: Int, width: Double, _ format: CellFormat? = nil) throws {
        try owner.check(worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), width, format.flatMap { owner.format($0) }), "column \(col)")
    }

    public func setRow(_ row: Int, height: Double) throws {
        try owner.check(worksheet_set_row(sheet, lxw_row_t(row), height, nil), "row \(row)")
    }

    public func freezePanes(row: Int, column: Int) { worksheet_freeze_panes(sheet, lxw_row_t(row), lxw_col_t(column)) }

    /// Print titles: these rows are repeated at the top of every printed page.
    public func repeatRows(_ first: Int, _ last: Int) throws {
        try owner.check(worksheet_repeat_rows(sheet, lxw_row_t(first), lxw_row_t(last)), "repeat rows")
    }

    /// Landscape, the given paper, one page wide and as many pages long as needed, narrow margins.
    public func printSetup(paper: Paper) {
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, paper.code)
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6)
        worksheet_center_horizontally(sheet)
    }

    public func setFooter(_ text: String) throws {
        guard text.utf8.count <= 255 else { throw WriteError("footer longer than 255 bytes") }
        try owner.check(worksheet_set_footer(sheet, text), "footer")
    }

    public func comment(_ row: Int, _ col: Int, _ text: String, author: String = "renja") throws {
        try checkCell(row, col)
        try author.withCString { a in
            var opt = lxw_comment_options()
            opt.author = UnsafeMutablePointer(mutating: a)
            opt.width = 300
            opt.height = 120
            try owner.check(worksheet_write_comment_opt(sheet, lxw_row_t(row), lxw_col_t(col), String(text.prefix(32_000)), &opt), "comment")
        }
    }

    /// An internal link (`internal:'Sheet'!B7`) shown as `text`.
    public func writeLink(_ row: Int, _ col: Int, target: String, text: String, _ format: CellFormat) throws {
        try checkCell(row, col)
        try owner.check(worksheet_write_url(sheet, lxw_row_t(row), lxw_col_t(col), "internal:" + target, owner.format(format)), "link")
        try write(row, col, text: text, format)
    }

    public func autofilter(_ r1: Int, _ c1: Int, _ r2: Int, _ c2: Int) throws {
        try owner.check(worksheet_autofilter(sheet, lxw_row_t(r1), lxw_col_t(c1), lxw_row_t(r2), lxw_col_t(c2)), "autofilter")
    }

    /// Protects the sheet without a password: locked (formula) cells cannot be changed, unlocked
    /// input cells can; formatting rows and columns stays allowed.
    public func protect() {
        var p = lxw_protection()
        p.format_cells = 1
        p.format_columns = 1
        p.format_rows = 1
        worksheet_protect(sheet, nil, &p)
    }

    public func activate() { worksheet_activate(sheet) }
}
