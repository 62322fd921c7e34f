import XCTest
@testable import Layouts
import RenjaModel
@testable import Rules
import SheetIO

/// The rules not covered in RulesTests, each with a case that fires and one that does not, and the
/// Indonesian and English messages checked for the kode or name, the amounts and the advice.
final class MoreRulesTests: XCTestCase {
    var catalog: TemplateCatalog!
    var nomenklatur: Nomenklatur!
    override func setUpWithError() throws {
        catalog = try repositoryCatalog()
        nomenklatur = try Nomenklatur(contentsOf: repositoryRoot.appendingPathComponent("templates/nomenklatur.csv"))
    }

    func run(_ m: TableModel, printed: [String: String] = [:]) -> [Finding] {
        Validator(model: m, spec: catalog.spec(m.table), nomenklatur: nomenklatur, printedFormulas: printed).run()
    }

    func realisasi(_ pagu: Int64, _ real: Int64, fisik: String? = nil, persen: String? = nil) -> TableModel {
        var v: [String: Value] = ["pagu": .rupiah(pagu), "realisasi": .rupiah(real), "lokasi": .text("Larantuka")]
        if let fisik { v["fisik"] = .number(DecimalNumber(machine: fisik)!) }
        if let persen { v["persen"] = .number(DecimalNumber(machine: persen)!) }
        return TableModel(table: .realisasi, layout: "realisasi", rows: [Row(kode: "2.17.01.2.01.0001", level: .subkegiatan, uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah", values: v, source: SourceRef(sheet: "R", row: 7))],
                          sourceColumns: ["pagu": "D", "realisasi": "N", "fisik": "P", "persen": "O"])
    }

    func testValueExceeds() {
        let f = run(realisasi(2_944_495, 2_989_575)).filter { $0.rule == "value.exceeds" }
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f[0].severity, .warning)
        XCTAssertTrue(f[0].message.contains("Rp2.989.575") && f[0].message.contains("Rp2.944.495") && f[0].message.contains("Periksa"), f[0].message)
        XCTAssertTrue(f[0].messageEnglish.contains("exceeds") && f[0].messageEnglish.contains("Check"))
        XCTAssertTrue(run(realisasi(2_994_495, 2_989_575)).filter { $0.rule == "value.exceeds" }.isEmpty)
    }

    func testFisikEqualToKeuangan() {
        let f = run(realisasi(54_600_000, 52_600_000, fisik: "96.34", persen: "96.34")).filter { $0.rule == "value.fisik" }
        XCTAssertEqual(f.count, 1)
        XCTAssertTrue(f[0].message.contains("96,34%") && f[0].message.contains("diukur"), f[0].message)
        XCTAssertTrue(f[0].messageEnglish.contains("96.34%"))
        XCTAssertTrue(run(realisasi(54_600_000, 52_600_000, fisik: "90", persen: "96.34")).filter { $0.rule == "value.fisik" }.isEmpty)
    }

    func testDerivedSisaAndPersen() {
        var m = realisasi(25_754_000, 23_926_210)
        m.rows[0].values["sisa"] = .rupiah(1_827_780)   // S0: printed 1.827.780, should be 1.827.790
        let f = run(m).filter { $0.rule == "formula.derived" && $0.column == "sisa" }
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f[0].expected, DecimalNumber(1_827_790))
        XCTAssertTrue(f[0].message.contains("Rp1.827.780") && f[0].message.contains("Rp1.827.790"), f[0].message)
        m.rows[0].values["sisa"] = .rupiah(1_827_790)
        XCTAssertTrue(run(m).filter { $0.rule == "formula.derived" }.isEmpty)
    }

