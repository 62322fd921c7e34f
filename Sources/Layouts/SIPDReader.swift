import Foundation
import RenjaModel
import SheetIO

/// A SIPD RI Renja export (layouts.md §3.11) read as the `tc33` variant `tc33-sipd`: one record per
/// sub kegiatan, with its urusan, bidang, program and kegiatan repeated on each record. The
/// hierarchy is rebuilt from the codes; parent pagu are recomputed from the records (SIPD's own
/// `total_pagu_*` fields are not trusted, they sometimes disagree with the rows).
public enum SIPDReader {
    public struct NotSIPD: Error {}

    /// Reads the JSON export: an array of records (or an object holding one under `data`).
    public static func read(json data: Data, file: String) throws -> ReadResult {
        let any = try JSONSerialization.jsonObject(with: data)
        let list: [[String: Any]]
        if let a = any as? [[String: Any]] { list = a } else if let o = any as? [String: Any], let a = o["data"] as? [[String: Any]] { list = a } else { throw NotSIPD() }
        guard let first = list.first, first["kode_sub_giat"] != nil else { throw NotSIPD() }
        let records = list.map { rec in rec.mapValues { v -> String in
            if let s = v as? String { return s }
            if let n = v as? NSNumber { return n.stringValue }
            return ""
        } }
        return build(records, sheet: (file as NSString).lastPathComponent, rowOffset: 0)
    }

    /// True when a header row carries SIPD's own field names.
    public static func isSIPDHeader(_ names: [String]) -> Bool {
        let set = Set(names.map { normalizedLabel($0) })
        return set.contains("kode_sub_giat") && set.contains("nama_sub_giat")
    }

    /// Reads a flat sheet whose first non-empty row holds SIPD field names.
    public static func read(sheet: Sheet) -> ReadResult? {
        guard let header = sheet.rows.first(where: { !$0.isEmpty }) else { return nil }
        var names: [Int: String] = [:]
        for c in header.cells { names[c.column] = normalizedLabel(c.value.text) }
        guard isSIPDHeader(Array(names.values)) else { return nil }
        var records: [[String: String]] = []
        for r in sheet.rows where r.index > header.index && !r.isEmpty {
            var rec: [String: String] = ["_row": String(r.index + 1)]
            for c in r.cells { if let n = names[c.column] { rec[n] = c.value.text } }
            records.append(rec)
        }
        return build(records, sheet: sheet.name, rowOffset: 0)
    }

