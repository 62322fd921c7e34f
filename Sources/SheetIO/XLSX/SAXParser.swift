import CLibXML2
import Foundation

/// libxml2's SAX2 push parser, for the two big parts of a workbook (the sheet and its shared
/// strings). It hands each element's name and attributes to the handler as pointers into libxml2's
/// buffers and builds no node: on a 100,000-row sheet this parses in 0.2 s where xmlTextReader
/// takes 0.5 s. The same hardening as `XMLStream`: no network, no entity substitution, no DTD
/// loading, and a DOCTYPE or entity declaration stops the parse as forbidden.
class SAXHandler {
    /// Set by a callback that must stop the parse (a limit, a forbidden construct).
    var stop: Error?

    func startElement(_ name: SAXName, _ attributes: SAXAttributes) throws {}
    func endElement(_ name: SAXName) throws {}
    /// Text of the current element, possibly in several pieces.
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// An element's local name, compared as bytes.
struct SAXName {
    let pointer: UnsafePointer<xmlChar>

    /// True for a one-letter name such as `c`, `v`, `f`, `t`.
    @inline(__always) func isChar(_ c: UInt8) -> Bool { pointer[0] == c && pointer[1] == 0 }

    func isName(_ literal: StaticString) -> Bool {
        strcmp(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self), UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }
}

/// The attributes of a SAX2 start tag: five pointers each (local name, prefix, URI, value start,
/// value end), values not NUL-terminated.
struct SAXAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// Calls `body` with each attribute's local name and value bytes.
    @inline(__always) func forEach(_ body: (UnsafePointer<xmlChar>, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base else { return }
        for i in 0..<count {
            guard let name = base[i * 5], let start = base[i * 5 + 3], let end = base[i * 5 + 4] else { continue }
            body(name, UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    /// One attribute's value by local name (`r:id` is `id`).
    func value(_ literal: StaticString) -> String? {
        var out: String? = nil
        forEach { name, v in
            if out == nil, strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self)) == 0 {
                out = String(decoding: v, as: UTF8.self)
            }
        }
        return out
    }
}

/// One push parse of one part. Feed it the part's bytes in order with `push`, then `finish`.
final class SAXParser {
    private let context: xmlParserCtxtPtr
    private let handler: SAXHandler

    init(handler: SAXHandler, part: String) throws {
        _ = XMLStream.setup
        self.handler = handler
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { ctx, localname, _, _, _, _, nbAttributes, _, attributes in
            guard let ctx, let localname else { return }
            SAXParser.withHandler(ctx) { h in
                guard h.stop == nil else { return }
                do { try h.startElement(SAXName(pointer: localname), SAXAttributes(base: attributes, count: Int(nbAttributes))) } catch { SAXParser.halt(ctx, error) }
            }
        }
        sax.endElementNs = { ctx, localname, _, _ in
            guard let ctx, let localname else { return }
            SAXParser.withHandler(ctx) { h in
                guard h.stop == nil else { return }
                do { try h.endElement(SAXName(pointer: localname)) } catch { SAXParser.halt(ctx, error) }
            }
        }
        sax.characters = { ctx, bytes, length in
            guard let ctx, let bytes, length > 0 else { return }
            SAXParser.withHandler(ctx) { h in
                guard h.stop == nil else { return }
                h.characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
            }
        }
        // CDATA and blanks are text like any other (`<t xml:space="preserve"> </t>` keeps its space).
        sax.cdataBlock = sax.characters
        sax.ignorableWhitespace = sax.characters
        // Spreadsheet programs never write a DOCTYPE or entities; they are how XML bombs and XXE start.
        sax.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            SAXParser.halt(ctx, XMLStream.XMLStreamError.forbidden("DOCTYPE"))
        }
        sax.entityDecl = { ctx, _, _, _, _, _ in
            guard let ctx else { return }
            SAXParser.halt(ctx, XMLStream.XMLStreamError.forbidden("entity"))
        }
        sax.reference = { ctx, _ in
            guard let ctx else { return }
            SAXParser.halt(ctx, XMLStream.XMLStreamError.forbidden("entity"))
        }
        let box = Unmanaged.passRetained(Box(handler: handler))
        // libxml2 copies the handler table into the context.
        guard let c = xmlCreatePushParserCtxt(&sax, box.toOpaque(), nil, 0, part) else {
            box.release()
            throw XMLStream.XMLStreamError.malformed("cannot open")
        }
        context = c
        // No NOENT (no substitution), no DTDLOAD, no network; errors come back as return codes.
        xmlCtxtUseOptions(c, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        box.takeUnretainedValue().context = c
    }

    deinit {
        if let user = context.pointee.userData { Unmanaged<Box>.fromOpaque(user).release() }
        xmlFreeParserCtxt(context)
    }

    /// The next bytes of the part.
    func push(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count > 0 else { return }
        let rc = xmlParseChunk(context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0)
        try check(rc)
    }

    /// The end of the part: fails if the document is not complete and well-formed.
    func finish() throws {
        let rc = xmlParseChunk(context, nil, 0, 1)
        try check(rc)
    }

    private func check(_ rc: Int32) throws {
        if let e = handler.stop { throw e }
        if rc != 0 || context.pointee.wellFormed == 0 { throw XMLStream.XMLStreamError.malformed("malformed XML") }
    }

    /// The handler and its context, reachable from the C callbacks through libxml2's user data.
    private final class Box {
        let handler: SAXHandler
        var context: xmlParserCtxtPtr?
        init(handler: SAXHandler) { self.handler = handler }
    }

    /// Calls `body` with the parse's handler, borrowed: the box outlives the parse, so no reference
    /// count is touched on each of the million callbacks of a large sheet.
    @inline(__always) private static func withHandler(_ ctx: UnsafeMutableRawPointer, _ body: (SAXHandler) -> Void) {
        Unmanaged<Box>.fromOpaque(ctx)._withUnsafeGuaranteedRef { body($0.handler) }
    }

    private static func halt(_ ctx: UnsafeMutableRawPointer, _ error: Error) {
        let box = Unmanaged<Box>.fromOpaque(ctx).takeUnretainedValue()
        if box.handler.stop == nil { box.handler.stop = error }
        if let c = box.context { xmlStopParser(c) }
    }
}
