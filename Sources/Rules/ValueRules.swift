import Layouts
import RenjaModel

/// value.required, value.negative, value.exceeds, value.predikat and the plausibility warnings of
/// layouts.md §7.3 (fisik equal to keuangan, unit against indicator wording).
struct ValueRules {
    let v: Validator

    func run() -> [Finding] {
        var out: [Finding] = []
        let rows = v.model.rows
        // Looked up once, not per row: which keys are required at which level, which hold money.
        let required = v.spec.columns(of: v.spec.official).filter { !($0.required ?? []).isEmpty }
        // The required columns of each level, in column order (every row asks for its own).
        var requiredAt: [Level: [ColumnSpec]] = [:]
        for level in Level.allCases { requiredAt[level] = required.filter { ($0.required ?? []).contains(level.rawValue) } }
        let moneyKeys = v.spec.columns.filter { $0.type == .rupiah && $0.key != "sisa" }.map(\.key).sorted()
        // The keys of fisik per jenis belanja, made once rather than per row.
        let perJenis = ["pegawai", "barang_jasa", "modal"].map { (real: "realisasi_" + $0, pagu: "pagu_" + $0, fisik: "fisik_" + $0) }
        for i in rows.indices {
            // Read in place: a copy of the row would touch all its strings' reference counts.
            let level = rows[i].level, values = rows[i].values
            // Required cells.
            for c in requiredAt[level] ?? [] {
                // Printed once on the kegiatan for all its sub kegiatan (S2 prints lokasi there).
                if !values.hasValue(forKey: c.key), !inherited(c.key, row: i),
                   !(c.key == "sumber_dana" && (values["pagu"]?.rupiah ?? 0) == 0) {
                    out.append(v.finding("value.required", .error, row: i, key: c.key,
                        id: "\(v.label(c.key)) \(v.who(i)) kosong. Kolom ini wajib diisi untuk setiap \(level.nama).",
                        en: "\(v.label(c.key)) of \(v.who(i, english: true)) is empty. It is required for every \(level.nameEnglish)."))
                }
            }
            // Negative amounts (a negative quarter is the mark of cumulative figures typed as periodic).
            for key in moneyKeys {
                guard let x = values[key]?.rupiah, x < 0 else { continue }
                out.append(v.finding("value.negative", .error, row: i, key: key, actual: DecimalNumber(x),
                    id: "\(v.label(key)) \(v.who(i)) bernilai negatif (\(Rupiah.format(x))). Nilai triwulan negatif biasanya tanda realisasi kumulatif yang dicatat sebagai periodik; isi realisasi triwulan itu sendiri.",
                    en: "\(v.label(key)) of \(v.who(i, english: true)) is negative (\(Rupiah.format(x))). A negative quarter usually means cumulative realisation typed as periodic; enter the quarter's own amount."))
            }
            // Realisation above pagu or target.
            for (real, plan) in [("realisasi_rp", "target_rp"), ("realisasi", "pagu")] {
                if let a = values[real]?.rupiah, let b = values[plan]?.rupiah, b > 0, a > b {
                    out.append(v.finding("value.exceeds", .warning, row: i, key: real, expected: DecimalNumber(b), actual: DecimalNumber(a),
                        id: "Realisasi \(v.who(i)) (\(Rupiah.format(a))) melebihi pagu/targetnya (\(Rupiah.format(b))). Periksa angka realisasi atau pagunya.",
                        en: "The realisation of \(v.who(i, english: true)) (\(Rupiah.format(a))) exceeds its pagu/target (\(Rupiah.format(b))). Check the realisation or the pagu."))
                }
            }
            // Fisik equal to the financial percentage: usually copied, not measured. Overall, and per
            // jenis belanja where the sheet has them (S0: FISIK 96,34 = 52.600.000 / 54.600.000).
            func checkFisik(_ key: String, _ persen: DecimalNumber?) {
                guard let fisik = values[key]?.number, let persen, (fisik - persen).magnitude <= DecimalNumber(mantissa: 1, scale: 2), !(fisik == DecimalNumber(100)) else { return }
                out.append(v.finding("value.fisik", .warning, row: i, key: key, expected: nil, actual: fisik,
                    id: "Realisasi fisik \(v.who(i)) sama dengan persentase realisasi keuangannya (\(Rupiah.percent(fisik))). Realisasi fisik diukur dari kemajuan pekerjaan, bukan disalin dari persentase keuangan.",
                    en: "The physical realisation of \(v.who(i, english: true)) equals its financial percentage (\(Rupiah.percent(fisik, english: true))). Physical progress is measured, not copied from the financial ratio."))
            }
            checkFisik("fisik", values["persen"]?.number)
            for j in perJenis {
                if let real = values[j.real]?.rupiah, let pagu = values[j.pagu]?.rupiah, pagu > 0 {
                    checkFisik(j.fisik, DecimalNumber(real).divided(by: DecimalNumber(pagu), places: 10).map { ($0 * DecimalNumber(100)).rounded(2) })
                }
            }
            // Unit against wording: "Persentase …" measured in Dokumen.
            if case .text(let ind)? = values["indikator"], ind.hasPrefixIgnoringCase("persentase") || ind.hasPrefixIgnoringCase("prosentase"),
               case .text(let sat)? = values["satuan"], !["%", "persen", "persentase"].contains(normalizedLabel(sat)) {
                out.append(v.finding("value.satuan", .warning, row: i, key: "satuan",
                    id: "Indikator '\(ind.prefix(70))' pada \(v.who(i)) adalah persentase, tetapi satuannya '\(sat)'. Gunakan satuan % atau ubah rumusan indikatornya.",
                    en: "Indicator '\(ind.prefix(70))' of \(v.who(i, english: true)) is a percentage but its unit is '\(sat)'. Use % or reword the indicator."))
            }
        }
        out += predikat()
        return out
    }

