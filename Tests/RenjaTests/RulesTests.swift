import XCTest
@testable import Layouts
import RenjaModel
@testable import Render
@testable import Rules

/// Each rule with a case that fires and one that does not, and the messages checked for the kode,
/// the amounts and the advice in both languages.
final class RulesTests: XCTestCase {
    var catalog: TemplateCatalog!
    override func setUpWithError() throws {
        catalog = try repositoryCatalog()
    }

    func tc33(_ rows: [Row]) -> TableModel {
        TableModel(table: .tc33, layout: "tc33", meta: Meta(tahun: 2022, pemda: "Kabupaten Lumajang"), rows: rows,
                   sourceColumns: ["kode": "A", "uraian": "B", "pagu": "F", "lokasi": "D", "target": "E", "sumber_dana": "G"])
    }

    func sub(_ kode: String, _ name: String, _ pagu: Int64, row: Int) -> Row {
        Row(kode: kode, level: .subkegiatan, uraian: name,
            values: ["pagu": .rupiah(pagu), "lokasi": .text("Kab."), "target": .target(Target.parse("1 Dokumen")), "sumber_dana": .text("DAU")],
            source: SourceRef(sheet: "T-C.33", row: row))
    }

    func findings(_ m: TableModel) -> [Finding] { Validator(model: m, spec: catalog.spec(m.table)).run() }

    func testSumChildrenFiresWithBothAmountsAndAdvice() {
        let m = tc33([
            Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG", values: ["pagu": .rupiah(15_750_000)], source: SourceRef(sheet: "T-C.33", row: 20)),
            Row(kode: "2.17.01.2.05", level: .kegiatan, uraian: "Administrasi Kepegawaian Perangkat Daerah", values: ["pagu": .rupiah(14_728_500)], source: SourceRef(sheet: "T-C.33", row: 21)),
            sub("2.17.01.2.05.02", "Pengadaan Pakaian Dinas", 15_750_000, row: 22),
        ])
        let f = findings(m).filter { $0.rule == "sum.children" }
        XCTAssertEqual(f.count, 2)  // the kegiatan, and the program over the kegiatan
        let keg = f.first { $0.kode == "2.17.01.2.05" }!
        XCTAssertEqual(keg.cell, "F21")
        XCTAssertEqual(keg.expected, DecimalNumber(15_750_000))
        XCTAssertEqual(keg.actual, DecimalNumber(14_728_500))
        XCTAssertTrue(keg.message.contains("Rp14.728.500") && keg.message.contains("Rp15.750.000") && keg.message.contains("2.17.01.2.05"), keg.message)
        XCTAssertTrue(keg.message.contains("Perbaiki"))
        XCTAssertTrue(keg.messageEnglish.contains("Rp14.728.500") && keg.messageEnglish.contains("Correct"), keg.messageEnglish)

        let ok = tc33([
            Row(kode: "2.17.01.2.05", level: .kegiatan, uraian: "Administrasi Kepegawaian", values: ["pagu": .rupiah(15_750_000)]),
            sub("2.17.01.2.05.02", "Pengadaan Pakaian Dinas", 15_750_000, row: 22),
        ])
        XCTAssertTrue(findings(ok).filter { $0.rule.hasPrefix("sum") }.isEmpty)
    }

    func testIndicatorRowsAddToTheirSubKegiatan() {
        // S0: a sub kegiatan with two indicator rows, 4.325.000 + 17.580.000 = kegiatan 21.905.000.
        var cont = Row(level: .indikator, uraian: "", values: ["pagu": .rupiah(17_580_000)])
        cont.source = SourceRef(sheet: "T-C.33", row: 12)
        let m = tc33([
            Row(kode: "2.17.01.2.06", level: .kegiatan, uraian: "Administrasi Umum", values: ["pagu": .rupiah(21_905_000)]),
            sub("2.17.01.2.06.04", "Penyediaan Bahan Logistik Kantor", 4_325_000, row: 11), cont,
        ])
        XCTAssertTrue(findings(m).filter { $0.rule == "sum.children" }.isEmpty)
    }

