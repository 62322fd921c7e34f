import CLibXML2
import RenjaModel

/// The cells of a worksheet part (`<sheetData>`, `<mergeCells>`), row by row, each row once with
/// its cells in column order. Values stay bytes until their type is known: a shared-string index
/// is parsed from bytes and shares the string, a number is read exactly as written.
/// A handler belongs to the one thread that parses its part: its state is marked
/// `@exclusivity(unchecked)`, which spares millions of callbacks a runtime access check each.
final class SheetHandler: SAXHandler {
    /// The kinds of `<c t="…">` (ECMA-376 §18.18.11).
    enum CellType { case number, shared, string, inline, bool, error, date }

    @exclusivity(unchecked) private var strings: SharedStrings.Reader
    private let styles: [CellStyle]
    private let limits: ReadLimits
    private let sheetName: String
    private let file: String
    private let body: (SheetRow) throws -> Void
    @exclusivity(unchecked) private(set) var merges: [CellRange] = []

    @exclusivity(unchecked) private var sharedFormulas: [String: (formula: String, row: Int, col: Int)] = [:]
    @exclusivity(unchecked) private var cellCount = 0
    @exclusivity(unchecked) private var rowIndex = -1
    @exclusivity(unchecked) private var cells: [Cell] = []
    @exclusivity(unchecked) private var col = -1
    // The current cell.
    @exclusivity(unchecked) private var cType = CellType.number, cStyle = 0, cRow = 0, cCol = 0
    @exclusivity(unchecked) private var vBytes: [UInt8] = []
    @exclusivity(unchecked) private var fBytes: [UInt8] = []
    @exclusivity(unchecked) private var hasFormula = false
    @exclusivity(unchecked) private var fShared: (si: String, isMaster: Bool)? = nil
    @exclusivity(unchecked) private var isBytes: [UInt8] = []
    @exclusivity(unchecked) private var inV = false, inF = false, inIS = false, inT = false, inCell = false, inRPh = false

    init(strings: SharedStrings, styles: [CellStyle], limits: ReadLimits, sheetName: String, file: String, body: @escaping (SheetRow) throws -> Void) {
        self.strings = SharedStrings.Reader(strings)
        self.styles = styles
        self.limits = limits
        self.sheetName = sheetName
        self.file = file
        self.body = body
        vBytes.reserveCapacity(64)
        cells.reserveCapacity(32)
    }

    override func startElement(_ name: SAXName, _ attributes: SAXAttributes) throws {
        if name.isChar(UInt8(ascii: "c")) {
            try startCell(attributes)
        } else if inCell {
            if name.isChar(UInt8(ascii: "v")) { inV = true }
            else if name.isChar(UInt8(ascii: "f")) {
                var t = "", si: String? = nil, hasRef = false
                attributes.forEach { n, v in
                    if n[0] == UInt8(ascii: "t") && n[1] == 0 { t = String(decoding: v, as: UTF8.self) }
                    else if n[0] == UInt8(ascii: "s") && n[1] == UInt8(ascii: "i") && n[2] == 0 { si = String(decoding: v, as: UTF8.self) }
                    else if n[0] == UInt8(ascii: "r") && n[1] == UInt8(ascii: "e") && n[2] == UInt8(ascii: "f") && n[3] == 0 { hasRef = true }
                }
                if t == "shared", let si { fShared = (si, hasRef) }
                hasFormula = true
                inF = true
            }
            else if name.isName("is") { inIS = true }
            else if inIS && name.isName("rPh") { inRPh = true }
            else if inIS && name.isChar(UInt8(ascii: "t")) { inT = true }
        } else if name.isName("row") {
            try flushRow()
            if let r = attributes.value("r"), let v = Int(r), v > 0 { rowIndex = v - 1 } else { rowIndex += 1 }
            col = -1
        } else if name.isName("mergeCell") {
            if let r = attributes.value("ref"), let m = CellRange(a1: r) { merges.append(m) }
        }
    }

