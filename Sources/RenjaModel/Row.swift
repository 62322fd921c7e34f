/// Where a row came from in the input (contract §5 `source`).
public struct SourceRef: Sendable, Hashable {
    public var sheet: String
    /// 1-based row of the sheet, or line of a CSV file.
    public var row: Int

    public init(sheet: String, row: Int) {
        self.sheet = sheet
        self.row = row
    }
}

/// One row of a planning table: a urusan, bidang, program, kegiatan, sub kegiatan, rekening, an
/// indicator continuation, a total or another kept row.
public struct Row: Sendable, Hashable {
    /// Dotted code (`2.17.03.2.01.01`), or the text as written when it is not a valid code, or empty.
    public var kode: String {
        get { KodeText.text(storedKode) }
        set { storedKode = KodeText.stored(newValue) }
    }
    /// `kode` as kept (see `KodeText`): a 121,000-row model read from JSON held a string of its own
    /// for every sub kegiatan code, 7 MB beside the workbook being written.
    @usableFromInline var storedKode: String
    /// Declared before `level`, whose byte then sits in this text's spare one: a row stays 72 bytes.
    @usableFromInline var storedUraian: KeptText
    public var level: Level
    /// The name (nomenklatur) as written.
    public var uraian: String {
        get { storedUraian.string }
        set { storedUraian = .string(newValue) }
    }
    /// Column key (contract §2) -> value; only keys that have a value.
    public var values: RowValues
    public var source: SourceRef?

    public init(kode: String = "", level: Level, uraian: String, values: RowValues = [:], source: SourceRef? = nil) {
        self.storedKode = KodeText.stored(kode)
        self.storedUraian = .string(uraian)
        self.level = level
        self.values = values
        self.source = source
    }

    /// A row whose name a reader keeps in its `TextStore` (read back, `uraian` is the same text).
    public init(kode: String = "", level: Level, storedUraian: StoredText, values: RowValues = [:], source: SourceRef? = nil) {
        self.init(kode: kode, level: level, uraian: "", values: values, source: source)
        self.storedUraian = .stored(storedUraian)
    }

    public init(kode: String = "", level: Level, uraian: String, values: [String: Value], source: SourceRef? = nil) {
        self.init(kode: kode, level: level, uraian: uraian, values: RowValues(values), source: source)
    }

    public subscript(key: String) -> Value? {
        get { values[key] }
        set { values[key] = newValue }
    }

    // The code's three questions below are inlinable and hand on the stored code alone: asked of a
    // row in an array from another module, a plain property got a copy of the whole row (each of
    // its strings retained and released again), most of what perf saw of the Validator's setup
    // at 121,000 rows.

    /// Whether the row has a code (without making its text).
    @inlinable public var hasKode: Bool { !storedKode.isEmpty }

    /// The first two bytes of the code's text (nil past its end), without making the text.
    @inlinable public var kodeLead: (UInt8?, UInt8?) { Self.kodeLead(stored: storedKode) }

    /// The code parsed, nil when it is not one (a full sub kegiatan code without making its text).
    @inlinable public var parsedKode: Kode? { Self.parsedKode(stored: storedKode) }

    @usableFromInline static func kodeLead(stored: String) -> (UInt8?, UInt8?) {
        if KodeText.kode(stored) != nil { return (stored.utf8.dropFirst().first, 0x2E) }
        var u = KodeText.text(stored).utf8.makeIterator()
        return (u.next(), u.next())
    }

    @usableFromInline static func parsedKode(stored: String) -> Kode? {
        KodeText.kode(stored) ?? Kode.parse(KodeText.text(stored))
    }
}

/// A text kept as a string, or where a reader's `TextStore` keeps it. Equal and hashed as the
/// string it is.
public enum KeptText: Sendable, Hashable {
    case string(String)
    case stored(StoredText)

    /// The text (a stored one made a string anew).
    public var string: String {
        switch self {
        case .string(let s): s
        case .stored(let t): t.string
        }
    }

    public static func == (a: KeptText, b: KeptText) -> Bool {
        // The same bytes are the same string; other bytes may still be (canonical equivalence).
        if case .stored(let x) = a, case .stored(let y) = b, x == y { return true }
        return a.string == b.string
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(string) }
}

/// How a row keeps its code. A sub kegiatan code in its dotted digits (`2.17.03.2.01.0001`) is 17
/// characters, two more than a string holds inline; it is kept as its 12 digits after a zero
/// byte, inline, and made again when asked for. Any other text is kept as it is, except one that
/// itself starts with a zero byte, which gets one more before it (so it never reads as digits).
enum KodeText {
    static func stored(_ text: String) -> String {
        var bytes = text
        let kept = bytes.withUTF8 { b -> String? in
            if b.count == 17, b[0] >= 0x31, b[0] <= 0x39, b[1] == 0x2E, b[4] == 0x2E, b[7] == 0x2E, b[9] == 0x2E, b[12] == 0x2E {
                var digits: (UInt64, UInt64) = (0, 0)
                let packed: String? = withUnsafeMutableBytes(of: &digits) { out -> String? in
                    out[0] = 0
                    var n = 1
                    for i in 0..<17 where i != 1 && i != 4 && i != 7 && i != 9 && i != 12 {
                        guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                        out[n] = b[i]
                        n += 1
                    }
                    return String(decoding: UnsafeRawBufferPointer(rebasing: out[0..<13]), as: UTF8.self)
                }
                if let packed { return packed }
            }
            return b.first == 0 ? nil : text
        }
        return kept ?? "\u{0}" + text
    }

    static func text(_ stored: String) -> String {
        guard stored.utf8.first == 0 else { return stored }
        var stored = stored
        return stored.withUTF8 { b -> String in
            if b.count == 13, b[1] != 0 {
                return String(unsafeUninitializedCapacity: 17) { out in
                    var n = 0
                    for i in 1..<13 {
                        if i == 2 || i == 4 || i == 6 || i == 7 || i == 9 { out[n] = 0x2E; n += 1 }
                        out[n] = b[i]; n += 1
                    }
                    return n
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: b[1...]), as: UTF8.self)
        }
    }

    /// The code of a kept sub kegiatan code's digits; nil for any other text.
    static func kode(_ stored: String) -> Kode? {
        guard stored.utf8.first == 0 else { return nil }
        var stored = stored
        return stored.withUTF8 { b in b.count == 13 && b[1] != 0 ? Kode(subKegiatanDigits: UnsafeBufferPointer(rebasing: b[1...])) : nil }
    }
}

/// Document data printed in the title block.
public struct Meta: Sendable, Hashable {
    public var tahun: Int?
    public var pemda: String?
    public var perangkatDaerah: String?

    public init(tahun: Int? = nil, pemda: String? = nil, perangkatDaerah: String? = nil) {
        self.tahun = tahun
        self.pemda = pemda
        self.perangkatDaerah = perangkatDaerah
    }
}

/// One table of one kind: the model every reader produces and every writer consumes.
public struct TableModel: Sendable, Hashable {
    public var table: TableKind
    /// Id of the layout variant the reader recognised (`tc33`, `tc33-sipd`, ...).
    public var layout: String
    public var meta: Meta
    public var rows: [Row]
    /// Column key -> column letter(s) in the input sheet, so findings can name the input cell.
    public var sourceColumns: [String: String]

    public init(table: TableKind, layout: String, meta: Meta = Meta(), rows: [Row] = [], sourceColumns: [String: String] = [:]) {
        self.table = table
        self.layout = layout
        self.meta = meta
        self.rows = rows
        self.sourceColumns = sourceColumns
    }
}
