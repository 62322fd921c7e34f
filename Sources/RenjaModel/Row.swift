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
    public var kode: String
    public var level: Level
    public var uraian: String
    /// Column key (contract §2) -> value; only keys that have a value.
    public var values: RowValues
    public var source: SourceRef?

    public init(kode: String = "", level: Level, uraian: String, values: RowValues = [:], source: SourceRef? = nil) {
        self.kode = kode
        self.level = level
        self.uraian = uraian
        self.values = values
        self.source = source
    }

    public init(kode: String = "", level: Level, uraian: String, values: [String: Value], source: SourceRef? = nil) {
        self.init(kode: kode, level: level, uraian: uraian, values: RowValues(values), source: source)
    }

    public subscript(key: String) -> Value? {
        get { values[key] }
        set { values[key] = newValue }
    }

    public var parsedKode: Kode? { Kode.parse(kode) }
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
