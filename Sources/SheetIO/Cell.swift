import RenjaModel

/// The value of one cell as a file holds it, before any layout is applied (calamine's plain enum).
public enum CellValue: Sendable, Hashable {
    case empty
    /// Text (shared, inline or formula string result). Numbers typed as text stay text here; the
    /// layout decides how to parse them, because only it knows the column and its notation.
    case text(String)
    /// A number cell, exact as written in the file (`<v>15750000</v>`).
    case number(DecimalNumber)
    case bool(Bool)
    /// An error value such as `#DIV/0!`.
    case error(String)

    public var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let s):
            // Most texts start with a printable ASCII byte: no scalar needs decoding.
            if let f = s.utf8.first, f > 0x20, f < 0x80 { false } else { s.unicodeScalars.allSatisfy(\.isSpaceLike) }
        default: false
        }
    }

    /// The value as text, for header matching and messages.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let s): s
        case .number(let d): d.description
        case .bool(let b): b ? "TRUE" : "FALSE"
        case .error(let e): e
        }
    }
}

/// Display hints from the cell's style that matter for meaning. Packed into two bytes: every cell
/// of a grid carries one (a million cells on a 100,000-row sheet).
public struct CellStyle: Sendable, Hashable {
    private var bits: UInt16 = 0
    private static let percent: UInt16 = 1, date: UInt16 = 2, bold: UInt16 = 4, literal: UInt16 = 8, indentShift: UInt16 = 4

    private func flag(_ f: UInt16) -> Bool { bits & f != 0 }
    private mutating func set(_ f: UInt16, _ on: Bool) { if on { bits |= f } else { bits &= ~f } }

    public var isPercent: Bool { get { flag(Self.percent) } set { set(Self.percent, newValue) } }
    public var isDate: Bool { get { flag(Self.date) } set { set(Self.date, newValue) } }
    public var isBold: Bool { get { flag(Self.bold) } set { set(Self.bold, newValue) } }
    /// Excel's indent level (0...15).
    public var indent: Int {
        get { Int(bits >> Self.indentShift) }
        set { bits = (bits & 0x0F) | (UInt16(min(max(newValue, 0), 15)) << Self.indentShift) }
    }
    /// The number format prints a literal unit after the number (`General"%"`): the number is
    /// the value as the officer typed it, "80" of "80%", not a fraction.
    public var literalPercent: Bool { get { flag(Self.literal) } set { set(Self.literal, newValue) } }

    public init(isPercent: Bool = false, isDate: Bool = false, isBold: Bool = false, indent: Int = 0) {
        self.isPercent = isPercent
        self.isDate = isDate
        self.isBold = isBold
        self.indent = indent
    }

    public static let plain = CellStyle()
}

public struct Cell: Sendable, Hashable {
    /// The value. A text the reader kept in its `TextStore` (a shared string longer than a string
    /// holds inline) is made a string at every call: a caller that reads it more than once keeps it.
    public var value: CellValue {
        get {
            switch kept {
            case .value(let v): v
            case .stored(let t): .text(t.string)
            }
        }
        set { kept = .value(newValue) }
    }
    /// The value as the cell keeps it: as large as a `CellValue` (17 bytes; the stored case takes
    /// one of its spare tags), so a cell stays 32 bytes.
    private var kept: Kept
    public var style: CellStyle
    // Stored in 32 bits (Excel has 16,384 columns), and the rare formula boxed: with the
    // two-byte style a cell takes 32 bytes, not 48 (a 100,000-row sheet's grid holds 1.2
    // million cells while it is mapped, 19 MB less).
    private var storedColumn: Int32
    private var formulaBox: FormulaText?

    /// Formula text without the leading `=`, shared formulas already translated to this cell.
    public var formula: String? {
        get { formulaBox?.text }
        set { formulaBox = newValue.map(FormulaText.init) }
    }

    /// 0-based column.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(column: Int, value: CellValue, formula: String? = nil, style: CellStyle = .plain) {
        self.kept = .value(value)
        self.formulaBox = formula.map(FormulaText.init)
        self.style = style
        self.storedColumn = Int32(clamping: column)
    }

    /// A text cell whose text the reader keeps in its store: the cell, and a model made from it,
    /// point at the one copy of a shared string.
    public init(column: Int, stored text: StoredText, formula: String? = nil, style: CellStyle = .plain) {
        self.init(column: column, value: .empty, formula: formula, style: style)
        self.kept = .stored(text)
    }

    /// The text where the reader's store keeps it, when the cell's value is such a text.
    public var storedText: StoredText? {
        if case .stored(let t) = kept { return t }
        return nil
    }

    /// `value.isEmpty`, without making a stored text a string when its first byte tells.
    public var isEmpty: Bool {
        switch kept {
        case .value(let v): return v.isEmpty
        case .stored(let t):
            if let f = t.firstByte, f > 0x20, f < 0x80 { return false }
            return value.isEmpty
        }
    }

    /// The length in UTF-8 bytes of a text value, nil for any other value (no string made).
    public var textUTF8Count: Int? {
        switch kept {
        case .stored(let t): t.utf8Count
        case .value(.text(let s)): s.utf8.count
        case .value: nil
        }
    }

    public static func == (a: Cell, b: Cell) -> Bool {
        a.value == b.value && a.style == b.style && a.storedColumn == b.storedColumn && a.formula == b.formula
    }

    public func hash(into h: inout Hasher) {
        h.combine(value)
        h.combine(style)
        h.combine(storedColumn)
        h.combine(formula)
    }

    private enum Kept: Sendable {
        case value(CellValue)
        case stored(StoredText)
    }
}

