import Foundation
import XCTest
@testable import Layouts
import RenjaModel
@testable import Render
import SheetIO

/// `renja update` end to end: quarter 3 from a periodic and from a cumulative file give the same
/// workbook, LibreOffice agrees with every cached value, the numbers equal a hand computation, bad
/// files give exit 1 naming the line and the cell with no output, and a second run changes nothing.
final class UpdateCommandTests: XCTestCase {
    var dir: URL!
    var workbook: URL!
    var model: TableModel!

    override func setUpWithError() throws {
        dir = try temporaryFolder()
        var f = ModelFactory(seed: 21)
        var m = f.evaluasi()
        for i in m.rows.indices { m.rows[i].values["tw3_rp"] = nil; m.rows[i].values["tw3_k"] = nil }
        model = m
        workbook = dir.appendingPathComponent("evaluasi-tw2.xlsx")
        let spec = try repositoryCatalog().spec(.evaluasi)
        try TableRenderer(model: m, spec: spec, options: RenderOptions()).write(to: workbook)
    }

    var subs: [Row] { model.rows.filter { $0.level == .subkegiatan } }

    func write(_ name: String, _ lines: [String]) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try (lines.joined(separator: "\r\n") + "\r\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Quarter 3 amounts: a fixed, hand-chosen realisation per sub kegiatan.
    func q3(_ i: Int) -> (rp: Int64, k: Int) { (Int64(10_000_000 + i * 1_000_000), 2 + i % 3) }

    func periodicFile() throws -> URL {
        try write("tw3-periodik.csv", ["kode;realisasi_rp;realisasi_k"] + subs.enumerated().map { i, r in
            // Dotted 4-digit in the workbook; the file writes the 2-digit form to test matching.
            "\(r.kode.dropLast(4))\(r.kode.suffix(2));\(q3(i).rp);\(q3(i).k)"
        })
    }

    func cumulativeFile() throws -> URL {
        try write("tw3-kumulatif.csv", ["Kode Sub Kegiatan,Realisasi s.d. Triwulan III (Rp),Realisasi K"] + subs.enumerated().map { i, r in
            let before = (r.values["tw1_rp"]?.rupiah ?? 0) + (r.values["tw2_rp"]?.rupiah ?? 0)
            let percent = r.values["satuan"]?.text == "%"
            let kBefore = Int((r.values["tw1_k"]?.number?.doubleValue ?? 0) + (r.values["tw2_k"]?.number?.doubleValue ?? 0))
            return "\(r.kode),\(before + q3(i).rp),\(percent ? q3(i).k : kBefore + q3(i).k)"
        })
    }

    func testPeriodicAndCumulativeGiveTheSameRecalculatedWorkbook() throws {
        let out1 = dir.appendingPathComponent("tw3-a.xlsx"), out2 = dir.appendingPathComponent("tw3-b.xlsx")
        let r1 = try RenjaProcess.run(["update", workbook.path, "--realisasi", try periodicFile().path, "--triwulan", "3", "-o", out1.path])
        XCTAssertEqual(r1.status, 0, r1.stdout + r1.stderr)
        let r2 = try RenjaProcess.run(["update", workbook.path, "--realisasi", try cumulativeFile().path, "--triwulan", "3", "--kumulatif", "-o", out2.path])
        XCTAssertEqual(r2.status, 0, r2.stdout + r2.stderr)
        let a = try XLSXParts(out1).cells(sheet: "Evaluasi Renja"), b = try XLSXParts(out2).cells(sheet: "Evaluasi Renja")
        XCTAssertEqual(a.count, b.count)
        for (ref, cell) in a { XCTAssertEqual(b[ref]?.value, cell.value, ref); XCTAssertEqual(b[ref]?.formula, cell.formula, ref) }

        // LibreOffice recalculates every formula to the cached value.
        let checked = try assertRecalculationMatchesCache(out1, sheet: "Evaluasi Renja")
        XCTAssertGreaterThan(checked, 50)

        // By hand: the first sub kegiatan's year, capaian and the program's predikat row.
        let s0 = subs[0]
        let year = (s0.values["tw1_rp"]!.rupiah! + s0.values["tw2_rp"]!.rupiah! + q3(0).rp)
        let capaian = (Double(year) / Double(s0.values["target_rp"]!.rupiah!) * 100 * 100).rounded() / 100
        let rowOf = Dictionary(uniqueKeysWithValues: a.compactMap { ref, c in c.value == s0.uraian ? (A1.parse(ref)!.row, ref) : nil })
        let row = rowOf.keys.first!
        let spec = try repositoryCatalog().spec(.evaluasi)
        let cols = spec.official.keys
        func cell(_ key: String) -> String? { a[A1.cell(row: row, column: cols.firstIndex(of: key)!)]?.value }
        XCTAssertEqual(cell("tw3_rp"), String(q3(0).rp))
        XCTAssertEqual(Double(cell("realisasi_rp") ?? ""), Double(year))
        XCTAssertEqual(Double(cell("capaian_rp") ?? "") ?? .nan, capaian, accuracy: 1e-9)
        XCTAssertTrue(a.values.contains { $0.value == "Predikat Kinerja" })

        // Idempotent: the same file again changes nothing.
        let out3 = dir.appendingPathComponent("tw3-c.xlsx")
        let r3 = try RenjaProcess.run(["update", out1.path, "--realisasi", try periodicFile().path, "--triwulan", "3", "-o", out3.path, "--report", dir.appendingPathComponent("u.json").path])
        XCTAssertEqual(r3.status, 0, r3.stdout + r3.stderr)
        XCTAssertTrue(r3.stdout.contains("0 sel berubah"), r3.stdout)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("u.json"))) as? [String: Any]
        XCTAssertEqual((report?["changes"] as? [Any])?.count, 0)
    }

    func testBadFilesWriteNothing() throws {
        let s = subs
        let cases: [(String, [String], [String], String)] = [
            ("unknown.csv", ["kode;realisasi_rp", "2.17.09.2.01.0001;5"], [], "baris 2"),
            ("duplicate.csv", ["kode;realisasi_rp", "\(s[0].kode);5", "\(s[0].kode);6"], [], "baris 3"),
            ("negative.csv", ["kode;realisasi_rp", "\(s[0].kode);1"], ["--kumulatif"], "baris 2"),
        ]
        for (name, lines, extra, mention) in cases {
            let out = dir.appendingPathComponent("out-\(name).xlsx")
            let r = try RenjaProcess.run(["update", workbook.path, "--realisasi", try write(name, lines).path, "--triwulan", "3", "-o", out.path] + extra)
            XCTAssertEqual(r.status, 1, name)
            XCTAssertTrue((r.stdout + r.stderr).contains(mention), "\(name): \(r.stdout) \(r.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "\(name): no output")
        }
        // The negative quarter names the workbook cell it would land in.
        let neg = try RenjaProcess.run(["update", workbook.path, "--realisasi", dir.appendingPathComponent("negative.csv").path, "--triwulan", "3", "--kumulatif", "-o", dir.appendingPathComponent("x.xlsx").path])
        XCTAssertTrue(neg.stdout.contains("sel "), neg.stdout)
        // A quarter that already holds a different value needs --timpa.
        let filled = dir.appendingPathComponent("filled.xlsx")
        XCTAssertEqual(try RenjaProcess.run(["update", workbook.path, "--realisasi", try periodicFile().path, "--triwulan", "3", "-o", filled.path]).status, 0)
        let conflict = try write("conflict.csv", ["kode;realisasi_rp", "\(s[0].kode);1"])
        let c = try RenjaProcess.run(["update", filled.path, "--realisasi", conflict.path, "--triwulan", "3", "-o", dir.appendingPathComponent("c.xlsx").path])
        XCTAssertEqual(c.status, 1)
        XCTAssertTrue(c.stdout.contains("--timpa"), c.stdout)
        // The conflict names the file's line and the workbook cell that holds the other value.
        XCTAssertTrue(c.stdout.contains("baris 2") && c.stdout.contains("sel "), c.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("c.xlsx").path))
        let t = try RenjaProcess.run(["update", filled.path, "--realisasi", conflict.path, "--triwulan", "3", "--timpa", "-o", dir.appendingPathComponent("t.xlsx").path])
        XCTAssertEqual(t.status, 0, t.stdout)
    }

    /// The realisation may come as an officer's XLSX (own header wording, amounts as numbers) or as
    /// a SIPD export of cumulative months (`realisasi_bulan_9`, quarter III = September minus the
    /// quarters already in the workbook): both give the quarter of the periodic CSV.
    func testXLSXAndSIPDMonthlyRealisationFiles() throws {
        let reference = dir.appendingPathComponent("ref.xlsx")
        XCTAssertEqual(try RenjaProcess.run(["update", workbook.path, "--realisasi", try periodicFile().path, "--triwulan", "3", "-o", reference.path]).status, 0)
        let want = try XLSXParts(reference).cells(sheet: "Evaluasi Renja")

        let xlsx = dir.appendingPathComponent("realisasi-tw3.xlsx")
        let w = try XLSXWorkbookWriter(path: xlsx.path)
        let sheet = try w.addSheet("TW III")
        try sheet.write(0, 0, text: "Realisasi Triwulan III Tahun 2024")
        for (c, h) in ["Kode Sub Kegiatan", "Nama Sub Kegiatan", "Realisasi (Rp)", "Realisasi K"].enumerated() { try sheet.write(2, c, text: h) }
        for (i, r) in subs.enumerated() {
            try sheet.write(3 + i, 0, text: r.kode)
            try sheet.write(3 + i, 1, text: r.uraian)
            try sheet.write(3 + i, 2, number: Double(q3(i).rp))
            try sheet.write(3 + i, 3, number: Double(q3(i).k))
        }
        try w.close()
        let fromXLSX = dir.appendingPathComponent("from-xlsx.xlsx")
        let r1 = try RenjaProcess.run(["update", workbook.path, "--realisasi", xlsx.path, "--triwulan", "3", "-o", fromXLSX.path])
        XCTAssertEqual(r1.status, 0, r1.stdout + r1.stderr)
        let got = try XLSXParts(fromXLSX).cells(sheet: "Evaluasi Renja")
        for (ref, cell) in want { XCTAssertEqual(got[ref]?.value, cell.value, "xlsx file: \(ref)") }

        // SIPD: money only, cumulative by month; K stays as it was.
        let sipd = try write("sipd-realisasi.csv", ["kode_sub_giat;nama_sub_giat;realisasi_bulan_3;realisasi_bulan_6;realisasi_bulan_9"] + subs.enumerated().map { i, r in
            let t1 = r.values["tw1_rp"]?.rupiah ?? 0, t2 = r.values["tw2_rp"]?.rupiah ?? 0
            return "\(r.kode);\(r.uraian);\(t1);\(t1 + t2);\(t1 + t2 + q3(i).rp)"
        })
        let fromSIPD = dir.appendingPathComponent("from-sipd.xlsx")
        let r2 = try RenjaProcess.run(["update", workbook.path, "--realisasi", sipd.path, "--triwulan", "3", "-o", fromSIPD.path])
        XCTAssertEqual(r2.status, 0, r2.stdout + r2.stderr)
        let cols = try repositoryCatalog().spec(.evaluasi).official.keys
        let sipdCells = try XLSXParts(fromSIPD).cells(sheet: "Evaluasi Renja")
        for (i, r) in subs.enumerated() {
            guard let row = sipdCells.first(where: { $0.value.value == r.uraian }).flatMap({ A1.parse($0.key)?.row }) else { return XCTFail(r.uraian) }
            XCTAssertEqual(sipdCells[A1.cell(row: row, column: cols.firstIndex(of: "tw3_rp")!)]?.value, String(q3(i).rp), r.kode)
        }
    }

    /// The S3 Bengkalis evaluation (a real example) with its quarters III and IV emptied, then quarter
    /// III put back from a periodic file and from a cumulative one: identical workbooks, LibreOffice
    /// agrees with every cached value, and the hand-computed year and capaian of 01.2.06.09 (Rapat
    /// Koordinasi: 261.526.124 + 464.790.731 + 498.488.924 = 1.224.805.779, 104,47 % of 1.172.366.000).
    /// The code 01.2.09.02 stands twice in that sheet: the file's indikator column picks the row.
    func testQuarterThreeOnTheBengkalisExample() throws {
        let example = repositoryRoot.appendingPathComponent("examples/s3-bengkalis-evaluasi.xlsx")
        let full = dir.appendingPathComponent("s3.json")
        XCTAssertLessThanOrEqual(try RenjaProcess.run(["convert", example.path, "-o", full.path]).status, 1)
        var root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: full)) as? [String: Any])
        let rows = try XCTUnwrap(root["rows"] as? [[String: Any]])
        root["rows"] = rows.map { r -> [String: Any] in
            var r = r
            var v = r["values"] as? [String: Any] ?? [:]
            for k in ["tw3_rp", "tw3_k", "tw4_rp", "tw4_k"] { v[k] = nil }
            r["values"] = v
            r["targets"] = nil
            return r
        }
        let halfJSON = dir.appendingPathComponent("s3-tw2.json"), half = dir.appendingPathComponent("s3-tw2.xlsx")
        try JSONSerialization.data(withJSONObject: root).write(to: halfJSON)
        XCTAssertLessThanOrEqual(try RenjaProcess.run(["convert", halfJSON.path, "-o", half.path]).status, 1)

        func number(_ any: Any?) -> Int64 { (any as? NSNumber)?.int64Value ?? 0 }
        func count(_ any: Any?) -> Int? {
            if let n = any as? NSNumber { return n.intValue }
            guard let s = any as? String, let first = s.split(separator: " ").first, let n = Int(first) else { return nil }
            return s.contains(";") || s.contains(",") ? nil : n
        }
        var periodic = ["kode;indikator;realisasi_rp;realisasi_k"], cumulative = ["kode;indikator;realisasi_rp;realisasi_k"]
        for r in rows where r["level"] as? String == "subkegiatan" {
            let v = r["values"] as? [String: Any] ?? [:]
            let kode = r["kode"] as? String ?? "", ind = v["indikator"] as? String ?? ""
            let rp3 = number(v["tw3_rp"]), before = number(v["tw1_rp"]) + number(v["tw2_rp"])
            let k3 = count(v["tw3_k"]).map(String.init) ?? ""
            let kCum = count(v["tw3_k"]).map { k in String(k + (count(v["tw1_k"]) ?? 0) + (count(v["tw2_k"]) ?? 0)) } ?? ""
            periodic.append("\(kode);\(ind);\(rp3);\(k3)")
            cumulative.append("\(kode);\(ind);\(before + rp3);\(kCum)")
        }
        let a = dir.appendingPathComponent("s3-tw3-a.xlsx"), b = dir.appendingPathComponent("s3-tw3-b.xlsx")
        let r1 = try RenjaProcess.run(["update", half.path, "--realisasi", try write("s3-tw3.csv", periodic).path, "--triwulan", "3", "-o", a.path])
        XCTAssertEqual(r1.status, 0, r1.stdout + r1.stderr)
        let r2 = try RenjaProcess.run(["update", half.path, "--realisasi", try write("s3-tw3-kum.csv", cumulative).path, "--triwulan", "3", "--kumulatif", "-o", b.path])
        XCTAssertEqual(r2.status, 0, r2.stdout + r2.stderr)
        let ca = try XLSXParts(a).cells(sheet: "Evaluasi Renja"), cb = try XLSXParts(b).cells(sheet: "Evaluasi Renja")
        XCTAssertEqual(ca.count, cb.count)
        for (ref, cell) in ca { XCTAssertEqual(cb[ref]?.value, cell.value, ref); XCTAssertEqual(cb[ref]?.formula, cell.formula, ref) }
        XCTAssertGreaterThan(try assertRecalculationMatchesCache(a, sheet: "Evaluasi Renja"), 100)

        let cols = try repositoryCatalog().spec(.evaluasi).official.keys
        let rapat = try XCTUnwrap(ca.first { $0.value.value == "2.17.01.2.06.09" }.flatMap { A1.parse($0.key)?.row })
        func cell(_ key: String) -> String? { ca[A1.cell(row: rapat, column: cols.firstIndex(of: key)!)]?.value }
        XCTAssertEqual(cell("tw3_rp"), "498488924")
        XCTAssertEqual(Double(cell("realisasi_rp") ?? ""), 1_224_805_779)
        XCTAssertEqual(Double(cell("capaian_rp") ?? "") ?? .nan, 104.47, accuracy: 1e-9)
        // Program 01's footer, by hand: the mean of its 19 sub kegiatan capaian (01.2.01.01 gets a
        // quarter of 0 from the file, so 0 %) is 70,56 %, predikat Sedang (66 ≤ R < 76); program
        // 02's two (40,29 and 45,27) give 42,78 %, Sangat Rendah.
        let averages = ca.filter { $0.value.value == "Rata-rata Capaian Kinerja (%)" }.compactMap { A1.parse($0.key)?.row }.sorted()
        XCTAssertGreaterThanOrEqual(averages.count, 2)
        let capCol = cols.firstIndex(of: "capaian_rp")!
        XCTAssertEqual(Double(ca[A1.cell(row: averages[0], column: capCol)]?.value ?? "") ?? .nan, 70.56, accuracy: 1e-9)
        XCTAssertEqual(ca[A1.cell(row: averages[0] + 1, column: capCol)]?.value, "Sedang")
        XCTAssertEqual(Double(ca[A1.cell(row: averages[1], column: capCol)]?.value ?? "") ?? .nan, 42.78, accuracy: 1e-9)
        XCTAssertEqual(ca[A1.cell(row: averages[1] + 1, column: capCol)]?.value, "Sangat Rendah")
        // The second 01.2.09.02 (Pemeliharaan kendaraan) got its own quarter, not the first one's.
        let twice = ca.filter { $0.value.value == "2.17.01.2.09.02" }.compactMap { A1.parse($0.key)?.row }.sorted()
        XCTAssertEqual(twice.count, 2)
        XCTAssertEqual(ca[A1.cell(row: twice[0], column: cols.firstIndex(of: "tw3_rp")!)]?.value, "108519267")
        XCTAssertEqual(ca[A1.cell(row: twice[1], column: cols.firstIndex(of: "tw3_rp")!)]?.value, "95369702")
        // Without the indikator column the repeated code is ambiguous: exit 1, nothing written.
        let noInd = try write("s3-noind.csv", ["kode;realisasi_rp", "2.17.01.2.09.02;5"])
        let out = dir.appendingPathComponent("amb.xlsx")
        let r3 = try RenjaProcess.run(["update", half.path, "--realisasi", noInd.path, "--triwulan", "3", "-o", out.path])
        XCTAssertEqual(r3.status, 1)
        XCTAssertTrue(r3.stdout.contains("2 kali"), r3.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }
}
