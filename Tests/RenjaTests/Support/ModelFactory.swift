import Foundation
import RenjaModel

/// Deterministic models of each kind for round-trip and recalculation tests (a small LCG, so runs
/// are repeatable), consistent by construction: parents are not given, the writer sums them.
struct ModelFactory {
    var seed: UInt64
    init(seed: UInt64 = 42) { self.seed = seed }

    mutating func next(_ n: Int64) -> Int64 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int64((seed >> 33) % UInt64(n))
    }

    /// T-C.33: programs > kegiatan > sub kegiatan, pagu only on sub kegiatan, then a Jumlah row.
    mutating func tc33(programs: Int = 3, kegiatan: Int = 2, subs: Int = 3) -> TableModel {
        var rows: [Row] = [Row(kode: "2.17", level: .bidang, uraian: "URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH")]
        for p in 1...programs {
            let pk = String(format: "2.17.%02d", p)
            rows.append(Row(kode: pk, level: .program, uraian: "PROGRAM \(p) =dengan tanda sama dengan", values: ["indikator": .text("Persentase capaian \(p)")]))
            for k in 1...kegiatan {
                let kk = pk + String(format: ".2.%02d", k)
                rows.append(Row(kode: kk, level: .kegiatan, uraian: "Kegiatan \(p).\(k)"))
                for s in 1...subs {
                    let pagu = (next(50_000) + 1) * 1000 + next(1000)
                    rows.append(Row(kode: kk + String(format: ".%04d", s), level: .subkegiatan, uraian: "Sub kegiatan \(p).\(k).\(s)", values: [
                        "indikator": .text("Jumlah dokumen \(s)"), "lokasi": .text("Kab. Contoh"),
                        "target": .target(Target.parse("\(s + 1) Dokumen")), "pagu": .rupiah(pagu), "sumber_dana": .text("DAU"),
                        "target_n1": .target(Target.parse("\(s + 2) Dokumen")), "pagu_n1": .rupiah(pagu / 10 * 11)]))
                }
            }
        }
        rows.append(Row(level: .total, uraian: "Jumlah"))
        return TableModel(table: .tc33, layout: "tc33", meta: Meta(tahun: 2024, pemda: "Kabupaten Contoh", perangkatDaerah: "Dinas Koperasi"), rows: rows)
    }

    /// Evaluasi: two programs, sub kegiatan with count and percentage indicators, quarters 1-3.
    mutating func evaluasi() -> TableModel {
        var rows: [Row] = []
        for p in 1...2 {
            let pk = String(format: "2.17.%02d", p)
            rows.append(Row(kode: pk, level: .program, uraian: "PROGRAM \(p)"))
            rows.append(Row(kode: pk + ".2.01", level: .kegiatan, uraian: "Kegiatan \(p)"))
            for s in 1...3 {
                let percent = s == 2
                let target = next(90) + 10
                var v: [String: Value] = [
                    "indikator": .text(percent ? "Persentase layanan \(s)" : "Jumlah laporan \(s)"),
                    "satuan": .text(percent ? "%" : "Laporan"),
                    "target_renstra_k": .target(Target.parse(String(target * (percent ? 1 : 5)))),
                    "target_renstra_rp": .rupiah((next(900) + 100) * 1_000_000),
                    "realisasi_lalu_k": .target(Target.parse(String(percent ? target / 2 : target))),
                    "realisasi_lalu_rp": .rupiah((next(300) + 10) * 1_000_000),
                    "target_k": .target(Target.parse(String(target))),
                    "target_rp": .rupiah((next(200) + 50) * 1_000_000 + next(999)),
                    "unit": .text("Bidang \(p)"),
                ]
                for q in 1...3 {
                    v["tw\(q)_rp"] = .rupiah((next(40) + 1) * 1_000_000 + next(999))
                    v["tw\(q)_k"] = .target(Target.parse(String(percent ? 20 * q + Int(next(10)) : Int(next(4)) + 1)))
                }
                rows.append(Row(kode: pk + ".2.01." + String(format: "%04d", s), level: .subkegiatan, uraian: "Sub kegiatan \(p).\(s)", values: v))
            }
        }
        return TableModel(table: .evaluasi, layout: "evaluasi", meta: Meta(tahun: 2024, pemda: "Kabupaten Contoh", perangkatDaerah: "Dinas Koperasi"), rows: rows)
    }

    mutating func rencanaAksi() -> TableModel {
        var rows: [Row] = [Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG")]
        for s in 1...4 {
            var v: [String: Value] = ["indikator": .text("Jumlah dokumen \(s)"), "satuan": .text("Dokumen"), "target": .target(Target.parse("4")),
                                      "penanggung_jawab": .text("Sekretaris")]
            for q in 1...4 { v["anggaran_tw\(q)"] = .rupiah(next(5_000_000) + 1); v["target_tw\(q)"] = .target(Target.parse("1")) }
            rows.append(Row(kode: "2.17.01.2.01.000\(s)", level: .subkegiatan, uraian: "Sub \(s)", values: v))
        }
        rows.append(Row(level: .total, uraian: "Jumlah"))
        return TableModel(table: .rencanaAksi, layout: "rencana-aksi", meta: Meta(tahun: 2022), rows: rows)
    }

    /// T-C.29 with numeric targets (derived tingkat realisasi and capaian) and one text target.
    mutating func tc29() -> TableModel {
        var rows: [Row] = [Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG", values: ["indikator": .text("Persentase layanan"),
            "target_renstra": .target(Target.parse("100")), "realisasi_n3": .target(Target.parse("60")), "target_n2": .target(Target.parse("80")),
            "realisasi_n2": .target(Target.parse("75")), "target_n1": .target(Target.parse("90"))])]
        for s in 1...3 {
            rows.append(Row(kode: "2.17.01.2.01.000\(s)", level: .subkegiatan, uraian: "Sub \(s)", values: [
                "indikator": .text("Jumlah dokumen \(s)"), "target_renstra": .target(Target.parse(String(next(40) + 20))),
                "realisasi_n3": .target(Target.parse(String(next(10)))), "target_n2": .target(Target.parse(String(next(9) + 1))),
                "realisasi_n2": .target(Target.parse(String(next(9)))), "target_n1": .target(Target.parse(String(next(9) + 1)))]))
        }
        rows.append(Row(kode: "2.17.01.2.01.0004", level: .subkegiatan, uraian: "Sub teks", values: ["target_renstra": .target(Target.parse("Sehat 5 kop")), "target_n2": .target(Target.parse("2 dok"))]))
        return TableModel(table: .tc29, layout: "tc29", meta: Meta(tahun: 2022, pemda: "Kabupaten Contoh", perangkatDaerah: "Dinas Koperasi"), rows: rows)
    }

    /// T-C.31 with both halves and money in both; T-C.32 and T-C.30 as plain lists; a DPA.
    mutating func tc31() -> TableModel {
        var rows: [Row] = [Row(kode: "", level: .program, uraian: "PROGRAM PENUNJANG", values: ["rkpd_uraian": .text("PROGRAM PENUNJANG"), "kebutuhan_uraian": .text("PROGRAM PENUNJANG")])]
        for s in 1...3 {
            rows.append(Row(kode: "", level: .kegiatan, uraian: "Kegiatan \(s)", values: ["rkpd_uraian": .text("Kegiatan \(s)"), "rkpd_lokasi": .text("Kab."),
                "rkpd_pagu": .rupiah(next(900_000_000) + 1), "kebutuhan_uraian": .text("Kegiatan \(s)"), "kebutuhan_dana": .rupiah(next(900_000_000) + 1)]))
        }
        return TableModel(table: .tc31, layout: "tc31", meta: Meta(tahun: 2024), rows: rows)
    }

    mutating func tc32() -> TableModel {
        TableModel(table: .tc32, layout: "tc32", meta: Meta(tahun: 2022), rows: (1...4).map { i in
            Row(kode: String(i), level: .lain, uraian: "", values: ["usulan": .text("Pelatihan \(i)"), "lokasi": .text("Kec. \(i)"), "volume": .target(Target.parse("\(i * 10) orang"))])
        })
    }

    mutating func dpa() -> TableModel {
        var rows: [Row] = [Row(kode: "2.17.01.2.01.0001", level: .subkegiatan, uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah", values: ["sumber_dana": .text("DAU")])]
        for s in 1...4 {
            var v: [String: Value] = ["kode_rekening": .text("5.1.02.01.01.00\(s + 10)"), "koefisien": .text("\(s) Paket"), "satuan": .text("Paket"), "harga": .rupiah(1_000_000)]
            let total = Int64(s) * 1_000_000
            v["jumlah"] = .rupiah(total)
            for q in 1...4 { v["kas_tw\(q)"] = .rupiah(total / 4) }
            rows.append(Row(kode: "", level: .rekening, uraian: "Belanja \(s)", values: v))
        }
        return TableModel(table: .dpa, layout: "dpa", meta: Meta(tahun: 2025), rows: rows)
    }

    mutating func realisasi() -> TableModel {
        var rows: [Row] = [Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG")]
        for s in 1...4 {
            let pp = next(50_000_000) + 1_000_000, pb = next(80_000_000) + 1_000_000
            rows.append(Row(kode: "2.17.01.2.01.000\(s)", level: .subkegiatan, uraian: "Sub \(s)", values: [
                "lokasi": .text("Larantuka"), "pagu_pegawai": .rupiah(pp), "pagu_barang_jasa": .rupiah(pb), "pagu_modal": .rupiah(0),
                "realisasi_pegawai": .rupiah(pp - next(1_000_000)), "realisasi_barang_jasa": .rupiah(pb - next(2_000_000)),
                "fisik": .number(DecimalNumber(machine: "95.5")!)]))
        }
        rows.append(Row(level: .total, uraian: "Jumlah"))
        return TableModel(table: .realisasi, layout: "realisasi", meta: Meta(tahun: 2020), rows: rows)
    }
}
