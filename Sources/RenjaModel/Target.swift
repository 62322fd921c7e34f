import Foundation

/// A target or realisation of performance (K): `35 Koperasi`, `100%`, `0,8 %`, `BB`,
/// `Sehat 5 kop, cukup sehat 20 kop`. Kept as written; its leading number and unit are parsed when
/// there are exactly one number and a unit, so capaian can be computed only when that is meaningful.
///
/// An object that never changes, compared by its content: a row's value holds it in one word
/// (a struct of 48 bytes made every `Value` that size, or boxed it), and the rows that write the
/// same target share one.
public final class Target: Sendable, Hashable {
    public let text: String
    public let number: DecimalNumber?
    public let unit: String?

    /// How many different targets a reader remembers so that the rows writing the same one share
    /// it (a target takes 64 bytes). A planning table seldom has more than a
    /// few thousand different targets; the 100,000-row bench table has 10,000 in each of its two
    /// target columns, and with 8,192 remembered its conversion peaked 9 MiB higher. A table whose
    /// targets never repeat pays for the reader's dictionary instead (at most 7 MB while it is read).
    public static let sharingLimit = 65_536

    public init(text: String, number: DecimalNumber? = nil, unit: String? = nil) {
        self.text = text
        self.number = number
        self.unit = unit
    }

    /// This target with its number read again (in the column's own notation), its text and unit
    /// kept.
    public func with(number: DecimalNumber?) -> Target {
        Target(text: text, number: number, unit: unit)
    }

    public static func == (a: Target, b: Target) -> Bool {
        a === b || (a.text == b.text && a.number == b.number && a.unit == b.unit)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(number)
        hasher.combine(unit)
    }

    /// Parses a target cell (layouts.md §4.2): optional leading number in Indonesian or English
    /// notation, then a unit; anything with a second number or a list stays text-only.
    public static func parse(_ raw: String) -> Target {
        let text = raw.trimmedWhitespace
        guard !text.isEmpty else { return Target(text: text) }
        return plain(text) ?? general(text)
    }

    /// Any target text, already trimmed.
    static func general(_ text: String) -> Target {
        let t = Target(text: text)
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
        return Target(text: text, number: n, unit: rest.isEmpty ? nil : rest)
    }

    /// The common target, on its bytes: whole digits, then an ASCII unit or nothing ("273 Rumah
    /// Tangga", "40"). nil for anything else (separators, a sign, other scripts), which takes the
    /// general path above; the result is the one that path gives.
    static func plain(_ text: String) -> Target? {
        var copy = text
        return copy.withUTF8 { b -> Target? in
            var i = 0, value: Int64 = 0
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                guard i < 18 else { return nil }
                value = value * 10 + Int64(b[i] - 0x30)
                i += 1
            }
            // No leading number: text only; a sign goes the general way.
            guard i > 0 else { return b.first == 0x2D ? nil : Target(text: text) }
            if i < b.count, b[i] == 0x2E || b[i] == 0x2C || b[i] >= 0x80 { return nil }
            var start = i, end = b.count
            for j in i..<b.count where b[j] >= 0x80 { _ = j; return nil }
            while start < end, b[start] == 0x20 || (b[start] >= 0x09 && b[start] <= 0x0D) { start += 1 }
            while end > start, b[end - 1] == 0x20 || (b[end - 1] >= 0x09 && b[end - 1] <= 0x0D) { end -= 1 }
            let rest = UnsafeBufferPointer(rebasing: b[start..<end])
            // A second number ("60 UKM; 120 UKM") or a bracket: one text, no quantity.
            if rest.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || rest.first == 0x28 { return Target(text: text) }
            let unit = rest.count == 1 && rest[0] == 0x2D ? "" : String(decoding: rest, as: UTF8.self)
            return Target(text: text, number: DecimalNumber(value), unit: unit.isEmpty ? nil : unit)
        }
    }

    /// True when the unit says the indicator is a percentage ("%", "Persen").
    public var isPercent: Bool {
        guard let u = unit?.lowercased() else { return false }
        return u == "%" || u.hasPrefix("persen") || u.hasPrefix("prosen")
    }
}