    func testTotalAndTriwulan() {
        let spec = catalog.spec(.rencanaAksi)
        let m = TableModel(table: .rencanaAksi, layout: "rencana-aksi", rows: [
            Row(kode: "", level: .program, uraian: "PROGRAM PENGEMBANGAN UMKM", values: [
                "anggaran": .rupiah(26_005_473), "anggaran_tw3": .rupiah(19_655_640)], source: SourceRef(sheet: "RA", row: 9)),
            Row(level: .total, uraian: "Jumlah", values: ["anggaran": .rupiah(26_000_000)], source: SourceRef(sheet: "RA", row: 10)),
        ], sourceColumns: ["anggaran": "K"])
        let f = Validator(model: m, spec: spec).run()
        let tw = f.first { $0.rule == "sum.triwulan" }!
        XCTAssertEqual(tw.cell, "K9")
        XCTAssertEqual(tw.expected, DecimalNumber(19_655_640))
        XCTAssertTrue(tw.message.contains("Rp26.005.473") && tw.message.contains("Rp19.655.640"))
        let total = f.first { $0.rule == "sum.total" }!
        XCTAssertEqual(total.actual, DecimalNumber(26_000_000))
        XCTAssertEqual(total.expected, DecimalNumber(26_005_473))
    }

    func testDerivedFormulaWithToleranceAndPredikat() {
        let spec = catalog.spec(.evaluasi)
        func row(_ capaian: String) -> Row {
            Row(kode: "2.17.01.2.01.01", level: .subkegiatan, uraian: "Penyusunan Dokumen", values: [
                "target_rp": .rupiah(200), "tw1_rp": .rupiah(50), "tw2_rp": .rupiah(50), "realisasi_rp": .rupiah(100),
                "capaian_rp": .number(DecimalNumber(machine: capaian)!)], source: SourceRef(sheet: "E", row: 9))
        }
        let bad = Validator(model: TableModel(table: .evaluasi, layout: "evaluasi", rows: [row("52.5")], sourceColumns: ["capaian_rp": "V"]), spec: spec).run()
        let d = bad.first { $0.rule == "formula.derived" }
        XCTAssertEqual(d?.expected, DecimalNumber(50))
        XCTAssertEqual(d?.cell, "V9")
        let ok = Validator(model: TableModel(table: .evaluasi, layout: "evaluasi", rows: [row("50.01")]), spec: spec).run()
        XCTAssertNil(ok.first { $0.rule == "formula.derived" }, "within 0,01")

        // Predikat: 38,97 printed "Sangat Tinggi" is wrong (S3).
        let m = TableModel(table: .evaluasi, layout: "evaluasi", rows: [
            Row(level: .lain, uraian: "Rata-rata Capaian Kinerja (%)", values: ["capaian_rp": .number(DecimalNumber(machine: "38.97")!)]),
            Row(level: .lain, uraian: "Predikat Kinerja", values: ["capaian_rp": .text("Sangat Tinggi")]),
        ])
        let p = Validator(model: m, spec: spec).run().filter { $0.rule == "value.predikat" }
        XCTAssertEqual(p.count, 1)
        XCTAssertTrue(p[0].message.contains("Sangat Rendah"))
        XCTAssertEqual(Derivation.predikat(DecimalNumber(machine: "90.995")!, bands: spec.predikatBands), "Sangat Tinggi")
        XCTAssertEqual(Derivation.predikat(DecimalNumber(machine: "51.12")!, bands: spec.predikatBands), "Rendah")
    }

