import CLibXML2
import Foundation
import RenjaModel

/// HTML tables, which many government web systems export with an `.xls` name. Read with libxml2's
/// HTML parser (no network); each `<table>` becomes a sheet, `rowspan`/`colspan` become merges and
/// the cells they cover are left empty, as in a real merged range.
public enum HTMLTableReader {
    public static func read(_ url: URL) throws -> Workbook {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw ReadError.io(file: url.path, detail: error.localizedDescription) }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
        let doc: htmlDocPtr? = data.withUnsafeBytes { buf in
            htmlReadMemory(buf.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buf.count), url.path, nil, options)
        }
        guard let doc else { throw ReadError.corrupt(file: url.path, detail: "not readable as HTML") }
        defer { xmlFreeDoc(doc) }
        var sheets: [Sheet] = []
        var tables: [xmlNodePtr] = []
        collect(xmlDocGetRootElement(doc), name: "table", into: &tables)
        for (t, table) in tables.enumerated() {
            var rows: [Int: [Cell]] = [:]
            var merges: [CellRange] = []
            var occupied = Set<Int>()  // row * 16384 + col covered by a span from above
            var trs: [xmlNodePtr] = []
            collect(table.pointee.children, name: "tr", into: &trs, stopAt: "table")
            for (r, tr) in trs.enumerated() {
                var c = 0
                var cell = tr.pointee.children
                while let node = cell {
                    defer { cell = node.pointee.next }
                    guard node.pointee.type == XML_ELEMENT_NODE, let n = node.pointee.name else { continue }
                    let tag = String(cString: n).lowercased()
                    guard tag == "td" || tag == "th" else { continue }
                    while occupied.contains(r * 16_384 + c) { c += 1 }
                    let text = content(node).trimmedWhitespace
                    let rs = max(1, min(Int(attr(node, "rowspan") ?? "") ?? 1, 1000))
                    let cs = max(1, min(Int(attr(node, "colspan") ?? "") ?? 1, 1000))
                    if !text.isEmpty { rows[r, default: []].append(Cell(column: c, value: .text(text), style: CellStyle(isBold: tag == "th"))) }
                    if rs > 1 || cs > 1 {
                        merges.append(CellRange(firstRow: r, firstColumn: c, lastRow: r + rs - 1, lastColumn: c + cs - 1))
                        for rr in r..<(r + rs) { for cc in c..<(c + cs) where rr != r || cc != c { occupied.insert(rr * 16_384 + cc) } }
                    }
                    c += cs
                }
            }
            let sheetRows = rows.keys.sorted().map { SheetRow(index: $0, cells: rows[$0]!.sorted { $0.column < $1.column }) }
            sheets.append(Sheet(name: tables.count == 1 ? url.deletingPathExtension().lastPathComponent : "Tabel \(t + 1)", rows: sheetRows, merges: merges))
        }
        guard !sheets.isEmpty else { throw ReadError.unsupportedFormat(file: url.path, what: "halaman HTML tanpa tabel", advice: "Simpan tabelnya sebagai .xlsx atau .csv.") }
        return Workbook(sheets: sheets, source: .html)
    }

    static func collect(_ start: xmlNodePtr?, name: String, into out: inout [xmlNodePtr], stopAt: String? = nil) {
        var node = start
        while let n = node {
            if n.pointee.type == XML_ELEMENT_NODE, let nm = n.pointee.name {
                let tag = String(cString: nm).lowercased()
                if tag == name { out.append(n) } else if tag != stopAt { collect(n.pointee.children, name: name, into: &out, stopAt: stopAt) }
            }
            node = n.pointee.next
        }
    }

    static func content(_ node: xmlNodePtr) -> String {
        guard let c = xmlNodeGetContent(node) else { return "" }
        defer { free(c) }
        return String(cString: c)
    }

    static func attr(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let v = xmlGetProp(node, name) else { return nil }
        defer { free(v) }
        return String(cString: v)
    }
}
