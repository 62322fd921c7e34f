import Foundation
import XCTest
@testable import Layouts
import RenjaModel
@testable import Render
@testable import Rules
import SheetIO
import ZIPFoundation

/// The written workbooks recalculated by a real spreadsheet engine (LibreOffice, recalculation
/// forced on load) and read by an independent reader (openpyxl): every formula's recalculated value
/// equals the cached value renja wrote, and the totals follow a changed sub kegiatan pagu.
final class RecalculationTests: XCTestCase {
    var catalog: TemplateCatalog!
    override func setUpWithError() throws {
        catalog = try repositoryCatalog()
    }

    func write(_ model: TableModel) throws -> (URL, TableRenderer) {
        let url = try temporaryFolder().appendingPathComponent("\(model.table.rawValue).xlsx")
        let r = TableRenderer(model: model, spec: catalog.spec(model.table), options: RenderOptions())
        try r.write(to: url)
        return (url, r)
    }

    func testTC33ParentsAreSumsAndLibreOfficeAgrees() throws {
        var f = ModelFactory()
        let model = f.tc33()
        let (url, r) = try write(model)
        let checked = try assertRecalculationMatchesCache(url, sheet: "T-C.33")
        XCTAssertGreaterThan(checked, 20)

        // openpyxl: parents are formulas, with the right cached sums.
        let d = r.derivation
        let py = try OpenPyXL.cells(url, sheet: "T-C.33")
        let pagu = r.columnOf["pagu"]!
        for (i, row) in model.rows.enumerated() where row.level != .subkegiatan {
            let a1 = A1.cell(row: r.sheetRow[i]!, column: pagu)
            let cell = py[a1]
            XCTAssertNotNil(cell?.formula, "\(a1) \(row.kode) is a formula")
            XCTAssertTrue(cell?.formula?.hasPrefix("=SUM(") ?? false)
            XCTAssertEqual((cell?.value as? NSNumber)?.int64Value, d.rows[i].values["pagu"]?.rupiah, "\(a1) cached")
        }
        // A sub kegiatan is a plain number, and text starting with "=" stays text.
        let sub = model.rows.firstIndex { $0.level == .subkegiatan }!
        XCTAssertNil(py[A1.cell(row: r.sheetRow[sub]!, column: pagu)]?.formula)
        let prog = model.rows.firstIndex { $0.level == .program }!
        XCTAssertEqual(py[A1.cell(row: r.sheetRow[prog]!, column: r.columnOf["uraian"]!)]?.value as? String, "PROGRAM 1 =dengan tanda sama dengan")
    }

    func testChangingOneSubKegiatanPaguMovesItsParentsAfterRecalculation() throws {
        var f = ModelFactory(seed: 7)
        let model = f.tc33(programs: 2, kegiatan: 2, subs: 2)
        let (url, r) = try write(model)
        let sub = model.rows.firstIndex { $0.level == .subkegiatan }!
        let col = r.columnOf["pagu"]!
        let subRef = A1.cell(row: r.sheetRow[sub]!, column: col)
        // Edit the cell's value inside the sheet XML, as an officer typing a new pagu would.
        let edited = url.deletingLastPathComponent().appendingPathComponent("edited.xlsx")
        try rewrite(url, to: edited) { xml in
            guard let range = xml.range(of: "<c r=\"\(subRef)\"") else { return xml }
            let tail = xml[range.lowerBound...]
            let vStart = tail.range(of: "<v>")!.upperBound, vEnd = tail.range(of: "</v>")!.lowerBound
            return xml.replacingCharacters(in: vStart..<vEnd, with: String((model.rows[sub].values["pagu"]?.rupiah ?? 0) + 1_000_000))
        }
        let csv = try LibreOffice.recalculatedCSV(edited)
        func lo(_ i: Int) -> Int64 { Int64(Double(csv[r.sheetRow[i]!][col]) ?? -1) }
        let d = r.derivation.rows
        let keg = r.derivation.hierarchy.parent[sub]!, prog = r.derivation.hierarchy.parent[keg]!
        let total = model.rows.firstIndex { $0.level == .total }!
        for i in [sub, keg, prog, total] {
            XCTAssertEqual(lo(i), d[i].values["pagu"]!.rupiah! + 1_000_000, "row \(model.rows[i].level) follows the change")
        }
    }

