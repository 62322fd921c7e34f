import Foundation

/// CSV output: RFC 4180 plain (comma, UTF-8 without BOM, CRLF), or the dialect an Indonesian Excel
/// opens directly (`;`, decimal comma, UTF-8 BOM). Text that a spreadsheet would run as a formula
/// (starting with = + - @ TAB CR) gets a leading apostrophe (OWASP CSV injection); numbers never do.
public enum CSVWriter {
    public enum Style: Sendable { case plain, excelIndonesian }
    public enum Field: Sendable { case text(String), number(String), empty }

    public static func encode(_ rows: [[Field]], style: Style) -> Data {
        let delimiter: Character = style == .plain ? "," : ";"
        var out = style == .excelIndonesian ? "\u{FEFF}" : ""
        for row in rows {
            var first = true
            for f in row {
                if !first { out.append(delimiter) }
                first = false
                switch f {
                case .empty: break
                case .number(let n): out += style == .excelIndonesian ? n.replacingOccurrences(of: ".", with: ",") : n
                case .text(let t): out += quoted(neutralised(t), delimiter: delimiter)
                }
            }
            out += "\r\n"
        }
        return Data(out.utf8)
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