    func testUnitAgainstIndicatorWording() {
        func ra(_ satuan: String) -> TableModel {
            TableModel(table: .rencanaAksi, layout: "rencana-aksi", rows: [Row(kode: "2.17.01.2.02", level: .kegiatan, uraian: "Administrasi Keuangan Perangkat Daerah", values: [
                "indikator": .text("Persentase temuan hasil pemeriksaan keuangan OPD"), "satuan": .text(satuan)])])
        }
        let f = run(ra("Dokumen")).filter { $0.rule == "value.satuan" }
        XCTAssertEqual(f.count, 1)
        XCTAssertTrue(f[0].message.contains("Dokumen") && f[0].message.contains("Gunakan satuan %"), f[0].message)
        XCTAssertTrue(f[0].messageEnglish.contains("Use %"))
        XCTAssertTrue(run(ra("%")).filter { $0.rule == "value.satuan" }.isEmpty)
    }

    func testNomenclatureNameMismatchUnknownCodeAndEra() {
        func tc33(_ rows: [(String, String)]) -> TableModel {
            TableModel(table: .tc33, layout: "tc33", meta: Meta(pemda: "Kabupaten Lumajang"), rows: rows.map { Row(kode: $0.0, level: Kode.parse($0.0)?.level ?? .lain, uraian: $0.1) })
        }
        let wrongName = run(tc33([("2.17.01.2.01.0001", "Pengadaan Kendaraan Dinas")])).filter { $0.rule == "kode.nomenklatur" }
        XCTAssertEqual(wrongName.count, 1)
        XCTAssertTrue(wrongName[0].message.contains("Penyusunan Dokumen Perencanaan Perangkat Daerah"), wrongName[0].message)
        XCTAssertTrue(wrongName[0].messageEnglish.contains("official name"))
        XCTAssertTrue(run(tc33([("2.17.01.2.01.0001", "penyusunan dokumen  perencanaan perangkat daerah")])).filter { $0.rule == "kode.nomenklatur" }.isEmpty,
                      "case and spacing do not matter")
        let unknown = run(tc33([("2.17.09.2.01.0001", "Sesuatu")])).filter { $0.rule == "kode.nomenklatur" }
        XCTAssertTrue(unknown.contains { $0.message.contains("tidak dikenal") && $0.kode == "2.17.09.2.01.0001" })
        let mixed = run(tc33([("2.17.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"), ("2.17.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD"),
                              ("2.17.03.2.01.01", "Pengawasan Kekuatan, Kesehatan, Kemandirian, Ketangguhan, serta Akuntabilitas Koperasi Kewenangan Kabupaten/Kota")]))
            .filter { $0.rule == "kode.nomenklatur" && $0.message.contains("digit") }
        XCTAssertEqual(mixed.map(\.kode), ["2.17.03.2.01.01"])
    }