    func testEvaluasiDerivedColumnsFootersAndPredikat() throws {
        var f = ModelFactory(seed: 3)
        let model = f.evaluasi()
        let (url, r) = try write(model)
        let checked = try assertRecalculationMatchesCache(url, sheet: "Evaluasi Renja")
        XCTAssertGreaterThan(checked, 50)
        let cells = try XLSXParts(url).cells(sheet: "Evaluasi Renja")
        // Percentage indicator: realisation K is the last quarter, not the sum.
        let pct = model.rows.firstIndex { $0.values["satuan"]?.text == "%" }!
        let rk = cells[A1.cell(row: r.sheetRow[pct]!, column: r.columnOf["realisasi_k"]!)]!
        XCTAssertEqual(Double(rk.value), model.rows[pct].values["tw3_k"]?.number?.doubleValue)
        let count = model.rows.firstIndex { $0.values["satuan"]?.text == "Laporan" }!
        let ck = cells[A1.cell(row: r.sheetRow[count]!, column: r.columnOf["realisasi_k"]!)]!
        let sum = (1...3).map { model.rows[count].values["tw\($0)_k"]!.number!.doubleValue }.reduce(0, +)
        XCTAssertEqual(Double(ck.value), sum)
        // Footer rows: an average and a predikat per program and for the document.
        XCTAssertEqual(cells.values.filter { $0.value == "Predikat Kinerja" }.count, 2)
        XCTAssertTrue(cells.values.contains { ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"].contains($0.value) && $0.formula != nil })
    }

    func testRencanaAksiAndRealisasiAndBlankDivisions() throws {
        var f = ModelFactory(seed: 11)
        for model in [f.rencanaAksi(), f.realisasi()] {
            let (url, _) = try write(model)
            XCTAssertGreaterThan(try assertRecalculationMatchesCache(url, sheet: catalog.spec(model.table).sheet), 5)
        }
        // An empty target gives an empty capaian, not #DIV/0!.
        var m = f.evaluasi()
        for i in m.rows.indices { m.rows[i].values["target_rp"] = nil; m.rows[i].values["target_k"] = nil }
        let (url, r) = try write(m)
        let cells = try XLSXParts(url).cells(sheet: "Evaluasi Renja")
        let sub = m.rows.firstIndex { $0.level == .subkegiatan }!
        XCTAssertEqual(cells[A1.cell(row: r.sheetRow[sub]!, column: r.columnOf["capaian_rp"]!)]?.value, "")
        _ = try assertRecalculationMatchesCache(url, sheet: "Evaluasi Renja")
    }

    func testEveryOtherKindRecalculatesToItsCache() throws {
        var f = ModelFactory(seed: 13)
        for model in [f.tc29(), f.tc31(), f.tc32(), f.dpa()] {
            let (url, _) = try write(model)
            _ = try assertRecalculationMatchesCache(url, sheet: catalog.spec(model.table).sheet)
            try assertWellFormed(url)
        }
        // T-C.29: tingkat realisasi is a formula (8 = 7/6), empty for a text target.
        let m = f.tc29()
        let (url, r) = try write(m)
        let cells = try XLSXParts(url).cells(sheet: "T-C.29")
        let sub = m.rows.firstIndex { $0.kode.hasSuffix("0001") }!
        let tr = cells[A1.cell(row: r.sheetRow[sub]!, column: r.columnOf["tingkat_realisasi_n2"]!)]!
        XCTAssertNotNil(tr.formula)
        let want = (m.rows[sub].values["realisasi_n2"]!.number!.doubleValue / m.rows[sub].values["target_n2"]!.number!.doubleValue * 100 * 100).rounded() / 100
        XCTAssertEqual(Double(tr.value) ?? .nan, want, accuracy: 1e-9)
    }

    /// Every XML part parses: the file opens without a repair prompt.
    func assertWellFormed(_ url: URL) throws {
        let parts = try XLSXParts(url)
        for (path, _) in parts.parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            XCTAssertNoThrow(try parts.xml(path), path)
        }
    }

    /// Copies an xlsx, passing the first worksheet's XML through `edit`.
    func rewrite(_ src: URL, to dst: URL, edit: (String) -> String) throws {
        let input = try Archive(url: src, accessMode: .read)
        let output = try Archive(url: dst, accessMode: .create)
        for entry in input {
            var data = Data()
            _ = try input.extract(entry) { data.append($0) }
            if entry.path == "xl/worksheets/sheet1.xml" { data = Data(edit(String(decoding: data, as: UTF8.self)).utf8) }
            try output.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
    }
}
