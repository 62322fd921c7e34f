import Foundation

/// A target or realisation of performance (K): `35 Koperasi`, `100%`, `0,8 %`, `BB`,
/// `Sehat 5 kop, cukup sehat 20 kop`. Kept as written; its leading number and unit are parsed when
/// there are exactly one number and a unit, so capaian can be computed only when that is meaningful.
public struct Target: Sendable, Hashable {
    public var text: String
    public var number: DecimalNumber?
    public var unit: String?

    public init(text: String, number: DecimalNumber? = nil, unit: String? = nil) {
        self.text = text
        self.number = number
        self.unit = unit
    }

    /// Parses a target cell (layouts.md §4.2): optional leading number in Indonesian or English
    /// notation, then a unit; anything with a second number or a list stays text-only.
    public static func parse(_ raw: String) -> Target {
        let text = raw.trimmedWhitespace
        var t = Target(text: text)
        guard !text.isEmpty else { return t }
        // Split the leading numeric part (on UTF-8 bytes: every K cell of a sheet passes here).
        let u = text.utf8
        var numEnd = u.startIndex
        var sawDigit = false
        var idx = u.startIndex
        while idx < u.endIndex {
            let b = u[idx]
            if b >= 0x30 && b <= 0x39 { sawDigit = true; idx = u.index(after: idx); numEnd = idx; continue }
            if (b == 0x2E || b == 0x2C) && sawDigit { idx = u.index(after: idx); continue }
            if b == 0x2D && idx == u.startIndex { idx = u.index(after: idx); continue }
            break
        }
        guard sawDigit else { return t }
        let numText = String(text[text.startIndex..<numEnd])
        var rest = text[numEnd...].trimmedWhitespace
        // Lists and ranges ("60 UKM; 120 UKM", "15 Koperasi, 11 Kecamatan") are not one quantity.
        if rest.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return t }
        guard let n = NumberText.parse(numText, hint: .decimal)?.value else { return t }
        if rest.hasPrefix("(") { return t }
        if rest == "-" { rest = "" }
        t.number = n
        t.unit = rest.isEmpty ? nil : rest
        return t
    }

    /// True when the unit says the indicator is a percentage ("%", "Persen").
    public var isPercent: Bool {
        guard let u = unit?.lowercased() else { return false }
        return u == "%" || u.hasPrefix("persen") || u.hasPrefix("prosen")
    }
}
