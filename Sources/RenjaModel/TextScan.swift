import Foundation

/// Text helpers for the hot paths of reading: pure Swift over Unicode scalars or UTF-8 bytes.
/// Foundation's `trimmingCharacters(in:)` and `contains(_:)` bridge every call through NSString,
/// which a 100,000-row sheet pays millions of times.

extension Unicode.Scalar {
    /// Spaces, tabs, line breaks and the no-break space that PDF extractions leave in cells.
    @inlinable public var isSpaceLike: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85, 0x2028, 0x2029, 0x3000, 0x2000...0x200A, 0x202F, 0x205F, 0x1680: true
        default: false
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when every byte is ASCII: one pass OR-ing the bytes, which the compiler vectorises,
    /// instead of a closure per byte.
    public var isAllASCII: Bool {
        var any: UInt8 = 0
        for x in self { any |= x }
        return any < 0x80
    }
}

extension String {
    /// The text without leading and trailing whitespace (line breaks included). Most cells have
    /// none: their first and last bytes, ASCII and not spaces, tell so without decoding scalars.
    public var trimmedWhitespace: String {
        if let f = utf8.first, let l = utf8.last, Self.keepsWhole(first: f, last: l) { return self }
        return trimmingSpaceLike()
    }

    /// Whether a text whose first and last bytes are these keeps whole when trimmed: both ASCII
    /// and not white space (a byte past ASCII may start a no-break space).
    @inline(__always) static func keepsWhole(first f: UInt8, last l: UInt8) -> Bool {
        f < 0x80 && l < 0x80 && !isASCIISpace(f) && !isASCIISpace(l)
    }

    @inline(__always) static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// True when every byte is ASCII (then characters are bytes): one pass OR-ing the bytes, which
    /// the compiler vectorises, instead of a closure per byte.
    public var isAllASCII: Bool {
        var s = self
        return s.withUTF8(\.isAllASCII)
    }

    /// Substring test on UTF-8 bytes (no Foundation, no locale), without the generic version's
    /// conversion of the text.
    public func containsBytes(_ needle: String) -> Bool {
        var n = needle, h = self
        return n.withUTF8 { nb in h.withUTF8 { hb in Self.find(nb, in: hb) } }
    }

    /// `lowercased().hasPrefix(prefix)` for an ASCII, lower-case `prefix`, without a lower-cased
    /// copy: no character outside ASCII lower-cases to one of its letters but K (Kelvin) and İ.
    public func hasPrefixIgnoringCase(_ prefix: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        var i = 0
        for b in utf8 {
            if i == p.count { return true }
            let lower = b >= 0x41 && b <= 0x5A ? b + 32 : b
            if lower != p[i] { return false }
            i += 1
        }
        return i == p.count
    }

    /// The first byte is searched with memchr (vectorised), the rest compared with memcmp.
    static func find(_ nb: UnsafeBufferPointer<UInt8>, in hb: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = nb.first, let n = nb.baseAddress else { return true }
        guard nb.count <= hb.count, let h = hb.baseAddress else { return false }
        let end = h + (hb.count - nb.count + 1)  // one past the last place the needle can start
        var at = h
        while at < end, let hit = memchr(at, Int32(first), end - at) {
            let p = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(p + 1, n + 1, nb.count - 1) == 0 { return true }
            at = p + 1
        }
        return false
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (line breaks included); the same string,
    /// unallocated, when there is none.
    public var trimmedWhitespace: String { trimmingSpaceLike() }

    func trimmingSpaceLike() -> String {
        let u = unicodeScalars
        guard let f = u.first, let l = u.last else { return String(self) }
        if !f.isSpaceLike && !l.isSpaceLike { return String(self) }
        var start = u.startIndex, end = u.endIndex
        while start < end, u[start].isSpaceLike { start = u.index(after: start) }
        while end > start, u[u.index(before: end)].isSpaceLike { end = u.index(before: end) }
        // Scalar boundaries of the text's own indices: the slice is copied whole, not scalar by
        // scalar (every target cell, "35 Koperasi", trims its unit here).
        return String(self[start..<end])
    }

    /// Substring test on UTF-8 bytes (no Foundation, no locale).
    public func containsBytes(_ needle: String) -> Bool { String(self).containsBytes(needle) }
}

/// Tests on eight bytes at once (a UInt64 read from a text), for scans that look for a few ASCII
/// bytes in long runs of text. Each test is exact as to whether such a byte is in the word.
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of the word's bytes is `b`.
    @inline(__always) static func contains(_ w: UInt64, _ b: UInt8) -> Bool {
        let x = w ^ (ones &* UInt64(b))
        return (x &- ones) & ~x & highs != 0
    }

    /// Whether one of the word's bytes is below `n` (n at most 0x80).
    @inline(__always) static func containsBelow(_ w: UInt64, _ n: UInt8) -> Bool {
        (w &- ones &* UInt64(n)) & ~w & highs != 0
    }
}
