import Foundation
import RenjaModel
import ZIPFoundation

/// Limits that keep a hostile workbook from exhausting memory (zip bombs, huge string tables).
public struct ReadLimits: Sendable {
    public var maxEntries = 10_000
    public var maxPartBytes = 256 << 20
    public var maxTotalBytes = 512 << 20
    /// Inflated / compressed, checked once an entry is past `ratioGrace` bytes.
    public var maxRatio = 100
    public var ratioGrace = 100 << 10
    public var maxCells = 5_000_000
    public var maxSharedStringBytes = 256 << 20
    public var maxColumns = 16_384

    public init() {}
    public static let `default` = ReadLimits()
}

/// The XLSX reader: ZIPFoundation for the package, libxml2's SAX2 push parser for the sheet and the
/// shared strings (streamed as they inflate), its pull parser for the small parts. It follows
/// the workbook's relationships (never assumes sheet file names), resolves shared strings by index
/// (sharing the strings, never copying them per cell), reads inline strings, numbers exactly as
/// written, booleans, errors, cached formula values and formula text (shared formulas translated),
/// the styles that change meaning (percent, date, bold), the 1904 flag, merges and hidden sheets,
/// and rows or cells without an `r` attribute.
public enum XLSXReader {
    /// `sharedStringsBeside`: parse the shared strings on a thread of their own while the sheet
    /// is parsed (false for a caller that reads several workbooks at once).
    /// `sink`: asked before each sheet is read; a sink it gives takes that sheet's rows, and the
    /// sheet comes back with its merges but no rows.
    public static func read(_ url: URL, limits: ReadLimits = .default, sharedStringsBeside: Bool = true,
                            sink: ((SheetPart) -> SheetRowSink?)? = nil) throws -> Workbook {
        var pkg = try Package(url, limits: limits)
        pkg.sharedStringsBeside = sharedStringsBeside
        var sheets: [Sheet] = []
        for (index, s) in pkg.sheets.enumerated() {
            let size = pkg.archive[s.part].map { Int(clamping: $0.uncompressedSize) } ?? 0
            let taker = sink?(SheetPart(index: index, name: s.name, isHidden: s.hidden, inflatedSize: size))
            var rows: [SheetRow] = []
            let merges: [CellRange]
            do { merges = try pkg.readSheet(s) { if let taker { taker.take($0) } else { rows.append($0) } } } catch {
                taker?.finish(merges: nil)
                throw error
            }
            taker?.finish(merges: merges)
            sheets.append(Sheet(name: s.name, rows: rows, merges: merges, isHidden: s.hidden))
        }
        return Workbook(sheets: sheets, source: .xlsx, date1904: pkg.date1904)
    }

    public static func sheetNames(_ url: URL, limits: ReadLimits = .default) throws -> [(name: String, hidden: Bool)] {
        try Package(url, limits: limits).sheets.map { ($0.name, $0.hidden) }
    }

    public static func forEachRow(_ url: URL, sheet index: Int, limits: ReadLimits = .default, _ body: (SheetRow) throws -> Void) throws -> [CellRange] {
        var pkg = try Package(url, limits: limits)
        guard index >= 0 && index < pkg.sheets.count else { throw ReadError.corrupt(file: url.path, detail: "no sheet \(index + 1)") }
        return try pkg.readSheet(pkg.sheets[index], body)
    }
}

/// An opened workbook package: its sheets, shared strings and styles.
struct Package {
    struct SheetRef { var name: String; var part: String; var hidden: Bool }

    let url: URL
    let limits: ReadLimits
    let archive: Archive
    var sheets: [SheetRef] = []
    /// The shared-strings part, parsed beside the first sheet read (`sharedStrings()`).
    var sharedStringsPart: String?
    var sharedStringsBeside = true
    private var strings: SharedStrings?
    var styles: [CellStyle] = []
    var date1904 = false
    private var inflatedTotal = 0
    var file: String { url.path }

