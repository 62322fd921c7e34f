import Foundation

/// Money notation for messages: `Rp14.728.500`, `-Rp3.870.000`.
public enum Rupiah {
    public static func format(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return (value < 0 ? "-Rp" : "Rp") + out
    }

    /// The sum of `amounts`; nil when it passes what 64 bits hold. Each amount of a file fits,
    /// but a hostile file's parts can add up past Int64 (two of 9 × 10¹⁸), which would stop the
    /// process; such a sum is not judged nor written instead.
    public static func sum<S: Sequence>(_ amounts: S) -> Int64? where S.Element == Int64 {
        var s: Int64 = 0
        for a in amounts {
            guard let r = add(s, a) else { return nil }
            s = r
        }
        return s
    }

    /// `a + b`; nil when it passes what 64 bits hold (see `sum`).
    @inline(__always) public static func add(_ a: Int64, _ b: Int64) -> Int64? {
        let (r, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : r
    }

    /// `a - b`; nil when it passes what 64 bits hold (see `sum`).
    public static func difference(_ a: Int64, _ b: Int64) -> Int64? {
        let (r, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? nil : r
    }

    /// A percentage in Indonesian notation: `96,77%`.
    public static func percent(_ value: DecimalNumber, english: Bool = false) -> String {
        let s = value.rounded(2).description
        return (english ? s : s.replacingOccurrences(of: ".", with: ",")) + "%"
    }
}
