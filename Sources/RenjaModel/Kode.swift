import Foundation

/// A nomenclature code (kodefikasi, Permendagri 90/2019): `U.BB.PP.L.KK.SS(SS)`.
///
/// Made of dotted segments: urusan (`2` or `X`), bidang (`17` or `XX`), program (`03`),
/// kegiatan level digit (`2` = kabupaten/kota, `1` = provinsi), kegiatan number (`01`) and sub
/// kegiatan number (`01` in the 2021-22 era, `0001` since). A code may be *relative* (starting at the
/// program, as in S3's `01.2.01.06`) until it is resolved against the bidang of its document.
public struct Kode: Sendable, Hashable, CustomStringConvertible, Comparable {
    // Stored as packed bytes, not as an array of strings: every segment is 1 to 4 ASCII digits or
    // X, so six of them fit in three words, and a parsed code needs no memory of its own. A
    // 121,000-row model keeps one per row for its rules and its workbook (15 MB as arrays).
    // Segment i is in word i / 2, high half first, its bytes big-endian and padded with zero
    // bytes, so comparing two segments as integers compares their texts.
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0
    private var length: UInt8 = 0
    /// True when the code starts at the program (no urusan and bidang).
    public private(set) var isRelative: Bool

    /// Segments of 1 to 4 ASCII characters (digits, X), six at most: the segments of a code.
    public init(segments: [String], isRelative: Bool = false) {
        precondition(segments.count <= 6, "a code has six segments at most")
        self.isRelative = isRelative
        for s in segments { append(Self.pack(s.utf8)) }
    }

    private init(isRelative: Bool) { self.isRelative = isRelative }

