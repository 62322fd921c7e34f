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

    /// A percentage in Indonesian notation: `96,77%`.
    public static func percent(_ value: DecimalNumber, english: Bool = false) -> String {
        let s = value.rounded(2).description
        return (english ? s : s.replacingOccurrences(of: ".", with: ",")) + "%"
    }
}