    /// The `r`, `t` and `s` attributes of `<c>`, read from libxml2's buffer in place.
    @inline(__always) private func startCell(_ attributes: SAXAttributes) throws {
        cellCount += 1
        if cellCount > limits.maxCells { throw ReadError.limitExceeded(file: file, limit: "cells", detail: "more than \(limits.maxCells) cells in \(sheetName)") }
        var column: Int? = nil, row: Int? = nil
        cType = .number
        cStyle = 0
        attributes.forEach { n, v in
            guard n[1] == 0, v.count > 0 else { return }
            switch n[0] {
            case UInt8(ascii: "r"):
                var i = 0, c = 0, r = 0
                while i < v.count && i < 3 && v[i] >= 65 && v[i] <= 90 { c = c * 26 + Int(v[i] - 64); i += 1 }
                while i < v.count && r < 10_000_000 && v[i] >= 48 && v[i] <= 57 { r = r * 10 + Int(v[i] - 48); i += 1 }
                if c > 0 && r > 0 && i == v.count { column = c - 1; row = r - 1 }
            case UInt8(ascii: "t"):
                let second = v.count > 1 ? v[1] : 0
                switch (v[0], second) {
                case (UInt8(ascii: "s"), 0): cType = .shared
                case (UInt8(ascii: "s"), _): cType = .string
                case (UInt8(ascii: "i"), _): cType = .inline
                case (UInt8(ascii: "b"), _): cType = .bool
                case (UInt8(ascii: "e"), _): cType = .error
                case (UInt8(ascii: "d"), _): cType = .date
                default: cType = .number
                }
            case UInt8(ascii: "s"):
                var i = 0, x = 0
                while i < v.count && i < 9 && v[i] >= 48 && v[i] <= 57 { x = x * 10 + Int(v[i] - 48); i += 1 }
                cStyle = x
            default: break
            }
        }
        if let column, let row { cCol = column; cRow = row } else { cCol = col + 1; cRow = rowIndex }
        col = cCol
        if cCol >= limits.maxColumns { cCol = limits.maxColumns - 1 }
        // Emptied only when filled: most cells have no formula nor inline text, and emptying an
        // array is a call of its own (a million cells on a 100,000-row sheet).
        if !vBytes.isEmpty { vBytes.removeAll(keepingCapacity: true) }
        if !fBytes.isEmpty { fBytes.removeAll(keepingCapacity: true) }
        if !isBytes.isEmpty { isBytes.removeAll(keepingCapacity: true) }
        hasFormula = false
        fShared = nil
        inCell = true
    }

    override func endElement(_ name: SAXName) throws {
        if name.isChar(UInt8(ascii: "c")) { if inCell { finishCell() } }
        else if name.isChar(UInt8(ascii: "v")) { inV = false }
        else if name.isChar(UInt8(ascii: "f")) { inF = false }
        else if name.isChar(UInt8(ascii: "t")) { inT = false }
        else if name.isName("is") { inIS = false }
        else if name.isName("rPh") { inRPh = false }
        else if name.isName("sheetData") { try flushRow() }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inV { vBytes.append(contentsOf: bytes) }
        else if inF { fBytes.append(contentsOf: bytes) }
        else if inIS && inT && !inRPh { isBytes.append(contentsOf: bytes) }
    }

    /// After the last element: the row still open.
    func finish() throws { try flushRow() }

    private func flushRow() throws {
        if rowIndex >= 0 && !cells.isEmpty {
            if !zip(cells, cells.dropFirst()).allSatisfy({ $0.column < $1.column }) { cells.sort { $0.column < $1.column } }
            // The cells are handed over, not copied (a copy touched every text's reference count
            // twice), and the next row starts with room for as many: rows of a table are alike,
            // so little room is left spare in the grid.
            let row = SheetRow(index: rowIndex, cells: cells)
            cells = []
            cells.reserveCapacity(row.cells.count)
            try body(row)
        } else {
            cells.removeAll(keepingCapacity: true)
        }
    }