    init(_ url: URL, limits: ReadLimits) throws {
        self.url = url
        self.limits = limits
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw ReadError.corrupt(file: url.path, detail: "not a readable ZIP package (truncated or damaged)")
        }
        self.archive = archive
        var count = 0
        for e in archive {
            count += 1
            if count > limits.maxEntries { throw ReadError.limitExceeded(file: url.path, limit: "entries", detail: "more than \(limits.maxEntries) parts") }
            if e.path.hasPrefix("/") || e.path.split(separator: "/").contains("..") {
                throw ReadError.corrupt(file: url.path, detail: "part name '\(e.path)' escapes the package")
            }
        }
        guard let wbPart = try rootWorkbookPart() else { throw ReadError.corrupt(file: url.path, detail: "no workbook part (xl/workbook.xml)") }
        let rels = try relationships(of: wbPart)
        try readWorkbook(wbPart, rels: rels)
        if let ss = rels.values.first(where: { $0.type.hasSuffix("/sharedStrings") }), archive[ss.target] != nil { sharedStringsPart = ss.target }
        if let st = rels.values.first(where: { $0.type.hasSuffix("/styles") }) { try readStyles(st.target) }
    }

    // MARK: Parts

    /// The bytes of a part, counting what is actually inflated against the limits.
    mutating func part(_ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        let compressed = max(Int(entry.compressedSize), 1)
        do {
            try InflatingInput.extract(entry, of: archive, bufferSize: 1 << 16) { chunk in
                data.append(chunk)
                if data.count > limits.maxPartBytes { throw LimitHit.part }
                if data.count > limits.ratioGrace && data.count / compressed > limits.maxRatio { throw LimitHit.ratio }
            }
        } catch LimitHit.part {
            throw ReadError.limitExceeded(file: file, limit: "part size", detail: "\(path) inflates beyond \(limits.maxPartBytes >> 20) MiB")
        } catch LimitHit.ratio {
            throw ReadError.limitExceeded(file: file, limit: "compression ratio", detail: "\(path) inflates more than \(limits.maxRatio)x (zip bomb?)")
        } catch let e as ReadError {
            throw e
        } catch InflatingInput.Failure.corrupt(let detail) {
            throw ReadError.corrupt(file: file, detail: detail)
        } catch {
            throw ReadError.corrupt(file: file, detail: "\(path) cannot be inflated (\(error))")
        }
        inflatedTotal += data.count
        if inflatedTotal > limits.maxTotalBytes {
            throw ReadError.limitExceeded(file: file, limit: "total size", detail: "more than \(limits.maxTotalBytes >> 20) MiB inflated")
        }
        return data
    }

    enum LimitHit: Error { case part, ratio }

    func stream(_ data: Data, _ part: String) throws -> XMLStream {
        do { return try XMLStream(data, part: part) } catch { throw ReadError.corrupt(file: file, detail: "\(part) is not XML") }
    }

    func wrap<T>(_ part: String, _ body: () throws -> T) throws -> T {
        try Self.wrap(part, file: file, body)
    }

    static func wrap<T>(_ part: String, file: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as XMLStream.XMLStreamError {
            switch e {
            case .forbidden(let what): throw ReadError.forbiddenXML(file: file, part: part, detail: what)
            case .malformed(let what): throw ReadError.corrupt(file: file, detail: "\(part): \(what)")
            }
        }
    }

    mutating func rootWorkbookPart() throws -> String? {
        if let data = try part("_rels/.rels") {
            let x = try stream(data, "_rels/.rels")
            var found: String? = nil
            try wrap("_rels/.rels") {
                while let n = try x.next() {
                    if case .start = n, x.nameIs("Relationship") {
                        let a = x.attributes()
                        if (a["Type"] ?? "").hasSuffix("/officeDocument"), let t = a["Target"] { found = Self.resolve(t, base: "") }
                    }
                }
            }
            if let found, archive[found] != nil { return found }
        }
        return archive["xl/workbook.xml"] != nil ? "xl/workbook.xml" : nil
    }

    struct Rel { var type: String; var target: String }

    mutating func relationships(of part: String) throws -> [String: Rel] {
        let dir = (part as NSString).deletingLastPathComponent
        let relsPath = (dir.isEmpty ? "" : dir + "/") + "_rels/" + (part as NSString).lastPathComponent + ".rels"
        guard let data = try self.part(relsPath) else { return [:] }
        let x = try stream(data, relsPath)
        var out: [String: Rel] = [:]
        try wrap(relsPath) {
            while let n = try x.next() {
                if case .start = n, x.nameIs("Relationship") {
                    let a = x.attributes()
                    if let id = a["Id"], let t = a["Target"], a["TargetMode"] != "External" {
                        out[id] = Rel(type: a["Type"] ?? "", target: Self.resolve(t, base: dir))
                    }
                }
            }
        }
        return out
    }

    /// `worksheets/sheet1.xml` relative to `xl`, or `/xl/worksheets/sheet1.xml` absolute.
    static func resolve(_ target: String, base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = base.isEmpty ? [] : base.split(separator: "/").map(String.init)
        for p in target.split(separator: "/") {
            if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(String(p)) }
        }
        return parts.joined(separator: "/")
    }

    mutating func readWorkbook(_ path: String, rels: [String: Rel]) throws {
        guard let data = try part(path) else { throw ReadError.corrupt(file: file, detail: "missing \(path)") }
        let x = try stream(data, path)
        try wrap(path) {
            while let n = try x.next() {
                guard case .start = n else { continue }
                if x.nameIs("sheet") {
                    let a = x.attributes()
                    guard let id = a["id"], let rel = rels[id], archive[rel.target] != nil, rel.type.hasSuffix("/worksheet") else { continue }
                    let state = a["state"] ?? "visible"
                    sheets.append(SheetRef(name: a["name"] ?? "Sheet\(sheets.count + 1)", part: rel.target, hidden: state != "visible"))
                } else if x.nameIs("workbookPr") {
                    let v = x.attribute("date1904")
                    date1904 = v == "1" || v == "true"
                }
            }
        }
    }

    /// The shared strings, their parse started on first use (listing sheet names needs none).
    mutating func sharedStrings() -> SharedStrings {
        if let strings { return strings }
        let s = sharedStringsPart.map { SharedStrings(url: url, part: $0, limits: limits, beside: sharedStringsBeside) } ?? SharedStrings()
        strings = s
        return s
    }

    mutating func readStyles(_ path: String) throws {
        guard let data = try part(path) else { return }
        let x = try stream(data, path)
        var formats: [Int: String] = [:]
        var fontsBold: [Bool] = []
        var xfs: [(numFmt: Int, font: Int)] = []
        try wrap(path) {
            var section = ""
            while let n = try x.next() {
                switch n {
                case .start:
                    if x.nameIs("numFmt") {
                        let a = x.attributes()
                        if let id = Int(a["numFmtId"] ?? ""), let code = a["formatCode"] { formats[id] = code }
                    } else if x.nameIs("fonts") || x.nameIs("cellXfs") || x.nameIs("cellStyleXfs") {
                        section = x.name
                    } else if section == "fonts" && x.nameIs("font") {
                        fontsBold.append(false)
                    } else if section == "fonts" && x.nameIs("b") {
                        let v = x.attribute("val")
                        if v == nil || v == "1" || v == "true", !fontsBold.isEmpty { fontsBold[fontsBold.count - 1] = true }
                    } else if section == "cellXfs" && x.nameIs("xf") {
                        xfs.append((Int(x.attribute("numFmtId") ?? "0") ?? 0, Int(x.attribute("fontId") ?? "0") ?? 0))
                    }
                case .end:
                    if x.nameIs("fonts") || x.nameIs("cellXfs") || x.nameIs("cellStyleXfs") { section = "" }
                case .text: break
                }
            }
        }
        styles = xfs.map { xf in
            let code = formats[xf.numFmt]
            var s = CellStyle()
            s.isPercent = xf.numFmt == 9 || xf.numFmt == 10 || (code.map(Self.isPercentFormat) ?? false)
            s.isDate = (14...22).contains(xf.numFmt) || (45...47).contains(xf.numFmt) || (code.map(Self.isDateFormat) ?? false)
            s.isBold = xf.font < fontsBold.count && fontsBold[xf.font]
            s.literalPercent = code.map { $0.hasSuffix("\"%\"") } ?? false
            return s
        }
    }

    static func stripQuoted(_ code: String) -> String {
        var out = "", inQuote = false, inBracket = false, escape = false
        for ch in code {
            if escape { escape = false; continue }
            if ch == "\\" { escape = true; continue }
            if ch == "\"" { inQuote.toggle(); continue }
            if inQuote { continue }
            if ch == "[" { inBracket = true; out.append(ch); continue }
            if ch == "]" { inBracket = false; out.append(ch); continue }
            if inBracket { out.append(ch == "h" || ch == "m" || ch == "s" ? ch : " "); continue }
            out.append(ch)
        }
        return out
    }

    static func isPercentFormat(_ code: String) -> Bool { stripQuoted(code).contains("%") }

    static func isDateFormat(_ code: String) -> Bool {
        let s = stripQuoted(code).lowercased()
        if s.contains("general") || s.contains("#") || s.contains("0.0") { return false }
        return s.contains { "dmyhs".contains($0) }
    }

    // MARK: Sheet

    /// Streams the rows of a sheet (each row once, cells in column order); returns the merges.
    mutating func readSheet(_ ref: SheetRef, _ body: (SheetRow) throws -> Void) throws -> [CellRange] {
        guard archive[ref.part] != nil else { throw ReadError.corrupt(file: file, detail: "missing \(ref.part)") }
        let table = sharedStrings()
        let result = Result<[CellRange], Error> {
            try withoutActuallyEscaping(body) { body in
                let handler = SheetHandler(strings: table, styles: styles, limits: limits, sheetName: ref.name, file: file, body: body)
                inflatedTotal += try Self.stream(url: url, part: ref.part, limits: limits, into: handler)
                try handler.finish()
                return handler.merges
            }
        }
        // The table's own failure comes first, as when it was read before the sheet.
        try table.join()
        if !countedShared {
            countedShared = true
            inflatedTotal += table.inflated
        }
        if inflatedTotal > limits.maxTotalBytes {
            throw ReadError.limitExceeded(file: file, limit: "total size", detail: "more than \(limits.maxTotalBytes >> 20) MiB inflated")
        }
        return try result.get()
    }

    private var countedShared = false

    /// Parses a big part (a sheet, the shared strings) while another thread inflates it: its XML
    /// is never whole in memory, and the limits on size and ratio are counted as it inflates.
    /// Returns the bytes inflated. Uses no state of a package, so any thread may call it.
    static func stream(url: URL, part path: String, limits: ReadLimits, into handler: SAXHandler) throws -> Int {
        let file = url.path
        let input: InflatingInput
        do { input = try InflatingInput(url: url, entry: path, limits: limits) } catch {
            throw ReadError.corrupt(file: file, detail: "\(path) cannot be inflated")
        }
        defer { input.cancel() }
        do {
            try wrap(path, file: file) {
                let parser = try SAXParser(handler: handler, part: path)
                while let chunk = input.nextChunk() {
                    try chunk.withUnsafeBytes { try parser.push($0) }
                }
                if input.failure == nil { try parser.finish() }
            }
        } catch {
            // A limit hit while inflating surfaces in the parser as a read error: name the limit.
            if let f = input.failure { throw inflateError(f, path, file: file, limits: limits) }
            throw error
        }
        if let f = input.failure { throw inflateError(f, path, file: file, limits: limits) }
        return input.inflated
    }

    /// The same for a part parsed on a thread of its own already: inflated on that thread too.
    static func streamInline(url: URL, part path: String, limits: ReadLimits, into handler: SAXHandler) throws -> Int {
        let file = url.path
        do {
            return try wrap(path, file: file) {
                let parser = try SAXParser(handler: handler, part: path)
                let n = try InflatingInput.inline(url: url, entry: path, limits: limits) { chunk in
                    try chunk.withUnsafeBytes { try parser.push($0) }
                }
                try parser.finish()
                return n
            }
        } catch let f as InflatingInput.Failure {
            throw inflateError(f, path, file: file, limits: limits)
        }
    }

    private static func inflateError(_ f: InflatingInput.Failure, _ path: String, file: String, limits: ReadLimits) -> ReadError {
        switch f {
        case .part: return .limitExceeded(file: file, limit: "part size", detail: "\(path) inflates beyond \(limits.maxPartBytes >> 20) MiB")
        case .ratio: return .limitExceeded(file: file, limit: "compression ratio", detail: "\(path) inflates more than \(limits.maxRatio)x (zip bomb?)")
        case .corrupt(let d): return .corrupt(file: file, detail: d)
        }
    }
}