    func testPrintedFormulaNotFollowed() {
        let m = TableModel(table: .tc30, layout: "tc30-rumus-cetak", rows: [Row(level: .lain, uraian: "", values: [
            "indikator": .text("(Indikator Sasaran) Persentase Koperasi Berkualitas"), "target_n1": .target(Target.parse("76.76")),
            "realisasi_n2": .target(Target.parse("49.16")), "realisasi_n1": .target(Target.parse("52.43"))], source: SourceRef(sheet: "T-C.30", row: 9))],
            sourceColumns: ["realisasi_n1": "J"])
        let printed = ["realisasi_n1": "({realisasi_n2}+{target_n1})/2|(10) = (9+6)/2"]
        let f = run(m, printed: printed).filter { $0.rule == "formula.printed" }
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f[0].expected, DecimalNumber(machine: "62.96"))
        XCTAssertEqual(f[0].cell, "J9")
        XCTAssertTrue(f[0].message.contains("62,96") && f[0].message.contains("52,43") && f[0].message.contains("(10) = (9+6)/2"), f[0].message)
        var ok = m
        ok.rows[0].values["realisasi_n1"] = .target(Target.parse("62.96"))
        XCTAssertTrue(run(ok, printed: printed).filter { $0.rule == "formula.printed" }.isEmpty)
    }

    /// Reading findings: value.number, value.unit, layout.column, formula.header, value.notation, layout.tahun.
    func testReadingFindings() throws {
        func read(_ csv: String) throws -> ReadResult {
            let wb = try CSVReader.read(data: Data(csv.utf8), name: "t")
            return try TableReader.read(wb, file: "t.csv", catalog: catalog, nomenklatur: nomenklatur)
        }
        let bad = try read("""
        Tabel T-C.31
        Review terhadap Rancangan Awal RKPD tahun 2022
        No;Hasil Analisis Kebutuhan Program/ Kegiatan;Hasil Analisis Kebutuhan Lokasi;Hasil Analisis Kebutuhan Kebutuhan Dana (Rp.000)
        1;2;3;4=2+3
        ;Program Pengembangan UMKM;Kab.;892.500.000
        ;Pengembangan Usaha Mikro;Kab.;dua juta
        ;Fasilitasi;Kab.;1,500,000
        """)
        let rules = Set(bad.findings.map(\.rule))
        XCTAssertTrue(rules.isSuperset(of: ["value.number", "value.unit", "layout.column", "value.notation"]), "\(rules)")
        let number = bad.findings.first { $0.rule == "value.number" }!
        XCTAssertEqual(number.cell, "D6")
        XCTAssertTrue(number.message.contains("dua juta") && number.messageEnglish.contains("not a number"))
        let clean = try read("""
        No;Hasil Analisis Kebutuhan Program/ Kegiatan;Hasil Analisis Kebutuhan Lokasi;Hasil Analisis Kebutuhan Kebutuhan Dana (Rp)
        ;Program Pengembangan UMKM;Kab.;892.500.000
        """)
        XCTAssertFalse(clean.findings.contains { ["value.number", "value.unit", "value.notation"].contains($0.rule) })

        let header = try read("""
        Kode;Uraian;Indikator;Lokasi;Target;Pagu;Sumber Dana;Catatan;Target Capaian Kinerja n+1;Pagu n+1
        1;2;3;4;5;6=9+10;7;8;9;10
        2.17.01;PROGRAM PENUNJANG;x;Kab.;1;5;DAU;;1;5
        """)
        XCTAssertTrue(header.findings.contains { $0.rule == "formula.header" && $0.message.contains("6=9+10") } == false,
                      "pagu has no official formula, so a printed one is not compared")
        let tc29 = try read("""
        Tabel T-C.29
        Kode;Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan;Indikator Kinerja;Target Capaian Kinerja Renstra;Realisasi Target Kinerja Hasil Program s/d Tahun;Target Renja;Realisasi Renja;Tingkat Realisasi (%);Target Program dan Kegiatan Renja;Perkiraan Realisasi Capaian;Tingkat Capaian (%)
        1;2;3;4;5;6;7;8=(7/6);9;10=(5+7+9)/3;11=(10/9)
        2.17.01;PROGRAM PENUNJANG;x;100;;;;;100;;
        """)
        let printed = tc29.findings.filter { $0.rule == "formula.header" }
        XCTAssertEqual(Set(printed.compactMap(\.column)), ["realisasi_n1", "tingkat_capaian_renstra"], "8=(7/6) is the official one; 10 and 11 differ")
        XCTAssertTrue(printed.contains { $0.message.contains("10=(5+7+9)/3") && $0.message.contains("10=(5+7+9)") && $0.messageEnglish.contains("official") })

        let tahun = try read("""
        Rumusan Rencana Program dan Kegiatan Tahun 2021
        Kode;Program/Kegiatan;Indikator;Rencana Tahun 2022 Lokasi;Rencana Tahun 2022 Target Capaian Kinerja;Rencana Tahun 2022 Pagu Indikatif;Rencana Tahun 2022 Sumber Dana;Catatan Penting;Prakiraan Maju Rencana Tahun 2023 Target Capaian Kinerja;Prakiraan Maju Rencana Tahun 2023 Pagu Indikatif
        2.17.01;PROGRAM PENUNJANG;x;Kab.;1;5;DAU;;1;5
        """)
        XCTAssertEqual(tahun.model.meta.tahun, 2022)
        XCTAssertTrue(tahun.findings.contains { $0.rule == "layout.tahun" && $0.message.contains("2021") && $0.message.contains("2022") })
    }
}
