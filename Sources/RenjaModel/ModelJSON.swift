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
        let w = ByteWriter(capacity: (1 << 20) + (64 << 10))
        w.put("{\n  \"renja_model\": 1,\n  \"table\": "); w.quoted(m.table.rawValue)
        w.put(",\n  \"layout\": "); w.quoted(m.layout)
        w.put(",\n  \"meta\": {")
        var first = true
        func metaField(_ name: StaticString, _ body: (ByteWriter) -> Void) {
            if !first { w.put(", ") }
            first = false
            w.put("\""); w.put(name); w.put("\": ")
            body(w)
        }
        if let t = m.meta.tahun { metaField("tahun") { $0.put(t) } }
        if let p = m.meta.pemda { metaField("pemda") { $0.quoted(p) } }
        if let p = m.meta.perangkatDaerah { metaField("perangkat_daerah") { $0.quoted(p) } }
        w.put("},\n  \"rows\": [")
        var order = ValueOrder(keyOrder)
        var targets: [(String, Target)] = []
        for i in m.rows.indices {
            w.put(i == 0 ? "\n    " : ",\n    ")
            w.put("{\"kode\": "); w.quoted(m.rows[i].kode)
            w.put(", \"level\": "); w.quoted(m.rows[i].level.rawValue)
            w.put(", \"uraian\": ")
            switch m.rows[i].storedUraian {
            case .string(let s): w.quoted(s)
            case .stored(let t): t.withUTF8(w.quoted(bytes:))
            }
            w.put(", \"values\": {")
            targets.removeAll(keepingCapacity: true)
            let values = m.rows[i].values
            for (j, p) in order.positions(of: values).enumerated() {
                if j > 0 { w.put(", ") }
                if let bytes = values.storedBytes(position: p) {
                    w.quoted(values.keys[p]); w.put(": ")
                    w.quoted(bytes: bytes)
                    continue
                }
                let (k, value) = values[position: p]
                w.quoted(k); w.put(": ")
                switch value {
                case .text(let s): w.quoted(s)
                case .rupiah(let x): w.put(x)
                case .number(let d): w.put(d)
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
                    w.quoted(k); w.put(": {\"number\": "); w.put(t.number!)
                    if let u = t.unit { w.put(", \"unit\": "); w.quoted(u) }
                    w.put("}")
                }
                w.put("}")
            }
            if let s = m.rows[i].source { w.put(", \"source\": {\"sheet\": "); w.quoted(s.sheet); w.put(", \"row\": "); w.put(s.row); w.put("}") }
            w.put("}")
            if w.count >= 1 << 20 { try w.flush(sink) }
        }
        w.put(m.rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        try w.flush(sink)
    }

    /// The order a row's values are written in: the kind's keys in their order, then any other
    /// key by name. Rows of one level set the same keys in the same order row after row, so the
    /// orders of the last few key lists are kept and reused when a row's keys are one of them
    /// (compared as identical strings first, which is what keys taken from one layout are): no
    /// lookup by name per value.
    struct ValueOrder {
        let rank: [String: Int]
        var known: [(keys: [String], positions: [Int])] = []
        var next = 0

        init(_ keyOrder: [String]) {
            var rank: [String: Int] = [:]
            for (i, k) in keyOrder.enumerated() where rank[k] == nil { rank[k] = i }
            self.rank = rank
        }

        /// Positions of `values`' pairs (RowValues `position:`), in writing order.
        mutating func positions(of values: RowValues) -> [Int] {
            for e in known where values.hasKeys(e.keys) { return e.positions }
            let keys = values.keys
            let rank = self.rank
            let positions = keys.indices.sorted { a, b in
                let ra = rank[keys[a]] ?? Int.max, rb = rank[keys[b]] ?? Int.max
                return ra != rb ? ra < rb : keys[a] < keys[b]
            }
            if known.count < 8 { known.append((keys, positions)) } else { known[next] = (keys, positions); next = (next + 1) % 8 }
            return positions
        }
    }

    /// Bytes gathered for the sink: copies into one buffer of its own, with no per-append
    /// bookkeeping of a Swift array (a 120,000-row model is 60 MB of JSON, most of it appended a
    /// few bytes at a time).
    final class ByteWriter {
        // One thread owns the writer: no exclusivity check per byte.
        @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
        @exclusivity(unchecked) private var capacity: Int
        /// Bytes waiting for the sink.
        @exclusivity(unchecked) private(set) var count = 0

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }
        deinit { base.deallocate() }

        @inline(__always) private func append(_ p: UnsafeRawPointer, _ n: Int) {
            if count + n > capacity { grow(n) }
            (base + count).update(from: p.assumingMemoryBound(to: UInt8.self), count: n)
            count += n
        }
        @inline(__always) func byte(_ b: UInt8) {
            if count == capacity { grow(1) }
            base[count] = b
            count += 1
        }
        /// Room for `n` more bytes. The writer is flushed at 1 MiB and holds a little more, so
        /// only one very long text (a cell holds up to 32,767 characters) gets here.
        private func grow(_ n: Int) {
            let larger = max(capacity * 2, count + n)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            moved.update(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = larger
        }

        func put(_ s: StaticString) { append(s.utf8Start, s.utf8CodeUnitCount) }
        func put(_ s: String) {
            // Read in place (no copy of the string, no reference count touched) when it is native.
            if s.utf8.withContiguousStorageIfAvailable({ put(bytes: $0) }) != nil { return }
            var s = s
            s.withUTF8 { put(bytes: $0) }
        }
        private func put(bytes u: UnsafeBufferPointer<UInt8>) {
            if let b = u.baseAddress { append(b, u.count) }
        }
        /// An integer in decimal, without making a String.
        func put(_ n: Int) {
            if n < 0 { byte(0x2D) }
            var m = n.magnitude
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
            withUnsafeMutableBytes(of: &digits) { d in
                var at = 24
                repeat { at -= 1; d[at] = UInt8(48 + m % 10); m /= 10 } while m > 0
                append(d.baseAddress! + at, 24 - at)
            }
        }
        func put(_ n: Int64) { put(Int(n)) }
        /// A decimal in machine notation (`-1234.5`, as `DecimalNumber.description`), without making a String.
        func put(_ d: DecimalNumber) {
            let n = d.normalized
            if n.scale == 0 { put(n.mantissa); return }
            if n.mantissa < 0 { byte(0x2D) }
            var m = n.mantissa.magnitude
            let scale = Int(n.scale)
            var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // 32 bytes: 20 digits, a point, leading zeros
            withUnsafeMutableBytes(of: &digits) { d in
                var at = 32, written = 0
                repeat {
                    if written == scale { at -= 1; d[at] = 0x2E }
                    at -= 1; d[at] = UInt8(48 + m % 10); m /= 10; written += 1
                } while m > 0 || written <= scale
                append(d.baseAddress! + at, 32 - at)
            }
        }
        /// A JSON string literal; most text needs no escape and is copied as it is.
        func quoted(_ s: String) {
            // Read in place (no copy of the string, no reference count touched) when it is native.
            if s.utf8.withContiguousStorageIfAvailable({ quoted(bytes: $0) }) != nil { return }
            var s = s
            s.withUTF8 { quoted(bytes: $0) }
        }
        func quoted(bytes u: UnsafeBufferPointer<UInt8>) {
            byte(0x22)
            if !ModelJSON.needsEscape(u) {
                if let b = u.baseAddress { append(b, u.count) }
            } else {
                let q = ModelJSON.quote(String(decoding: u, as: UTF8.self))
                var inner = String(q.utf8.dropFirst().dropLast())!
                inner.withUTF8 { i in if let b = i.baseAddress { append(b, i.count) } }
            }
            byte(0x22)
        }
        func flush(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
            try sink(UnsafeBufferPointer(start: base, count: count))
            count = 0
        }
    }

    /// Whether a text needs an escape in JSON: a control byte, a quote or a backslash. Looked for
    /// eight bytes at a time (each test exact for "is there such a byte"), since every text of a
    /// model passes here and nearly none has one.
    static func needsEscape(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = u.baseAddress else { return false }
        var i = 0
        while i + 8 <= u.count {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if ByteWord.containsBelow(w, 0x20) || ByteWord.contains(w, 0x22) || ByteWord.contains(w, 0x5C) { return true }
            i += 8
        }
        while i < u.count {
            let c = base[i]
            if c < 0x20 || c == 0x22 || c == 0x5C { return true }
            i += 1
        }
        return false
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
        /// The kind of each key met so far: a dozen keys, found by length then text (a row's keys
        /// are the same texts row after row), without hashing every value's key.
        var kinds: [(key: String, kind: ValueKind)] = []

        var pendingScratch: [(key: String, slot: Int, number: DecimalNumber?, string: String?)] = []
        /// The rows' values, their keys' shapes found among the last rows'.
        var valuesBuilder = RowValues.Builder()

        /// Value keys met so far, with their kind once known: a row's keys are the same few,
        /// compared as bytes. At most 64 (no table has that many columns): a document of a
        /// million made-up keys stays linear, its other keys being read as they come.
        var keyTexts: [(bytes: [UInt8], text: String, kind: ValueKind?)] = []

        /// The slot in `keyTexts` of a key given as bytes, or -1 when the slots are all taken.
        mutating func keySlot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            for j in keyTexts.indices where keyTexts[j].bytes.count == bytes.count {
                if bytes.isEmpty || keyTexts[j].bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { return j }
            }
            guard keyTexts.count < 64 else { return -1 }
            keyTexts.append((Array(bytes), String(decoding: bytes, as: UTF8.self), nil))
            return keyTexts.count - 1
        }

        /// The levels by the bytes of their names, made once.
        static let levels: [(name: [UInt8], level: Level)] = Level.allCases.map { (Array($0.rawValue.utf8), $0) }

        /// Whether a member's key is `name`.
        static func key(_ k: UnsafeBufferPointer<UInt8>, is name: StaticString) -> Bool {
            guard k.count == name.utf8CodeUnitCount else { return false }
            for j in 0..<k.count where k[j] != name.utf8Start[j] { return false }
            return true
        }

        mutating func kindOfKey(_ k: String, kind: TableKind) -> ValueKind {
            let n = k.utf8.count
            for i in kinds.indices where kinds[i].key.utf8.count == n && kinds[i].key == k { return kinds[i].kind }
            let found = types(kind, k)
            kinds.append((k, found))
            return found
        }
        /// Names and values repeated from row to row, kept once.
        var texts = SharedTexts()
        /// Where the rows go as they are read, when the document is streamed (`ModelStream`).
        var sink: ModelStream? = nil

        init(types: @escaping (TableKind, String) -> ValueKind) { self.types = types }

        mutating func document(_ parser: JSONValue.Parser) throws -> TableModel {
            var p = parser
            var version: Int? = nil, kind: TableKind? = nil, tableText: String? = nil, layout: String? = nil
            var meta = Meta()
            var rows: [Row]? = nil
            var deferred: [JSONValue]? = nil
            // A member given twice ("rows" twice, say) leaves the model in doubt: refused, rather
            // than one of them silently kept.
            var given: Set<String> = []
            try p.object { p, key in
                guard given.insert(key).inserted else { throw DecodeError(description: "\"\(key)\" is given twice") }
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
                        if let sink, version == 1 {
                            // What the rows need (their kind, and the title block's meta) is known:
                            // they are handed on in chunks as they are read.
                            sink.begin(TableModel(table: kind, layout: layout ?? kind.rawValue, meta: meta))
                            var chunk: [Row] = []
                            chunk.reserveCapacity(ModelStream.chunkSize)
                            var n = 0
                            try p.array { p in
                                chunk.append(try row(&p, index: n, kind: kind))
                                n += 1
                                if chunk.count == ModelStream.chunkSize {
                                    sink.publish(chunk, consumed: p.i)
                                    chunk = []
                                    chunk.reserveCapacity(ModelStream.chunkSize)
                                }
                            }
                            if !chunk.isEmpty { sink.publish(chunk, consumed: p.i) }
                            rows = []
                            return
                        }
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
            let mark = Array(",\n    {\"kode\": ".utf8)
            let buf = p.buf
            guard buf.count - p.i >= 8 << 20, isWrittenByRenja(buf) else { return nil }
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

        /// Whether a document begins as renja writes its models: the version, then the table.
        static func isWrittenByRenja(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
            let header = "{\n  \"renja_model\": 1,\n  \"table\": ".utf8
            return buf.count > header.count && zip(buf, header).allSatisfy { $0 == $1 }
        }

        /// One row object, read member by member.
        mutating func row(_ p: inout JSONValue.Parser, index i: Int, kind: TableKind) throws -> Row {
            var kode = "", uraian = "", levelText: String? = nil, levelRead: Level? = nil
            // Values are typed once the row is read: a hand-written row may give its level last.
            // The scratch list of the rows before, its room kept (one allocation per row less).
            var pending: [(key: String, slot: Int, number: DecimalNumber?, string: String?)] = []
            swap(&pending, &pendingScratch)
            pending.removeAll(keepingCapacity: true)
            defer { swap(&pending, &pendingScratch) }
            var source: SourceRef? = nil
            try p.object(rawKeys: { p, key in
                if Self.key(key, is: "kode") {
                    kode = try Self.text(&p) ?? ""
                } else if Self.key(key, is: "uraian") {
                    uraian = p.peek() == UInt8(ascii: "\"") ? try p.string(sharing: &texts) : (try Self.text(&p) ?? "")
                } else if Self.key(key, is: "level") {
                    // A level's name is matched on its bytes (no String for it).
                    if let bytes = p.plainStringBytes() {
                        levelRead = Self.levels.first { $0.name.count == bytes.count && $0.name.elementsEqual(bytes) }?.level
                        levelText = levelRead == nil ? String(decoding: bytes, as: UTF8.self) : nil
                    } else {
                        levelText = try Self.text(&p)
                        levelRead = nil
                    }
                } else if Self.key(key, is: "values") {
                    guard p.peek() == UInt8(ascii: "{") else { try p.skip(depth: 2); return }
                    pending.removeAll(keepingCapacity: true)
                    try p.object(rawKeys: { p, keyBytes in
                        let slot = keySlot(keyBytes)
                        let k = slot >= 0 ? keyTexts[slot].text : String(decoding: keyBytes, as: UTF8.self)
                        switch p.peek() {
                        case UInt8(ascii: "\""): pending.append((k, slot, nil, try p.string(sharing: &texts)))
                        case let b? where (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-"):
                            let bytes = try p.numberBytes()
                            guard let d = DecimalNumber(machineBytes: bytes) else {
                                throw DecodeError(description: "row \(i + 1): \(k) is not a number: \(String(decoding: bytes, as: UTF8.self))")
                            }
                            pending.append((k, slot, d, nil))
                        default: try p.skip(depth: 3)
                        }
                    })
                } else if Self.key(key, is: "source") {
                    guard p.peek() == UInt8(ascii: "{") else { try p.skip(depth: 2); return }
                    var sheet: String? = nil, row: Int? = nil
                    try p.object(rawKeys: { p, k in
                        if Self.key(k, is: "sheet") {
                            sheet = try Self.text(&p)
                        } else if Self.key(k, is: "row") {
                            row = try p.value(depth: 3).int
                        } else {
                            try p.skip(depth: 3)
                        }
                    })
                    if let sheet, let row { source = SourceRef(sheet: sheet, row: row) }
                } else {
                    try p.skip(depth: 2)
                }
            })
            guard let level = levelRead ?? levelText.flatMap(Level.init(rawValue:)) else {
                throw DecodeError(description: "row \(i + 1): unknown level \(levelText ?? "")")
            }
            for v in pending {
                let kindOfValue: ValueKind
                if v.slot >= 0, let known = keyTexts[v.slot].kind {
                    kindOfValue = known
                } else {
                    kindOfValue = kindOfKey(v.key, kind: kind)
                    if v.slot >= 0 { keyTexts[v.slot].kind = kindOfValue }
                }
                if let typedValue = typed(kindOfValue, number: v.number, string: v.string, level: level) { valuesBuilder.append(v.key, typedValue) }
            }
            return Row(kode: kode, level: level, uraian: uraian, values: valuesBuilder.make(), source: source)
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
            typed(kindOfKey(k, kind: kind), number: d, string: s, level: level)
        }

        /// Targets already read, by their text: a model repeats "100 %" or "12 Dokumen" row after
        /// row, and one read (one `Target` and, for "96,5 %", a full number parse) serves them all. At most
        /// `Target.sharingLimit` are kept.
        var targetValues: [String: Value] = [:]

        mutating func typed(_ kindOfValue: ValueKind, number d: DecimalNumber?, string s: String?, level: Level) -> Value? {
            if let s {
                switch kindOfValue {
                case .target:
                    if let known = targetValues[s] { return known }
                    let v = Value.target(Target.parse(s))
                    if targetValues.count < Target.sharingLimit { targetValues[s] = v }
                    return v
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
