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
            var first = true
            for f in row {
                if !first { buffer += delimiter.utf8 }
                first = false
                switch f {
                case .empty: break
                case .number(let n): buffer += (style == .excelIndonesian ? n.replacingOccurrences(of: ".", with: ",") : n).utf8
                case .text(let t): buffer += quoted(neutralised(t), delimiter: delimiter).utf8
                }
            }
            buffer += [0x0D, 0x0A]
            if buffer.count >= 1 << 20 { try flushBuffer() }
        }

        public mutating func finish() throws { try flushBuffer() }

        private mutating func flushBuffer() throws {
            guard !buffer.isEmpty else { return }
            try buffer.withUnsafeBufferPointer { try flush($0) }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    static func neutralised(_ t: String) -> String {
        guard let c = t.first else { return t }
        return "=+-@\t\r".contains(c) ? "'" + t : t
    }

    static func quoted(_ t: String, delimiter: Character) -> String {
        guard t.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return t }
        return "\"" + t.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
