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
        let want = comparable(renderer.derivation.rows), got = comparable(back.rows)
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
}
