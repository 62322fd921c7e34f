import Foundation
/// A JSON document as plain values, parsed from UTF-8 bytes. Numbers keep their text, so money
/// read back from renja's JSON model is exact (no Double, no NSNumber), and a 120,000-row model
/// costs a compact tree instead of a dictionary object per value.
public indirect enum JSONValue: Sendable, Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    /// The number as written (`15750000`, `52.43`, `1e3`).
    case number(String)
    case bool(Bool)
    case null

    public subscript(_ key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var string: String? { if case .string(let s) = self { return s } else { return nil } }
    public var int: Int? { if case .number(let n) = self { return Int(n) } else { return nil } }

    public struct SyntaxError: Error, CustomStringConvertible {
        public var offset: Int
        public var description: String { "invalid JSON near byte \(offset)" }
    }

    /// Parses a whole document; nesting is limited so that a hostile file cannot exhaust the stack.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { buf -> JSONValue in
            var p = Parser(buf)
            let v = try p.value(depth: 0)
            try p.end()
            return v
        }
    }

    /// A cursor over JSON bytes. `ModelJSON` drives it directly for the rows of a model, so that
    /// 120,000 rows become rows without a tree of values in between.
    struct Parser {
        let buf: UnsafeBufferPointer<UInt8>
        var i = 0

        init(_ buf: UnsafeBufferPointer<UInt8>) { self.buf = buf }

        /// Only blanks may follow the document.
        mutating func end() throws {
            skipSpace()
            guard i == buf.count else { throw SyntaxError(offset: i) }
        }

        /// The next byte after blanks (not consumed), nil at the end.
        mutating func peek() -> UInt8? {
            skipSpace()
            return i < buf.count ? buf[i] : nil
        }

        mutating func expect(_ byte: UInt8) throws {
            skipSpace()
            guard i < buf.count, buf[i] == byte else { throw SyntaxError(offset: i) }
            i += 1
        }

        /// The members of an object at `{`: `body` reads each member's value after its key.
        mutating func object(_ body: (inout Parser, String) throws -> Void) throws {
            try expect(UInt8(ascii: "{"))
            if peek() == UInt8(ascii: "}") { i += 1; return }
            while true {
                guard peek() == UInt8(ascii: "\"") else { throw SyntaxError(offset: i) }
                let k = try string()
                try expect(UInt8(ascii: ":"))
                try body(&self, k)
                guard let next = peek() else { throw SyntaxError(offset: i) }
                i += 1
                if next == UInt8(ascii: ",") { continue }
                if next == UInt8(ascii: "}") { return }
                throw SyntaxError(offset: i - 1)
            }
        }

        /// The same with each key given as its bytes: a key without escapes, as nearly every key
        /// is, is not made into a String (a large model has a dozen keys in each of its rows).
        mutating func object(rawKeys body: (inout Parser, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            try expect(UInt8(ascii: "{"))
            if peek() == UInt8(ascii: "}") { i += 1; return }
            while true {
                guard peek() == UInt8(ascii: "\"") else { throw SyntaxError(offset: i) }
                let start = i + 1
                let end = plainRunEnd(from: start)
                if end < buf.count, buf[end] == UInt8(ascii: "\"") {
                    i = end + 1
                    try expect(UInt8(ascii: ":"))
                    try body(&self, UnsafeBufferPointer(rebasing: buf[start..<end]))
                } else {
                    var k = try string()
                    try expect(UInt8(ascii: ":"))
                    try k.withUTF8 { try body(&self, $0) }
                }
                guard let next = peek() else { throw SyntaxError(offset: i) }
                i += 1
                if next == UInt8(ascii: ",") { continue }
                if next == UInt8(ascii: "}") { return }
                throw SyntaxError(offset: i - 1)
            }
        }

        /// The bytes of a string at `"` that has no escape, read past; nil (nothing read) otherwise.
        mutating func plainStringBytes() -> UnsafeBufferPointer<UInt8>? {
            guard peek() == UInt8(ascii: "\"") else { return nil }
            let start = i + 1
            let end = plainRunEnd(from: start)
            guard end < buf.count, buf[end] == UInt8(ascii: "\"") else { return nil }
            i = end + 1
            return UnsafeBufferPointer(rebasing: buf[start..<end])
        }

        /// The elements of an array at `[`: `body` reads each element.
        mutating func array(_ body: (inout Parser) throws -> Void) throws {
            try expect(UInt8(ascii: "["))
            if peek() == UInt8(ascii: "]") { i += 1; return }
            while true {
                try body(&self)
                guard let next = peek() else { throw SyntaxError(offset: i) }
                i += 1
                if next == UInt8(ascii: ",") { continue }
                if next == UInt8(ascii: "]") { return }
                throw SyntaxError(offset: i - 1)
            }
        }

        /// Reads past one value without building it (members a reader does not use, such as the
        /// model's derived `targets`), checking it as strictly as `value` would.
        mutating func skip(depth: Int) throws {
            guard depth < 64 else { throw SyntaxError(offset: i) }
            switch peek() {
            case UInt8(ascii: "{")?: try object(rawKeys: { p, _ in try p.skip(depth: depth + 1) })
            case UInt8(ascii: "[")?: try array { p in try p.skip(depth: depth + 1) }
            case UInt8(ascii: "\"")?: try skipString()
            case UInt8(ascii: "t")?: try literal("true")
            case UInt8(ascii: "f")?: try literal("false")
            case UInt8(ascii: "n")?: try literal("null")
            case nil: throw SyntaxError(offset: i)
            default: _ = try numberBytes()
            }
        }

        /// Past a string at `"` (escapes stepped over, not decoded).
        mutating func skipString() throws {
            i += 1
            while i < buf.count {
                let b = buf[i]
                if b == UInt8(ascii: "\"") { i += 1; return }
                if b == UInt8(ascii: "\\") {
                    guard i + 1 < buf.count else { break }
                    if buf[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        _ = try hex4()
                        continue
                    }
                    i += 2
                    continue
                }
                i += 1
            }
            throw SyntaxError(offset: i)
        }

        /// A number's bytes as written (at a digit or `-`).
        mutating func numberBytes() throws -> UnsafeBufferPointer<UInt8> {
            skipSpace()
            let start = i
            while i < buf.count, (buf[i] >= 0x30 && buf[i] <= 0x39) || buf[i] == UInt8(ascii: "-") || buf[i] == UInt8(ascii: "+")
                    || buf[i] == UInt8(ascii: ".") || buf[i] == UInt8(ascii: "e") || buf[i] == UInt8(ascii: "E") { i += 1 }
            guard i > start else { throw SyntaxError(offset: i) }
            return UnsafeBufferPointer(rebasing: buf[start..<i])
        }

        mutating func skipSpace() {
            while i < buf.count, buf[i] == 0x20 || buf[i] == 0x0A || buf[i] == 0x0D || buf[i] == 0x09 { i += 1 }
        }

        mutating func value(depth: Int) throws -> JSONValue {
            guard depth < 64 else { throw SyntaxError(offset: i) }
            skipSpace()
            guard i < buf.count else { throw SyntaxError(offset: i) }
            switch buf[i] {
            case UInt8(ascii: "{"):
                i += 1
                var o: [String: JSONValue] = [:]
                skipSpace()
                if i < buf.count, buf[i] == UInt8(ascii: "}") { i += 1; return .object(o) }
                while true {
                    skipSpace()
                    guard i < buf.count, buf[i] == UInt8(ascii: "\"") else { throw SyntaxError(offset: i) }
                    let k = try string()
                    skipSpace()
                    guard i < buf.count, buf[i] == UInt8(ascii: ":") else { throw SyntaxError(offset: i) }
                    i += 1
                    o[k] = try value(depth: depth + 1)
                    skipSpace()
                    guard i < buf.count else { throw SyntaxError(offset: i) }
                    if buf[i] == UInt8(ascii: ",") { i += 1; continue }
                    if buf[i] == UInt8(ascii: "}") { i += 1; return .object(o) }
                    throw SyntaxError(offset: i)
                }
            case UInt8(ascii: "["):
                i += 1
                var a: [JSONValue] = []
                skipSpace()
                if i < buf.count, buf[i] == UInt8(ascii: "]") { i += 1; return .array(a) }
                while true {
                    a.append(try value(depth: depth + 1))
                    skipSpace()
                    guard i < buf.count else { throw SyntaxError(offset: i) }
                    if buf[i] == UInt8(ascii: ",") { i += 1; continue }
                    if buf[i] == UInt8(ascii: "]") { i += 1; return .array(a) }
                    throw SyntaxError(offset: i)
                }
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default:
                return .number(String(decoding: try numberBytes(), as: UTF8.self))
            }
        }

        mutating func literal(_ word: StaticString) throws {
            let n = word.utf8CodeUnitCount
            guard i + n <= buf.count else { throw SyntaxError(offset: i) }
            for k in 0..<n where buf[i + k] != word.utf8Start[k] { throw SyntaxError(offset: i) }
            i += n
        }

        /// A string at `"`: plain runs copied as they are, escapes decoded (with surrogate pairs).
        mutating func string() throws -> String {
            i += 1
            let start = i
            i = plainRunEnd(from: start)
            guard i < buf.count else { throw SyntaxError(offset: i) }
            if buf[i] == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            var out = [UInt8](UnsafeBufferPointer(rebasing: buf[start..<i]))
            while i < buf.count {
                let b = buf[i]
                if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
                if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
                i += 1
                guard i < buf.count else { throw SyntaxError(offset: i) }
                let e = buf[i]
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), i + 6 <= buf.count, buf[i] == UInt8(ascii: "\\"), buf[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8))
                default: out.append(e)  // \" \\ \/
                }
            }
            throw SyntaxError(offset: i)
        }

        /// A string at `"`, the same text shared with its earlier occurrences when it has no
        /// escape and is too long to be stored inline (a model repeats its locations, funding
        /// sources, indicators and units row after row: 531,000 such strings, 281,000 distinct).
        mutating func string(sharing table: inout SharedTexts) throws -> String {
            let start = i + 1
            let j = plainRunEnd(from: start)
            if let base = buf.baseAddress, j < buf.count, base[j] == UInt8(ascii: "\""), j - start > 15 {
                i = j + 1
                return table.text(base + start, count: j - start)
            }
            return try string()
        }

        /// Where the plain run from `start` ends: at the closing quote, an escape or the end. On a
        /// local index (a stored property would be loaded and stored at every byte).
        func plainRunEnd(from start: Int) -> Int {
            guard let base = buf.baseAddress else { return start }
            let n = buf.count
            var j = start
            // Eight bytes at a time while none is a quote or a backslash.
            while j + 8 <= n {
                let w = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
                if ByteWord.contains(w, 0x22) || ByteWord.contains(w, 0x5C) { break }
                j += 8
            }
            while j < n {
                let b = base[j]
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
                j += 1
            }
            return j
        }

        mutating func hex4() throws -> UInt32 {
            guard i + 4 <= buf.count else { throw SyntaxError(offset: i) }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = buf[i]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x41...0x46: d = UInt32(b - 0x37)
                case 0x61...0x66: d = UInt32(b - 0x57)
                default: throw SyntaxError(offset: i)
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }
    }
}

