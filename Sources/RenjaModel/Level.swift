/// The level of a row in the planning hierarchy (contract §3).
public enum Level: String, CaseIterable, Sendable, Codable, Comparable {
    case urusan, bidang, program, kegiatan, subkegiatan, rekening
    /// A continuation row that adds one more indicator, target or amount to the row above it.
    case indikator
    /// A Jumlah / grand total row.
    case total
    /// Anything else kept: a sasaran heading, a Rata-rata capaian or Predikat footer row.
    case lain

    /// Depth in the Urusan > Bidang > Program > Kegiatan > Sub Kegiatan > Rekening chain; nil for
    /// rows that are not part of the chain.
    public var depth: Int? {
        switch self {
        case .urusan: 0
        case .bidang: 1
        case .program: 2
        case .kegiatan: 3
        case .subkegiatan: 4
        case .rekening: 5
        case .indikator, .total, .lain: nil
        }
    }

    public static func < (a: Level, b: Level) -> Bool { (a.depth ?? 99) < (b.depth ?? 99) }

    /// Indonesian name used in messages ("Pagu kegiatan ...").
    public var nama: String {
        switch self {
        case .urusan: "urusan"
        case .bidang: "bidang urusan"
        case .program: "program"
        case .kegiatan: "kegiatan"
        case .subkegiatan: "sub kegiatan"
        case .rekening: "rekening"
        case .indikator: "indikator"
        case .total: "jumlah"
        case .lain: "baris"
        }
    }

    public var nameEnglish: String {
        switch self {
        case .urusan: "urusan"
        case .bidang: "bidang urusan"
        case .program: "programme"
        case .kegiatan: "kegiatan (activity)"
        case .subkegiatan: "sub kegiatan"
        case .rekening: "account line"
        case .indikator: "indicator"
        case .total: "total"
        case .lain: "row"
        }
    }
}
