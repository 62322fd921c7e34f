import Foundation
import XCTest
import SheetIO

/// LibreOffice Calc, headless, with a private profile that forces a full recalculation on load
/// (`OOXMLRecalcMode` = 0; by default it trusts the cached values, which would prove nothing).
enum LibreOffice {
    static var soffice: String? {
        for p in ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/bin/libreoffice"] where FileManager.default.isExecutableFile(atPath: p) { return p }
        return nil
    }

    static func profile() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("renja-lo-recalc")
        let user = dir.appendingPathComponent("user")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        let xcu = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """
        try xcu.write(to: user.appendingPathComponent("registrymodifications.xcu"), atomically: true, encoding: .utf8)
        return dir
    }

    /// The active sheet recalculated and exported as CSV (`;`, UTF-8, raw values): rows of fields.
    static func recalculatedCSV(_ xlsx: URL) throws -> [[String]] {
        guard let soffice else { throw NSError(domain: "LibreOffice", code: 1, userInfo: [NSLocalizedDescriptionKey: "LibreOffice is not installed: run scripts/install-deps.sh --test"]) }
        let outDir = FileManager.default.temporaryDirectory.appendingPathComponent("renja-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: soffice)
        p.arguments = ["-env:UserInstallation=file://\(try profile().path)", "--headless", "--norestore", "--nolockcheck",
                       "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false", "--outdir", outDir.path, xlsx.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let csv = outDir.appendingPathComponent(xlsx.deletingPathExtension().lastPathComponent + ".csv")
        let text = try String(contentsOf: csv, encoding: .utf8)
        return parseCSV(text, delimiter: ";")
    }

    static func parseCSV(_ text: String, delimiter: Character) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var it = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() { if n == "\"" { field.append("\"") } else { quoted = false; pending = n } } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == delimiter { row.append(field); field = "" }
            else if c == "\n" || c == "\r\n" { row.append(field); rows.append(row); row = []; field = "" }
            else if c == "\r" { continue }
            else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

/// openpyxl (Debian python3-openpyxl), run as an independent reader of what renja wrote.
enum OpenPyXL {
    static func cells(_ xlsx: URL, sheet: String) throws -> [String: (formula: String?, value: Any?)] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("openpyxl_cells.py")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [script.path, xlsx.path, sheet]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw NSError(domain: "openpyxl", code: 1, userInfo: [NSLocalizedDescriptionKey: "openpyxl is not available for /usr/bin/python3: run scripts/install-deps.sh --test"]) }
        let json = try JSONSerialization.jsonObject(with: data) as? [String: [Any]] ?? [:]
        return json.mapValues { ($0.first as? String, $0.count > 1 ? ($0[1] is NSNull ? nil : $0[1]) : nil) }
    }
}

/// Every formula cell of a written sheet: LibreOffice's recalculated value equals the value renja
/// cached in it (numbers within rounding noise, text exactly). Returns how many were compared.
@discardableResult
func assertRecalculationMatchesCache(_ url: URL, sheet: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
    let cells = try XLSXParts(url).cells(sheet: sheet)
    let csv = try LibreOffice.recalculatedCSV(url)
    var checked = 0
    for (ref, cell) in cells where cell.formula != nil {
        guard let (r, c) = A1.parse(ref) else { continue }
        let lo = r < csv.count && c < csv[r].count ? csv[r][c] : ""
        if let cached = Double(cell.value), !cell.value.isEmpty {
            guard let got = Double(lo) else { XCTFail("\(sheet)!\(ref): cached \(cell.value), LibreOffice '\(lo)' (\(cell.formula!))", file: file, line: line); continue }
            XCTAssertEqual(got, cached, accuracy: max(1e-9, abs(cached) * 1e-12), "\(sheet)!\(ref) \(cell.formula!)", file: file, line: line)
        } else {
            XCTAssertEqual(lo, cell.value, "\(sheet)!\(ref) \(cell.formula!)", file: file, line: line)
        }
        checked += 1
    }
    return checked
}
