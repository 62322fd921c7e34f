import Foundation
import RenjaModel
import SheetIO

/// The realisation file of `renja update` (CSV or XLSX): at least `kode` and `realisasi_rp`,
/// optionally `indikator`, `realisasi_k`, `fisik`, `keterangan`, with header names matched
/// tolerantly; or a SIPD realisation export with cumulative months (`realisasi_bulan_1` … `_12`,
/// or month names), of which the quarter's last month is taken and marked cumulative.
public enum RealisasiFileReader {
    public struct Parsed: Sendable {
        public var lines: [RealisasiLine]
        /// True when the file itself says its amounts are cumulative (SIPD monthly columns, a
        /// "kumulatif" / "s.d." header).
        public var cumulative: Bool
        public var findings: [Finding]
    }

    public struct NoHeader: Error, Sendable {
        public var file: String
    }

    static let aliases: [(key: String, words: [String])] = [
        ("kode", ["kode sub kegiatan", "kode_sub_giat", "kode subkegiatan", "kode"]),
        ("indikator", ["indikator", "tolok ukur", "tolak ukur"]),
        ("realisasi_rp", ["realisasi_rp", "realisasi rp", "realisasi (rp)", "realisasi keuangan", "realisasi anggaran", "realisasi_anggaran", "realisasi", "nilai"]),
        ("realisasi_k", ["realisasi_k", "realisasi k", "realisasi kinerja", "capaian kinerja", "volume", "capaian"]),
        ("fisik", ["fisik", "realisasi fisik", "progres fisik"]),
        ("keterangan", ["keterangan", "catatan", "permasalahan"]),
    ]

    static let monthNames = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"]

    public static func read(_ workbook: Workbook, file: String, triwulan: Int) throws -> Parsed {
        guard let sheet = workbook.sheets.first(where: { !$0.isHidden }) ?? workbook.sheets.first else { throw NoHeader(file: file) }
        // The header row: the first row naming a kode column and an amount column.
        var header: SheetRow? = nil
        var columns: [String: Int] = [:]
        var monthColumn: Int? = nil
        var cumulative = false
        for r in sheet.rows.prefix(30) {
            var found: [String: Int] = [:]
            var month: Int? = nil
            for c in r.cells {
                let t = normalizedLabel(c.value.text)
                if t.isEmpty { continue }
                // SIPD monthly cumulative columns: realisasi_bulan_9 / "September".
                let lastMonth = triwulan * 3
                if t == "realisasi_bulan_\(lastMonth)" || t == "realisasi bulan \(lastMonth)" || t == monthNames[lastMonth - 1] { month = c.column }
                for (key, words) in aliases where found[key] == nil {
                    if words.contains(where: { t == $0 || (t.hasPrefix($0) && $0.count > 4) }) { found[key] = c.column; break }
                }
                if t.contains("kumulatif") || t.contains("s.d.") || t.contains("s/d") { cumulative = true }
            }
            if found["kode"] != nil && (found["realisasi_rp"] != nil || month != nil || found["realisasi_k"] != nil) {
                header = r
                columns = found
                monthColumn = month
                break
            }
            cumulative = false
        }
        guard let header else { throw NoHeader(file: file) }
        if let m = monthColumn { columns["realisasi_rp"] = m; cumulative = true }
        var lines: [RealisasiLine] = []
        var findings: [Finding] = []
        let kodeCol = columns["kode"]!
        for r in sheet.rows where r.index > header.index && !r.isEmpty {
            let kode = r.value(kodeCol).text.trimmedWhitespace
            if kode.isEmpty { continue }
            func money(_ key: String) -> Int64? {
                guard let c = columns[key] else { return nil }
                switch r.value(c) {
                case .number(let d): return d.integerValue
                case .text(let s):
                    if NumberText.isEmptyMarker(s) { return nil }
                    guard let p = NumberText.parse(s, hint: .money) else {
                        findings.append(Finding(rule: "value.number", severity: .error, sheet: sheet.name, cell: A1.cell(row: r.index, column: c), kode: kode, column: key,
                                                message: "\(file) baris \(r.index + 1): realisasi \(key) untuk kode \(kode) tertulis '\(s)', bukan angka. Tulis angkanya saja (mis. 15.750.000).",
                                                messageEnglish: "\(file) line \(r.index + 1): the \(key) realisation of code \(kode) reads '\(s)', which is not a number. Write the number only (e.g. 15,750,000)."))
                        return nil
                    }
                    return p.value.integerValue
                default: return nil
                }
            }
            func decimal(_ key: String) -> DecimalNumber? {
                guard let c = columns[key] else { return nil }
                switch r.value(c) {
                case .number(let d): return d
                case .text(let s): return NumberText.isEmptyMarker(s) ? nil : (NumberText.parse(s, hint: .decimal)?.value ?? Target.parse(s).number)
                default: return nil
                }
            }
            let ind = columns["indikator"].map { r.value($0).text.trimmedWhitespace }
            let ket = columns["keterangan"].map { r.value($0).text.trimmedWhitespace }
            lines.append(RealisasiLine(line: r.index + 1, kode: kode, indikator: ind?.isEmpty == true ? nil : ind, rp: money("realisasi_rp"),
                                       k: decimal("realisasi_k"), fisik: decimal("fisik"), keterangan: ket))
        }
        return Parsed(lines: lines, cumulative: cumulative, findings: findings)
    }
}
