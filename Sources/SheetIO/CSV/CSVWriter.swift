import Foundation

/// CSV output: RFC 4180 plain (comma, UTF-8 without BOM, CRLF), or the dialect an Indonesian Excel
/// opens directly (`;`, decimal comma, UTF-8 BOM). Text that a spreadsheet would run as a formula
/// (starting with = + - @ TAB CR) gets a leading apostrophe (OWASP CSV injection); numbers never do.
public enum CSVWriter {
    public enum Style: Sendable { case plain, excelIndonesian }
    public enum Field: Sendable { case text(String), number(String), empty }

    public static func encode(_ rows: [[Field]], style: Style) -> Data {
        var out = Data()
        var lines = Lines(style: style) { out.append($0) }
        for row in rows { try! lines.write(row) }  // the sink cannot fail
        try! lines.finish()
        return out
    }

    /// Lines written one at a time and handed to `flush` in pieces of about 1 MiB, so that a
    /// large table's CSV is never held whole.
    public struct Lines {
        let style: Style
        let delimiter: Character
        private var buffer: [UInt8] = []
        private let flush: (UnsafeBufferPointer<UInt8>) throws -> Void

        public init(style: Style, flush: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
            self.style = style
            self.delimiter = style == .plain ? "," : ";"
            self.flush = flush
            buffer.reserveCapacity(1 << 20 + 4096)
            if style == .excelIndonesian { buffer += Array("\u{FEFF}".utf8) }
        }

        public mutating func write(_ row: [Field]) throws {
            let d = delimiter.asciiValue!
            var first = true
            for f in row {
                if !first { buffer.append(d) }
                first = false
                switch f {
                case .empty: break
                case .number(let n):
                    // Numbers are ASCII digits, sign and point: the decimal comma is one byte for another.
                    if style == .excelIndonesian {
                        for b in n.utf8 { buffer.append(b == 0x2E ? 0x2C : b) }
                    } else {
                        buffer.append(contentsOf: n.utf8)
                    }
                case .text(let t): CSVWriter.appendText(t, delimiter: d, to: &buffer)
                }
            }
            buffer.append(0x0D); buffer.append(0x0A)
            if buffer.count >= 1 << 20 { try flushBuffer() }
        }

        public mutating func finish() throws { try flushBuffer() }

        private mutating func flushBuffer() throws {
            guard !buffer.isEmpty else { return }
            try buffer.withUnsafeBufferPointer { try flush($0) }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// A text field on its bytes: neutralised, then quoted when it holds the delimiter, a quote or
    /// a line break. Every byte looked at is ASCII, and no byte of a multi-byte character is, so
    /// nothing is decoded (a large table has a million fields).
    static func appendText(_ t: String, delimiter d: UInt8, to out: inout [UInt8]) {
        let u = t.utf8
        func special(_ b: UInt8) -> Bool { b == d || b == 0x22 || b == 0x0A || b == 0x0D }
        let needsQuotes = u.withContiguousStorageIfAvailable { $0.contains(where: special) } ?? u.contains(where: special)
        if needsQuotes { out.append(0x22) }
        if let b = u.first, isFormulaTrigger(b) { out.append(0x27) }
        if needsQuotes {
            for b in u {
                out.append(b)
                if b == 0x22 { out.append(0x22) }
            }
            out.append(0x22)
        } else {
            out.append(contentsOf: u)
        }
    }

    /// = + - @ TAB CR: what a spreadsheet may start a formula with (OWASP CSV injection). Judged on
    /// the first byte, so a trigger followed by a combining mark or a line feed is caught too.
    static func isFormulaTrigger(_ b: UInt8) -> Bool {
        b == 0x3D || b == 0x2B || b == 0x2D || b == 0x40 || b == 0x09 || b == 0x0D
    }
}
