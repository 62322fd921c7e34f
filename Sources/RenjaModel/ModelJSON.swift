import Foundation

/// The JSON model of contract §5: written with a stable key order (so outputs diff cleanly) and
/// read back for `renja convert X.json -o Y.xlsx`.
public enum ModelJSON {
    public struct DecodeError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Encodes the model; `keyOrder` orders each row's `values` (the kind's column keys).
    public static func encode(_ m: TableModel, keyOrder: [String]) -> Data {
        var out = Data()
        write(m, keyOrder: keyOrder) { out.append(contentsOf: $0) }
        return out
    }

    /// Writes the model's JSON to `sink` piece by piece (about 1 MiB at a time): a 120,000-row
    /// model is 60 MB of JSON, which is never held whole, nor built from intermediate strings.
    public static func write(_ m: TableModel, keyOrder: [String], to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        var w = ByteWriter()
        w.put("{\n  \"renja_model\": 1,\n  \"table\": "); w.quoted(m.table.rawValue)
        w.put(",\n  \"layout\": "); w.quoted(m.layout)
        w.put(",\n  \"meta\": {")
        var first = true
        func metaField(_ name: StaticString, _ body: (inout ByteWriter) -> Void) {
            if !first { w.put(", ") }
            first = false
            w.put("\""); w.put(name); w.put("\": ")
            body(&w)
        }
        if let t = m.meta.tahun { metaField("tahun") { $0.put(t) } }
        if let p = m.meta.pemda { metaField("pemda") { $0.quoted(p) } }
        if let p = m.meta.perangkatDaerah { metaField("perangkat_daerah") { $0.quoted(p) } }
        w.put("},\n  \"rows\": [")
        let order = Dictionary(uniqueKeysWithValues: keyOrder.enumerated().map { ($1, $0) })
        var keys: [String] = []
        var targets: [(String, Target)] = []
        for (i, r) in m.rows.enumerated() {
            w.put(i == 0 ? "\n    " : ",\n    ")
            w.put("{\"kode\": "); w.quoted(r.kode)
            w.put(", \"level\": "); w.quoted(r.level.rawValue)
            w.put(", \"uraian\": "); w.quoted(r.uraian)
            w.put(", \"values\": {")
            // The kind's keys in their order, then any other key by name (no per-row sort of all).
            keys.removeAll(keepingCapacity: true)
            targets.removeAll(keepingCapacity: true)
            for k in keyOrder where r.values[k] != nil { keys.append(k) }
            if keys.count < r.values.count { keys += r.values.keys.filter { order[$0] == nil }.sorted() }
            for (j, k) in keys.enumerated() {
                if j > 0 { w.put(", ") }
                w.quoted(k); w.put(": ")
                switch r.values[k]! {
                case .text(let s): w.quoted(s)
                case .rupiah(let x): w.put(x)
                case .number(let d): w.put(d.description)
                case .target(let t):
                    if t.number != nil { targets.append((k, t)) }
                    w.quoted(t.text)
                }
            }
            w.put("}")
            if !targets.isEmpty {
                w.put(", \"targets\": {")
                for (j, (k, t)) in targets.enumerated() {
                    if j > 0 { w.put(", ") }
                    w.quoted(k); w.put(": {\"number\": "); w.put(t.number!.description)
                    if let u = t.unit { w.put(", \"unit\": "); w.quoted(u) }
                    w.put("}")
                }
                w.put("}")
            }
            if let s = r.source { w.put(", \"source\": {\"sheet\": "); w.quoted(s.sheet); w.put(", \"row\": "); w.put(s.row); w.put("}") }
            w.put("}")
            if w.bytes.count >= 1 << 20 { try w.flush(sink) }
        }
        w.put(m.rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        try w.flush(sink)
    }

    /// Appends UTF-8 text to a byte buffer that is handed on whenever it is full enough.
    struct ByteWriter {
        var bytes: [UInt8] = []
        init() { bytes.reserveCapacity((1 << 20) + (64 << 10)) }
        mutating func put(_ s: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        }
        mutating func put(_ s: String) {
            var s = s
            s.withUTF8 { bytes.append(contentsOf: $0) }
        }
        /// An integer in decimal, without making a String.
        mutating func put(_ n: Int) {
            if n < 0 { bytes.append(0x2D) }
            var m = n.magnitude
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                         UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var count = 0
            withUnsafeMutableBytes(of: &digits) { d in
                repeat { d[19 - count] = UInt8(48 + m % 10); m /= 10; count += 1 } while m > 0
                bytes.append(contentsOf: d[(20 - count)...])
            }
        }
        mutating func put(_ n: Int64) { put(Int(n)) }
        /// A JSON string literal; most text needs no escape and is copied as it is.
        mutating func quoted(_ s: String) {
            var s = s
            s.withUTF8 { u in
                bytes.append(0x22)
                if !u.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                    bytes.append(contentsOf: u)
                } else {
                    let q = ModelJSON.quote(String(decoding: u, as: UTF8.self))
                    bytes.append(contentsOf: q.utf8.dropFirst().dropLast())
                }
                bytes.append(0x22)
            }
        }
        mutating func flush(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
            try bytes.withUnsafeBufferPointer { try sink($0) }
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// JSON string literal. Most text needs no escape at all; that case is one copy.
    public static func quote(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + s + "\"" }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 8)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// Reads a model written by `encode` (or by hand in the same shape). `types` tells how each
    /// value key is typed (money keys become rupiah, targets keep their text). The rows are built
    /// straight from the bytes; a document that names its table only after its rows is read
    /// through a tree of values instead.
    public static func decode(_ data: Data, types: @escaping (TableKind, String) -> ValueKind) throws -> TableModel {
        do {
            return try data.withUnsafeBytes { raw in
                var decoder = Decoder(types: types)
                return try decoder.document(JSONValue.Parser(raw.bindMemory(to: UInt8.self)))
            }
        } catch let e as JSONValue.SyntaxError {
            throw DecodeError(description: "\(e)")
        }
    }

    typealias HalfDecoder = Decoder

    struct Decoder {
        let types: (TableKind, String) -> ValueKind
        var kindOf: [String: ValueKind] = [:]
        /// Names and values repeated from row to row, kept once.
        var texts = SharedTexts()

        init(types: @escaping (TableKind, String) -> ValueKind) { self.types = types }

        mutating func document(_ parser: JSONValue.Parser) throws -> TableModel {
            var p = parser
            var version: Int? = nil, kind: TableKind? = nil, tableText: String? = nil, layout: String? = nil
            var meta = Meta()
            var rows: [Row]? = nil
            var deferred: [JSONValue]? = nil
            try p.object { p, key in
                switch key {
                case "renja_model": version = try p.value(depth: 1).int
                case "table":
                    tableText = try p.value(depth: 1).string
                    kind = tableText.flatMap(TableKind.init(rawValue:))
                case "layout": layout = try p.value(depth: 1).string
                case "meta":
                    let m = try p.value(depth: 1)
                    meta.tahun = m["tahun"]?.int
                    meta.pemda = m["pemda"]?.string
                    meta.perangkatDaerah = m["perangkat_daerah"]?.string
                case "rows":
                    guard p.peek() == UInt8(ascii: "[") else { _ = try p.value(depth: 1); rows = nil; deferred = nil; return }
                    if let kind {
                        if let (halves, end) = Self.rowsInHalves(p, kind: kind, types: types) {
                            rows = halves
                            p.i = end
                            return
                        }
                        var out: [Row] = []
                        try p.array { p in out.append(try row(&p, index: out.count, kind: kind)) }
                        rows = out
                    } else if case .array(let a) = try p.value(depth: 1) {
                        deferred = a
                    }
                default: _ = try p.value(depth: 1)
                }
            }
            try p.end()
            guard version == 1 else { throw DecodeError(description: "\"renja_model\": 1 is missing") }
            guard let kind else { throw DecodeError(description: "\"table\" is missing or not a known kind") }
            if let deferred {
                rows = try deferred.enumerated().map { i, r in try row(r, index: i, kind: kind) }
            }
            guard let rows else { throw DecodeError(description: "\"rows\" is missing") }
            return TableModel(table: kind, layout: layout ?? kind.rawValue, meta: meta, rows: rows)
        }

        /// A large model written by renja is read in two halves on two cores: its rows stand one
        /// per line (`,\n    {"kode": ` starts each), and a raw line break never occurs inside a JSON
        /// string, so the middle of the rows can be found by bytes. nil (read in one pass) for
        /// other documents, small ones, or any trouble in either half, whose message the one-pass
        /// read then gives with the right row number.
        static func rowsInHalves(_ p: JSONValue.Parser, kind: TableKind, types: @escaping (TableKind, String) -> ValueKind) -> ([Row], Int)? {
            let header = Array("{\n  \"renja_model\": 1,\n  \"table\": ".utf8), mark = Array(",\n    {\"kode\": ".utf8)
            let buf = p.buf
            guard buf.count - p.i >= 8 << 20, buf.count > header.count, header.indices.allSatisfy({ buf[$0] == header[$0] }) else { return nil }
            var split: Int? = nil
            var j = p.i + (buf.count - p.i) / 2
            while j + mark.count <= buf.count {
                if buf[j] == mark[0], mark.indices.allSatisfy({ buf[j + $0] == mark[$0] }) { split = j; break }
                j += 1
            }
            guard let split else { return nil }
            let work = HalvesWork(parser: p, split: split, kind: kind, types: types)
            DispatchQueue.concurrentPerform(iterations: 2) { work.run(half: $0) }
            guard let first = work.first, let second = work.second, let end = work.end else { return nil }
            return (first + second, end)
        }

        /// One row object, read member by member.
        mutating func row(_ p: inout JSONValue.Parser, index i: Int, kind: TableKind) throws -> Row {
            var kode = "", uraian = "", levelText: String? = nil
            // Values are typed once the row is read: a hand-written row may give its level last.
            var pending: [(key: String, number: DecimalNumber?, string: String?)] = []
            var source: SourceRef? = nil
            try p.object { p, key in
                switch key {
                case "kode": kode = try Self.text(&p) ?? ""
                case "uraian": uraian = p.peek() == UInt8(ascii: "\"") ? try p.string(sharing: &texts) : (try Self.text(&p) ?? "")
                case "level": levelText = try Self.text(&p)
                case "values":
                    guard p.peek() == UInt8(ascii: "{") else { try p.skip(depth: 2); return }
                    pending.removeAll()
                    try p.object { p, k in
                        switch p.peek() {
                        case UInt8(ascii: "\""): pending.append((k, nil, try p.string(sharing: &texts)))
                        case let b? where (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-"):
                            let bytes = try p.numberBytes()
                            guard let d = DecimalNumber(machineBytes: bytes) else {
                                throw DecodeError(description: "row \(i + 1): \(k) is not a number: \(String(decoding: bytes, as: UTF8.self))")
                            }
                            pending.append((k, d, nil))
                        default: try p.skip(depth: 3)
                        }
                    }
                case "source":
                    guard p.peek() == UInt8(ascii: "{") else { try p.skip(depth: 2); return }
                    var sheet: String? = nil, row: Int? = nil
                    try p.object { p, k in
                        switch k {
                        case "sheet": sheet = try Self.text(&p)
                        case "row": row = try p.value(depth: 3).int
                        default: try p.skip(depth: 3)
                        }
                    }
                    if let sheet, let row { source = SourceRef(sheet: sheet, row: row) }
                default: try p.skip(depth: 2)
                }
            }
            guard let levelText, let level = Level(rawValue: levelText) else {
                throw DecodeError(description: "row \(i + 1): unknown level \(levelText ?? "")")
            }
            var values = RowValues()
            values.reserveCapacity(pending.count)
            for v in pending {
                if let typedValue = try typed(v.key, number: v.number, string: v.string, level: level, kind: kind, row: i) { values[v.key] = typedValue }
            }
            return Row(kode: kode, level: level, uraian: uraian, values: values, source: source)
        }

        /// A string member read as it is; any other value is read past and gives nil.
        static func text(_ p: inout JSONValue.Parser) throws -> String? {
            if p.peek() == UInt8(ascii: "\"") { return try p.string() }
            return try p.value(depth: 3).string
        }

        /// A row given as a tree of values (the document named its table after its rows).
        mutating func row(_ r: JSONValue, index i: Int, kind: TableKind) throws -> Row {
            guard let levelText = r["level"]?.string, let level = Level(rawValue: levelText) else {
                throw DecodeError(description: "row \(i + 1): unknown level \(r["level"]?.string ?? "")")
            }
            var values = RowValues()
            if case .object(let vs)? = r["values"] {
                for (k, v) in vs {
                    let value: Value?
                    switch v {
                    case .string(let s): value = try typed(k, number: nil, string: s, level: level, kind: kind, row: i)
                    case .number(let n):
                        guard let d = DecimalNumber(machine: n) else { throw DecodeError(description: "row \(i + 1): \(k) is not a number: \(n)") }
                        value = try typed(k, number: d, string: nil, level: level, kind: kind, row: i)
                    default: value = nil
                    }
                    if let value { values[k] = value }
                }
            }
            var source: SourceRef? = nil
            if let s = r["source"], let sh = s["sheet"]?.string, let row = s["row"]?.int { source = SourceRef(sheet: sh, row: row) }
            return Row(kode: r["kode"]?.string ?? "", level: level, uraian: r["uraian"]?.string ?? "", values: values, source: source)
        }

        /// A value typed by its column key: money keys become rupiah, targets keep their text.
        mutating func typed(_ k: String, number d: DecimalNumber?, string s: String?, level: Level, kind: TableKind, row i: Int) throws -> Value? {
            let kindOfValue = kindOf[k] ?? types(kind, k)
            kindOf[k] = kindOfValue
            if let s {
                switch kindOfValue {
                case .target: return .target(Target.parse(s))
                // Footer labels, or a cell the sheet wrote as unreadable text: kept as text.
                case .money: return NumberText.parse(s, hint: .money).map { .rupiah($0.value.integerValue) } ?? .text(s)
                case .number: return NumberText.parse(s, hint: .decimal).map { .number($0.value) } ?? .text(s)
                case .text: return .text(s)
                }
            }
            guard let d else { return nil }
            switch kindOfValue {
            case .money: return level == .lain && d != DecimalNumber(d.integerValue) ? .number(d) : .rupiah(d.integerValue)
            // The encoder writes targets as text; a bare number under a K column is a footer's
            // average (a `lain` row), which the reader keeps as a number.
            case .target: return level == .lain ? .number(d) : .target(Target(text: d.description, number: d, unit: nil))
            case .number: return .number(d)
            case .text: return .text(d.description)
            }
        }
    }

    public enum ValueKind: Sendable { case money, number, target, text }
}

/// The two halves of a model's rows, read on two threads (see `rowsInHalves`). Each half has its
/// own decoder; the bytes are only read.
private final class HalvesWork: @unchecked Sendable {
    let parser: JSONValue.Parser
    let split: Int
    let kind: TableKind
    let types: (TableKind, String) -> ModelJSON.ValueKind
    // One property per half: the two threads never write the same storage.
    var first: [Row]?, second: [Row]?
    var end: Int?

    init(parser: JSONValue.Parser, split: Int, kind: TableKind, types: @escaping (TableKind, String) -> ModelJSON.ValueKind) {
        self.parser = parser
        self.split = split
        self.kind = kind
        self.types = types
    }

    func run(half: Int) {
        var decoder = ModelJSON.HalfDecoder(types: types)
        var q = parser
        var out: [Row] = []
        do {
            if half == 0 {
                // From `[` to the comma before the middle row.
                try q.expect(UInt8(ascii: "["))
                while true {
                    out.append(try decoder.row(&q, index: out.count, kind: kind))
                    q.skipSpace()
                    if q.i == split { break }
                    guard q.i < split, q.peek() == UInt8(ascii: ",") else { return }
                    q.i += 1
                }
            } else {
                // From the middle row to `]`.
                q.i = split + 1
                while true {
                    out.append(try decoder.row(&q, index: out.count, kind: kind))
                    guard let next = q.peek() else { return }
                    q.i += 1
                    if next == UInt8(ascii: ",") { continue }
                    if next == UInt8(ascii: "]") { break }
                    return
                }
                end = q.i
            }
            if half == 0 { first = out } else { second = out }
        } catch {
            return
        }
    }
}
