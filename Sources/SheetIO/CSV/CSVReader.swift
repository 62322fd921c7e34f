import Foundation
import RenjaModel

/// The dialect a CSV file was read with (recorded so a report can say how it was understood).
public struct CSVDialect: Sendable, Equatable {
    public var delimiter: Character
    public var encoding: String
    public var headerSkip: Int
    public var hadSepLine: Bool
}

/// CSV as officers' machines write it: UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252;
/// `;` (Indonesian Excel), `,`, TAB or `|`, decided by which gives the most consistent field count
/// after any title lines; Excel's `sep=` line; quoted fields with newlines. Fields stay text: the
/// layout decides per column how to read numbers.
public enum CSVReader {
    public static func read(_ url: URL, maxBytes: Int = 512 << 20) throws -> Workbook {
        let attrs = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attrs?[.size] as? Int, size > maxBytes {
            throw ReadError.limitExceeded(file: url.path, limit: "file size", detail: "more than \(maxBytes >> 20) MiB")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw ReadError.io(file: url.path, detail: error.localizedDescription) }
        return try read(data: data, name: url.deletingPathExtension().lastPathComponent, file: url.path)
    }

    public static func read(data: Data, name: String, file: String? = nil) throws -> Workbook {
        guard !data.isEmpty else { throw ReadError.empty(file: file ?? name) }
        let (text, encoding) = TextDecoding.decode(data)
        var body = Substring(text)
        var sep: Character? = nil
        // Excel's "sep=;" first line.
        if body.lowercased().hasPrefix("sep="), let nl = body.firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let line = body[..<nl]
            if line.count == 5 { sep = line.last }
            body = body[nl...].drop(while: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        }
        let delimiter = sep ?? sniff(String(body.prefix(64 << 10)))
        let records = parse(body, delimiter: delimiter, lineOffset: sep == nil ? 0 : 1)
        var rows: [SheetRow] = []
        rows.reserveCapacity(records.count)
        for (line, fields) in records {
            var cells: [Cell] = []
            for (i, f) in fields.enumerated() where !f.isEmpty {
                cells.append(Cell(column: i, value: .text(f)))
            }
            if !cells.isEmpty { rows.append(SheetRow(index: line, cells: cells)) }
        }
        return Workbook(sheets: [Sheet(name: name, rows: rows)], source: .csv(delimiter: delimiter, encoding: encoding))
    }

    /// The delimiter giving the most lines with one same field count (> 1), over the first lines,
    /// so that a title line full of commas does not win.
    public static func sniff(_ text: String) -> Character {
        let candidates: [Character] = [";", ",", "\t", "|"]
        let sample = parse(Substring(text), delimiter: "\u{1}", lineOffset: 0).prefix(60).map { $0.1.first ?? "" }
        var best: (Character, Int) = (",", -1)
        for d in candidates {
            var counts: [Int: Int] = [:]
            for line in sample where !line.isEmpty {
                let n = parse(Substring(line), delimiter: d, lineOffset: 0).first?.1.count ?? 1
                if n > 1 { counts[n, default: 0] += 1 }
            }
            let score = counts.values.max() ?? 0
            if score > best.1 { best = (d, score) }
        }
        return best.0
    }

    /// Records with the 0-based line on which each begins. Quotes may hold delimiters, doubled
    /// quotes and line breaks.
    static func parse(_ text: Substring, delimiter: Character, lineOffset: Int) -> [(Int, [String])] {
        var out: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = lineOffset, recordLine = lineOffset
        var atFieldStart = true
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if inQuotes {
                if c == "\"" {
                    let n = text.index(after: i)
                    if n < text.endIndex, text[n] == "\"" { field.append("\""); i = text.index(after: n); continue }
                    inQuotes = false
                } else {
                    if c == "\n" || c == "\r\n" || c == "\r" { line += 1; field.append("\n") } else { field.append(c) }
                }
                i = text.index(after: i)
                continue
            }
            if c == "\"" && atFieldStart {
                inQuotes = true
                atFieldStart = false
            } else if c == delimiter {
                fields.append(field); field = ""; atFieldStart = true
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                fields.append(field); field = ""
                out.append((recordLine, fields)); fields = []
                line += 1; recordLine = line; atFieldStart = true
            } else {
                field.append(c)
                atFieldStart = false
            }
            i = text.index(after: i)
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); out.append((recordLine, fields)) }
        return out
    }
}

/// Bytes to text by what Excel writes: a BOM says UTF-8 or UTF-16; otherwise UTF-8 when it is
/// valid, else Windows-1252 (the ANSI code page of Indonesian Windows; never Latin-1, which
/// differs at 0x80–0x9F: €, curly quotes, dashes).
enum TextDecoding {
    static func decode(_ data: Data) -> (String, String) {
        let b = [UInt8](data.prefix(4))
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (String(decoding: data.dropFirst(3), as: UTF8.self), "UTF-8 BOM") }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (String(data: data.dropFirst(2), encoding: .utf16LittleEndian) ?? "", "UTF-16LE") }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (String(data: data.dropFirst(2), encoding: .utf16BigEndian) ?? "", "UTF-16BE") }
        if let s = String(data: data, encoding: .utf8) { return (s, "UTF-8") }
        return (windows1252(data), "Windows-1252")
    }

    static let high: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]

    static func windows1252(_ data: Data) -> String {
        var s = String.UnicodeScalarView()
        for byte in data {
            let v: UInt32 = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            s.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return String(s)
    }
}