/// A cell's formula text, boxed (see `Cell`).
private final class FormulaText: Sendable, Hashable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: FormulaText, b: FormulaText) -> Bool { a.text == b.text }
    func hash(into h: inout Hasher) { h.combine(text) }
}

/// One row of a sheet: its 0-based index and its non-empty cells in column order.
public struct SheetRow: Sendable, Hashable {
    public var index: Int
    public var cells: [Cell]

    public init(index: Int, cells: [Cell]) {
        self.index = index
        self.cells = cells
    }

    public subscript(column: Int) -> Cell? {
        // Rows are short and sorted; a linear scan beats a dictionary here.
        for c in cells where c.column == column { return c }
        return nil
    }

    public func value(_ column: Int) -> CellValue { self[column]?.value ?? .empty }

    public var isEmpty: Bool { cells.allSatisfy(\.isEmpty) }
}

/// A rectangular range, 0-based and inclusive.
public struct CellRange: Sendable, Hashable {
    public var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// Parses `B3:D5` or `B3`.
    public init?(a1 text: String) {
        let parts = text.split(separator: ":")
        guard let a = A1.parse(String(parts[0])) else { return nil }
        let b = parts.count > 1 ? A1.parse(String(parts[1])) : a
        guard let b else { return nil }
        self.init(firstRow: a.row, firstColumn: a.column, lastRow: b.row, lastColumn: b.column)
    }

    public func contains(row: Int, column: Int) -> Bool {
        row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn
    }
}

/// A sheet read whole: name, rows (sparse, in order) and merged ranges.
public struct Sheet: Sendable {
    public var name: String
    public var rows: [SheetRow]
    public var merges: [CellRange]
    public var isHidden: Bool

    public init(name: String, rows: [SheetRow], merges: [CellRange] = [], isHidden: Bool = false) {
        self.name = name
        self.rows = rows
        self.merges = merges
        self.isHidden = isHidden
    }
}

/// Where a grid came from: decides how findings name cells (A1 for sheets, column letter and line for CSV).
public enum GridSource: Sendable {
    case xlsx
    case csv(delimiter: Character, encoding: String)
    case html
}

/// Everything a reader produces: the sheets of a workbook, or the one sheet of a CSV file.
public struct Workbook: Sendable {
    public var sheets: [Sheet]
    public var source: GridSource
    public var date1904: Bool

    public init(sheets: [Sheet], source: GridSource, date1904: Bool = false) {
        self.sheets = sheets
        self.source = source
        self.date1904 = date1904
    }
}

/// A1 references.
public enum A1 {
    /// `0 -> A`, `25 -> Z`, `26 -> AA`.
    public static func column(_ index: Int) -> String {
        var n = index + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// `(row: 0, column: 0) -> A1`.
    public static func cell(row: Int, column: Int) -> String { self.column(column) + String(row + 1) }

    /// Parses `B7`, `$B$7`; 0-based.
    public static func parse(_ text: String) -> (row: Int, column: Int)? {
        var col = 0, row = 0, letters = 0, digits = 0
        for ch in text.utf8 {
            if ch == UInt8(ascii: "$") { continue }
            if ch >= 65 && ch <= 90 { guard digits == 0 else { return nil }; col = col * 26 + Int(ch - 64); letters += 1 }
            else if ch >= 97 && ch <= 122 { guard digits == 0 else { return nil }; col = col * 26 + Int(ch - 96); letters += 1 }
            else if ch >= 48 && ch <= 57 { row = row * 10 + Int(ch - 48); digits += 1 }
            else { return nil }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        return (row - 1, col - 1)
    }
}

/// Excel's sheet-name rules, checked in Swift before calling libxlsxwriter 1.1.4 (whose own check
/// had a buffer overflow fixed only in 1.1.8).
public enum SheetName {
    public static func isValid(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 31 else { return false }
        if name.hasPrefix("'") || name.hasSuffix("'") { return false }
        return !name.contains { "[]:*?/\\".contains($0) }
    }
}
