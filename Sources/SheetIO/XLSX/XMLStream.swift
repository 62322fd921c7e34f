import CLibXML2
import Foundation

/// A pull parser over one XML part (libxml2's xmlTextReader), hardened for untrusted files: no
/// network, no entity substitution, no DTD loading, and any DOCTYPE or entity reference refused
/// (spreadsheet programs never write them; they are how XML bombs and XXE attacks start).
final class XMLStream {
    enum Node { case start(empty: Bool), end, text }

    private let reader: xmlTextReaderPtr
    let part: String
    private let data: Data
    /// The inflating producer of a streamed part (kept alive while the reader pulls from it).
    private let input: InflatingInput?

    private static let setup: Void = {
        xmlInitParser()
        // Deny every external entity, whatever the options: nothing is ever loaded from outside.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    init(_ data: Data, part: String) throws {
        _ = XMLStream.setup
        self.data = data
        self.part = part
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        let r: xmlTextReaderPtr? = data.withUnsafeBytes { buf in
            xmlReaderForMemory(buf.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buf.count), part, nil, options)
        }
        guard let r else { throw XMLStreamError.malformed("cannot open") }
        reader = r
        input = nil
    }

    /// A part streamed from its inflating thread: the XML is never whole in memory.
    init(input: InflatingInput, part: String) throws {
        _ = XMLStream.setup
        self.data = Data()
        self.part = part
        self.input = input
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        let context = Unmanaged.passUnretained(input).toOpaque()
        let r = xmlReaderForIO({ ctx, buffer, length in
            guard let ctx, let buffer else { return -1 }
            return Unmanaged<InflatingInput>.fromOpaque(ctx).takeUnretainedValue().read(into: buffer, count: Int(length))
        }, { _ in 0 }, context, part, nil, options)
        guard let r else { input.cancel(); throw XMLStreamError.malformed("cannot open") }
        reader = r
    }

    deinit {
        xmlFreeTextReader(reader)
        input?.cancel()
    }

    enum XMLStreamError: Error { case malformed(String), forbidden(String) }

    /// The next node of interest, or nil at the end.
    func next() throws -> Node? {
        while true {
            let rc = xmlTextReaderRead(reader)
            if rc == 0 { return nil }
            if rc < 0 { throw XMLStreamError.malformed("malformed XML") }
            switch xmlTextReaderNodeType(reader) {
            case 1: return .start(empty: xmlTextReaderIsEmptyElement(reader) == 1)
            case 15: return .end
            case 3, 4, 14: return .text
            case 10: throw XMLStreamError.forbidden("DOCTYPE")
            case 5, 6, 17: throw XMLStreamError.forbidden("entity")
            default: continue
            }
        }
    }

    /// Local name of the current element (compared as bytes, no allocation).
    func nameIs(_ literal: StaticString) -> Bool {
        guard let p = xmlTextReaderConstLocalName(reader) else { return false }
        return strcmp(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self), UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    var name: String {
        guard let p = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: p)
    }

    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    var value: String {
        guard let p = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: p)
    }

    /// The attributes of the current element by local name (and `r:id` as `id`).
    func attributes() -> [String: String] {
        var out: [String: String] = [:]
        guard xmlTextReaderHasAttributes(reader) == 1 else { return out }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if let n = xmlTextReaderConstLocalName(reader), let v = xmlTextReaderConstValue(reader) {
                out[String(cString: n)] = String(cString: v)
            }
        }
        xmlTextReaderMoveToElement(reader)
        return out
    }

    /// The kinds of `<c t="…">` (ECMA-376 §18.18.11).
    enum CellType { case number, shared, string, inline, bool, error, date }

    /// The `r`, `t` and `s` attributes of a `<c>` element, read in place from libxml2's buffers:
    /// the one element of every cell, where a dictionary per cell would cost more than the parse.
    func cellAttributes() -> (column: Int?, row: Int?, type: CellType, style: Int) {
        var column: Int? = nil, row: Int? = nil, type = CellType.number, style = 0
        guard xmlTextReaderHasAttributes(reader) == 1 else { return (nil, nil, .number, 0) }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard let n = xmlTextReaderConstLocalName(reader), let v = xmlTextReaderConstValue(reader), n[1] == 0 else { continue }
            switch n[0] {
            case UInt8(ascii: "r"):
                var i = 0, col = 0, r = 0
                while v[i] >= 65 && v[i] <= 90 { col = col * 26 + Int(v[i] - 64); i += 1 }
                while v[i] >= 48 && v[i] <= 57 { r = r * 10 + Int(v[i] - 48); i += 1 }
                if col > 0 && r > 0 && v[i] == 0 { column = col - 1; row = r - 1 }
            case UInt8(ascii: "t"):
                switch (v[0], v[1]) {
                case (UInt8(ascii: "s"), 0): type = .shared
                case (UInt8(ascii: "s"), _): type = .string
                case (UInt8(ascii: "i"), _): type = .inline
                case (UInt8(ascii: "b"), _): type = .bool
                case (UInt8(ascii: "e"), _): type = .error
                case (UInt8(ascii: "d"), _): type = .date
                default: type = .number
                }
            case UInt8(ascii: "s"):
                var i = 0, x = 0
                while v[i] >= 48 && v[i] <= 57 && i < 9 { x = x * 10 + Int(v[i] - 48); i += 1 }
                style = x
            default: break
            }
        }
        xmlTextReaderMoveToElement(reader)
        return (column, row, type, style)
    }

    /// Appends the current text node's UTF-8 bytes (no String made).
    func appendValue(to buffer: inout [UInt8]) {
        guard let p = xmlTextReaderConstValue(reader) else { return }
        var i = 0
        while p[i] != 0 { buffer.append(p[i]); i += 1 }
    }

    /// One attribute, without building a dictionary.
    func attribute(_ literal: StaticString) -> String? {
        let p = xmlTextReaderGetAttribute(reader, UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: xmlChar.self))
        guard let p else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}
