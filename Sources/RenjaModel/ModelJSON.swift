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
    /// value key is typed (money keys become rupiah, targets keep their text).
    public static func decode(_ data: Data, types: (TableKind, String) -> ValueKind) throws -> TableModel {
        let root: JSONValue
        do { root = try JSONValue.parse([UInt8](data)) } catch { throw DecodeError(description: "\(error)") }
        guard case .object = root else { throw DecodeError(description: "not a JSON object") }
        guard root["renja_model"]?.int == 1 else { throw DecodeError(description: "\"renja_model\": 1 is missing") }
        guard let t = root["table"]?.string, let kind = TableKind(rawValue: t) else {
            throw DecodeError(description: "\"table\" is missing or not a known kind")
        }
        let layout = root["layout"]?.string ?? kind.rawValue
        var meta = Meta()
        if let m = root["meta"] {
            meta.tahun = m["tahun"]?.int
            meta.pemda = m["pemda"]?.string
            meta.perangkatDaerah = m["perangkat_daerah"]?.string
        }
        guard case .array(let rows)? = root["rows"] else { throw DecodeError(description: "\"rows\" is missing") }
        var out: [Row] = []
        out.reserveCapacity(rows.count)
        var kindOf: [String: ValueKind] = [:]
        for (i, r) in rows.enumerated() {
            guard let levelText = r["level"]?.string, let level = Level(rawValue: levelText) else {
                throw DecodeError(description: "row \(i + 1): unknown level \(r["level"]?.string ?? "")")
            }
            var values: [String: Value] = [:]
            if case .object(let vs)? = r["values"] {
                for (k, v) in vs {
                    let kindOfValue = kindOf[k] ?? types(kind, k)
                    kindOf[k] = kindOfValue
                    switch v {
                    case .string(let s):
                        switch kindOfValue {
                        case .target: values[k] = .target(Target.parse(s))
                        // Footer labels, or a cell the sheet wrote as unreadable text: kept as text.
                        case .money: values[k] = NumberText.parse(s, hint: .money).map { .rupiah($0.value.integerValue) } ?? .text(s)
                        case .number: values[k] = NumberText.parse(s, hint: .decimal).map { .number($0.value) } ?? .text(s)
                        case .text: values[k] = .text(s)
                        }
                    case .number(let n):
                        guard let d = DecimalNumber(machine: n) else { throw DecodeError(description: "row \(i + 1): \(k) is not a number: \(n)") }
                        switch kindOfValue {
                        case .money: values[k] = level == .lain && d != DecimalNumber(d.integerValue) ? .number(d) : .rupiah(d.integerValue)
                        case .target: values[k] = .target(Target(text: d.description, number: d, unit: nil))
                        case .number: values[k] = .number(d)
                        case .text: values[k] = .text(d.description)
                        }
                    default: continue
                    }
                }
            }
            var source: SourceRef? = nil
            if let s = r["source"], let sh = s["sheet"]?.string, let row = s["row"]?.int {
                source = SourceRef(sheet: sh, row: row)
            }
            out.append(Row(kode: r["kode"]?.string ?? "", level: level, uraian: r["uraian"]?.string ?? "", values: values, source: source))
        }
        return TableModel(table: kind, layout: layout, meta: meta, rows: out)
    }

    public enum ValueKind: Sendable { case money, number, target, text }
}
