import Foundation
import XCTest
@testable import Layouts
import RenjaModel
@testable import Render
@testable import Rules
import SheetIO

/// read(write(model)) gives the same model: rows, codes, levels and every value, for generated
/// models of several kinds and for the examples (whose written parents carry the recomputed sums).
final class RoundTripTests: XCTestCase {
    var catalog: TemplateCatalog!
    override func setUpWithError() throws {
        catalog = try repositoryCatalog()
    }

    func readBack(_ url: URL) throws -> TableModel {
        let n = try Nomenklatur(contentsOf: repositoryRoot.appendingPathComponent("templates/nomenklatur.csv"))
        return try ModelReader.read(url, catalog: catalog, nomenklatur: n, options: ReadOptions()).model
    }

    /// What the written workbook must read back as: the derivation's values (parents as sums,
    /// derived columns computed), without the footer rows the writer adds.
    func comparable(_ rows: [Row]) -> [String] {
        rows.filter { !($0.level == .lain && normalizedLabel($0.uraian).hasPrefix("rata") || normalizedLabel($0.uraian).hasPrefix("predikat") || normalizedLabel($0.uraian).hasPrefix("total rata")) }
            .map { r in
                let vals = r.values.keys.sorted().map { k -> String in
                    let v = r.values[k]!
                    if let n = v.number { return "\(k)=\(n.rounded(2))" }
                    return "\(k)=\(v.text)"
                }
                return "\(r.kode)|\(r.level.rawValue)|\(r.uraian)|" + vals.joined(separator: ",")
            }
    }

    func roundTrip(_ model: TableModel, file: StaticString = #filePath, line: UInt = #line) throws {
        let spec = catalog.spec(model.table)
        let url = try temporaryFolder().appendingPathComponent("rt.xlsx")
        let renderer = TableRenderer(model: model, spec: spec, options: RenderOptions())
        try renderer.write(to: url)
        let back = try readBack(url)
        XCTAssertEqual(back.table, model.table, file: file, line: line)
        XCTAssertEqual(back.meta, model.meta, file: file, line: line)
        let want = comparable(Array(renderer.derivation.rows)), got = comparable(back.rows)
        XCTAssertEqual(got.count, want.count, "\(model.table) rows", file: file, line: line)
        for (g, w) in zip(got, want) where g != w {
            XCTFail("\(model.table):\n got  \(g)\n want \(w)", file: file, line: line)
            break
        }
    }

    func testGeneratedModelsOfSeveralKinds() throws {
        var f = ModelFactory(seed: 5)
        try roundTrip(f.tc33())
        try roundTrip(f.evaluasi())
        try roundTrip(f.rencanaAksi())
        try roundTrip(f.realisasi())
    }

    func testExamplesSurviveTheRoundTrip() throws {
        for name in ["s2-lumajang-tc33.xlsx", "s4-lomboktengah-rencana-aksi.xlsx", "sipd-bengkuluutara-renja-2026.json", "s0-florestimur-tc33.xlsx", "s2-lumajang-tc31.xlsx", "s2-lumajang-tc30.xlsx", "s2-lumajang-tc32.xlsx"] {
            let model = try readBack(repositoryRoot.appendingPathComponent("examples/\(name)"))
            try roundTrip(model)
        }
    }

    /// A generated T-C.33 model large enough (over 4,000 rows) to be mapped and written on two cores.
    func largeTC33(seed: UInt64, file: StaticString = #filePath, line: UInt = #line) -> TableModel {
        var f = ModelFactory(seed: seed)
        let model = f.tc33(programs: 30, kegiatan: 12, subs: 12)
        XCTAssertGreaterThan(model.rows.count, 4_000, file: file, line: line)
        return model
    }