    func testIndicatorTypeGivenInTheSheetChoosesTheFormula() {
        let spec = catalog.spec(.evaluasi)
        func row(_ jenis: String) -> Row {
            Row(kode: "2.17.01.2.01.0001", level: .subkegiatan, uraian: "X", values: [
                "satuan": .text("Dokumen"), "jenis_indikator": .text(jenis), "target_k": .target(Target.parse("10")),
                "tw1_k": .target(Target.parse("4")), "tw2_k": .target(Target.parse("8"))])
        }
        func derived(_ jenis: String, _ key: String) -> DecimalNumber? {
            Derivation(model: TableModel(table: .evaluasi, layout: "evaluasi", rows: [row(jenis)]), spec: spec).rows[0].values[key]?.number
        }
        XCTAssertEqual(derived("Tren Positif", "realisasi_k"), DecimalNumber(12), "counts add up")
        XCTAssertEqual(derived("Persentase", "realisasi_k"), DecimalNumber(8), "the latest value")
        XCTAssertEqual(derived("Nilai Akhir", "realisasi_k"), DecimalNumber(8))
        XCTAssertEqual(derived("Tren Negatif", "capaian_k"), DecimalNumber(125), "lower is better: target / realisasi")
        XCTAssertEqual(derived("Tren Positif", "capaian_k"), DecimalNumber(120))
    }

    /// Consistent generated workbooks of every kind give no error-level finding.
    func testCleanDataHasNoErrors() {
        var f = ModelFactory(seed: 99)
        for m in [f.tc33(), f.evaluasi(), f.rencanaAksi(), f.realisasi(), f.tc29(), f.tc31(), f.tc32(), f.dpa()] {
            let spec = catalog.spec(m.table)
            // Parents and derived columns as the writer would compute them: a consistent document.
            let consistent = TableModel(table: m.table, layout: m.layout, meta: m.meta, rows: Array(Derivation(model: m, spec: spec).rows))
            let errors = Validator(model: consistent, spec: spec).run().filter { $0.severity == .error }
            XCTAssertEqual(errors.map(\.rule), [], "\(m.table): \(errors.map(\.message))")
        }
    }

    func testKodeRules() {
        let m = tc33([
            Row(kode: "2.17.01", level: .program, uraian: "PROGRAM PENUNJANG", values: [:]),
            Row(kode: "6.01.01.2.01", level: .kegiatan, uraian: "Perencanaan", values: [:]),
            Row(kode: "2.17.2", level: .kegiatan, uraian: "Kegiatan X", values: [:]),
            Row(kode: "2.17.03", level: .program, uraian: "PROGRAM PENGAWASAN", values: [:]),
            Row(kode: "2.17.03", level: .program, uraian: "PROGRAM PENGAWASAN", values: [:]),
            Row(kode: "2.17.04", level: .program, uraian: "PROGRAM B", values: [:]),
            Row(kode: "2.17.04.2.01", level: .kegiatan, uraian: "Kegiatan B", values: [:]),
        ])
        let f = findings(m)
        XCTAssertTrue(f.contains { $0.rule == "kode.format" && $0.kode == "2.17.2" })
        XCTAssertTrue(f.contains { $0.rule == "kode.bidang" && $0.kode == "6.01.01.2.01" && $0.message.contains("2.17") })
        XCTAssertTrue(f.contains { $0.rule == "kode.hierarchy" && $0.kode == "6.01.01.2.01" })
        XCTAssertTrue(f.contains { $0.rule == "kode.duplicate" && $0.kode == "2.17.03" })
        XCTAssertFalse(f.contains { $0.kode == "2.17.04.2.01" }, "a right code gives nothing")
    }

    func testValueRules() {
        let m = tc33([Row(kode: "2.17.01.2.01.01", level: .subkegiatan, uraian: "Penyusunan", values: ["pagu": .rupiah(-5)], source: SourceRef(sheet: "T", row: 3))])
        let f = findings(m)
        XCTAssertTrue(f.contains { $0.rule == "value.negative" && $0.message.contains("-Rp5") })
        XCTAssertTrue(f.contains { $0.rule == "value.required" && $0.column == "lokasi" })
        XCTAssertTrue(f.contains { $0.rule == "value.required" && $0.column == "sumber_dana" })
        let clean = tc33([sub("2.17.01.2.01.01", "Penyusunan", 5, row: 3)])
        XCTAssertFalse(findings(clean).contains { $0.severity == .error })
    }

