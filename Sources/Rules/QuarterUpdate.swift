import Foundation
import Layouts
import RenjaModel

/// One cell the update changes (or would change).
public struct CellChange: Sendable {
    public var row: Int
    public var key: String
    public var kode: String
    public var old: Value?
    public var new: Value
}

/// The quarter of every sub kegiatan filled from a realisation file, safely: periodic or
/// cumulative amounts, K by indicator type, matching by normalised kode (split/dotted, 2/4-digit,
/// X.XX) and indicator text. Any error (unknown kode, duplicate line, negative derived quarter,
/// conflicting existing value) means nothing is written.
public struct QuarterUpdate: Sendable {
    public var triwulan: Int
    public var cumulative: Bool
    public var overwrite: Bool
    public var file: String

    public init(triwulan: Int, cumulative: Bool, overwrite: Bool, file: String) {
        self.triwulan = triwulan
        self.cumulative = cumulative
        self.overwrite = overwrite
        self.file = file
    }

    public struct Outcome: Sendable {
        public var model: TableModel
        public var changes: [CellChange]
        public var findings: [Finding]
        public var updatedRows: Int
        public var unchangedRows: Int
        public var skippedRows: Int
        public var errors: Int { findings.filter { $0.severity == .error }.count }
    }

    /// Keys of the quarter's money, K and fisik cells for a kind.
    public static func keys(_ kind: TableKind, triwulan n: Int) -> (rp: String, k: String?, fisik: String?, previousRp: [String], previousK: [String])? {
        let prev = Array(1..<n)
        switch kind {
        case .evaluasi: return ("tw\(n)_rp", "tw\(n)_k", nil, prev.map { "tw\($0)_rp" }, prev.map { "tw\($0)_k" })
        case .realisasi: return ("realisasi_tw\(n)", nil, "fisik_tw\(n)", prev.map { "realisasi_tw\($0)" }, [])
        case .rencanaAksi: return ("anggaran_tw\(n)", "target_tw\(n)", nil, prev.map { "anggaran_tw\($0)" }, prev.map { "target_tw\($0)" })
        default: return nil
        }
    }

    static func matchKey(_ kode: String) -> String? {
        let t = kode.trimmedWhitespace
        if let k = Kode.parse(t) ?? Kode.parse(t.replacingOccurrences(of: " ", with: ".")) { return k.nomenclatureKey }
        return nil
    }

