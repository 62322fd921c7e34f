import Foundation
import XCTest
@testable import Layouts
import RenjaModel
@testable import Rules
import SheetIO

/// Every rule id renja emits (contract §6), each with a case that fires and one that does not,
/// and both messages checked against the contract: a complete sentence that names the row's kode
/// (or its uraian where it has none), both amounts in rupiah notation where two amounts are
/// compared, and what to do. Expected texts are literal, so a message that loses any of them fails.
final class RuleMessagesTests: XCTestCase {
    var catalog: TemplateCatalog!
    var nomenklatur: Nomenklatur!

    override func setUpWithError() throws {
        catalog = try repositoryCatalog()
        nomenklatur = try Nomenklatur(contentsOf: repositoryRoot.appendingPathComponent("templates/nomenklatur.csv"))
    }

    // MARK: Helpers

    func validate(_ m: TableModel, printed: [String: String] = [:], withNomenklatur: Bool = false) -> [Finding] {
        Validator(model: m, spec: catalog.spec(m.table), nomenklatur: withNomenklatur ? nomenklatur : nil, printedFormulas: printed).run()
    }

    func of(_ rule: String, _ f: [Finding]) -> [Finding] { f.filter { $0.rule == rule } }

    /// The one finding of a rule (fails the test, with what was found, when there is not exactly one).
    func one(_ rule: String, _ f: [Finding], file: StaticString = #filePath, line: UInt = #line) throws -> Finding {
        let hits = of(rule, f)
        XCTAssertEqual(hits.count, 1, "\(rule): \(hits.map(\.message)) among \(f.map(\.rule))", file: file, line: line)
        return try XCTUnwrap(hits.first, "no \(rule) finding among \(f.map { "\($0.rule): \($0.message)" })", file: file, line: line)
    }

    /// Both messages are sentences and contain every literal given for their language.
    func assertMessages(_ f: Finding, id: [String], en: [String], file: StaticString = #filePath, line: UInt = #line) {
        for (lang, text, parts) in [("Indonesian", f.message, id), ("English", f.messageEnglish, en)] {
            XCTAssertTrue(text.hasSuffix("."), "\(f.rule) \(lang) message is not a complete sentence: \(text)", file: file, line: line)
            for p in parts {
                XCTAssertTrue(text.contains(p), "\(f.rule) \(lang) message lacks \"\(p)\": \(text)", file: file, line: line)
            }
        }
    }

    func tc33(_ rows: [Row], meta: Meta = Meta(tahun: 2022, pemda: "Kabupaten Lumajang")) -> TableModel {
        TableModel(table: .tc33, layout: "tc33", meta: meta, rows: rows,
                   sourceColumns: ["kode": "A", "uraian": "B", "indikator": "C", "lokasi": "D", "target": "E", "pagu": "F", "sumber_dana": "G"])
    }

    func src(_ row: Int, _ sheet: String = "T-C.33") -> SourceRef { SourceRef(sheet: sheet, row: row) }

    /// A complete sub kegiatan of T-C.33 (every required cell filled).
    func sub(_ kode: String, _ name: String, _ pagu: Int64, row: Int) -> Row {
        Row(kode: kode, level: .subkegiatan, uraian: name,
            values: ["indikator": .text("Jumlah dokumen"), "pagu": .rupiah(pagu), "lokasi": .text("Kab. Lumajang"),
                     "target": .target(Target.parse("1 Dokumen")), "sumber_dana": .text("DAU")],
            source: src(row))
    }

