import Foundation

/// Numbers as people type them in Indonesian planning sheets (layouts.md §4.1):
/// `3.590.187.767`, `96,77`, `116.131.220,00`, `32,535,393`, `75.85`, `(59.875.100,00)`,
/// `Rp. 30.000.000,-`, `97,34 %`, and the empty markers `-`, `0-`, `Rp. -`.
public enum NumberText {
    /// Which separator is the decimal point.
    public enum Notation: String, Sendable, Codable {
        /// `1.234.567,89`
        case indonesian
        /// `1,234,567.89`
        case english
    }

    /// What the column holds, which decides an ambiguous single separator followed by 3 digits.
    public enum Hint: Sendable {
        /// Whole rupiah: `1.234` and `1,234` are both one thousand two hundred thirty-four.
        case money
        /// Percentages, K values: a lone separator before 3 digits is undecided without evidence.
        case decimal
    }

    public struct Parsed: Sendable, Equatable {
        public var value: DecimalNumber
        /// The notation the text proves (nil when the text fits both, like `1500` or `1.234`).
        public var notation: Notation?
        /// True when the text carried a `%` sign.
        public var percentSign: Bool

        public init(value: DecimalNumber, notation: Notation?, percentSign: Bool) {
            self.value = value
            self.notation = notation
            self.percentSign = percentSign
        }
    }

    /// True for cells that mean "no value": empty, `-`, `0-`, `Rp. -`, `Rp -`.
    public static func isEmptyMarker(_ raw: some StringProtocol) -> Bool {
        // Most cells hold a value: a digit or letter up front with more after it is never a marker.
        if let f = raw.utf8.first, raw.utf8.count > 3, (f >= 48 && f <= 57) || (f >= 65 && f <= 90 && f != 82) || (f >= 97 && f <= 122 && f != 114) { return false }
        var s = Substring(raw).trimmedWhitespace
        if s.isEmpty { return true }
        s = stripCurrency(s)
        s = s.trimmedWhitespace
        return s.isEmpty || s == "-" || s == "0-" || s == "–" || s == "—" || s == ",-"
    }

