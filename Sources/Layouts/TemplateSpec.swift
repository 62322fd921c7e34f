import Foundation
import RenjaModel

/// One official table layout, decoded from `templates/<kind>.json` (format documented in
/// `templates/README.md`). Everything a layout is — titles, header cells, column keys, types,
/// widths, formulas, aggregation, known variants and the header wordings to recognise them — lives
/// in that data, so adding a variant needs no code.
public struct TemplateSpec: Codable, Sendable {
    public var format: Int
    public var kind: String
    public var code: String
    public var title: String
    public var source: String?
    public var sheet: String
    public var titleLines: [String]
    public var headerRows: Int
    /// False for tables that are plain lists (T-C.30, T-C.32): no hierarchy, no sums.
    public var hierarchy: Bool?
    public var totalLabel: String?
    /// Row names read as totals of the rows they head or close in this kind ("BELANJA LANGSUNG"
    /// over the programmes of an old-era realisation), besides Jumlah/Total.
    public var totalLabels: [String]?
    /// Row names read as headings (`lain`) with their amounts kept, never as chain rows
    /// ("BELANJA", "BELANJA TIDAK LANGSUNG").
    public var headingLabels: [String]?
    public var columns: [ColumnSpec]
    public var variants: [VariantSpec]
    public var indicatorTypes: [String: [String]]?
    public var footers: [FooterSpec]?
    public var predikat: [PredikatBand]?
    public var footerLabels: [String]?
    public var checks: [CheckSpec]?
    public var signatures: [SignatureSpec]?
    /// Column position by key, filled by the catalog after decoding (lookups happen per cell).
    public var columnIndex: [String: Int] = [:]

    enum CodingKeys: String, CodingKey {
        case format, kind, code, title, source, sheet
        case titleLines = "title_lines"
        case headerRows = "header_rows"
        case hierarchy
        case totalLabel = "total_label"
        case totalLabels = "total_labels"
        case headingLabels = "heading_labels"
        case columns, variants
        case indicatorTypes = "indicator_types"
        case footers, predikat
        case footerLabels = "footer_labels"
        case checks, signatures
    }

    public var tableKind: TableKind? { TableKind(rawValue: kind) }
    public var isHierarchical: Bool { hierarchy ?? true }

    /// The official layout is the first variant.
    public var official: VariantSpec { variants[0] }

    public func column(_ key: String) -> ColumnSpec? {
        if !columnIndex.isEmpty { return columnIndex[key].map { columns[$0] } }
        return columns.first { $0.key == key }
    }