    func realisasi(_ values: [String: Value], kode: String = "2.17.01.2.01.0001") -> TableModel {
        var v: [String: Value] = ["lokasi": .text("Larantuka")]
        v.merge(values) { $1 }
        return TableModel(table: .realisasi, layout: "realisasi", meta: Meta(tahun: 2020),
                          rows: [Row(kode: kode, level: .subkegiatan, uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah", values: v, source: src(7, "R"))],
                          sourceColumns: ["kode": "A", "uraian": "B", "pagu": "D", "realisasi_tw2": "S", "realisasi": "N", "persen": "O", "fisik": "P", "sisa": "Q"])
    }

    func readCSV(_ csv: String) throws -> ReadResult {
        let wb = try CSVReader.read(data: Data(csv.utf8), name: "t")
        return try TableReader.read(wb, file: "t.csv", catalog: catalog, nomenklatur: nomenklatur)
    }

    /// A one-sheet .xlsx of text cells (inline strings), read as renja reads any workbook.
    func readXLSX(_ grid: [[String]], sheet: String = "T-C.33") throws -> ReadResult {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var body = ""
        for (r, cells) in grid.enumerated() {
            body += "<row r=\"\(r + 1)\">"
            for (c, text) in cells.enumerated() where !text.isEmpty {
                body += "<c r=\"\(A1.column(c))\(r + 1)\" t=\"inlineStr\"><is><t>\(esc(text))</t></is></c>"
            }
            body += "</row>"
        }
        var f = XLSXFixture()
        f.sheets = [(sheet, "worksheets/sheet1.xml", XLSXFixture.sheetXML(body), nil)]
        let url = try temporaryFolder().appendingPathComponent("t.xlsx")
        try f.write(to: url)
        return try TableReader.read(try XLSXReader.read(url), file: "t.xlsx", catalog: catalog, nomenklatur: nomenklatur)
    }

    // MARK: kode.*

    func testKodeFormat() throws {
        let bad = tc33([
            Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", source: src(11)),
            Row(kode: "2.17.2", level: .kegiatan, uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", source: src(12)),
        ])
        let f = try one("kode.format", validate(bad))
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "2.17.2")
        XCTAssertEqual(f.cell, "A12")
        XCTAssertEqual(f.sheet, "T-C.33")
        assertMessages(f, id: ["'2.17.2'", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Perbaiki kodenya"],
                       en: ["'2.17.2'", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Correct it"])

        var good = bad
        good.rows[1].kode = "2.17.01.2.01"
        XCTAssertTrue(of("kode.format", validate(good)).isEmpty)
    }

    /// The reader's kode.format: split code columns that mostly do not form codes (S2 T-C.29).
    func testKodeFormatOfGarbledSplitCodes() throws {
        func csv(_ codes: [String]) -> String {
            """
            Kode;Kode;Kode;Kode;Kode;Kode;Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan;Indikator Kinerja Program/Kegiatan/Sub Kegiatan;Lokasi;Rencana Tahun 2022 Target Capaian Kinerja;Rencana Tahun 2022 Kebutuhan Dana/Pagu Indikatif (Rp);Rencana Tahun 2022 Sumber Dana;Catatan Penting;Prakiraan Maju Rencana Tahun 2023 Target Capaian Kinerja;Prakiraan Maju Rencana Tahun 2023 Kebutuhan Dana/Pagu Indikatif (Rp)
            \(codes[0]);Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota;x;Kab.;1;10.000.000;DAU;;1;10.000.000
            \(codes[1]);Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah;x;Kab.;1;10.000.000;DAU;;1;10.000.000
            \(codes[2]);Penyusunan Dokumen Perencanaan Perangkat Daerah;x;Kab.;1;10.000.000;DAU;;1;10.000.000
            """
        }
        let bad = try readCSV(csv(["2;1;0;2;0;0", "2;1;0;2;0;1", "2;1;0;2;0;2"]))
        let f = try one("kode.format", bad.findings)
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(f.column, "kode")
        assertMessages(f, id: ["Program Penunjang Urusan", "Isi kode lengkap bertitik"],
                       en: ["Program Penunjang Urusan", "Fill in full dotted codes"])

        let good = try readCSV(csv(["2;17;01;;;", "2;17;01;2;01;", "2;17;01;2;01;0001"]))
        XCTAssertTrue(of("kode.format", good.findings).isEmpty, "\(good.findings.map(\.message))")
    }

    func testKodeHierarchyUnderTheWrongParent() throws {
        let bad = tc33([
            Row(kode: "2.17.02", level: .program, uraian: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", source: src(10)),
            Row(kode: "2.17.02.2.01", level: .kegiatan, uraian: "Pemeriksaan dan Pengawasan Koperasi", source: src(11)),
            Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG", source: src(12)),
            Row(kode: "2.17.02.2.02", level: .kegiatan, uraian: "Penilaian Kesehatan KSP/USP Koperasi", source: src(13)),
        ])
        let f = try one("kode.hierarchy", validate(bad))
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "2.17.02.2.02")
        XCTAssertEqual(f.cell, "A13")
        assertMessages(f, id: ["2.17.02.2.02", "2.17.01", "Pindahkan baris ke induk yang benar atau perbaiki kodenya"],
                       en: ["2.17.02.2.02", "2.17.01", "Move the row to its right parent or correct its code"])

        let good = tc33([bad.rows[0], bad.rows[1], bad.rows[3], bad.rows[2]])   // 2.17.02.2.02 under its own program
        XCTAssertTrue(of("kode.hierarchy", validate(good)).isEmpty, "\(validate(good).map(\.message))")
    }

    func testKodeHierarchyProgramMissing() throws {
        let bad = tc33([
            Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG", source: src(10)),
            Row(kode: "2.17.01.2.01", level: .kegiatan, uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", source: src(11)),
            sub("2.17.07.2.01.0004", "Fasilitasi Kelembagaan Usaha Kecil", 4_325_000, row: 12),
        ])
        let f = try one("kode.hierarchy", validate(bad))
        XCTAssertEqual(f.kode, "2.17.07.2.01.0004")
        XCTAssertEqual(f.cell, "A12")
        assertMessages(f, id: ["2.17.07.2.01.0004", "program 2.17.07", "Tambahkan baris program"],
                       en: ["2.17.07.2.01.0004", "programme row 2.17.07", "Add that programme"])
    }

    func testKodeHierarchyLevelOfTheRow() throws {
        let bad = tc33([
            Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG", source: src(10)),
            Row(kode: "2.17.01.2.01", level: .subkegiatan, uraian: "Koordinasi dan Penyusunan Dokumen RKA-SKPD", source: src(11)),
        ])
        let f = try one("kode.hierarchy", validate(bad))
        XCTAssertEqual(f.kode, "2.17.01.2.01")
        assertMessages(f, id: ["2.17.01.2.01", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Periksa tingkat baris ini"],
                       en: ["2.17.01.2.01", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Check the level of this row"])

        var good = bad
        good.rows[1].level = .kegiatan
        XCTAssertTrue(of("kode.hierarchy", validate(good)).isEmpty)
    }

    func testKodeDuplicate() throws {
        let bad = tc33([
            Row(kode: "2.17.03", level: .program, uraian: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", source: src(10)),
            Row(kode: "2.17.03", level: .program, uraian: "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", source: src(14)),
        ])
        let f = try one("kode.duplicate", validate(bad))
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "2.17.03")
        XCTAssertEqual(f.cell, "A14")
        assertMessages(f, id: ["Kode 2.17.03", "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", "(baris 10)", "periksa kode yang benar"],
                       en: ["Code 2.17.03", "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", "(row 10)", "check the right code"])

        var good = bad
        good.rows[1].kode = "2.17.04"
        XCTAssertTrue(of("kode.duplicate", validate(good)).isEmpty)
    }

    func testKodeNomenklaturUnknownCode() throws {
        let bad = tc33([Row(kode: "2.17.09.2.01.0001", level: .subkegiatan, uraian: "Sesuatu yang Tidak Ada", source: src(9))])
        let f = try one("kode.nomenklatur", validate(bad, withNomenklatur: true))
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(f.kode, "2.17.09.2.01.0001")
        XCTAssertEqual(f.cell, "A9")
        assertMessages(f, id: ["2.17.09.2.01.0001", "Sesuatu yang Tidak Ada", "tidak dikenal", "Periksa kode"],
                       en: ["2.17.09.2.01.0001", "Sesuatu yang Tidak Ada", "not in renja's nomenclature", "Check it"])

        let good = tc33([Row(kode: "2.17.01.2.01.0001", level: .subkegiatan, uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah", source: src(9))])
        XCTAssertTrue(of("kode.nomenklatur", validate(good, withNomenklatur: true)).isEmpty)
    }

    func testKodeNomenklaturNameMismatch() throws {
        let bad = tc33([Row(kode: "2.17.01.2.01.0001", level: .subkegiatan, uraian: "Pengadaan Kendaraan Dinas", source: src(9))])
        let f = try one("kode.nomenklatur", validate(bad, withNomenklatur: true))
        XCTAssertEqual(f.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(f.cell, "B9")
        assertMessages(f, id: ["2.17.01.2.01.0001", "'Pengadaan Kendaraan Dinas'", "'Penyusunan Dokumen Perencanaan Perangkat Daerah'", "Samakan namanya"],
                       en: ["2.17.01.2.01.0001", "'Pengadaan Kendaraan Dinas'", "'Penyusunan Dokumen Perencanaan Perangkat Daerah'", "Use the official name"])

        let good = tc33([Row(kode: "2.17.01.2.01.0001", level: .subkegiatan, uraian: "penyusunan dokumen  perencanaan perangkat daerah", source: src(9))])
        XCTAssertTrue(of("kode.nomenklatur", validate(good, withNomenklatur: true)).isEmpty)
    }

    func testKodeNomenklaturProvincialWording() throws {
        func model(_ name: String) -> TableModel {
            tc33([Row(kode: "2.17.03.2.01", level: .kegiatan, uraian: name, source: src(9))], meta: Meta(tahun: 2022, pemda: "Kabupaten Lumajang"))
        }
        let f = try XCTUnwrap(of("kode.nomenklatur", validate(model("Pemeriksaan dan Pengawasan Koperasi Kewenangan Provinsi")))
            .first { $0.message.contains("Kewenangan Provinsi") }, "no provincial-wording finding")
        XCTAssertEqual(f.kode, "2.17.03.2.01")
        assertMessages(f, id: ["2.17.03.2.01", "Gunakan rumusan 'Kewenangan Kabupaten/Kota'"],
                       en: ["2.17.03.2.01", "Use 'Kewenangan Kabupaten/Kota'"])

        XCTAssertTrue(of("kode.nomenklatur", validate(model("Pemeriksaan dan Pengawasan Koperasi Kewenangan Kabupaten/Kota"))).isEmpty)
    }

    func testKodeNomenklaturMixedEras() throws {
        let bad = tc33([
            sub("2.17.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 1_000_000, row: 9),
            sub("2.17.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", 1_000_000, row: 10),
            sub("2.17.01.2.01.03", "Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD", 1_000_000, row: 11),
        ])
        let f = try one("kode.nomenklatur", validate(bad))
        XCTAssertEqual(f.kode, "2.17.01.2.01.03")
        XCTAssertEqual(f.cell, "A11")
        assertMessages(f, id: ["2.17.01.2.01.03", "2 digit", "4 digit", "Gunakan satu versi nomenklatur"],
                       en: ["2.17.01.2.01.03", "2-digit", "4 digits", "Use one nomenclature version"])

        var good = bad
        good.rows[2].kode = "2.17.01.2.01.0003"
        XCTAssertTrue(of("kode.nomenklatur", validate(good)).isEmpty)
    }

    func testKodeBidang() throws {
        func model(_ copied: String) -> TableModel {
            tc33([
                Row(kode: "2.17.02", level: .program, uraian: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", source: src(9)),
                Row(kode: "2.17.03", level: .program, uraian: "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", source: src(10)),
                Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG", source: src(11)),
                Row(kode: copied, level: .kegiatan, uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", source: src(12)),
            ])
        }
        let f = try one("kode.bidang", validate(model("6.01.01.2.01")))
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "6.01.01.2.01")
        XCTAssertEqual(f.cell, "A12")
        assertMessages(f, id: ["Kode 6.01.01.2.01", "bidang urusan 6.01", "gunakan kode bidang 2.17"],
                       en: ["Code 6.01.01.2.01", "bidang urusan 6.01", "use bidang 2.17"])

        XCTAssertTrue(of("kode.bidang", validate(model("2.17.01.2.01"))).isEmpty)
    }

    // MARK: sum.*

    /// Amounts each within 64 bits whose sum is not (a hostile file's): the process goes on, the
    /// sum is neither judged nor written, the parent keeps what it says.
    func testSumsPastSixtyFourBitsAreLeftAlone() throws {
        let huge: Int64 = 9_000_000_000_000_000_000
        let m = tc33([
            Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG", source: src(20)),
            Row(kode: "2.17.01.2.05", level: .kegiatan, uraian: "Administrasi Kepegawaian Perangkat Daerah", values: ["pagu": .rupiah(7)], source: src(21)),
            sub("2.17.01.2.05.0002", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", huge, row: 22),
            sub("2.17.01.2.05.0009", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", huge, row: 23),
        ])
        XCTAssertTrue(of("sum.children", validate(m)).isEmpty)
        let d = Derivation(model: m, spec: catalog.spec(.tc33))
        XCTAssertEqual(d.value(1, "pagu"), .rupiah(7), "the kegiatan keeps its own amount")
        XCTAssertNil(Rupiah.sum([huge, huge]))
        XCTAssertEqual(Rupiah.sum([huge, -huge, 5]), 5)
        XCTAssertNil(Rupiah.difference(-huge, huge))
    }

    func testSumChildren() throws {
        func model(_ kegiatan: Int64) -> TableModel {
            tc33([
                Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG", source: src(20)),
                Row(kode: "2.17.01.2.05", level: .kegiatan, uraian: "Administrasi Kepegawaian Perangkat Daerah", values: ["pagu": .rupiah(kegiatan)], source: src(21)),
                sub("2.17.01.2.05.0002", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", 10_500_000, row: 22),
                sub("2.17.01.2.05.0009", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", 5_250_000, row: 23),
            ])
        }
        let f = try one("sum.children", validate(model(14_728_500)))
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "2.17.01.2.05")
        XCTAssertEqual(f.cell, "F21")
        XCTAssertEqual(f.column, "pagu")
        XCTAssertEqual(f.expected, DecimalNumber(15_750_000))
        XCTAssertEqual(f.actual, DecimalNumber(14_728_500))
        assertMessages(f, id: ["2.17.01.2.05", "Administrasi Kepegawaian Perangkat Daerah", "Rp14.728.500", "Rp15.750.000", "-Rp1.021.500", "Perbaiki angka induk atau rinciannya"],
                       en: ["2.17.01.2.05", "Administrasi Kepegawaian Perangkat Daerah", "Rp14.728.500", "Rp15.750.000", "-Rp1.021.500", "Correct the parent or its parts"])

        XCTAssertTrue(of("sum.children", validate(model(15_750_000))).isEmpty)
    }

    func testSumTotal() throws {
        func model(_ total: Int64) -> TableModel {
            tc33([
                Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG", source: src(20)),
                Row(kode: "2.17.01.2.01", level: .kegiatan, uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", source: src(21)),
                sub("2.17.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10_000_000, row: 22),
                sub("2.17.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", 5_250_000, row: 23),
                Row(level: .total, uraian: "Jumlah", values: ["pagu": .rupiah(total)], source: src(30)),
            ])
        }
        let f = try one("sum.total", validate(model(15_000_000)))
        XCTAssertEqual(f.severity, .error)
        XCTAssertNil(f.kode)
        XCTAssertEqual(f.cell, "F30")
        XCTAssertEqual(f.expected, DecimalNumber(15_250_000))
        XCTAssertEqual(f.actual, DecimalNumber(15_000_000))
        // The total row has no kode: its uraian (Jumlah) names it.
        assertMessages(f, id: ["Jumlah", "Rp15.000.000", "Rp15.250.000", "-Rp250.000", "Perbaiki"],
                       en: ["The total", "Rp15.000.000", "Rp15.250.000", "-Rp250.000", "Correct"])

        XCTAssertTrue(of("sum.total", validate(model(15_250_000))).isEmpty)
    }

    func testSumTriwulan() throws {
        func model(_ anggaran: Int64) -> TableModel {
            TableModel(table: .rencanaAksi, layout: "rencana-aksi", meta: Meta(tahun: 2022), rows: [
                Row(kode: "2.17.01.2.01.0001", level: .subkegiatan, uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah", values: [
                    "anggaran": .rupiah(anggaran), "anggaran_tw1": .rupiah(6_000_000), "anggaran_tw2": .rupiah(6_500_000),
                    "anggaran_tw3": .rupiah(7_000_000), "anggaran_tw4": .rupiah(6_500_000)], source: src(9, "RA")),
            ], sourceColumns: ["kode": "J", "uraian": "K", "anggaran": "L"])
        }
        let f = try one("sum.triwulan", validate(model(26_005_473)))
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(f.cell, "L9")
        XCTAssertEqual(f.expected, DecimalNumber(26_000_000))
        XCTAssertEqual(f.actual, DecimalNumber(26_005_473))
        assertMessages(f, id: ["2.17.01.2.01.0001", "Rp26.005.473", "Rp26.000.000", "Rp5.473", "Perbaiki nilai tahunan atau nilai triwulannya"],
                       en: ["2.17.01.2.01.0001", "Rp26.005.473", "Rp26.000.000", "Rp5.473", "Correct the annual value or the quarters"])

        XCTAssertTrue(of("sum.triwulan", validate(model(26_000_000))).isEmpty)
    }

    // MARK: formula.*

    func testFormulaDerivedMoney() throws {
        func model(_ sisa: Int64) -> TableModel {
            realisasi(["pagu": .rupiah(25_754_000), "realisasi": .rupiah(23_926_210), "sisa": .rupiah(sisa)])
        }
        let f = try one("formula.derived", validate(model(1_827_780)))
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(f.column, "sisa")
        XCTAssertEqual(f.cell, "Q7")
        XCTAssertEqual(f.expected, DecimalNumber(1_827_790))
        XCTAssertEqual(f.actual, DecimalNumber(1_827_780))
        assertMessages(f, id: ["2.17.01.2.01.0001", "Rp1.827.780", "Rp1.827.790", "Perbaiki nilainya"],
                       en: ["2.17.01.2.01.0001", "Rp1.827.780", "Rp1.827.790", "Correct the value"])

        XCTAssertTrue(of("formula.derived", validate(model(1_827_790))).isEmpty)
    }

    func testFormulaDerivedPercentage() throws {
        func model(_ capaian: String) -> TableModel {
            TableModel(table: .evaluasi, layout: "evaluasi", meta: Meta(tahun: 2024), rows: [
                Row(kode: "2.17.01.2.01.0001", level: .subkegiatan, uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah", values: [
                    "target_rp": .rupiah(200_000_000), "tw1_rp": .rupiah(50_000_000), "tw2_rp": .rupiah(50_000_000), "realisasi_rp": .rupiah(100_000_000),
                    "capaian_rp": .number(DecimalNumber(machine: capaian)!)], source: src(9, "E")),
            ], sourceColumns: ["kode": "A", "capaian_rp": "V"])
        }
        let f = try one("formula.derived", validate(model("52.5")))
        XCTAssertEqual(f.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(f.cell, "V9")
        XCTAssertEqual(f.expected, DecimalNumber(50))
        assertMessages(f, id: ["2.17.01.2.01.0001", "52,5%", "50%", "Perbaiki nilainya"],
                       en: ["2.17.01.2.01.0001", "52.5%", "50%", "Correct the value"])

        XCTAssertTrue(of("formula.derived", validate(model("50.01"))).isEmpty, "within the 0,01 tolerance")
    }

    func testFormulaPrinted() throws {
        func model(_ realisasi: String) -> TableModel {
            TableModel(table: .tc30, layout: "tc30-rumus-cetak", meta: Meta(tahun: 2022), rows: [Row(level: .lain, uraian: "", values: [
                "indikator": .text("Persentase Koperasi Berkualitas"), "target_n1": .target(Target.parse("76.76")),
                "realisasi_n2": .target(Target.parse("49.16")), "realisasi_n1": .target(Target.parse(realisasi))], source: src(9, "T-C.30"))],
                sourceColumns: ["realisasi_n1": "J"])
        }
        let printed = ["realisasi_n1": "({realisasi_n2}+{target_n1})/2|(10) = (9+6)/2"]
        let f = try one("formula.printed", validate(model("52.43"), printed: printed))
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(f.cell, "J9")
        XCTAssertEqual(f.expected, DecimalNumber(machine: "62.96"))
        XCTAssertEqual(f.actual, DecimalNumber(machine: "52.43"))
        // No kode and no uraian: the indicator names the row.
        assertMessages(f, id: ["Persentase Koperasi Berkualitas", "52,43", "62,96", "(10) = (9+6)/2", "Samakan isi kolom dengan rumusnya"],
                       en: ["Persentase Koperasi Berkualitas", "52.43", "62.96", "(10) = (9+6)/2", "Make the column follow its formula"])

        XCTAssertTrue(of("formula.printed", validate(model("62.96"), printed: printed)).isEmpty)
    }

    func testFormulaHeader() throws {
        func csv(_ numbers: String) -> String {
            """
            Tabel T-C.29
            Kode;Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan;Indikator Kinerja;Target Capaian Kinerja Renstra;Realisasi Target Kinerja Hasil Program s/d Tahun;Target Renja;Realisasi Renja;Tingkat Realisasi (%);Target Program dan Kegiatan Renja;Perkiraan Realisasi Capaian;Tingkat Capaian (%)
            \(numbers)
            2.17.01;PROGRAM PENUNJANG;x;100;;;;;100;;
            """
        }
        let bad = try readCSV(csv("1;2;3;4;5;6;7;8=(7/6);9;10=(5+7+9)/3;11=(10/4)"))
        let f = try XCTUnwrap(of("formula.header", bad.findings).first { $0.column == "realisasi_n1" }, "\(bad.findings.map(\.message))")
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(f.cell, "J3")
        // A header finding: no row, so the column and both formulas name it.
        assertMessages(f, id: ["'10=(5+7+9)/3'", "'10=(5+7+9)'", "realisasi_n1", "Gunakan rumus resmi"],
                       en: ["'10=(5+7+9)/3'", "'10=(5+7+9)'", "realisasi_n1", "Use the official formula"])

        let good = try readCSV(csv("1;2;3;4;5;6;7;8=(7/6);9;10=(5+7+9);11=(10/4)"))
        XCTAssertTrue(of("formula.header", good.findings).isEmpty, "\(good.findings.map(\.message))")
    }

    // MARK: value.*

    /// value.number from a workbook (.xlsx): the cell, the row's kode and the text that is no number.
    func testValueNumber() throws {
        func grid(_ pagu: String) -> [[String]] {
            [["Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program/Kegiatan/Sub Kegiatan", "Lokasi",
              "Rencana Tahun 2022 Target Capaian Kinerja", "Rencana Tahun 2022 Kebutuhan Dana/Pagu Indikatif (Rp)", "Rencana Tahun 2022 Sumber Dana", "Catatan Penting",
              "Prakiraan Maju Rencana Tahun 2023 Target Capaian Kinerja", "Prakiraan Maju Rencana Tahun 2023 Kebutuhan Dana/Pagu Indikatif (Rp)"],
             ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
             ["2.17.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen", "Kab. Lumajang", "1 Dokumen", pagu, "DAU", "", "1 Dokumen", "16.000.000"]]
        }
        let bad = try readXLSX(grid("lima belas juta"))
        let f = try one("value.number", bad.findings)
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(f.cell, "F3")
        XCTAssertEqual(f.column, "pagu")
        assertMessages(f, id: ["2.17.01.2.01.0001", "'lima belas juta'", "F3", "Tulis angkanya saja"],
                       en: ["2.17.01.2.01.0001", "'lima belas juta'", "F3", "Write the number only"])

        let good = try readXLSX(grid("15.750.000"))
        XCTAssertTrue(of("value.number", good.findings).isEmpty, "\(good.findings.map(\.message))")
        XCTAssertEqual(good.model.rows.last?.values["pagu"], .rupiah(15_750_000))
    }

    /// value.number from a row without kode (CSV): the uraian names it.
    func testValueNumberWithoutKode() throws {
        func csv(_ dana: String) -> String {
            """
            No;Hasil Analisis Kebutuhan Program/ Kegiatan;Hasil Analisis Kebutuhan Lokasi;Hasil Analisis Kebutuhan Kebutuhan Dana (Rp)
            ;Program Pengembangan UMKM;Kab.;892.500.000
            ;Pengembangan Usaha Mikro;Kab.;\(dana)
            """
        }
        let bad = try readCSV(csv("dua juta"))
        let f = try one("value.number", bad.findings)
        XCTAssertEqual(f.cell, "D3")
        XCTAssertNil(f.kode)
        assertMessages(f, id: ["'Pengembangan Usaha Mikro'", "'dua juta'", "Tulis angkanya saja"],
                       en: ["'Pengembangan Usaha Mikro'", "'dua juta'", "Write the number only"])
        XCTAssertTrue(of("value.number", try readCSV(csv("2.000.000")).findings).isEmpty)
    }

    /// value.number from the realisation file of `renja update`.
    func testValueNumberInRealisationFile() throws {
        func parse(_ amount: String) throws -> RealisasiFileReader.Parsed {
            let wb = try CSVReader.read(data: Data("kode;realisasi_rp\n2.17.01.2.01.0001;\(amount)\n".utf8), name: "realisasi")
            return try RealisasiFileReader.read(wb, file: "realisasi.csv", triwulan: 3)
        }
        let bad = try parse("sejuta")
        let f = try one("value.number", bad.findings)
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(f.cell, "B2")
        assertMessages(f, id: ["2.17.01.2.01.0001", "'sejuta'", "Tulis angkanya"],
                       en: ["2.17.01.2.01.0001", "'sejuta'", "Write the number"])

        let good = try parse("1.000.000")
        XCTAssertTrue(good.findings.isEmpty)
        XCTAssertEqual(good.lines.first?.rp, 1_000_000)
    }

    func testValueRequired() throws {
        var row = sub("2.17.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 15_750_000, row: 22)
        row.values["lokasi"] = nil
        let f = try one("value.required", validate(tc33([row])))
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(f.column, "lokasi")
        XCTAssertEqual(f.cell, "D22")
        assertMessages(f, id: ["Lokasi", "2.17.01.2.01.0001", "kosong", "wajib diisi"],
                       en: ["Lokasi", "2.17.01.2.01.0001", "is empty", "is required"])

        XCTAssertTrue(of("value.required", validate(tc33([sub("2.17.01.2.01.0001", "Penyusunan", 15_750_000, row: 22)]))).isEmpty)
    }

    func testValueNegative() throws {
        func model(_ tw2: Int64) -> TableModel {
            realisasi(["pagu": .rupiah(54_600_000), "realisasi_tw2": .rupiah(tw2)])
        }
        let f = try one("value.negative", validate(model(-3_870_000)))
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(f.column, "realisasi_tw2")
        XCTAssertEqual(f.cell, "S7")
        XCTAssertEqual(f.actual, DecimalNumber(-3_870_000))
        assertMessages(f, id: ["2.17.01.2.01.0001", "-Rp3.870.000", "isi realisasi triwulan itu sendiri"],
                       en: ["2.17.01.2.01.0001", "-Rp3.870.000", "enter the quarter's own amount"])

        XCTAssertTrue(of("value.negative", validate(model(3_870_000))).isEmpty)
        // Sisa may be negative (spending above pagu is value.exceeds).
        XCTAssertTrue(of("value.negative", validate(realisasi(["sisa": .rupiah(-45_080)]))).isEmpty)
    }

    func testValueExceeds() throws {
        func model(_ pagu: Int64) -> TableModel { realisasi(["pagu": .rupiah(pagu), "realisasi": .rupiah(2_989_575)]) }
        let f = try one("value.exceeds", validate(model(2_944_495)))
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(f.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(f.cell, "N7")
        XCTAssertEqual(f.expected, DecimalNumber(2_944_495))
        XCTAssertEqual(f.actual, DecimalNumber(2_989_575))
        assertMessages(f, id: ["2.17.01.2.01.0001", "Rp2.989.575", "Rp2.944.495", "Periksa angka realisasi"],
                       en: ["2.17.01.2.01.0001", "Rp2.989.575", "Rp2.944.495", "Check the realisation"])

        XCTAssertTrue(of("value.exceeds", validate(model(2_994_495))).isEmpty)
    }

    func testValueFisik() throws {
        func model(_ fisik: String) -> TableModel {
            realisasi(["fisik": .number(DecimalNumber(machine: fisik)!), "persen": .number(DecimalNumber(machine: "96.34")!)])
        }
        let f = try one("value.fisik", validate(model("96.34")))
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(f.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(f.cell, "P7")
        assertMessages(f, id: ["2.17.01.2.01.0001", "96,34%", "diukur dari kemajuan pekerjaan"],
                       en: ["2.17.01.2.01.0001", "96.34%", "Physical progress is measured"])

        XCTAssertTrue(of("value.fisik", validate(model("90"))).isEmpty)
        XCTAssertTrue(of("value.fisik", validate(model("100").with(persen: "100"))).isEmpty, "100% fisik and keuangan is a finished job")
    }

    func testValueSatuan() throws {
        func model(_ satuan: String) -> TableModel {
            TableModel(table: .rencanaAksi, layout: "rencana-aksi", meta: Meta(tahun: 2022), rows: [
                Row(kode: "2.17.01.2.02", level: .kegiatan, uraian: "Administrasi Keuangan Perangkat Daerah", values: [
                    "indikator": .text("Persentase temuan hasil pemeriksaan keuangan OPD"), "satuan": .text(satuan)], source: src(9, "RA"))],
                sourceColumns: ["satuan": "D"])
        }
        let f = try one("value.satuan", validate(model("Dokumen")))
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(f.kode, "2.17.01.2.02")
        XCTAssertEqual(f.cell, "D9")
        assertMessages(f, id: ["2.17.01.2.02", "'Dokumen'", "Gunakan satuan %"],
                       en: ["2.17.01.2.02", "'Dokumen'", "Use %"])

        XCTAssertTrue(of("value.satuan", validate(model("%"))).isEmpty)
    }

    func testValuePredikat() throws {
        func model(_ label: String) -> TableModel {
            TableModel(table: .evaluasi, layout: "evaluasi", meta: Meta(tahun: 2024), rows: [
                Row(level: .lain, uraian: "Rata-rata Capaian Kinerja (%)", values: ["capaian_rp": .number(DecimalNumber(machine: "38.97")!)], source: src(40, "E")),
                Row(level: .lain, uraian: "Predikat Kinerja", values: ["capaian_rp": .text(label)], source: src(41, "E")),
            ], sourceColumns: ["uraian": "B", "capaian_rp": "V"])
        }
        let f = try one("value.predikat", validate(model("Sangat Tinggi")))
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.cell, "V41")
        XCTAssertEqual(f.expected, DecimalNumber(machine: "38.97"))
        // No kode: the row's uraian names it.
        assertMessages(f, id: ["Predikat Kinerja", "'Sangat Tinggi'", "38,97%", "'Sangat Rendah'", "Perbaiki predikatnya"],
                       en: ["Predikat Kinerja", "'Sangat Tinggi'", "38.97%", "'Sangat Rendah'", "Correct the predikat"])

        XCTAssertTrue(of("value.predikat", validate(model("Sangat Rendah"))).isEmpty)
    }

    func testValueUnit() throws {
        func csv(_ amount: String) -> String {
            """
            No;Hasil Analisis Kebutuhan Program/ Kegiatan;Hasil Analisis Kebutuhan Lokasi;Hasil Analisis Kebutuhan Kebutuhan Dana (Rp.000)
            ;Program Pengembangan UMKM;Kab.;\(amount)
            """
        }
        let bad = try readCSV(csv("892.500.000"))
        let f = try one("value.unit", bad.findings)
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(f.cell, "D1")
        XCTAssertEqual(f.actual, DecimalNumber(892_500_000))
        // A header finding: the column and the amount name it.
        assertMessages(f, id: ["kebutuhan_dana", "(Rp.000)", "Rp892.500.000", "perbaiki judul kolomnya menjadi (Rp)"],
                       en: ["kebutuhan_dana", "(Rp.000)", "Rp892.500.000", "correct the header to (Rp)"])

        let good = try readCSV(csv("892.500"))
        XCTAssertTrue(of("value.unit", good.findings).isEmpty)
        XCTAssertEqual(good.model.rows.first?.values["kebutuhan_dana"], .rupiah(892_500_000), "thousands read as rupiah")
    }

    func testValueNotation() throws {
        func csv(_ second: String) -> String {
            """
            No;Hasil Analisis Kebutuhan Program/ Kegiatan;Hasil Analisis Kebutuhan Lokasi;Hasil Analisis Kebutuhan Kebutuhan Dana (Rp)
            ;Program Pengembangan UMKM;Kab.;892.500.000,50
            ;Fasilitasi Usaha Mikro;Kab.;\(second)
            """
        }
        let bad = try readCSV(csv("1,500,000.25"))
        let f = try one("value.notation", bad.findings)
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(f.column, "kebutuhan_dana")
        assertMessages(f, id: ["kebutuhan_dana", "(1.234,56; 1 sel)", "(1,234.56; 1 sel)", "Seragamkan penulisannya"],
                       en: ["kebutuhan_dana", "(1.234,56; 1 ", "(1,234.56; 1 ", "Use one notation"])

        XCTAssertTrue(of("value.notation", try readCSV(csv("1.500.000,25")).findings).isEmpty)
    }

    // MARK: layout.*

    func testLayoutColumn() throws {
        func csv(_ headers: [String], _ cells: [String]) -> String { headers.joined(separator: ";") + "\n" + cells.joined(separator: ";") }
        let headers = ["Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program/Kegiatan/Sub Kegiatan", "Lokasi",
                       "Rencana Tahun 2022 Target Capaian Kinerja", "Rencana Tahun 2022 Kebutuhan Dana/Pagu Indikatif (Rp)", "Rencana Tahun 2022 Sumber Dana", "Catatan Penting",
                       "Prakiraan Maju Rencana Tahun 2023 Target Capaian Kinerja", "Prakiraan Maju Rencana Tahun 2023 Kebutuhan Dana/Pagu Indikatif (Rp)"]
        let cells = ["2.17.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen", "Kab. Lumajang", "1 Dokumen", "15.750.000", "DAU", "", "1 Dokumen", "16.000.000"]
        var h = headers, c = cells
        h.remove(at: 6)
        c.remove(at: 6)
        let bad = try readCSV(csv(h, c))
        let f = try one("layout.column", bad.findings)
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(f.column, "sumber_dana")
        // A layout finding: the missing column names it.
        assertMessages(f, id: ["sumber_dana", "Sumber Dana", "Tambahkan kolom itu"],
                       en: ["sumber_dana", "Add the column"])

        let good = try readCSV(csv(headers, cells))
        XCTAssertTrue(of("layout.column", good.findings).isEmpty, "\(good.findings.map(\.message))")
    }

    func testLayoutTahun() throws {
        func csv(_ year: Int) -> String {
            """
            Rumusan Rencana Program dan Kegiatan Tahun \(year)
            Kode;Program/Kegiatan;Indikator;Rencana Tahun 2022 Lokasi;Rencana Tahun 2022 Target Capaian Kinerja;Rencana Tahun 2022 Pagu Indikatif;Rencana Tahun 2022 Sumber Dana;Catatan Penting;Prakiraan Maju Rencana Tahun 2023 Target Capaian Kinerja;Prakiraan Maju Rencana Tahun 2023 Pagu Indikatif
            2.17.01;PROGRAM PENUNJANG;x;Kab.;1;5;DAU;;1;5
            """
        }
        let bad = try readCSV(csv(2021))
        let f = try one("layout.tahun", bad.findings)
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(bad.model.meta.tahun, 2022)
        assertMessages(f, id: ["2021", "'Rencana Tahun 2022'", "Samakan tahun pada judul"],
                       en: ["2021", "'Rencana Tahun 2022'", "Make the title's year match"])

        let good = try readCSV(csv(2022))
        XCTAssertTrue(of("layout.tahun", good.findings).isEmpty)
        XCTAssertEqual(good.model.meta.tahun, 2022)
    }

    /// A column whose header year contradicts the table's year: "Prakiraan Maju Tahun 2022" in a
    /// 2022 T-C.33 (it is n+1 = 2023), and a T-C.30 whose fourth year is 2025 instead of 2023.
    func testLayoutTahunOfAColumn() throws {
        func tc33(_ maju: Int) -> String {
            """
            Tabel T-C.33
            Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2022
            Kode;Program/Kegiatan;Indikator;Rencana Tahun 2022 Lokasi;Rencana Tahun 2022 Target Capaian Kinerja;Rencana Tahun 2022 Pagu Indikatif;Rencana Tahun 2022 Sumber Dana;Catatan Penting;Prakiraan Maju Rencana Tahun \(maju) Target Capaian Kinerja;Prakiraan Maju Rencana Tahun \(maju) Pagu Indikatif
            2.17.01;PROGRAM PENUNJANG;x;Kab.;1;5;DAU;;1;5
            """
        }
        let bad = try readCSV(tc33(2022))
        let hits = of("layout.tahun", bad.findings)
        XCTAssertEqual(Set(hits.compactMap(\.column)), ["target_n1", "pagu_n1"], hits.map(\.message).joined(separator: "\n"))
        let f = try XCTUnwrap(hits.first { $0.column == "pagu_n1" })
        XCTAssertEqual(f.severity, .warning)
        XCTAssertEqual(f.cell, "J3")  // the header line, under two title lines
        assertMessages(f, id: ["kolom J", "tahun 2022", "tahun 2023", "Perbaiki tahun pada judul kolom"],
                       en: ["column J", "year 2022", "year 2023", "Correct the year in the header"])
        XCTAssertTrue(of("layout.tahun", try readCSV(tc33(2023)).findings).isEmpty)

        func tc30(_ last: Int) -> String {
            """
            Tabel T-C.30
            Pencapaian Kinerja Pelayanan Perangkat Daerah
            No;Indikator;SPM/Standar Nasional;IKK;Target Renstra Perangkat Daerah Tahun 2020;Target Renstra Perangkat Daerah Tahun 2021;Target Renstra Perangkat Daerah Tahun 2022;Target Renstra Perangkat Daerah Tahun \(last);Realisasi Capaian Tahun 2020;Realisasi Capaian Tahun 2021;Proyeksi Tahun 2022;Proyeksi Tahun \(last);Catatan Analisis
            1;Persentase koperasi aktif;;;50;55;60;65;48;52;60;65;
            """
        }
        let off = try readCSV(tc30(2025))
        XCTAssertEqual(off.model.meta.tahun, 2022)
        XCTAssertEqual(Set(of("layout.tahun", off.findings).compactMap(\.column)), ["target_n_plus1", "proyeksi_n_plus1"])
        XCTAssertTrue(of("layout.tahun", try readCSV(tc30(2023)).findings).isEmpty)
    }
}

private extension TableModel {
    func with(persen: String) -> TableModel {
        var m = self
        m.rows[0].values["persen"] = .number(DecimalNumber(machine: persen)!)
        return m
    }
}