    func testExcelFormulaTranslationMatchesDerivation() throws {
        let spec = catalog.spec(.evaluasi)
        let c = spec.column("capaian_rp")!
        let f = try Formula.parse(c.formula!)
        let excel = ExcelFormula.derived(f, round: 2, ref: { ["realisasi_rp": "T9", "target_rp": "J9"][$0] })
        XCTAssertEqual(excel, "=IF(COUNT(T9,J9)=0,\"\",IFERROR(ROUND(T9/J9*100,2),\"\"))")
        let last = try Formula.parse("LAST({tw1_k}, {tw2_k})")
        XCTAssertEqual(ExcelFormula.translate(last, ref: { ["tw1_k": "K9", "tw2_k": "M9"][$0] }), "IF(ISNUMBER(M9),M9,IF(ISNUMBER(K9),K9,\"\"))")
        XCTAssertEqual(ExcelFormula.sum(column: 5, rows: [10, 11, 12, 15]), "=SUM(F11:F13,F16)")
        XCTAssertEqual(ExcelFormula.sum(column: 27, rows: [15, 9, 10]), "=SUM(AB10:AB11,AB16)", "rows in any order")
        XCTAssertEqual(ExcelFormula.sum(column: 0, rows: [4]), "=SUM(A5)")
        // More than 255 arguments (Excel's limit): nested SUMs of at most 255 each.
        let apart = ExcelFormula.sum(column: 1, rows: Array(stride(from: 0, to: 600, by: 2)))
        XCTAssertTrue(apart.hasPrefix("=SUM(SUM(B1,B3,"), apart)
        XCTAssertTrue(apart.hasSuffix(",B599))"), apart)
        XCTAssertEqual(apart.components(separatedBy: "SUM(").count - 1, 3)
        XCTAssertEqual(apart.split(separator: ",").count, 300)
        let r = Row(level: .subkegiatan, uraian: "", values: ["tw1_k": .target(Target.parse("3")), "tw2_k": .target(Target.parse("5"))])
        XCTAssertEqual(Derivation.evaluate(last, row: r), DecimalNumber(5))
    }
}

final class QuarterUpdateTests: XCTestCase {
    func model() -> TableModel {
        TableModel(table: .evaluasi, layout: "evaluasi", rows: [
            Row(kode: "2.17.01", level: .program, uraian: "PROGRAM", values: [:], source: SourceRef(sheet: "E", row: 9)),
            Row(kode: "2.17.01.2.01.01", level: .subkegiatan, uraian: "Penyusunan", values: [
                "indikator": .text("Jumlah Dokumen"), "satuan": .text("Dokumen"), "target_rp": .rupiah(1000),
                "tw1_rp": .rupiah(100), "tw2_rp": .rupiah(200), "tw1_k": .target(Target.parse("1")), "tw2_k": .target(Target.parse("1"))], source: SourceRef(sheet: "E", row: 10)),
            Row(kode: "2.17.01.2.01.02", level: .subkegiatan, uraian: "Koordinasi", values: [
                "indikator": .text("Persentase kegiatan"), "satuan": .text("%"), "target_rp": .rupiah(500),
                "tw1_rp": .rupiah(50), "tw2_rp": .rupiah(50), "tw2_k": .target(Target.parse("40"))], source: SourceRef(sheet: "E", row: 11)),
        ], sourceColumns: ["tw3_rp": "O", "kode": "A"])
    }

