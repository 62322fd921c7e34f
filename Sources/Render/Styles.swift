import Layouts
import RenjaModel
import SheetIO

/// The look of the official printed tables: Arial 10, thin borders, grey bold headers, bold
/// programs, indentation by level. Kept in one place so every kind looks the same.
enum Styles {
    static let headerFill: UInt32 = 0xD9D9D9
    static let numberRowFill: UInt32 = 0xF2F2F2

    static var titleFirst: CellFormat { var f = CellFormat(); f.bold = true; f.fontSize = 12; f.align = .center; return f }
    static var title: CellFormat { var f = CellFormat(); f.bold = true; f.fontSize = 11; f.align = .center; return f }

    static var header: CellFormat {
        var f = CellFormat()
        f.bold = true; f.wrap = true; f.align = .center; f.verticalCenter = true
        f.border = true; f.fill = headerFill
        return f
    }

    static var numberRow: CellFormat {
        var f = CellFormat()
        f.italic = true; f.fontSize = 8; f.align = .center; f.border = true; f.fill = numberRowFill
        return f
    }

    static var signature: CellFormat { var f = CellFormat(); f.align = .center; return f }
    static var signatureName: CellFormat { var f = CellFormat(); f.align = .center; f.bold = true; f.underline = true; return f }

    /// The format of a data cell of `column` on a row of `level`.
    static func cell(_ column: ColumnSpec, level: Level, isFormula: Bool) -> CellFormat {
        var f = CellFormat()
        f.border = true
        f.verticalTop = true
        f.numberFormat = column.numberFormat
        switch level {
        case .urusan, .bidang, .program, .total: f.bold = true
        case .kegiatan: f.bold = true
        default: break
        }
        if level == .total || level == .lain { f.fill = 0xF2F2F2 }
        switch column.type {
        case .uraian:
            f.wrap = true
            f.indent = indent(level)
        case .text, .target:
            f.wrap = true
        case .kode:
            f.align = .left
        case .rupiah, .percent, .number:
            f.align = .right
        }
        // Input cells stay editable when the sheet is protected (--kunci); formulas do not.
        f.locked = isFormula
        return f
    }

    static func indent(_ level: Level) -> Int {
        switch level {
        case .urusan, .bidang: 0
        case .program: 0
        case .kegiatan: 1
        case .subkegiatan: 2
        case .rekening: 3
        case .indikator: 2
        case .total, .lain: 0
        }
    }
}