    private func finishCell() {
        inCell = false
        var value: CellValue = .empty
        var stored: StoredText?
        switch cType {
        case .shared:
            var i = 0, digits = 0
            for b in vBytes where b != 0x20 {
                guard b >= 48 && b <= 57, digits < 10 else { digits = -1; break }
                i = i * 10 + Int(b - 48); digits += 1
            }
            if digits > 0 {
                switch strings.string(i) {
                case .string(let t)?: value = .text(t)
                case .stored(let t)?: stored = t
                case nil: break
                }
            }
        case .inline: value = isBytes.isEmpty ? .empty : .text(OOXMLText.unescape(String(decoding: isBytes, as: UTF8.self)))
        case .string: value = vBytes.isEmpty ? .empty : .text(String(decoding: vBytes, as: UTF8.self))
        case .bool: value = .bool(vBytes == [49] || vBytes == Array("true".utf8))
        case .error: value = .error(String(decoding: vBytes, as: UTF8.self))
        case .date: value = vBytes.isEmpty ? .empty : .text(String(decoding: vBytes, as: UTF8.self))
        case .number:
            if !vBytes.isEmpty {
                value = vBytes.withUnsafeBufferPointer { DecimalNumber(machineBytes: $0) }.map { .number($0.roundedToSignificant(15)) }
                    ?? .text(String(decoding: vBytes, as: UTF8.self))
            }
        }
        var formula: String? = hasFormula ? String(decoding: fBytes, as: UTF8.self) : nil
        if let fs = fShared {
            if fs.isMaster, let master = formula, !master.isEmpty {
                sharedFormulas[fs.si] = (master, cRow, cCol)
            } else if let m = sharedFormulas[fs.si] {
                formula = SharedFormula.shift(m.formula, rows: cRow - m.row, columns: cCol - m.col)
            }
        }
        if case .empty = value, formula == nil, stored == nil { return }
        let style = cStyle < styles.count ? styles[cStyle] : CellStyle()
        if let stored {
            cells.append(Cell(column: cCol, stored: stored, formula: formula, style: style))
        } else {
            cells.append(Cell(column: cCol, value: value, formula: formula, style: style))
        }
    }
}

/// The shared-string table (`<sst>`): each `<si>`'s text runs joined, phonetic runs left out,
/// handed on in blocks of `SharedStrings.blockSize`.
final class SharedStringsHandler: SAXHandler {
    private let limits: ReadLimits
    private let file: String
    private let store: TextStore
    private let publish: ([SharedStrings.Entry]) -> Void
    @exclusivity(unchecked) private var block: [SharedStrings.Entry] = []
    @exclusivity(unchecked) private var current: [UInt8] = []
    @exclusivity(unchecked) private var total = 0
    @exclusivity(unchecked) private var inSI = false, inT = false, inPhonetic = false

    init(limits: ReadLimits, file: String, store: TextStore, publish: @escaping ([SharedStrings.Entry]) -> Void) {
        self.limits = limits
        self.file = file
        self.store = store
        self.publish = publish
        block.reserveCapacity(SharedStrings.blockSize)
    }

    /// Hands on the last, partial block.
    func flush() {
        if !block.isEmpty { publish(block) }
        block = []
    }

    override func startElement(_ name: SAXName, _ attributes: SAXAttributes) throws {
        if name.isChar(UInt8(ascii: "t")) { inT = true }
        else if name.isName("si") { current.removeAll(keepingCapacity: true); inSI = true }
        else if name.isName("rPh") { inPhonetic = true }
    }

    override func endElement(_ name: SAXName) throws {
        if name.isChar(UInt8(ascii: "t")) { inT = false }
        else if name.isName("si") {
            inSI = false
            total += current.count
            if total > limits.maxSharedStringBytes {
                throw ReadError.limitExceeded(file: file, limit: "shared strings", detail: "more than \(limits.maxSharedStringBytes >> 20) MiB of text")
            }
            block.append(current.withUnsafeBufferPointer(entry))
            if block.count == SharedStrings.blockSize {
                publish(block)
                block.removeAll(keepingCapacity: true)
            }
        }
        else if name.isName("rPh") { inPhonetic = false }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inSI && inT && !inPhonetic { current.append(contentsOf: bytes) }
    }

    /// The entry of a string whose bytes stand in the XML as `b` (entities already resolved).
    private func entry(_ b: UnsafeBufferPointer<UInt8>) -> SharedStrings.Entry {
        if let packed = SharedStrings.Packed.pack(b) { return packed }
        // Made a string first: `_xHHHH_` escapes, and any byte past ASCII (the store keeps valid
        // UTF-8 only, which a writer copies as it is). The rest are kept as they stand.
        if b.contains(0x5F) || !b.isAllASCII {
            let text = OOXMLText.unescape(String(decoding: b, as: UTF8.self))
            if text.utf8.elementsEqual(b) { return keep(b) }
            var t = text
            return t.withUTF8(keep)
        }
        return keep(b)
    }

    /// Up to 15 bytes inline, unless the text starts with a zero byte (an inline entry that does
    /// is a packed code); the rest in the store.
    private func keep(_ b: UnsafeBufferPointer<UInt8>) -> SharedStrings.Entry {
        if b.count <= 15, b.first != 0 { return SharedStrings.Entry(inline: UnsafeRawBufferPointer(b)) }
        return SharedStrings.Entry(stored: store.append(b))
    }
}
