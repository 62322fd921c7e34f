import Foundation

/// The value of one column of one row in the model.
public enum Value: Sendable, Hashable {
    case text(String)
    /// Whole rupiah.
    case rupiah(Int64)
    /// A plain number: a percentage (96.77 means 96,77 %), a count.
    case number(DecimalNumber)
    /// A target or realisation of performance, kept as written with its parsed number and unit
    /// (an object: one word here, shared by the rows that write the same target).
    case target(Target)

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