    func testPeriodicAndCumulativeGiveTheSameQuarter() throws {
        let spec = try repositoryCatalog().spec(.evaluasi)
        let periodic = QuarterUpdate(triwulan: 3, cumulative: false, overwrite: false, file: "r.csv")
            .apply([RealisasiLine(line: 2, kode: "2.17.01.2.01.0001", rp: 300, k: DecimalNumber(2)),
                    RealisasiLine(line: 3, kode: "2 17 01 2 01 02", rp: 100, k: DecimalNumber(70))], to: model(), spec: spec, workbookName: "w.xlsx")
        let cumulative = QuarterUpdate(triwulan: 3, cumulative: true, overwrite: false, file: "r.csv")
            .apply([RealisasiLine(line: 2, kode: "2.17.01.2.01.01", rp: 600, k: DecimalNumber(4)),
                    RealisasiLine(line: 3, kode: "2.17.01.2.01.02", rp: 200, k: DecimalNumber(70))], to: model(), spec: spec, workbookName: "w.xlsx")
        XCTAssertEqual(periodic.errors, 0, "\(periodic.findings.map(\.message))")
        XCTAssertEqual(cumulative.errors, 0, "\(cumulative.findings.map(\.message))")
        XCTAssertEqual(periodic.model.rows, cumulative.model.rows)
        XCTAssertEqual(periodic.model.rows[1].values["tw3_rp"], .rupiah(300))
        XCTAssertEqual(periodic.model.rows[1].values["tw3_k"]?.number, DecimalNumber(2))   // count: 4 - (1+1)
        XCTAssertEqual(periodic.model.rows[2].values["tw3_k"]?.number, DecimalNumber(70))  // percentage: latest value
        XCTAssertEqual(periodic.updatedRows, 2)
        // Idempotent: the same update again changes nothing.
        let again = QuarterUpdate(triwulan: 3, cumulative: false, overwrite: false, file: "r.csv")
            .apply([RealisasiLine(line: 2, kode: "2.17.01.2.01.01", rp: 300, k: DecimalNumber(2)),
                    RealisasiLine(line: 3, kode: "2.17.01.2.01.02", rp: 100, k: DecimalNumber(70))], to: periodic.model, spec: spec, workbookName: "w.xlsx")
        XCTAssertEqual(again.changes.count, 0)
        XCTAssertEqual(again.errors, 0)
    }

    func testErrorsNameTheLineAndCell() throws {
        let spec = try repositoryCatalog().spec(.evaluasi)
        let u = QuarterUpdate(triwulan: 3, cumulative: true, overwrite: false, file: "r.csv").apply([
            RealisasiLine(line: 2, kode: "2.17.09.2.01.01", rp: 5),
            RealisasiLine(line: 3, kode: "2.17.01.2.01.01", rp: 250),
            RealisasiLine(line: 4, kode: "2.17.01.2.01.02", rp: 150),
            RealisasiLine(line: 5, kode: "2.17.01.2.01.02", rp: 150),
        ], to: model(), spec: spec, workbookName: "w.xlsx")
        let msgs = u.findings.filter { $0.severity == .error }.map(\.message)
        XCTAssertTrue(msgs.contains { $0.contains("baris 2") && $0.contains("2.17.09.2.01.01") && $0.contains("tidak ada") }, "\(msgs)")
        XCTAssertTrue(msgs.contains { $0.contains("baris 3") && $0.contains("O10") && $0.contains("negatif") }, "\(msgs)")
        XCTAssertTrue(msgs.contains { $0.contains("baris 5") && $0.contains("baris 4") }, "\(msgs)")
        // A conflicting existing value needs --timpa.
        var m = model()
        m.rows[1].values["tw3_rp"] = .rupiah(1)
        let c = QuarterUpdate(triwulan: 3, cumulative: false, overwrite: false, file: "r.csv").apply([RealisasiLine(line: 2, kode: "2.17.01.2.01.01", rp: 300)], to: m, spec: spec, workbookName: "w.xlsx")
        XCTAssertEqual(c.errors, 1)
        XCTAssertTrue(c.findings[0].message.contains("--timpa"))
        let t = QuarterUpdate(triwulan: 3, cumulative: false, overwrite: true, file: "r.csv").apply([RealisasiLine(line: 2, kode: "2.17.01.2.01.01", rp: 300)], to: m, spec: spec, workbookName: "w.xlsx")
        XCTAssertEqual(t.errors, 0)
    }
}