    public func apply(_ lines: [RealisasiLine], to model: TableModel, spec: TemplateSpec, workbookName: String) -> Outcome {
        var m = model
        var findings: [Finding] = []
        var changes: [CellChange] = []
        guard let keys = Self.keys(model.table, triwulan: triwulan) else {
            return Outcome(model: m, changes: [], findings: [], updatedRows: 0, unchangedRows: 0, skippedRows: 0)
        }
        let h = Hierarchy(rows: m.rows)
        // Leaf rows with a code: the sub kegiatan (or the deepest chain rows) the file fills.
        // A code may stand on several rows when the sheet repeats it (S3 prints 01.2.09.02 twice);
        // the file's indikator then says which one.
        var byKey: [String: [Int]] = [:]
        for (i, r) in m.rows.enumerated() where r.level.depth != nil && !h.isParent(i) {
            if let k = Self.matchKey(r.kode) { byKey[k, default: []].append(i) }
        }
        func wbCell(_ i: Int, _ key: String) -> String {
            "\(m.sourceColumns[key] ?? m.sourceColumns["kode"] ?? "A")\(m.rows[i].source?.row ?? i + 1)"
        }
        func err(_ line: RealisasiLine, _ row: Int?, _ key: String?, _ id: String, _ en: String) {
            findings.append(Finding(rule: "update", severity: .error, sheet: file, cell: "baris \(line.line)", kode: line.kode, column: key,
                                    message: "\(file) baris \(line.line): " + id, messageEnglish: "\(file) line \(line.line): " + en, row: row))
        }
        var seen: [String: Int] = [:]
        var touched = Set<Int>()
        var changedRows = Set<Int>()
        for line in lines {
            guard let key = Self.matchKey(line.kode) else {
                err(line, nil, "kode", "kode '\(line.kode)' bukan kode sub kegiatan yang sah.", "code '\(line.kode)' is not a valid sub kegiatan code.")
                continue
            }
            let dupKey = key + "|" + normalizedLabel(line.indikator ?? "")
            if let first = seen[dupKey] {
                err(line, nil, "kode", "kode \(line.kode) sudah ada di baris \(first); setiap sub kegiatan (dan indikator) hanya boleh satu baris.",
                    "code \(line.kode) already appears on line \(first); each sub kegiatan (and indicator) may have one line.")
                continue
            }
            seen[dupKey] = line.line
            guard let rowsOfKey = byKey[key], var i = rowsOfKey.first else {
                err(line, nil, "kode", "kode \(line.kode) tidak ada di \(workbookName). Periksa kodenya atau tambahkan sub kegiatan itu ke workbook.",
                    "code \(line.kode) is not in \(workbookName). Check the code or add the sub kegiatan to the workbook.")
                continue
            }
            let indikator = line.indikator.map(normalizedLabel) ?? ""
            if rowsOfKey.count > 1 && indikator.isEmpty {
                let cells = rowsOfKey.map { wbCell($0, "kode") }.joined(separator: ", ")
                err(line, i, "kode", "kode \(line.kode) ada \(rowsOfKey.count) kali di \(workbookName) (sel \(cells)); tambahkan kolom indikator agar jelas baris mana yang diisi.",
                    "code \(line.kode) appears \(rowsOfKey.count) times in \(workbookName) (cells \(cells)); add an indikator column to say which row to fill.")
                continue
            }
            // The row for K: the sub kegiatan or its indicator row whose text matches.
            var kRow = i
            if !indikator.isEmpty {
                let ind = indikator
                let candidates = rowsOfKey.flatMap { [$0] + (h.indicators[$0] ?? []) }
                if let hit = candidates.first(where: { m.rows[$0].values["indikator"].map { normalizedLabel($0.text) } == ind })
                    ?? candidates.first(where: { m.rows[$0].values["indikator"].map { normalizedLabel($0.text).contains(ind) || ind.contains(normalizedLabel($0.text)) } ?? false }) {
                    kRow = hit
                    i = rowsOfKey.last { $0 <= hit } ?? i
                } else {
                    err(line, i, "indikator", "indikator '\(line.indikator!)' tidak ada pada sub kegiatan \(m.rows[i].kode) di \(workbookName) (sel \(wbCell(i, "indikator"))).",
                        "indicator '\(line.indikator!)' is not under sub kegiatan \(m.rows[i].kode) in \(workbookName) (cell \(wbCell(i, "indikator"))).")
                    continue
                }
            }
            touched.insert(i)
            // Money of the quarter.
            if let rp = line.rp {
                var amount = rp
                if cumulative {
                    guard let before = Rupiah.sum(keys.previousRp.map { m.rows[i].values[$0]?.rupiah ?? 0 }),
                          let quarter = Rupiah.difference(rp, before) else {
                        err(line, i, keys.rp, "realisasi kumulatif \(Rupiah.format(rp)) dan triwulan sebelumnya di \(workbookName) (sel \(wbCell(i, keys.rp))) melampaui batas angka yang dapat dihitung. Periksa angkanya.",
                            "cumulative realisation \(Rupiah.format(rp)) and the earlier quarters in \(workbookName) (cell \(wbCell(i, keys.rp))) exceed the numbers that can be computed. Check the figures.")
                        continue
                    }
                    amount = quarter
                    if amount < 0 {
                        err(line, i, keys.rp, "realisasi kumulatif \(Rupiah.format(rp)) lebih kecil dari jumlah triwulan sebelumnya \(Rupiah.format(before)) di \(workbookName) (sel \(wbCell(i, keys.rp))); triwulan \(triwulan) akan negatif (\(Rupiah.format(amount))). Periksa apakah angkanya periodik (tanpa --kumulatif).",
                            "cumulative realisation \(Rupiah.format(rp)) is below the earlier quarters' total \(Rupiah.format(before)) in \(workbookName) (cell \(wbCell(i, keys.rp))); quarter \(triwulan) would be negative (\(Rupiah.format(amount))). Check whether the figures are periodic (without --kumulatif).")
                        continue
                    }
                } else if amount < 0 {
                    err(line, i, keys.rp, "realisasi triwulan \(triwulan) negatif (\(Rupiah.format(amount))).", "quarter \(triwulan) realisation is negative (\(Rupiah.format(amount))).")
                    continue
                }
                if set(&m, i, keys.rp, .rupiah(amount), line: line, cell: wbCell(i, keys.rp), changes: &changes, err: err) { changedRows.insert(i) }
            }
            // K of the quarter, by indicator type: counts add up, percentages are the latest value.
            if let k = line.k, let kKey = keys.k {
                var q = k
                let type = Derivation.indicatorType(row: m.rows[kRow], spec: spec)
                if cumulative && type == nil {
                    let before = keys.previousK.reduce(DecimalNumber.zero) { $0 + (m.rows[kRow].values[$1]?.number ?? .zero) }
                    q = k - before
                    if q.isNegative {
                        err(line, kRow, kKey, "realisasi K kumulatif \(k) lebih kecil dari triwulan sebelumnya (\(before)); triwulan \(triwulan) akan negatif.",
                            "cumulative K realisation \(k) is below the earlier quarters (\(before)); quarter \(triwulan) would be negative.")
                        continue
                    }
                }
                if set(&m, kRow, kKey, .target(Target(text: q.description, number: q, unit: nil)), line: line, cell: wbCell(kRow, kKey), changes: &changes, err: err) { changedRows.insert(kRow) }
            }
            if let f = line.fisik, let fKey = keys.fisik {
                if set(&m, i, fKey, .number(f), line: line, cell: wbCell(i, fKey), changes: &changes, err: err) { changedRows.insert(i) }
            }
            if let ket = line.keterangan, !ket.isEmpty, spec.column("keterangan") != nil {
                if set(&m, i, "keterangan", .text(ket), line: line, cell: wbCell(i, "keterangan"), changes: &changes, err: err) { changedRows.insert(i) }
            }
        }
        // Sub kegiatan of the workbook that the file does not mention.
        var skipped = 0
        for i in byKey.values.flatMap({ $0 }).sorted() where !touched.contains(i) && m.rows[i].level == .subkegiatan {
            skipped += 1
            let r = m.rows[i]
            findings.append(Finding(rule: "update.missing", severity: .warning, sheet: r.source?.sheet ?? workbookName, cell: wbCell(i, keys.rp), kode: r.kode, column: keys.rp,
                                    message: "Sub kegiatan \(r.kode) \(r.uraian.prefix(60)) tidak ada di \(file); triwulan \(triwulan)-nya tidak diubah.",
                                    messageEnglish: "Sub kegiatan \(r.kode) \(r.uraian.prefix(60)) is not in \(file); its quarter \(triwulan) was left as it was.", row: i))
        }
        let updated = changedRows.count
        return Outcome(model: m, changes: changes, findings: findings, updatedRows: updated,
                       unchangedRows: touched.subtracting(changedRows).count, skippedRows: skipped)
    }

    /// Sets a cell; an existing different value is a conflict unless --timpa. Returns true when changed.
    private func set(_ m: inout TableModel, _ i: Int, _ key: String, _ v: Value, line: RealisasiLine, cell: String,
                     changes: inout [CellChange], err: (RealisasiLine, Int?, String?, String, String) -> Void) -> Bool {
        let old = m.rows[i].values[key]
        if let old, Self.same(old, v) { return false }
        if let old, !overwrite, !(old.number?.isZero ?? false) {
            err(line, i, key, "sel \(cell) (\(key)) sudah berisi \(old.text), berbeda dari \(v.text). Gunakan --timpa untuk menimpa.",
                "cell \(cell) (\(key)) already holds \(old.text), different from \(v.text). Use --timpa to overwrite.")
            return false
        }
        m.rows[i].values[key] = v
        changes.append(CellChange(row: i, key: key, kode: m.rows[i].kode, old: old, new: v))
        return true
    }

    static func same(_ a: Value, _ b: Value) -> Bool {
        if let x = a.number, let y = b.number { return x == y }
        return a.text == b.text
    }
}
