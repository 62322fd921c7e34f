import Foundation
import ZIPFoundation

/// Builds small .xlsx files from XML strings, to test one reader feature at a time.
struct XLSXFixture {
    var sheets: [(name: String, part: String, xml: String, state: String?)] = []
    var sharedStrings: String?
    var styles: String?
    var workbookPr = ""
    var absoluteTargets = false

    static func sheetXML(_ body: String, after: String = "") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:B2\"/><sheetData>\(body)</sheetData>\(after)</worksheet>"
    }

    func write(to url: URL, compression: CompressionMethod = .deflate) throws {
        var parts: [(String, String)] = []
        parts.append(("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"))
        parts.append(("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"))
        var wb = "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\(workbookPr)<sheets>"
        var rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (i, s) in sheets.enumerated() {
            wb += "<sheet name=\"\(s.name)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 10)\"\(s.state.map { " state=\"\($0)\"" } ?? "")/>"
            rels += "<Relationship Id=\"rId\(i + 10)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"\(absoluteTargets ? "/xl/" : "")\(s.part)\"/>"
            parts.append(("xl/" + s.part, s.xml))
        }
        wb += "</sheets></workbook>"
        if let ss = sharedStrings {
            rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            parts.append(("xl/sharedStrings.xml", ss))
        }
        if let st = styles {
            rels += "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            parts.append(("xl/styles.xml", st))
        }
        rels += "</Relationships>"
        parts.append(("xl/workbook.xml", wb))
        parts.append(("xl/_rels/workbook.xml.rels", rels))
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
    }
}
