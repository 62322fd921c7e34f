/// An exact decimal number: `mantissa × 10^-scale`.
///
/// Spreadsheet cells store numbers as decimal text (`<v>15750000</v>`, `96.77`); keeping that text
/// exact (instead of going through `Double`) is what lets money stay exact to the rupiah and lets
/// percentages be compared after rounding to 2 decimals without binary noise.
public struct DecimalNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var mantissa: Int64
    /// Number of decimal digits after the point (0...18).
    public var scale: Int8

    public init(mantissa: Int64, scale: Int8 = 0) {
        self.mantissa = mantissa
        self.scale = scale
    }

    public init(_ integer: Int64) { self.init(mantissa: integer, scale: 0) }
    public init(_ integer: Int) { self.init(mantissa: Int64(integer), scale: 0) }

    public static let zero = DecimalNumber(mantissa: 0)

    /// Parses plain machine notation: `-12`, `3.5`, `1.25E+3`, `.5`. No grouping separators
    /// (locale-aware parsing of what people type lives in `NumberText`).
    public init?(machine text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard let v = bytes.withUnsafeBufferPointer({ DecimalNumber(machineBytes: $0) }) else { return nil }
        self = v
    }

    /// The same from UTF-8 bytes in place (a cell's `<v>` text straight from the XML parser).
    public init?(machineBytes bytes: UnsafeBufferPointer<UInt8>) {
        var n = bytes.count
        while n > 0, bytes[n - 1] == 0x20 { n -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: bytes[0..<n])
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count else { return nil }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 } else if bytes[i] == UInt8(ascii: "+") { i += 1 }
        var mant: Int64 = 0
        var scale = 0
        var digits = 0
        var seenPoint = false
        var dropped = 0  // significant digits beyond Int64 (only after the point are they safe to drop)
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                let d = Int64(b - 0x30)
                let (m1, o1) = mant.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(d)
                if o1 || o2 || (seenPoint && scale >= 18) {
                    if seenPoint { dropped += 1 } else { return nil }
                } else {
                    mant = m2
                    if seenPoint { scale += 1 }
                }
            } else if b == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        var exponent = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var expNeg = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { expNeg = true; i += 1 } else if i < bytes.count, bytes[i] == UInt8(ascii: "+") { i += 1 }
            var e = 0
            var expDigits = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, e < 10_000 {
                e = e * 10 + Int(bytes[i] - 0x30); i += 1; expDigits += 1
            }
            guard expDigits > 0 else { return nil }
            exponent = expNeg ? -e : e
        }
        guard i == bytes.count else { return nil }
        _ = dropped
        // Apply the exponent by moving the scale, multiplying out when the scale would go negative.
        scale -= exponent
        while scale < 0 {
            let (m, o) = mant.multipliedReportingOverflow(by: 10)
            if o { return nil }
            mant = m; scale += 1
        }
        while scale > 18 {
            mant /= 10; scale -= 1
        }
        self.init(mantissa: negative ? -mant : mant, scale: Int8(scale))
        self = self.normalized
    }

    /// Removes trailing zero decimals (`1.50` -> `1.5`, `3.0` -> `3`).
    public var normalized: DecimalNumber {
        var m = mantissa, s = scale
        while s > 0 && m % 10 == 0 { m /= 10; s -= 1 }
        return DecimalNumber(mantissa: m, scale: s)
    }

    public var isInteger: Bool { normalized.scale == 0 }
    public var isNegative: Bool { mantissa < 0 }
    public var isZero: Bool { mantissa == 0 }

    private static let powers: [Int64] = (0...18).map { p in (0..<p).reduce(Int64(1)) { a, _ in a * 10 } }

    /// The value rounded half away from zero to `places` decimals.
    public func rounded(_ places: Int) -> DecimalNumber {
        guard Int(scale) > places else { return self }
        let drop = Int(scale) - places
        // Past 18 decimals dropped, the value is below one unit of the last place kept: it rounds
        // to zero or, from half of it on (only at 19), to one unit.
        if drop > 18 {
            let up = drop == 19 && mantissa.magnitude >= 5_000_000_000_000_000_000
            return DecimalNumber(mantissa: up ? (mantissa < 0 ? -1 : 1) : 0, scale: Int8(places)).normalized
        }
        let p = Self.powers[drop]
        var q = mantissa / p
        let r = mantissa % p
        if abs(r) * 2 >= p { q += mantissa < 0 ? -1 : 1 }
        return DecimalNumber(mantissa: q, scale: Int8(places)).normalized
    }

    /// At most `digits` significant digits, decimals dropped first: a spreadsheet number is a
    /// binary double, and "97.290000000000006" in a cell is the 97,29 the sheet shows (Excel keeps
    /// 15 significant digits).
    public func roundedToSignificant(_ digits: Int) -> DecimalNumber {
        var n = 0, m = mantissa.magnitude
        while m > 0 { n += 1; m /= 10 }
        guard n > digits, scale > 0 else { return self }
        return rounded(max(0, Int(scale) - (n - digits)))
    }

    /// Whole rupiah (half away from zero). Money in renja is always integral.
    public var integerValue: Int64 { rounded(0).mantissa }

    public var doubleValue: Double {
        if scale >= 0 && Int(scale) < Self.powers.count { return Double(mantissa) / Double(Self.powers[Int(scale)]) }
        var v = Double(mantissa)
        if scale < 0 {
            for _ in 0..<(-Int(scale)) { v *= 10 }
        } else {
            for _ in 0..<Int(scale) { v /= 10 }
        }
        return v
    }

    /// Exact conversion from a Double that carries a short decimal (cached formula results);
    /// used only at the boundary, never for money arithmetic.
    public init(approximating value: Double, places: Int = 10) {
        guard value.isFinite else { self = .zero; return }
        let s = String(format: "%.\(places)f", value)
        self = DecimalNumber(machine: s)?.normalized ?? .zero
    }

    func aligned(to s: Int8) -> Int64? {
        let k = Int(s) - Int(scale)
        guard k >= 0 else { return nil }
        if mantissa == 0 { return 0 }
        guard k < Self.powers.count else { return nil }
        let (m, o) = mantissa.multipliedReportingOverflow(by: Self.powers[k])
        return o ? nil : m
    }

    /// `a + b` or `a - b`: exact on the aligned mantissas, approximated past what 64 bits hold.
    private static func combine(_ a: DecimalNumber, _ b: DecimalNumber, _ exact: (Int64, Int64) -> (partialValue: Int64, overflow: Bool),
                                _ approximate: (Double, Double) -> Double) -> DecimalNumber {
        let s = max(a.scale, b.scale)
        guard let x = a.aligned(to: s), let y = b.aligned(to: s) else {
            return DecimalNumber(approximating: approximate(a.doubleValue, b.doubleValue))
        }
        let (r, o) = exact(x, y)
        if o { return DecimalNumber(approximating: approximate(a.doubleValue, b.doubleValue)) }
        return DecimalNumber(mantissa: r, scale: s).normalized
    }

    public static func + (a: DecimalNumber, b: DecimalNumber) -> DecimalNumber {
        combine(a, b, { $0.addingReportingOverflow($1) }, +)
    }

    /// Exact, except for the one mantissa without a negative (then, like any overflow, approximated).
    public static prefix func - (a: DecimalNumber) -> DecimalNumber {
        guard a.mantissa != .min else { return DecimalNumber(approximating: -a.doubleValue) }
        return DecimalNumber(mantissa: -a.mantissa, scale: a.scale)
    }

    public static func - (a: DecimalNumber, b: DecimalNumber) -> DecimalNumber {
        combine(a, b, { $0.subtractingReportingOverflow($1) }, -)
    }

    public static func * (a: DecimalNumber, b: DecimalNumber) -> DecimalNumber {
        let (r, o) = a.mantissa.multipliedReportingOverflow(by: b.mantissa)
        let s = Int(a.scale) + Int(b.scale)
        if o || s > 18 {
            return DecimalNumber(approximating: a.doubleValue * b.doubleValue)
        }
        return DecimalNumber(mantissa: r, scale: Int8(s)).normalized
    }

    /// Division to `places` decimals, half away from zero; nil when dividing by zero.
    public func divided(by b: DecimalNumber, places: Int = 10) -> DecimalNumber? {
        guard !b.isZero else { return nil }
        // (a.m / 10^a.s) / (b.m / 10^b.s) = a.m * 10^(b.s - a.s) / b.m, computed with one extra digit.
        var num = Int128(mantissa)
        var den = Int128(b.mantissa)
        let shift = Int(b.scale) - Int(scale) + places + 1
        // A shift past what 128 bits hold (a divisor of 18 decimals, say) is approximated.
        var overflow = false
        if shift >= 0 {
            for _ in 0..<shift where !overflow { (num, overflow) = num.multipliedReportingOverflow(by: 10) }
        } else {
            for _ in 0..<(-shift) where !overflow { (den, overflow) = den.multipliedReportingOverflow(by: 10) }
        }
        if overflow { return DecimalNumber(approximating: doubleValue / b.doubleValue, places: places) }
        let q = num / den
        var m = q / 10
        let r = q % 10
        if r >= 5 || r <= -5 { m += (q < 0) ? -1 : 1 }
        guard let mm = Int64(exactly: m) else {
            return DecimalNumber(approximating: doubleValue / b.doubleValue, places: places)
        }
        return DecimalNumber(mantissa: mm, scale: Int8(places)).normalized
    }

    // Exact, as the hash is: only the number with the smaller scale is aligned, and when that
    // overflows 64 bits its magnitude is beyond any mantissa of the other, so the two differ and
    // its sign orders them. (Comparing doubles there made `==` disagree with the hash and lose
    // transitivity: 922337203685477581 equalled 922337203685477580.7.)
    public static func < (a: DecimalNumber, b: DecimalNumber) -> Bool {
        let s = max(a.scale, b.scale)
        guard let x = a.aligned(to: s) else { return a.mantissa < 0 }
        guard let y = b.aligned(to: s) else { return b.mantissa > 0 }
        return x < y
    }

    public static func == (a: DecimalNumber, b: DecimalNumber) -> Bool {
        let s = max(a.scale, b.scale)
        guard let x = a.aligned(to: s), let y = b.aligned(to: s) else { return false }
        return x == y
    }

    public func hash(into h: inout Hasher) {
        // The value's one form equal numbers share: its mantissa without trailing zeros (the
        // scale may go below zero, as a number made with one may have it: 12 × 10³ is 12000).
        var m = mantissa, s = scale
        if m == 0 { s = 0 }
        while m != 0, m % 10 == 0, s > Int8.min { m /= 10; s -= 1 }
        h.combine(m); h.combine(s)
    }

    /// Machine notation: `-1234.5`.
    public var description: String {
        let n = normalized
        if n.scale == 0 || n.mantissa == 0 { return String(n.mantissa) }
        if n.scale < 0 { return String(n.mantissa) + String(repeating: "0", count: -Int(n.scale)) }
        let neg = n.mantissa < 0
        var digits = String(n.mantissa.magnitude)
        let s = Int(n.scale)
        if digits.count <= s { digits = String(repeating: "0", count: s - digits.count + 1) + digits }
        let cut = digits.index(digits.endIndex, offsetBy: -s)
        return (neg ? "-" : "") + digits[..<cut] + "." + digits[cut...]
    }
}

