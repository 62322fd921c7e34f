import Foundation
import XCTest
@testable import Layouts
import RenjaModel

/// The JSON model read straight from bytes: the same model as written, the same model whatever
/// the order of a document's members, and a clear message for each kind of bad document.
final class ModelJSONTests: XCTestCase {
    var catalog: TemplateCatalog!
    override func setUpWithError() throws { catalog = try repositoryCatalog() }

    func decode(_ text: String) throws -> TableModel {
        try ModelJSON.decode(Data(text.utf8)) { kind, key in ModelReader.valueKind(self.catalog.spec(kind).column(key)?.type) }
    }

    func testEveryExampleModelSurvivesEncodeAndDecode() throws {
        let n = try Nomenklatur(contentsOf: repositoryRoot.appendingPathComponent("templates/nomenklatur.csv"))
        for name in ["s2-lumajang-tc33.xlsx", "s3-bengkalis-evaluasi.xlsx", "s4-lomboktengah-rencana-aksi.xlsx"] {
            let model = try ModelReader.read(repositoryRoot.appendingPathComponent("examples/\(name)"), catalog: catalog, nomenklatur: n, options: ReadOptions()).model
            let keys = catalog.spec(model.table).valueKeys
            let back = try ModelJSON.decode(ModelJSON.encode(model, keyOrder: keys)) { kind, key in ModelReader.valueKind(self.catalog.spec(kind).column(key)?.type) }
            XCTAssertEqual(back.table, model.table, name)
            XCTAssertEqual(back.layout, model.layout, name)
            XCTAssertEqual(back.meta, model.meta, name)
            XCTAssertEqual(back.rows.count, model.rows.count, name)
            // JSON has no separate type for a footer's predikat under a K column (text in the
            // model, a target without number once read back): values compare by text and number.
            func flat(_ r: Row) -> String {
                "\(r.kode)|\(r.level)|\(r.uraian)|\(r.source.map { "\($0.sheet)!\($0.row)" } ?? "")|"
                    + r.values.keys.sorted().map { "\($0)=\(r.values[$0]!.text)#\(r.values[$0]!.number.map { "\($0)" } ?? "-")" }.joined(separator: ",")
            }
            for (b, m) in zip(back.rows, model.rows) where flat(b) != flat(m) {
                XCTFail("\(name):\n got  \(flat(b))\n want \(flat(m))")
                break
            }
        }
    }

    /// Long texts repeated from row to row are read once and shared; texts that only look alike
    /// (same length, same first, middle and last bytes) stay themselves, as do escaped ones.
    func testRepeatedTextsAreSharedAndLookalikesKeptApart() throws {
        let a = "Kecamatan Depok dan Kecamatan Mlati Kabupaten Sleman"
        let b = "Kecamatan Depok dan Kecamatan Mlatj Kabupaten Sleman"  // one byte differs, off the sampled ones
        XCTAssertEqual(a.utf8.count, b.utf8.count)
        func row(_ n: Int, _ lokasi: String) -> String {
            "{\"kode\": \"2.17.01.2.01.000\(n)\", \"level\": \"subkegiatan\", \"uraian\": \"Sub kegiatan nomor \(n) yang panjang\", \"values\": {\"lokasi\": \"\(lokasi)\", \"pagu\": \(n)000}}"
        }
        let text = "{\"renja_model\": 1, \"table\": \"tc33\", \"rows\": [" + [row(1, a), row(2, b), row(3, a), row(4, "Kecamatan \\\"Depok\\\" dan Kecamatan Mlati Kabupaten")].joined(separator: ",") + "]}"
        let m = try decode(text)
        XCTAssertEqual(m.rows.map { $0.values["lokasi"]?.text }, [a, b, a, "Kecamatan \"Depok\" dan Kecamatan Mlati Kabupaten"])
        var first = m.rows[0].values["lokasi"]!.text, third = m.rows[2].values["lokasi"]!.text
        let p1 = first.withUTF8 { $0.baseAddress }, p3 = third.withUTF8 { $0.baseAddress }
        XCTAssertEqual(p1, p3, "the same text is one string")
    }

    /// Keys are remembered as bytes for the first 64; a row with more distinct keys than that
    /// still reads every one under its own name, and a level given after the values (or an escaped
    /// one) types them as well.
    func testManyKeysAndLateLevelsReadAsWritten() throws {
        let extra = (0..<80).map { "\"k\($0)\": \"v\($0)\"" }.joined(separator: ", ")
        let m = try decode("{\"renja_model\": 1, \"table\": \"tc33\", \"rows\": [{\"kode\": \"2.17.01\", \"level\": \"program\", \"uraian\": \"P\", \"values\": {\(extra), \"pagu\": 5}}, {\"values\": {\"k79\": \"w\", \"pagu\": 7, \"k3\": \"x\"}, \"uraian\": \"K\", \"level\": \"keg\\u0069atan\", \"kode\": \"2.17.01.2.01\"}]}")
        XCTAssertEqual(m.rows[0].values.count, 81)
        for n in [0, 63, 64, 79] { XCTAssertEqual(m.rows[0].values["k\(n)"]?.text, "v\(n)", "k\(n)") }
        XCTAssertEqual(m.rows[0].values["pagu"], .rupiah(5))
        XCTAssertEqual(m.rows[1].level, .kegiatan)
        XCTAssertEqual(m.rows[1].values["pagu"], .rupiah(7))
        XCTAssertEqual(m.rows[1].values["k79"]?.text, "w")
        XCTAssertEqual(m.rows[1].values["k3"]?.text, "x")
        XCTAssertThrowsError(try decode("{\"renja_model\": 1, \"table\": \"tc33\", \"rows\": [{\"kode\": \"1\", \"level\": \"programme\", \"uraian\": \"P\"}]}")) { e in
            XCTAssertTrue("\(e)".contains("unknown level programme"), "\(e)")
        }
    }

