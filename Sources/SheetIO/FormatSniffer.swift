import Foundation

/// What a file is, decided by its content (not its name): officers rename files freely, and
/// government web systems save HTML tables as `.xls`.
public enum FileFormat: Equatable, Sendable { case xlsx, csv, json, html, xlsLegacy, ods, encrypted, pdf, empty, unknown(String) }

public enum FormatSniffer {
    public static func detect(_ url: URL) throws -> FileFormat {
        guard let h = FileHandle(forReadingAtPath: url.path) else { throw ReadError.io(file: url.path, detail: "cannot open") }
        defer { try? h.close() }
        let head = h.readData(ofLength: 8192)
        if head.isEmpty { return .empty }
        let b = [UInt8](head)
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) || b.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            // A ZIP: OpenDocument says so in its first entry, "mimetype".
            if let s = String(data: head, encoding: .isoLatin1), s.contains("application/vnd.oasis.opendocument.spreadsheet") { return .ods }
            return .xlsx
        }
        if b.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // OLE2: a legacy .xls, or an encrypted OOXML package (its stream "EncryptedPackage").
            let all = (try? Data(contentsOf: url)) ?? head
            let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            return all.range(of: marker) != nil ? .encrypted : .xlsLegacy
        }
        if b.starts(with: Array("%PDF".utf8)) { return .pdf }
        var text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lead = text.drop { $0.isWhitespace }.prefix(200).lowercased()
        if lead.hasPrefix("<!doctype html") || lead.hasPrefix("<html") || lead.hasPrefix("<table") || (lead.hasPrefix("<?xml") && lead.contains("<html")) { return .html }
        if lead.hasPrefix("{") || lead.hasPrefix("[") { return .json }
        if lead.hasPrefix("<") { return .unknown("dokumen XML") }
        // Text: mostly printable bytes.
        let control = b.prefix(4096).filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) { return .csv }
        return control * 20 > min(b.count, 4096) ? .unknown("berkas biner") : .csv
    }
}