    static func build(_ records: [[String: String]], sheet: String, rowOffset: Int) -> ReadResult {
        var rows: [Row] = []
        let findings: [Finding] = []
        var index: [String: Int] = [:]  // kode of a parent -> its row
        var meta = Meta()
        func money(_ s: String?) -> Int64? {
            guard let s, !s.isEmpty else { return nil }
            return NumberText.parse(s, hint: .money, notation: .english)?.value.integerValue
        }
        func addParent(_ kode: String?, _ name: String?, _ level: Level, indikator: String? = nil, target: String? = nil) {
            guard let kode, !kode.isEmpty, index[kode] == nil else { return }
            var values = RowValues()
            if let i = indikator?.trimmedWhitespace, !i.isEmpty { values["indikator"] = .text(i) }
            if let t = target?.trimmedWhitespace, !t.isEmpty { values["target"] = .target(Target.parse(t)) }
            index[kode] = rows.count
            rows.append(Row(kode: kode, level: level, uraian: (name ?? "").trimmedWhitespace, values: values, source: SourceRef(sheet: sheet, row: 0)))
        }
        for (i, rec) in records.enumerated() {
            let line = Int(rec["_row"] ?? "") ?? (i + 1)
            if meta.tahun == nil, let t = Int(rec["tahun"] ?? "") { meta.tahun = t }
            if meta.perangkatDaerah == nil, let n = rec["nama_skpd"], !n.isEmpty { meta.perangkatDaerah = n }
            addParent(rec["kode_urusan"], rec["nama_urusan"], .urusan)
            addParent(rec["kode_bidang_urusan"], rec["nama_bidang_urusan"], .bidang)
            addParent(rec["kode_program"], rec["nama_program"], .program, indikator: rec["indikator_outcome"] ?? rec["outcome"], target: rec["target_akhir"])
            addParent(rec["kode_giat"], rec["nama_giat"], .kegiatan, indikator: rec["tolok_ukur_sub"], target: rec["target_sub_teks"])
            guard let kode = rec["kode_sub_giat"], !kode.isEmpty else { continue }
            // Several indicators of one record are joined with newlines: the first stays on the
            // sub kegiatan row, the others become indicator rows below it.
            let indikators = (rec["tolak_ukur_output"] ?? rec["tolak_ukur_n"] ?? "").split(separator: "\n").map { $0.trimmedWhitespace }
            let targets = (rec["target_teks_output"] ?? rec["target_teks_n"] ?? "").split(separator: "\n").map { $0.trimmedWhitespace }
            var values = RowValues()
            if let x = indikators.first, !x.isEmpty { values["indikator"] = .text(x) }
            if let x = targets.first, !x.isEmpty { values["target"] = .target(Target.parse(x)) }
            if let l = rec["lokasi_bl"], !l.isEmpty { values["lokasi"] = .text(l) }
            if let p = money(rec["pagu_indikatif"] ?? rec["pagu"]) { values["pagu"] = .rupiah(p) }
            if let d = rec["nama_dana"], !d.isEmpty { values["sumber_dana"] = .text(d) }
            if let k = rec["kelompok_sasaran"], !k.isEmpty { values["kelompok_sasaran"] = .text(k) }
            if let p = money(rec["pagu_n_depan"]) { values["pagu_n1"] = .rupiah(p) }
            if let t = rec["target_maju_1"] ?? rec["target_teks_n_depan"], !t.isEmpty { values["target_n1"] = .target(Target.parse(t)) }
            rows.append(Row(kode: kode, level: .subkegiatan, uraian: (rec["nama_sub_giat"] ?? "").trimmedWhitespace, values: values, source: SourceRef(sheet: sheet, row: line)))
            for j in 1..<max(indikators.count, targets.count, 1) {
                var v = RowValues()
                if j < indikators.count, !indikators[j].isEmpty { v["indikator"] = .text(indikators[j]) }
                if j < targets.count, !targets[j].isEmpty { v["target"] = .target(Target.parse(targets[j])) }
                if !v.isEmpty { rows.append(Row(kode: "", level: .indikator, uraian: "", values: v, source: SourceRef(sheet: sheet, row: line))) }
            }
            _ = findings
        }
        // Parents carry the sums of their sub kegiatan, as SIPD's own print does.
        for key in ["pagu", "pagu_n1"] {
            // nil: a sum past what 64 bits hold (the parent keeps what the export says).
            var sums: [String: Int64?] = [:]
            for r in rows where r.level == .subkegiatan {
                guard let v = r.values[key]?.rupiah, let k = r.parsedKode else { continue }
                var p = k.parent
                while let pk = p {
                    sums[pk.description, default: 0] = sums[pk.description, default: 0].flatMap { Rupiah.add($0, v) }
                    p = pk.parent
                }
            }
            for (k, i) in index { if let s = sums[k] ?? nil { rows[i].values[key] = .rupiah(s) } }
        }
        // Sources of parent rows point at their first record.
        for i in rows.indices where rows[i].source?.row == 0 {
            rows[i].source = rows[(i + 1)...].first { $0.source?.row ?? 0 > 0 }?.source ?? SourceRef(sheet: sheet, row: 1)
        }
        let model = TableModel(table: .tc33, layout: "tc33-sipd", meta: meta, rows: rows,
                               sourceColumns: ["pagu": "pagu_indikatif", "pagu_n1": "pagu_n_depan", "indikator": "tolak_ukur_output", "target": "target_teks_output"])
        return ReadResult(model: model, findings: findings)
    }
}
