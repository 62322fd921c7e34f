import CLibXML2
import Foundation

/// A pull parser over one small XML part (libxml2's xmlTextReader; the sheet and the shared
/// strings go through `SAXParser`), hardened for untrusted files: no
/// network, no entity substitution, no DTD loading, and any DOCTYPE or entity reference refused
/// (spreadsheet programs never write them; they are how XML bombs and XXE attacks start).
final class XMLStream {
    enum Node { case start(empty: Bool), end, text }

    private let reader: xmlTextReaderPtr
    let part: String
    private let data: Data

    static let setup: Void = {
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
    }

    deinit {
        xmlFreeTextReader(reader)
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

    /// One attribute, without building a dictionary.
    func attribute(_ literal: StaticString) -> String? {
        let p = xmlTextReaderGetAttribute(reader, UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: xmlChar.self))
        guard let p else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}