/// Shared formulas (ECMA-376 §18.3.1.40): members carry only `si`; their text is the master's with
/// relative references moved by the member's offset (`$` parts stay).
enum SharedFormula {
    static func shift(_ f: String, rows: Int, columns: Int) -> String {
        var out = ""
        let chars = Array(f)
        var i = 0
        var inString = false
        while i < chars.count {
            let c = chars[i]
            if c == "\"" { inString.toggle(); out.append(c); i += 1; continue }
            if inString { out.append(c); i += 1; continue }
            // A reference: [$]LETTERS[$]DIGITS not preceded by a letter, digit, '_' or '.'.
            let prev: Character? = i > 0 ? chars[i - 1] : nil
            if (c == "$" || c.isLetter), prev.map({ !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "!") || $0 == "!" }) ?? true {
                var j = i
                var colAbs = false, rowAbs = false
                if j < chars.count && chars[j] == "$" { colAbs = true; j += 1 }
                let ls = j
                while j < chars.count, chars[j].isASCII, chars[j].isUppercase { j += 1 }
                let letters = String(chars[ls..<j])
                if j < chars.count && chars[j] == "$" { rowAbs = true; j += 1 }
                let ds = j
                while j < chars.count, chars[j].isNumber { j += 1 }
                let digits = String(chars[ds..<j])
                let next: Character? = j < chars.count ? chars[j] : nil
                if !letters.isEmpty, letters.count <= 3, !digits.isEmpty, next.map({ !($0.isLetter || $0 == "(" || $0 == "_") }) ?? true,
                   let row = Int(digits), let p = A1.parse(letters + "1") {
                    let newCol = colAbs ? p.column : p.column + columns
                    let newRow = rowAbs ? row : row + rows
                    if newCol < 0 || newRow < 1 { out += "#REF!" } else {
                        out += (colAbs ? "$" : "") + A1.column(newCol) + (rowAbs ? "$" : "") + String(newRow)
                    }
                    i = j
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }
}

/// OOXML writes characters XML cannot carry (CR, control characters) as `_xHHHH_`; a literal
/// `_x…_` is itself escaped as `_x005F_x…_`.
enum OOXMLText {
    static func unescape(_ s: String) -> String {
        guard s.containsBytes("_x") else { return s }
        var out = ""
        var chars = Substring(s)
        while let r = chars.range(of: "_x") {
            out += chars[..<r.lowerBound]
            let after = chars[r.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, hex.allSatisfy(\.isHexDigit), after.dropFirst(4).first == "_",
               let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) {
                out.unicodeScalars.append(u)
                chars = after.dropFirst(5)
            } else {
                out += "_x"
                chars = after
            }
        }
        return out + chars
    }
}
