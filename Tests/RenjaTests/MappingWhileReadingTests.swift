import Foundation
import XCTest
@testable import Layouts
import RenjaModel
import SheetIO

/// A large sheet is mapped while it is read (`MappingWhileReading`), on what its first rows and
/// the rows so far say. The model, the findings and the printed formulas must be exactly those of
/// mapping after reading, whether the early mapping is kept or found wrong and redone.
final class MappingWhileReadingTests: XCTestCase {
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("renja-mwr-\(getpid())")

    override func setUp() { try? FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true) }
    override func tearDown() { try? FileManager.default.removeItem(at: tmp) }

    /// Reads `url` mapped after reading and mapped while reading (every sheet size qualifies),
    /// asserts both give the same, and returns the second.
    @discardableResult
    func assertSameBothWays(_ url: URL, file: StaticString = #filePath, line: UInt = #line) throws -> ReadResult {
        let catalog = try repositoryCatalog()
        let nomenklatur = try Nomenklatur(contentsOf: repositoryRoot.appendingPathComponent("templates/nomenklatur.csv"))
        let after = try ModelReader.read(url, catalog: catalog, nomenklatur: nomenklatur, options: ReadOptions())
        let whileReading = try ModelReader.read(url, catalog: catalog, nomenklatur: nomenklatur, options: ReadOptions(mapWhileReadingFrom: 0))
        XCTAssertFalse(after.mappedWhileReading, file: file, line: line)
        XCTAssertEqual(whileReading.model, after.model, url.lastPathComponent, file: file, line: line)
        XCTAssertEqual(whileReading.findings, after.findings, url.lastPathComponent, file: file, line: line)
        XCTAssertEqual(whileReading.printedFormulas, after.printedFormulas, url.lastPathComponent, file: file, line: line)
        return whileReading
    }

    func testEveryExampleWorkbookReadsTheSameMappedWhileReading() throws {
        let examples = repositoryRoot.appendingPathComponent("examples")
        var kept: [String] = [], redone: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted() where name.hasSuffix(".xlsx") {
            let r = try assertSameBothWays(examples.appendingPathComponent(name))
            if r.mappedWhileReading { kept.append(name) } else { redone.append(name) }
        }
        // Most headers map the same columns with and without their merges; S0's realisation
        // header does not (its group labels span columns the row below leaves empty).
        XCTAssertTrue(kept.contains("s2-lumajang-tc33.xlsx"), "\(kept)")
        XCTAssertTrue(kept.contains("s4-lomboktengah-rencana-aksi.xlsx"), "\(kept)")
        XCTAssertTrue(redone.contains("s0-florestimur-realisasi.xlsx"), "\(redone)")
        XCTAssertGreaterThan(kept.count, redone.count)
    }

    // MARK: A generated T-C.33 sheet

    /// One cell: a number when `text` is plain digits, else an inline string.
    func cell(_ ref: String, _ text: String) -> String {
        if !text.isEmpty, text.allSatisfy(\.isNumber) { return "<c r=\"\(ref)\"><v>\(text)</v></c>" }
        return "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
    }

    func row(_ r: Int, _ texts: [String]) -> String {
        let cells = texts.enumerated().filter { !$0.element.isEmpty }.map { cell(A1.cell(row: r - 1, column: $0.offset), $0.element) }
        return "<row r=\"\(r)\">\(cells.joined())</row>"
    }

    /// A T-C.33 sheet with a two-row merged header, `programs` programmes of a kegiatan and
    /// three sub kegiatan each, and a signature block; `target(p)` gives each sub kegiatan's
    /// target text and `furniture(p)` lines printed before programme `p`.
    func tc33(programs: Int, target: (Int) -> String = { _ in "21 Orang" }, furniture: (Int) -> [[String]] = { _ in [] }) throws -> URL {
        var rows = [
            ["Tabel T-C.33"],
            ["Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026"],
            ["Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", "Indikator Kinerja Program/Kegiatan", "Rencana Tahun 2025", "", "", "", "Catatan Penting", "Prakiraan Maju Rencana Tahun 2026"],
            ["", "", "", "Lokasi", "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif", "Sumber Dana", "", "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif"],
            ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
        ]
        for p in 0..<programs {
            rows += furniture(p)
            let prog = String(format: "2.17.%02d", 2 + p % 90)
            let keg = prog + String(format: ".2.%02d", 1 + p / 90)
            rows.append([prog, "Program Pemberdayaan Usaha \(p)", "Persentase UMKM naik kelas", "Kabupaten", "10 %", "3000000", "APBD", "", "11 %", "3300000"])
            rows.append([keg, "Pembinaan Koperasi \(p)", "Jumlah koperasi dibina", "Kabupaten", "30 Koperasi", "3000000", "APBD", "", "32 Koperasi", "3300000"])
            for s in 1...3 {
                rows.append([keg + String(format: ".%04d", s), "Penyuluhan Koperasi \(p)-\(s)", "Jumlah peserta", "Kecamatan \(s)", target(p), "1000000", "APBD", "", "\(21 + s) Orang", "1100000"])
            }
        }
        rows.append(["", "Kepala Dinas Koperasi"])
        rows.append(["", "NIP. 19700101 199003 1 001"])
        let body = rows.enumerated().map { row($0.offset + 1, $0.element) }.joined()
        let merges = "<mergeCells count=\"5\"><mergeCell ref=\"D3:G3\"/><mergeCell ref=\"I3:J3\"/><mergeCell ref=\"A3:A4\"/><mergeCell ref=\"B3:B4\"/><mergeCell ref=\"C3:C4\"/></mergeCells>"
        var f = XLSXFixture()
        f.sheets = [("T-C.33", "worksheets/sheet1.xml", XLSXFixture.sheetXML(body, after: merges), nil)]
        let url = tmp.appendingPathComponent("tc33-\(programs)-\(UUID().uuidString).xlsx")
        try f.write(to: url)
        return url
    }

    func testALargeSheetIsMappedWhileReadingAndKept() throws {
        let r = try assertSameBothWays(try tc33(programs: 600))
        XCTAssertTrue(r.mappedWhileReading)
        XCTAssertEqual(r.model.rows.filter { $0.level == .subkegiatan }.count, 1_800)
        XCTAssertEqual(r.model.rows.last?.kode, "2.17.61.2.07.0003")
        XCTAssertEqual(r.model.rows.last?.values["pagu"]?.rupiah, 1_000_000)
    }

    func testANotationProvenOnlyLaterIsReadAgainWithIt() throws {
        // "1.500" alone is undecided in a target column; the thousands groups further down prove
        // the column Indonesian, so it is 1500, as when the whole column is known first.
        let url = try tc33(programs: 300, target: { p in p == 0 ? "1.500" : (p % 50 == 0 ? "2.500.000" : "21 Orang") })
        let r = try assertSameBothWays(url)
        XCTAssertFalse(r.mappedWhileReading)
        XCTAssertEqual(r.model.rows.first { $0.kode == "2.17.02.2.01.0001" }?.values["target"]?.number, DecimalNumber(1500))
    }

    func testARunningTitleThatComesBackLaterIsLeftOutEverywhere() throws {
        // The line is printed at every 100th programme: its first print is known to come back
        // only once the second is read.
        let url = try tc33(programs: 300, furniture: { p in p % 100 == 0 ? [["DINAS KOPERASI USAHA KECIL DAN MENENGAH"]] : [] })
        let r = try assertSameBothWays(url)
        XCTAssertFalse(r.mappedWhileReading)
        XCTAssertFalse(r.model.rows.contains { $0.uraian.contains("DINAS KOPERASI") || $0.kode.contains("DINAS") })
    }

    func testASheetWhoseHeaderIsNotFoundEarlyKeepsItsRows() throws {
        // A notes sheet first, large and headerless: its rows are kept as the grid; the table on
        // the second sheet is read as usual.
        var notes = ""
        for r in 1...300 { notes += row(r, ["Catatan \(r)"]) }
        let table = try XLSXParts(try tc33(programs: 50))
        var f = XLSXFixture()
        f.sheets = [("Catatan", "worksheets/sheet1.xml", XLSXFixture.sheetXML(notes), nil),
                    ("T-C.33", "worksheets/sheet2.xml", String(decoding: table.parts["xl/worksheets/sheet1.xml"]!, as: UTF8.self), nil)]
        let url = tmp.appendingPathComponent("two-sheets.xlsx")
        try f.write(to: url)
        let r = try assertSameBothWays(url)
        XCTAssertFalse(r.mappedWhileReading)
        XCTAssertEqual(r.model.rows.filter { $0.level == .subkegiatan }.count, 150)
    }

    func testASheetDamagedHalfwayFailsWithoutWaitingForever() throws {
        let good = try XLSXParts(try tc33(programs: 300))
        var xml = String(decoding: good.parts["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
        let cut = xml.index(xml.startIndex, offsetBy: xml.utf8.count / 2)
        xml = String(xml[..<cut]) + "<row r=\"x\"><c><<</worksheet>"
        var f = XLSXFixture()
        f.sheets = [("T-C.33", "worksheets/sheet1.xml", xml, nil)]
        let url = tmp.appendingPathComponent("damaged.xlsx")
        try f.write(to: url)
        let catalog = try repositoryCatalog()
        XCTAssertThrowsError(try ModelReader.read(url, catalog: catalog, nomenklatur: nil, options: ReadOptions(mapWhileReadingFrom: 0))) { e in
            guard case ModelReader.Failure.read = e else { return XCTFail("\(e)") }
        }
    }

    func testASinkTakesTheRowsInOrderAndTheSheetKeepsItsMerges() throws {
        final class Collect: SheetRowSink {
            var rows: [Int] = [], merges: [CellRange]? = nil, finished = 0
            func take(_ row: SheetRow) { rows.append(row.index) }
            func finish(merges: [CellRange]?) { self.merges = merges; finished += 1 }
        }
        let url = try tc33(programs: 10)
        let sink = Collect()
        var asked: [SheetPart] = []
        let wb = try XLSXReader.read(url, sink: { part in asked.append(part); return sink })
        XCTAssertEqual(asked.map(\.name), ["T-C.33"])
        XCTAssertGreaterThan(asked[0].inflatedSize, 10_000)
        XCTAssertEqual(sink.rows, Array(0..<(5 + 50 + 2)))
        XCTAssertEqual(sink.finished, 1)
        XCTAssertEqual(sink.merges?.count, 5)
        XCTAssertTrue(wb.sheets[0].rows.isEmpty)
        XCTAssertEqual(wb.sheets[0].merges.count, 5)
    }
}