/// Texts met while reading one buffer, each kept once: an open-addressed table of places in a
/// list of the texts made, compared byte for byte with the text itself. Nothing here points into
/// the buffer, whose pages a streamed reading gives back as it goes (`ModelStream`), and a slot is
/// four bytes (180,000 texts of a 100,000-row model took 21 MB as slots of 40).
struct SharedTexts {
    private struct Entry { var hash: UInt64; var text: String }
    /// Place + 1 in `entries`, 0 for an empty slot.
    private var slots: [UInt32]
    private var entries: [Entry] = []

    init() { slots = Array(repeating: 0, count: 1 << 12) }

    /// The text of `count` (more than 15) bytes at `p`, made once.
    mutating func text(_ p: UnsafePointer<UInt8>, count: Int) -> String {
        precondition(count > 15)
        // Texts here are longer than 15 bytes: their first, middle and last eight bytes and their
        // length make the hash (equal texts are then compared whole).
        let raw = UnsafeRawPointer(p)
        var h = raw.loadUnaligned(as: UInt64.self) &* 0x9E3779B97F4A7C15
        h ^= raw.loadUnaligned(fromByteOffset: count / 2 - 4, as: UInt64.self) &* 0xC2B2AE3D27D4EB4F
        h ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) &* 0x165667B19E3779F9
        h ^= UInt64(count)
        h ^= h >> 29; h &*= 0xBF58476D1CE4E5B9; h ^= h >> 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 {
            let e = Int(slots[slot]) - 1
            if entries[e].hash == h, Self.equal(&entries[e].text, p, count) { return entries[e].text }
            slot = (slot + 1) & mask
        }
        let text = String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
        guard entries.count < Int(UInt32.max) - 1 else { return text }
        entries.append(Entry(hash: h, text: text))
        slots[slot] = UInt32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return text
    }

    private static func equal(_ text: inout String, _ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard text.utf8.count == count else { return false }
        return text.withUTF8 { memcmp($0.baseAddress!, p, count) == 0 }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (e, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(e + 1)
        }
    }
}