    func inherited(_ key: String, row i: Int) -> Bool {
        var p = v.derivation.hierarchy.parent[i]
        while let j = p {
            if v.model.rows[j].values[key] != nil { return true }
            p = v.derivation.hierarchy.parent[j]
        }
        return false
    }

    /// A printed predikat that does not fit the average capaian printed above it (S3: 38,97 "Sangat Tinggi").
    func predikat() -> [Finding] {
        var out: [Finding] = []
        let rows = v.model.rows
        let bands = v.spec.predikatBands
        for i in rows.indices where rows[i].level == .lain && normalizedLabel(rows[i].uraian).hasPrefix("predikat") {
            let r = rows[i]
            guard let avgRow = rows[..<i].lastIndex(where: { $0.level == .lain && normalizedLabel($0.uraian).contains("rata") }) else { continue }
            for (key, value) in r.values.sorted(by: { $0.key < $1.key }) {
                guard case .text(let label) = value, let avg = rows[avgRow].values[key]?.number else { continue }
                let want = Derivation.predikat(avg, bands: bands)
                let accepted = bands.first { $0.label == want }?.wordings ?? [want]
                if !accepted.contains(where: { normalizedLabel($0) == normalizedLabel(label) }) {
                    out.append(v.finding("value.predikat", .error, row: i, key: key, expected: avg.rounded(2), actual: nil,
                        id: "\(r.uraian) di kolom \(v.label(key)): '\(label)' tidak sesuai dengan rata-rata capaian \(Rupiah.percent(avg)) di atasnya; menurut rentang predikat seharusnya '\(want)'. Perbaiki predikatnya.",
                        en: "\(r.uraian) in column \(v.label(key)): '\(label)' does not fit the average capaian \(Rupiah.percent(avg, english: true)) above it; by the bands it should be '\(want)'. Correct the predikat."))
                }
            }
        }
        return out
    }
}