    private static func stripCurrency(_ s: String) -> String {
        var t = s
        for prefix in ["Rp.", "RP.", "rp.", "Rp", "RP", "rp", "IDR"] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)); break
        }
        return t
    }

    /// Parses one cell's text. `notation`, when given, decides ambiguous separators (the column's
    /// notation found from other cells); otherwise money groups and decimals stay ambiguous.
    /// Returns nil when the text is not a number (the caller reports `value.number`).
    public static func parse(_ raw: some StringProtocol, hint: Hint, notation: Notation? = nil) -> Parsed? {
        let str = String(raw)
        if let fast = fastParse(str, hint: hint, notation: notation) { return fast }
        if hasWords(str) { return nil }
        // No-break spaces as spaces; no Foundation call (every "80 %" target passes here).
        var s = str.utf8.contains(0xA0) ? String(str.unicodeScalars.map { $0 == "\u{00A0}" ? " " : Character($0) }) : str
        s = s.trimmedWhitespace
        guard !s.isEmpty else { return nil }
        var negative = false
        if s.hasPrefix("("), s.hasSuffix(")") { negative = true; s = String(s.dropFirst().dropLast()).trimmedWhitespace }
        s = stripCurrency(s).trimmedWhitespace
        if s.hasSuffix(",-") || s.hasSuffix(".-") { s.removeLast(2) }
        var percent = false
        if s.hasSuffix("%") { percent = true; s.removeLast(); s = s.trimmedWhitespace }
        if s.hasPrefix("(") && s.hasSuffix(")") && !negative { negative = true; s = String(s.dropFirst().dropLast()) }
        if s.hasPrefix("-") { negative.toggle(); s.removeFirst(); s = s.trimmedWhitespace }
        else if s.hasPrefix("+") { s.removeFirst() }
        if s.utf8.contains(0x20) { s.removeAll { $0 == " " } }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              s.first!.isNumber || s.first == "." || s.first == "," else {
            // Machine notation with exponent (cells typed as 1.5E+3) is still a number.
            if let d = DecimalNumber(machine: s) { return Parsed(value: negative ? -d : d, notation: nil, percentSign: percent) }
            return nil
        }
        guard let (digits, decimals, proven) = split(s, hint: hint, notation: notation) else { return nil }
        let machine = decimals.isEmpty ? digits : digits + "." + decimals
        guard var d = DecimalNumber(machine: machine.isEmpty ? "0" : machine) else { return nil }
        if negative { d = -d }
        return Parsed(value: d, notation: proven, percentSign: percent)
    }

    /// Letters other than a currency prefix or an exponent mean text ("35 Koperasi", "Sedang"):
    /// rejected on bytes, before any Foundation work.
    static func hasWords(_ s: String) -> Bool {
        var letters = 0
        for b in s.utf8 where (b >= 65 && b <= 90) || (b >= 97 && b <= 122) {
            letters += 1
            if letters > 3 { return true }
        }
        guard letters > 0 else { return false }
        let t = s.drop { $0 == " " || $0 == "(" || $0 == "-" }
        return !(t.hasPrefix("Rp") || t.hasPrefix("RP") || t.hasPrefix("rp") || t.hasPrefix("IDR") || s.contains("E") || s.contains("e"))
    }

    /// The common case without any Foundation call: plain digits grouped by one separator
    /// (`3.590.187.767`, `32,535,393`) or no separator at all. Anything else takes the full path.
    static func fastParse(_ s: String, hint: Hint, notation: Notation?) -> Parsed? {
        var s = s
        return s.withUTF8 { b -> Parsed? in
            guard !b.isEmpty, b.count <= 24 else { return nil }
            var sep: UInt8 = 0
            var groupLen = 0, groups = 0, firstGroup = 0
            var value: Int64 = 0
            for c in b {
                if c >= 48 && c <= 57 {
                    // Past 64 bits: the full path, which refuses it (a wrapped value would be wrong).
                    let (m, o1) = value.multipliedReportingOverflow(by: 10)
                    let (v, o2) = m.addingReportingOverflow(Int64(c - 48))
                    if o1 || o2 { return nil }
                    value = v
                    groupLen += 1
                } else if c == 46 || c == 44 {
                    if sep == 0 { sep = c; firstGroup = groupLen } else if sep != c || groupLen != 3 { return nil }
                    if groupLen == 0 { return nil }
                    groups += 1
                    groupLen = 0
                } else {
                    return nil
                }
            }
            if sep == 0 { return Parsed(value: DecimalNumber(value), notation: nil, percentSign: false) }
            // Grouping only when every group after the first has three digits and the first at most three,
            // and either several separators or a money column (a lone `1.234` elsewhere is ambiguous).
            guard groupLen == 3, firstGroup <= 3, groups >= 2 || hint == .money else { return nil }
            return Parsed(value: DecimalNumber(value), notation: groups >= 2 ? (sep == 46 ? .indonesian : .english) : nil, percentSign: false)
        }
    }

    /// Splits `s` (digits and separators only) into integer digits, decimal digits and the notation
    /// the text proves.
    private static func split(_ s: String, hint: Hint, notation: Notation?) -> (String, String, Notation?)? {
        let chars = Array(s)
        let dots = chars.filter { $0 == "." }.count
        let commas = chars.filter { $0 == "," }.count
        if dots == 0 && commas == 0 { return (s, "", nil) }

        // Groups between separators.
        func groups(_ sep: Character) -> [Substring] { s.split(separator: sep, omittingEmptySubsequences: false) }
        func isGrouping(_ parts: [Substring]) -> Bool {
            guard let first = parts.first, !first.isEmpty, first.count <= 3 else { return false }
            return parts.dropFirst().allSatisfy { $0.count == 3 }
        }

        if dots > 0 && commas > 0 {
            // Both present: the last one is the decimal separator (`1.234,56`, `1,234.56`).
            let lastDot = chars.lastIndex(of: ".")!, lastComma = chars.lastIndex(of: ",")!
            let decSep: Character = lastDot > lastComma ? "." : ","
            let groupSep: Character = decSep == "." ? "," : "."
            let decIndex = max(lastDot, lastComma)
            let intPart = String(chars[..<decIndex])
            let fracPart = String(chars[(decIndex + 1)...])
            // Extra decimal separators before the last are malformed (`6,666,67` is handled below).
            guard !intPart.contains(decSep) else { return nil }
            let g = intPart.split(separator: groupSep, omittingEmptySubsequences: false)
            guard isGrouping(g), fracPart.allSatisfy({ $0.isNumber }) else { return nil }
            // Rupiah have at most two decimals: "47,492.500" (S1) is three groups with one typo.
            if hint == .money && fracPart.count == 3 { return (g.joined() + fracPart, "", nil) }
            return (g.joined(), fracPart, decSep == "," ? .indonesian : .english)
        }

        let sep: Character = dots > 0 ? "." : ","
        let count = max(dots, commas)
        let parts = groups(sep)
        let sepIsIndonesianDecimal = sep == ","
        if count > 1 {
            // Several of one separator: grouping (`3.590.187.767`), or grouping with a malformed
            // decimal at the end (`16.697.223.384.00`, `6,666,67`).
            if isGrouping(parts) {
                return (parts.joined(), "", sep == "." ? .indonesian : .english)
            }
            let head = Array(parts.dropLast())
            if isGrouping(head), let last = parts.last, (1...2).contains(last.count) {
                return (head.joined(), String(last), nil)
            }
            return nil
        }
        // A single separator.
        let intPart = parts[0], frac = parts[1]
        guard !frac.isEmpty || !intPart.isEmpty else { return nil }
        if frac.count == 3 && !intPart.isEmpty && intPart.count <= 3 && intPart != "0" {
            // `1.234` / `1,234`: grouping for money; for other columns the column's notation decides.
            let asGrouping = (String(intPart) + String(frac), "", Optional<Notation>.none)
            switch hint {
            case .money: return asGrouping
            case .decimal:
                guard let notation else { return decideDefault(intPart, frac, sep) }
                let isDecimal = (notation == .indonesian) == sepIsIndonesianDecimal
                return isDecimal ? (String(intPart), String(frac), nil) : asGrouping
            }
        }
        // Otherwise the separator is a decimal point (`96,77`, `75.85`, `0.37`). Rupiah carry at
        // most two decimals: `250.000000` (S3, a lost dot of 250.000.000) is not an amount.
        if intPart.isEmpty && frac.isEmpty { return nil }
        if hint == .money && frac.count > 2 { return nil }
        return (String(intPart), String(frac), frac.count == 3 ? nil : (sepIsIndonesianDecimal ? .indonesian : .english))
    }

    /// Without evidence a lone separator before three digits in a non-money column is read the way
    /// Indonesian documents write: a comma is decimal, a dot groups thousands.
    private static func decideDefault(_ intPart: Substring, _ frac: Substring, _ sep: Character) -> (String, String, Notation?) {
        sep == "," ? (String(intPart), String(frac), nil) : (String(intPart) + String(frac), "", nil)
    }
}