    /// Builds `columnIndex` (the catalog calls it once per template).
    public mutating func indexColumns() {
        columnIndex = Dictionary(columns.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The columns of a variant, in its order.
    public func columns(of variant: VariantSpec) -> [ColumnSpec] {
        variant.keys.compactMap { column($0) }
    }

    public func variant(_ id: String) -> VariantSpec? { variants.first { $0.id == id } }

    /// Column keys written in the plain CSV and the JSON model, in order: the official columns then
    /// the ones only variants carry (contract §2), without `kode` and `uraian` which every row has.
    public var valueKeys: [String] {
        columns.map(\.key).filter { $0 != "kode" && $0 != "uraian" }
    }

    /// The predikat bands, highest first (layouts.md §5 by default).
    public var predikatBands: [PredikatBand] {
        predikat ?? [
            PredikatBand(min: 91, label: "Sangat Tinggi"), PredikatBand(min: 76, label: "Tinggi"),
            PredikatBand(min: 66, label: "Sedang"), PredikatBand(min: 51, label: "Rendah"),
            PredikatBand(min: nil, label: "Sangat Rendah"),
        ]
    }
}

/// What a column holds.
public enum ColumnType: String, Codable, Sendable {
    /// A nomenclature code (may be split over several physical columns in variants).
    case kode
    /// The name of the urusan, program, kegiatan or sub kegiatan.
    case uraian
    case text
    /// Whole rupiah, `#,##0`.
    case rupiah
    /// A percentage as a number (96.77), `0.00`.
    case percent
    /// A target or realisation of performance (K), kept as written.
    case target
    /// A plain number.
    case number
}

/// A class, not a struct: every cell read, checked or written consults its column, and a struct of
/// nine strings and arrays would be copied (retained and released field by field) each time. Its
/// fields are set when templates are loaded and only read afterwards: no runtime exclusivity
/// check on each read (two per cell of a 100,000-row sheet).
public final class ColumnSpec: Codable, @unchecked Sendable {
    @exclusivity(unchecked) public var key: String
    @exclusivity(unchecked) public var type: ColumnType
    /// Label in the column-number row (`8=(7/6)`); empty for none.
    @exclusivity(unchecked) public var number: String
    @exclusivity(unchecked) public var width: Double
    /// The header path, top to bottom (`["Rencana Tahun {tahun}", "Pagu Indikatif (Rp)"]`).
    @exclusivity(unchecked) public var header: [String]
    /// Wordings that identify the column when reading: lower case, `|` separates parts that must
    /// all appear in the column's header text (group and sub header together).
    @exclusivity(unchecked) public var aliases: [String]
    /// Excel number format overriding the type's default.
    @exclusivity(unchecked) public var format: String?
    /// Derived column: an expression over `{key}` references with + - * / ( ) and LAST(...).
    @exclusivity(unchecked) public var formula: String?
    /// Formulas that replace `formula` for an indicator type (`persentase`, `nilai_akhir`, ...).
    @exclusivity(unchecked) public var formulaByIndicator: [String: String]?
    /// Decimals the derived value is rounded to (percentages: 2).
    @exclusivity(unchecked) public var round: Int?
    /// `sum`: a parent row's value is the sum of its children's.
    @exclusivity(unchecked) public var aggregate: String?
    /// Levels at which an empty cell is an error (`value.required`).
    @exclusivity(unchecked) public var required: [String]?
    /// Carried only by some variants.
    @exclusivity(unchecked) public var optional: Bool?

    enum CodingKeys: String, CodingKey {
        case key, type, number, width, header, aliases, format, formula
        case formulaByIndicator = "formula_by_indicator"
        case round, aggregate, required, optional
    }

    public var isMoney: Bool { type == .rupiah }
    public var isDerived: Bool { formula != nil }
    public var aggregatesBySum: Bool { aggregate == "sum" }

    /// The default Excel number format of the column (Excel shows it in the user's locale).
    public var numberFormat: String? {
        if let format { return format }
        switch type {
        case .rupiah: return "#,##0"
        case .percent: return "0.00"
        case .number: return "#,##0.##"
        default: return nil
        }
    }
}

public struct VariantSpec: Codable, Sendable {
    public var id: String
    public var description: String
    /// The column keys in the variant's order.
    public var keys: [String]
    /// The column-number row as the variant prints it, when it differs from the official one.
    public var numberRow: [String]?
    /// Money columns whose header says thousands ("(Rp.000)", "(Ribuan)").
    public var thousands: [String]?
    /// Words the header of a column carries in this variant (`{"lokasi": "rencana"}`: Lokasi sits
    /// under the "Rencana Tahun n" group), to tell apart variants with the same columns.
    public var headerContains: [String: String]?

    enum CodingKeys: String, CodingKey {
        case id, description, keys
        case numberRow = "number_row"
        case thousands
        case headerContains = "header_contains"
    }
}

public struct FooterSpec: Codable, Sendable {
    /// `program` (after each program block) or `document` (once at the end).
    public var scope: String
    public var label: String
    /// `average` of the columns over rows of level `over`, or `predikat` of the preceding average.
    public var kind: String
    public var over: String?
    public var columns: [String]
    public var labelColumn: String
    public var round: Int?

    enum CodingKeys: String, CodingKey {
        case scope, label, kind, over, columns, round
        case labelColumn = "label_column"
    }
}

public struct PredikatBand: Codable, Sendable {
    /// Lower bound (inclusive) of the capaian in percent; nil for the lowest band.
    public var min: Double?
    public var label: String
    /// Other wordings of the same band seen in documents (an LKjIP's "Sangat Baik", S3's
    /// "Sangat Buruk"): accepted when reading, never written.
    public var aliases: [String]?

    public init(min: Double?, label: String, aliases: [String]? = nil) {
        self.min = min
        self.label = label
        self.aliases = aliases
    }

    /// The band's label and its aliases.
    public var wordings: [String] { [label] + (aliases ?? []) }
}

public struct CheckSpec: Codable, Sendable {
    public var rule: String
    public var left: String
    public var right: [String]
}

public struct SignatureSpec: Codable, Sendable {
    public var caption: String
    public var placeDate: String
    public var jabatan: String

    public init(caption: String, placeDate: String, jabatan: String) {
        self.caption = caption
        self.placeDate = placeDate
        self.jabatan = jabatan
    }

    enum CodingKeys: String, CodingKey {
        case caption
        case placeDate = "place_date"
        case jabatan
    }
}
