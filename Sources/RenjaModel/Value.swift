import Foundation

/// The value of one column of one row in the model.
public enum Value: Sendable, Hashable {
    case text(String)
    /// Whole rupiah.
    case rupiah(Int64)
    /// A plain number: a percentage (96.77 means 96,77 %), a count.
    case number(DecimalNumber)
    /// A target or realisation of performance, kept as written with its parsed number and unit.
    /// Boxed: a target is 48 bytes, and unboxed it would make every value of every row that size
    /// (a 120,000-row model holds close to a million values in its rows' dictionaries).
    indirect case target(Target)

    public var rupiah: Int64? {
        switch self {
        case .rupiah(let v): v
        case .number(let d): d.isInteger ? d.integerValue : nil
        default: nil
        }
    }

    public var number: DecimalNumber? {
        switch self {
        case .rupiah(let v): DecimalNumber(v)
        case .number(let d): d
        case .target(let t): t.number
        case .text: nil
        }
    }

    /// The value as it is written into CSV and shown to people.
    public var text: String {
        switch self {
        case .text(let s): s
        case .rupiah(let v): String(v)
        case .number(let d): d.description
        case .target(let t): t.text
        }
    }
}