    /// A sheet of more than 4,000 rows is mapped in two halves on two cores: the model and the
    /// report are exactly those of mapping it in one pass (RENJA_SEQUENTIAL).
    func testLargeSheetMappedInHalvesEqualsOnePass() throws {
        let model = largeTC33(seed: 9)
        let dir = try temporaryFolder()
        let xlsx = dir.appendingPathComponent("besar.xlsx")
        try TableRenderer(model: model, spec: try repositoryCatalog().spec(.tc33), options: RenderOptions()).write(to: xlsx)
        var outputs: [Data] = []
        for env in [[:], ["RENJA_SEQUENTIAL": "1"]] {
            let json = dir.appendingPathComponent("m\(outputs.count).json"), rep = dir.appendingPathComponent("r\(outputs.count).json")
            let r = try RenjaProcess.run(["convert", xlsx.path, "-o", json.path, "--report", rep.path], environment: env)
            XCTAssertLessThanOrEqual(r.status, 1, r.stderr)
            outputs.append(try Data(contentsOf: json) + Data(contentsOf: rep))
        }
        XCTAssertEqual(outputs[0], outputs[1])
        let back = try JSONSerialization.jsonObject(with: try Data(contentsOf: dir.appendingPathComponent("m0.json"))) as? [String: Any]
        XCTAssertEqual((back?["rows"] as? [Any])?.count, model.rows.count)
    }

    /// A table of more than 4,000 rows is decided on one core while the other writes it: the
    /// sheet, its shared strings and its styles are byte for byte those of writing it in one pass.
    func testLargeTableWrittenOnTwoCoresEqualsOnePass() throws {
        let model = largeTC33(seed: 11)
        let dir = try temporaryFolder()
        let json = dir.appendingPathComponent("besar.json")
        try ModelJSON.encode(model, keyOrder: try repositoryCatalog().spec(.tc33).valueKeys).write(to: json)
        var written: [XLSXParts] = []
        for env in [[:], ["RENJA_SEQUENTIAL": "1"]] {
            let xlsx = dir.appendingPathComponent("w\(written.count).xlsx")
            let r = try RenjaProcess.run(["convert", json.path, "-o", xlsx.path], environment: env)
            XCTAssertLessThanOrEqual(r.status, 1, r.stderr)
            written.append(try XLSXParts(xlsx))
        }
        for part in ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"] {
            XCTAssertNotNil(written[0].parts[part], part)
            XCTAssertEqual(written[0].parts[part], written[1].parts[part], part)
        }
        XCTAssertGreaterThan(written[0].parts["xl/worksheets/sheet1.xml"]?.count ?? 0, 1_000_000)
    }

    /// The body is written in two passes (model values, then derived and summed columns): a row
    /// whose only long text is a derived one (evaluasi's realisasi K, width 11) still gets the
    /// height of its wrapped lines, set by the second pass; a row without gets none.
    func testRowHeightFollowsADerivedTextWrittenInTheSecondPass() throws {
        func sub(_ kode: String, _ tw1: String, _ tw2: String) -> Row {
            Row(kode: kode, level: .subkegiatan, uraian: "Sub", values: [
                "indikator": .text("Jumlah"), "target_k": .target(Target.parse("5")),
                "tw1_k": .target(Target.parse(tw1)), "tw2_k": .target(Target.parse(tw2))])
        }
        // The quarters fit their columns (11 characters a line); only their sum does not.
        let model = TableModel(table: .evaluasi, layout: "evaluasi", meta: Meta(tahun: 2024), rows: [
            Row(kode: "2.17.01", level: .program, uraian: "Program"),
            Row(kode: "2.17.01.2.01", level: .kegiatan, uraian: "Kegiatan"),
            sub("2.17.01.2.01.0001", "999999.5", "0.123456"),  // realisasi K 999999.623456: 13 characters, two lines
            sub("2.17.01.2.01.0002", "2", "1"),                // realisasi K 3: one line
        ])
        let url = try temporaryFolder().appendingPathComponent("tinggi.xlsx")
        let r = TableRenderer(model: model, spec: catalog.spec(.evaluasi), options: RenderOptions())
        try r.write(to: url)
        XCTAssertEqual(r.derivation.rows[2].values["realisasi_k"]?.text, "999999.623456")
        let parts = try XLSXParts(url)
        let rows = try parts.xml(parts.sheetPath(catalog.spec(.evaluasi).sheet)).all("row")
        func height(_ i: Int) -> String? { rows.first { $0["r"] == String(r.sheetRow[i]! + 1) }?["ht"] }
        XCTAssertEqual(height(2), "25.5", "two lines of 12.75 points")
        XCTAssertNil(height(3))
    }

}