    /// A segment's bytes as its packed word half; nil when it is longer than a segment can be.
    private static func pack<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        precondition(bytes.count >= 1 && bytes.count <= 4, "a code segment has 1 to 4 characters")
        var v: UInt32 = 0, shift: UInt32 = 24
        for b in bytes { v |= UInt32(b) << shift; shift &-= 8 }
        return v
    }

    private mutating func append(_ packed: UInt32) {
        let i = Int(length)
        let bits = UInt64(packed) << (i % 2 == 0 ? 32 : 0)
        switch i / 2 {
        case 0: w0 |= bits
        case 1: w1 |= bits
        default: w2 |= bits
        }
        length += 1
    }

    /// Segment `i` packed (see the stored words).
    @inline(__always) fileprivate func packed(_ i: Int) -> UInt32 {
        let w = i < 2 ? w0 : (i < 4 ? w1 : w2)
        return UInt32(truncatingIfNeeded: i % 2 == 0 ? w >> 32 : w)
    }

    /// The number of characters of a packed segment.
    @inline(__always) fileprivate static func width(_ p: UInt32) -> Int { 4 - p.trailingZeroBitCount / 8 }

    /// The segments, as texts (`2`, `17`, `03`, ...).
    public var segments: Segments { Segments(kode: self) }

    /// A code's segments as a collection of texts, made as they are read (small strings).
    public struct Segments: RandomAccessCollection, Hashable, Sendable {
        fileprivate let kode: Kode
        public var startIndex: Int { 0 }
        public var endIndex: Int { Int(kode.length) }
        public subscript(i: Int) -> String {
            precondition(i >= 0 && i < endIndex, "segment index out of range")
            return Kode.text(kode.packed(i))
        }
        /// Equal segments, whether the codes are relative or not.
        public static func == (a: Segments, b: Segments) -> Bool {
            a.kode.length == b.kode.length && a.kode.w0 == b.kode.w0 && a.kode.w1 == b.kode.w1 && a.kode.w2 == b.kode.w2
        }
        public func hash(into h: inout Hasher) {
            h.combine(kode.w0); h.combine(kode.w1); h.combine(kode.w2); h.combine(kode.length)
        }
    }

    /// A sub kegiatan code from its 12 digits (1, 2, 2, 1, 2 and 4 of them).
    init(subKegiatanDigits d: UnsafeBufferPointer<UInt8>) {
        precondition(d.count == 12, "a sub kegiatan code has 12 digits")
        self.init(isRelative: false)
        var start = 0
        for width in [1, 2, 2, 1, 2, 4] {
            append(Self.pack(UnsafeBufferPointer(rebasing: d[start..<start + width])))
            start += width
        }
    }

    /// The first `n` segments as a code of their own (as relative as this one).
    public func prefix(_ n: Int) -> Kode {
        var k = Kode(isRelative: isRelative)
        for i in 0..<min(n, Int(length)) { k.append(packed(i)) }
        return k
    }

    private static func text(_ p: UInt32) -> String {
        let n = width(p)
        if n <= 2 {
            let hi = Int((p >> 24) & 0xFF), lo = Int((p >> 16) & 0xFF)
            if hi >= 48, hi <= 57, n == 1 { return digitTexts[1][hi - 48] }
            if hi >= 48, hi <= 57, lo >= 48, lo <= 57 { return digitTexts[2][(hi - 48) * 10 + lo - 48] }
        }
        return withUnsafeBytes(of: p.bigEndian) { String(decoding: $0.prefix(n), as: UTF8.self) }
    }

    /// Dotted text, e.g. `2.17.03.2.01.01`.
    public var description: String {
        var out = ""
        for i in 0..<Int(length) {
            if i > 0 { out += "." }
            out += Self.text(packed(i))
        }
        return out
    }

    /// The level the code's length says, or nil when the length fits no level (`2.17.2`).
    public var level: Level? {
        let n = Int(length) + (isRelative ? 2 : 0)
        switch n {
        case 1: return .urusan
        case 2: return .bidang
        case 3: return .program
        case 5: return .kegiatan
        case 6: return .subkegiatan
        default: return nil
        }
    }

    public var urusan: String? { isRelative ? nil : segments.first }
    public var bidangKode: String? { isRelative || segments.count < 2 ? nil : segments[0] + "." + segments[1] }
    /// The two-digit program number (`01` = Program Penunjang).
    public var programNumber: String? {
        let i = isRelative ? 0 : 2
        return segments.count > i ? segments[i] : nil
    }
    public var isPlaceholder: Bool { length > 0 && packed(0) == 0x5800_0000 }

    /// The code of the parent level (sub kegiatan -> kegiatan -> program -> bidang -> urusan).
    public var parent: Kode? {
        guard let level else { return nil }
        let keep: Int
        switch level {
        case .subkegiatan: keep = 5
        case .kegiatan: keep = 3
        case .program: keep = 2
        case .bidang: keep = 1
        default: return nil
        }
        let k = keep - (isRelative ? 2 : 0)
        guard k > 0 else { return nil }
        return prefix(k)
    }

    public func hasPrefix(_ other: Kode) -> Bool {
        guard other.length <= length else { return false }
        for i in 0..<Int(other.length) where packed(i) != other.packed(i) { return false }
        return true
    }

    /// Puts a relative code under a bidang (`01.2.01.06` under `2.17` -> `2.17.01.2.01.06`).
    public func resolved(underBidang bidang: Kode) -> Kode {
        guard isRelative, bidang.length >= 2, length <= 4 else { return self }
        var k = bidang.prefix(2)
        k.isRelative = false
        for i in 0..<Int(length) { k.append(packed(i)) }
        return k
    }

    /// The code with the sub kegiatan number in the 4-digit form (`01` -> `0001`).
    public var fourDigit: Kode {
        let last = packed(Int(length) - 1)
        guard level == .subkegiatan, Self.width(last) < 4 else { return self }
        var k = prefix(Int(length) - 1)
        // Shifted right by the missing characters, the free high bytes filled with "0".
        let missing = 4 - Self.width(last)
        var widened = last >> (8 * UInt32(missing))
        for j in 0..<missing { widened |= 0x30 << (24 - 8 * UInt32(j)) }
        k.append(widened)
        return k
    }

    /// The key under which the nomenclature lists the item: 4-digit sub kegiatan, and the urusan and
    /// bidang replaced by `X.XX` for Program Penunjang (program 01), which is the same in every bidang.
    public var nomenclatureKey: String {
        // Written as bytes into the string from the packed segments: every coded row asks.
        let count = Int(length)
        let penunjang = !isRelative && count >= 3 && packed(2) == 0x3031_0000
        let widen = level == .subkegiatan ? max(0, 4 - Self.width(packed(count - 1))) : 0
        var total = count - 1 + widen
        for i in 0..<count { total += penunjang && i < 2 ? (i == 0 ? 1 : 2) : Self.width(packed(i)) }
        return String(unsafeUninitializedCapacity: total) { out in
            var at = 0
            func put(_ b: UInt8) { out[at] = b; at += 1 }
            for i in 0..<count {
                if i > 0 { put(0x2E) }
                if penunjang && i < 2 {
                    put(0x58); if i == 1 { put(0x58) }
                    continue
                }
                if i == count - 1 { for _ in 0..<widen { put(0x30) } }
                let p = packed(i)
                for j in 0..<Self.width(p) { put(UInt8(truncatingIfNeeded: p >> (24 - 8 * UInt32(j)))) }
            }
            return at
        }
    }

    public static func < (a: Kode, b: Kode) -> Bool {
        for i in 0..<Int(min(a.length, b.length)) where a.packed(i) != b.packed(i) { return a.packed(i) < b.packed(i) }
        return a.length < b.length
    }

    /// Parses a code as people write it: dotted (`2.17.03.2.01.01`), spaced (`2 17 03`), dashed
    /// (`2-17`), with placeholders (`x.xx.01`, `X.XX`), kegiatan given as `2.01` in one cell, relative
    /// (`01.2.01.06`), with a trailing dot (`01.`). Returns nil for anything that is not a code
    /// (`A`, `1.`, a sentence).
    public static func parse(_ raw: String) -> Kode? {
        if let k = fastParse(raw) { return k }
        var text = raw.trimmedWhitespace
        if text.hasSuffix(".") { text.removeLast() }
        // On bytes: only ASCII digits, x and the separators may stand in a code, so any other
        // byte (any byte of a character outside ASCII among them) means it is not one.
        guard !text.isEmpty, text.utf8.count <= 40 || text.count <= 40 else { return nil }
        var parts: [String] = []
        var current: [UInt8] = []
        for b in text.utf8 {
            if b == 0x2E || b == 0x20 || b == 0x2D || b == 0x09 {
                if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
            } else if (b >= 0x30 && b <= 0x39) || b == 0x58 || b == 0x78 {
                current.append(b == 0x78 ? 0x58 : b)
            } else {
                return nil
            }
        }
        if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)) }
        guard !parts.isEmpty else { return nil }
        // Placeholders must be all X; digits otherwise.
        for p in parts where p.utf8.contains(0x58) && p.utf8.contains(where: { $0 != 0x58 }) { return nil }

        // Absolute code: urusan is one character.
        if parts[0].utf8.count == 1 {
            return validated(parts, relative: false)
        }
        // Relative code: starts at the two-digit program, followed by the level digit.
        if parts[0].utf8.count == 2, parts.count == 1 || parts[1].utf8.count == 1 {
            return validated(parts, relative: true)
        }
        return nil
    }

    /// Dotted digits only (`2.17.03.2.01.0001`), the form of nearly every code in a large file,
    /// checked on bytes; anything else goes through the full parser.
    static func fastParse(_ raw: String) -> Kode? {
        var raw = raw
        return raw.withUTF8 { b -> Kode? in
            guard !b.isEmpty, b.count <= 24, b[0] >= 49, b[0] <= 57 else { return nil }
            // Segments and their widths (1, 2, 2, 1, 2, 2|4) checked on the bytes first: the
            // segment strings are made only for a valid code, into an array of their number.
            var segments = 0, start = 0
            for i in 0...b.count {
                if i == b.count || b[i] == 46 {
                    let width = i - start
                    switch segments {
                    case 0, 3: guard width == 1 else { return nil }
                    case 1, 2, 4: guard width == 2 else { return nil }
                    case 5: guard width == 2 || width == 4 else { return nil }
                    default: return nil
                    }
                    segments += 1
                    start = i + 1
                } else if b[i] < 48 || b[i] > 57 {
                    return nil
                }
            }
            guard segments != 4 else { return nil }  // no level has four segments
            var k = Kode(isRelative: false)
            start = 0
            for i in 0...b.count where i == b.count || b[i] == 46 {
                k.append(pack(UnsafeBufferPointer(rebasing: b[start..<i])))
                start = i + 1
            }
            return k
        }
    }

    /// Every segment text of 1 and 2 digits, made once ("7", "03"): five of a sub kegiatan code's
    /// six segments are read from here instead of being made and checked as UTF-8 for each row.
    private static let digitTexts: [[String]] = [
        [],
        (0..<10).map { String($0) },
        (0..<100).map { $0 < 10 ? "0" + String($0) : String($0) },
    ]

    /// Expected width of each segment, from urusan on: 1, 2, 2, 1, 2, 2|4.
    private static let widths: [[Int]] = [[1], [2], [2], [1], [2], [2, 4]]

    private static func validated(_ parts: [String], relative: Bool) -> Kode? {
        let widths = Self.widths
        let offset = relative ? 2 : 0
        guard parts.count + offset <= 6 else { return nil }
        var out: [String] = []
        out.reserveCapacity(parts.count)
        for (i, p) in parts.enumerated() {
            let w = widths[i + offset]
            var seg = p
            if seg.utf8.allSatisfy({ $0 == UInt8(ascii: "X") }) {
                // x / xx placeholders are only valid for urusan and bidang.
                guard i + offset <= 1 else { return nil }
                seg = String(repeating: "X", count: w[0])
            } else if !w.contains(seg.utf8.count) {
                // Strict widths: `2.17.2` is a malformed code (S3), not program 02; kode.format says so.
                return nil
            }
            out.append(seg)
        }
        let k = Kode(segments: out, isRelative: relative)
        return k.level == nil ? nil : k
    }
}