    func testMemberOrderDoesNotMatter() throws {
        let row = #"{"values": {"pagu": 1500000, "indikator": "Jumlah \"UMKM\"\n", "target": "35 Koperasi"}, "level": "program", "source": {"row": 7, "sheet": "S"}, "kode": "2.17.01", "uraian": "Program"}"#
        let tableFirst = try decode(#"{"renja_model": 1, "table": "tc33", "meta": {"tahun": 2025}, "rows": ["# + row + "]}")
        let rowsFirst = try decode(#"{"rows": ["# + row + #"], "meta": {"tahun": 2025}, "table": "tc33", "renja_model": 1}"#)
        XCTAssertEqual(tableFirst.rows, rowsFirst.rows)
        let r = try XCTUnwrap(tableFirst.rows.first)
        XCTAssertEqual(r.kode, "2.17.01")
        XCTAssertEqual(r.level, .program)
        XCTAssertEqual(r.values["pagu"], .rupiah(1_500_000))
        XCTAssertEqual(r.values["indikator"], .text("Jumlah \"UMKM\"\n"))
        XCTAssertEqual(r.values["target"]?.text, "35 Koperasi")
        XCTAssertEqual(r.source, SourceRef(sheet: "S", row: 7))
        XCTAssertEqual(tableFirst.meta.tahun, 2025)
    }

    func testBadDocumentsAreNamed() {
        func message(_ text: String) -> String {
            do { _ = try decode(text); return "decoded" } catch { return "\(error)" }
        }
        XCTAssertTrue(message(#"{"table": "tc33", "rows": []}"#).contains("renja_model"))
        XCTAssertTrue(message(#"{"renja_model": 1, "table": "tc99", "rows": []}"#).contains("\"table\""))
        XCTAssertTrue(message(#"{"renja_model": 1, "table": "tc33"}"#).contains("\"rows\""))
        XCTAssertTrue(message(#"{"renja_model": 1, "table": "tc33", "rows": [{"kode": "1", "level": "bab"}]}"#).contains("row 1: unknown level bab"))
        XCTAssertTrue(message(#"{"renja_model": 1, "table": "tc33", "rows": [{"level": "program", "values": {"pagu": 1.2.3}}]}"#).contains("pagu is not a number"))
        XCTAssertTrue(message(#"{"renja_model": 1, "table": "tc33", "rows": []} x"#).contains("invalid JSON"))
        XCTAssertTrue(message(#"{"renja_model": 1, "table": "tc33", "rows": [{"level": "program",}]}"#).contains("invalid JSON"))
    }

    /// A large model written by renja is read in two halves on two cores; the same document with
    /// its first line changed is read in one pass. Both give the same rows, in order.
    func testLargeModelReadInHalvesEqualsOnePass() throws {
        var f = ModelFactory(seed: 9)
        let model = f.tc33(programs: 40, kegiatan: 20, subs: 30)
        let keys = catalog.spec(.tc33).valueKeys
        let data = ModelJSON.encode(model, keyOrder: keys)
        XCTAssertGreaterThan(data.count, 8 << 20, "large enough to be read in halves")
        var onePass = data
        onePass.insert(UInt8(ascii: " "), at: 1)
        let types: (TableKind, String) -> ModelJSON.ValueKind = { kind, key in ModelReader.valueKind(self.catalog.spec(kind).column(key)?.type) }
        let halves = try ModelJSON.decode(data, types: types), whole = try ModelJSON.decode(onePass, types: types)
        XCTAssertEqual(halves.rows.count, model.rows.count)
        XCTAssertEqual(halves.rows, whole.rows)
        XCTAssertEqual(halves.rows.map(\.kode), model.rows.map(\.kode))
        // A broken row in the second half is reported with its number, as in one pass.
        var broken = data
        let at = broken.count * 3 / 4
        let level = Array("\"level\": \"subkegiatan\"".utf8)
        var j = at
        while !broken[j..<(j + level.count)].elementsEqual(level) { j += 1 }
        broken.replaceSubrange(j..<(j + level.count), with: Array("\"level\": \"subkegiatax\"".utf8))
        // Its number: the rows that start before the broken one, plus one.
        let start = Array("{\"kode\": ".utf8)
        var number = 0, k = 0
        while k < j { if broken[k] == start[0], broken[k..<(k + start.count)].elementsEqual(start) { number += 1 }; k += 1 }
        XCTAssertThrowsError(try ModelJSON.decode(broken, types: types)) { e in
            XCTAssertTrue("\(e)".contains("row \(number): unknown level subkegiatax"), "\(e)")
        }
    }
}
