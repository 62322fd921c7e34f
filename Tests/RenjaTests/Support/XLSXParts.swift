import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import ZIPFoundation
import Layouts

/// A small element tree built with Foundation's SAX XMLParser, independent of renja's own reader.
final class XElement {
    let name: String
    let attributes: [String: String]
    var children: [XElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// All descendants (and self) with this local name, in document order.
    func all(_ local: String) -> [XElement] {
        var out: [XElement] = []
        func walk(_ e: XElement) {
            if e.name == local { out.append(e) }
            e.children.forEach(walk)
        }
        walk(self)
        return out
    }

    func first(_ local: String) -> XElement? { all(local).first }

    /// Text of this element and its descendants.
    var allText: String { text + children.map(\.allText).joined() }

    subscript(attr: String) -> String? { attributes[attr] }

    static func parse(_ data: Data) throws -> XElement {
        final class Builder: NSObject, XMLParserDelegate {
            var stack: [XElement] = [XElement(name: "#document", attributes: [:])]
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                let local = name.split(separator: ":").last.map(String.init) ?? name
                let e = XElement(name: local, attributes: attributes)
                stack.last!.children.append(e)
                stack.append(e)
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { stack.removeLast() }
            func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last!.text += string }
        }
        let p = XMLParser(data: data)
        let b = Builder()
        p.delegate = b
        guard p.parse() else { throw p.parserError ?? NSError(domain: "XElement", code: 1) }
        return b.stack[0]
    }
}

/// Opens a written .xlsx as its XML parts, for tests that check what renja wrote independently of
/// renja's own reader.
struct XLSXParts {
    let parts: [String: Data]

    init(_ url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    func xml(_ path: String) throws -> XElement {
        guard let data = parts[path] else { throw NSError(domain: "XLSXParts", code: 3, userInfo: [NSLocalizedDescriptionKey: "missing part \(path)"]) }
        return try XElement.parse(data)
    }

    func sharedStrings() throws -> [String] {
        guard parts["xl/sharedStrings.xml"] != nil else { return [] }
        return try xml("xl/sharedStrings.xml").all("si").map { si in si.all("t").map(\.text).joined() }
    }

    /// The part of the worksheet called `name`, found through workbook.xml and its relationships.
    func sheetPath(_ name: String) throws -> String {
        let wb = try xml("xl/workbook.xml")
        guard let sheet = wb.all("sheet").first(where: { $0["name"] == name }),
              let rid = sheet["r:id"] ?? sheet.attributes.first(where: { $0.key.hasSuffix(":id") })?.value else {
            throw NSError(domain: "XLSXParts", code: 1, userInfo: [NSLocalizedDescriptionKey: "no sheet \(name)"])
        }
        let rels = try xml("xl/_rels/workbook.xml.rels")
        guard let target = rels.all("Relationship").first(where: { $0["Id"] == rid })?["Target"] else {
            throw NSError(domain: "XLSXParts", code: 2, userInfo: [NSLocalizedDescriptionKey: "no relationship \(rid)"])
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// Cell address -> (text or number as written, style index, formula).
    func cells(sheet name: String) throws -> [String: (value: String, style: Int, formula: String?)] {
        let strings = try sharedStrings()
        let doc = try xml(try sheetPath(name))
        var out: [String: (String, Int, String?)] = [:]
        for c in doc.all("c") {
            let r = c["r"] ?? ""
            let v = c.first("v")?.text ?? ""
            let value: String
            switch c["t"] {
            case "s": value = Int(v).map { strings[$0] } ?? ""
            case "inlineStr": value = c.first("is")?.allText ?? ""
            default: value = v
            }
            out[r] = (value, Int(c["s"] ?? "0") ?? 0, c.first("f")?.text)
        }
        return out
    }

    func attribute(_ path: String, _ element: String, _ attr: String) throws -> String? {
        try xml(path).first(element)?[attr]
    }

    func merges(sheet name: String) throws -> Set<String> {
        Set(try xml(try sheetPath(name)).all("mergeCell").compactMap { $0["ref"] })
    }

    /// Custom format codes by numFmtId, and the numFmtId of each cellXfs index.
    func numberFormats() throws -> (codes: [Int: String], xfs: [Int]) {
        let doc = try xml("xl/styles.xml")
        var codes: [Int: String] = [:]
        for n in doc.all("numFmt") {
            if let id = Int(n["numFmtId"] ?? ""), let code = n["formatCode"] { codes[id] = code }
        }
        let xfs = doc.first("cellXfs")?.children.filter { $0.name == "xf" }.map { Int($0["numFmtId"] ?? "0") ?? 0 } ?? []
        return (codes, xfs)
    }
}

/// Runs the built `renja` executable as a whole process (exit statuses are part of the contract).
enum RenjaProcess {
    static var binary: URL {
        let bundle = Bundle(for: BundleMarker.self).bundleURL
        for dir in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("renja")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue { return candidate }
        }
        return bundle.appendingPathComponent("renja")
    }

    @discardableResult
    static func run(_ args: [String], cwd: URL? = nil, environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        if let cwd { p.currentDirectoryURL = cwd }
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { box.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: box.data, as: UTF8.self))
    }
}

final class BundleMarker {}

/// A fresh temporary folder per test.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("renja-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The checkout's root (for templates/ and examples/).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The checkout's templates and nomenclature, as every test loads them.
func repositoryCatalog() throws -> Layouts.TemplateCatalog {
    try Layouts.TemplateCatalog(directory: repositoryRoot.appendingPathComponent("templates"))
}
