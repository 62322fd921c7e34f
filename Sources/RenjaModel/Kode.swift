import Foundation

/// A nomenclature code (kodefikasi, Permendagri 90/2019): `U.BB.PP.L.KK.SS(SS)`.
///
/// Stored as its dotted segments: urusan (`2` or `X`), bidang (`17` or `XX`), program (`03`),
/// kegiatan level digit (`2` = kabupaten/kota, `1` = provinsi), kegiatan number (`01`) and sub
/// kegiatan number (`01` in the 2021-22 era, `0001` since). A code may be *relative* (starting at the
/// program, as in S3's `01.2.01.06`) until it is resolved against the bidang of its document.
public struct Kode: Sendable, Hashable, CustomStringConvertible, Comparable {
    public private(set) var segments: [String]
    /// True when the code starts at the program (no urusan and bidang).
    public private(set) var isRelative: Bool

    public init(segments: [String], isRelative: Bool = false) {
        self.segments = segments
        self.isRelative = isRelative
    }

    /// Dotted text, e.g. `2.17.03.2.01.01`.
    public var description: String { segments.joined(separator: ".") }

    /// The level the code's length says, or nil when the length fits no level (`2.17.2`).
    public var level: Level? {
        let n = segments.count + (isRelative ? 2 : 0)
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
    public var isPlaceholder: Bool { segments.first == "X" }

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
        return Kode(segments: Array(segments.prefix(k)), isRelative: isRelative)
    }

    public func hasPrefix(_ other: Kode) -> Bool {
        other.segments.count <= segments.count && Array(segments.prefix(other.segments.count)) == other.segments
    }

    /// Puts a relative code under a bidang (`01.2.01.06` under `2.17` -> `2.17.01.2.01.06`).
    public func resolved(underBidang bidang: Kode) -> Kode {
        guard isRelative, bidang.segments.count >= 2 else { return self }
        return Kode(segments: Array(bidang.segments.prefix(2)) + segments, isRelative: false)
    }

    /// The code with the sub kegiatan number in the 4-digit form (`01` -> `0001`).
    public var fourDigit: Kode {
        guard level == .subkegiatan, let last = segments.last, last.count < 4 else { return self }
        var s = segments
        s[s.count - 1] = String(repeating: "0", count: 4 - last.count) + last
        return Kode(segments: s, isRelative: isRelative)
    }

    /// The key under which the nomenclature lists the item: 4-digit sub kegiatan, and the urusan and
    /// bidang replaced by `X.XX` for Program Penunjang (program 01), which is the same in every bidang.
    public var nomenclatureKey: String {
        // Written as bytes into the string, with no copy of the segments: every coded row asks.
        let count = segments.count
        let penunjang = !isRelative && count >= 3 && segments[2] == "01"
        let widen = level == .subkegiatan ? max(0, 4 - segments[count - 1].count) : 0
        var length = count - 1 + widen
        for (i, s) in segments.enumerated() { length += penunjang && i < 2 ? (i == 0 ? 1 : 2) : s.utf8.count }
        return String(unsafeUninitializedCapacity: length) { out in
            var at = 0
            func put(_ b: UInt8) { out[at] = b; at += 1 }
            for (i, s) in segments.enumerated() {
                if i > 0 { put(0x2E) }
                if penunjang && i < 2 {
                    put(0x58); if i == 1 { put(0x58) }
                    continue
                }
                if i == count - 1 { for _ in 0..<widen { put(0x30) } }
                for b in s.utf8 { put(b) }
            }
            return at
        }
    }

    public static func < (a: Kode, b: Kode) -> Bool {
        for (x, y) in zip(a.segments, b.segments) where x != y { return x < y }
        return a.segments.count < b.segments.count
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
            var parts: [String] = []
            parts.reserveCapacity(segments)
            start = 0
            for i in 0...b.count where i == b.count || b[i] == 46 {
                let width = i - start
                if width <= 2 {
                    var value = 0
                    for j in start..<i { value = value * 10 + Int(b[j] - 48) }
                    parts.append(Self.digitTexts[width][value])
                } else {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
                }
                start = i + 1
            }
            return Kode(segments: parts, isRelative: false)
        }
    }

    /// Every segment text of 1 and 2 digits, made once ("7", "03"): five of a sub kegiatan code's
    /// six segments are taken from here instead of being made and checked as UTF-8 for each row.
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
