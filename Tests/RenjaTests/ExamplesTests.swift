import Foundation
import XCTest
import SheetIO

/// Every example of examples/ (real tables of the source documents, transcribed) read by the
/// `renja` executable: the rows (kode, level, uraian, every value) equal the expected file checked
/// by hand against the source document, XLSX and CSV twins give the same model, and the error-level
/// findings are exactly the inconsistencies the document really has (layouts.md §6), nothing else.
final class ExamplesTests: XCTestCase {
    let examples = repositoryRoot.appendingPathComponent("examples")

    /// Expected base names and the inputs that must read to them.
    func cases() throws -> [(base: String, inputs: [URL])] {
        let expected = try FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent("expected").path)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".errors.json") }.sorted()
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path)
        return expected.map { name in
            let base = String(name.dropLast(5))
            let inputs = files.filter { f in
                [base + ".xlsx", base + "-id.csv", base + "-en.csv", base + ".csv", base + ".json"].contains(f)
            }.sorted().map { examples.appendingPathComponent($0) }
            return (base, inputs)
        }
    }

    func rows(_ json: Any?) -> [NSDictionary] {
        ((json as? [String: Any])?["rows"] as? [[String: Any]] ?? []).map { r in
            var r = r
            r["source"] = nil
            r["targets"] = nil
            return r as NSDictionary
        }
    }

    func testEveryExampleReadsToItsExpectedRowsAndFindings() throws {
        let cases = try cases()
        XCTAssertGreaterThanOrEqual(cases.count, 1)
        let tmp = try temporaryFolder()
        for (base, inputs) in cases {
            XCTAssertFalse(inputs.isEmpty, "\(base): no input file")
            let expectedData = try Data(contentsOf: examples.appendingPathComponent("expected/\(base).json"))
            let expected = try JSONSerialization.jsonObject(with: expectedData) as? [String: Any]
            let expectedRows = rows(expected)
            let errorsURL = examples.appendingPathComponent("expected/\(base).errors.json")
            let expectedErrors = (try? JSONSerialization.jsonObject(with: Data(contentsOf: errorsURL))) as? [[String: Any]]
            for input in inputs {
                let out = tmp.appendingPathComponent(input.lastPathComponent + ".model.json")
                let rep = tmp.appendingPathComponent(input.lastPathComponent + ".report.json")
                let r = try RenjaProcess.run(["convert", input.path, "-o", out.path, "--report", rep.path])
                XCTAssertTrue(r.status == 0 || r.status == 1, "\(input.lastPathComponent): exit \(r.status) \(r.stderr)")
                let got = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
                XCTAssertEqual(got?["table"] as? String, expected?["table"] as? String, input.lastPathComponent)
                XCTAssertEqual(got?["layout"] as? String, expected?["layout"] as? String, input.lastPathComponent)
                let gotRows = rows(got)
                XCTAssertEqual(gotRows.count, expectedRows.count, "\(input.lastPathComponent): row count")
                for (i, (g, e)) in zip(gotRows, expectedRows).enumerated() where g != e {
                    XCTFail("\(input.lastPathComponent) row \(i + 1):\n got      \(g)\n expected \(e)")
                    break
                }
                try assertPlainCSV(of: input, equals: expectedRows, in: tmp)
                // Error-level findings: exactly the document's own inconsistencies.
                if let expectedErrors {
                    let report = try JSONSerialization.jsonObject(with: Data(contentsOf: rep)) as? [String: Any]
                    let errors = (report?["findings"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }
                    func key(_ f: [String: Any]) -> String {
                        ["rule", "kode", "column", "expected", "actual"].map { "\(f[$0] ?? "-")" }.joined(separator: "|")
                    }
                    XCTAssertEqual(errors.map(key).sorted(), expectedErrors.map(key).sorted(), "\(input.lastPathComponent): error-level findings")
                    if input.pathExtension == "xlsx" {
                        XCTAssertEqual(errors.map { $0["cell"] as? String ?? "" }.sorted(), expectedErrors.map { $0["cell"] as? String ?? "" }.sorted(), "\(input.lastPathComponent): cells")
                    }
                }
            }
        }
    }

    /// The example as plain CSV (contract §4): header `kode,level,uraian,<keys>`, one line per row
    /// of the model, the same kode, level and uraian, and every amount in machine notation.
    func assertPlainCSV(of input: URL, equals expectedRows: [NSDictionary], in tmp: URL) throws {
        let csv = tmp.appendingPathComponent(input.lastPathComponent + ".plain.csv")
        let r = try RenjaProcess.run(["convert", input.path, "-o", csv.path])
        XCTAssertTrue(r.status == 0 || r.status == 1, "\(input.lastPathComponent) -> csv: exit \(r.status) \(r.stderr)")
        let sheet = try XCTUnwrap(CSVReader.read(csv).sheets.first)
        let header = try XCTUnwrap(sheet.rows.first).cells.map { $0.value.text }
        XCTAssertEqual(Array(header.prefix(3)), ["kode", "level", "uraian"], input.lastPathComponent)
        let lines = Array(sheet.rows.dropFirst())
        XCTAssertEqual(lines.count, expectedRows.count, "\(input.lastPathComponent): CSV lines")
        for (line, e) in zip(lines, expectedRows) {
            func cell(_ key: String) -> String { header.firstIndex(of: key).map { line.value($0).text } ?? "" }
            XCTAssertEqual(cell("kode"), e["kode"] as? String ?? "", input.lastPathComponent)
            XCTAssertEqual(cell("level"), e["level"] as? String ?? "", input.lastPathComponent)
            // Line breaks inside a name (SIPD writes \r\n) come back from a CSV reader as \n.
            func lines(_ s: String) -> String { s.replacingOccurrences(of: "\r\n", with: "\n") }
            XCTAssertEqual(lines(cell("uraian")), lines(e["uraian"] as? String ?? ""), input.lastPathComponent)
            for (k, v) in (e["values"] as? [String: Any] ?? [:]) {
                guard let n = v as? NSNumber else { continue }
                XCTAssertEqual(cell(k), n.stringValue, "\(input.lastPathComponent) \(e["kode"] ?? "") \(k)")
            }
        }
    }

    /// S3 Bengkalis (layouts.md §6, S3 evaluation): the figures the domain reference lists come out
    /// with both amounts, read from the workbook that prints its header again on every page.
    func testBengkalisEvaluationReportsTheDocumentedInconsistencies() throws {
        let input = examples.appendingPathComponent("s3-bengkalis-evaluasi.xlsx")
        let r = try RenjaProcess.run(["validate", input.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(report?["layout"] as? String, "evaluasi-tanpa-capaian-renja")
        let findings = report?["findings"] as? [[String: Any]] ?? []
        func has(_ rule: String, _ kode: String?, _ column: String, expected: Double?, actual: Double?, line: UInt = #line) {
            let hit = findings.contains { f in
                f["rule"] as? String == rule && (kode == nil || f["kode"] as? String == kode) && f["column"] as? String == column
                    && (expected == nil || (f["expected"] as? Double).map { abs($0 - expected!) < 0.001 } == true)
                    && (actual == nil || (f["actual"] as? Double).map { abs($0 - actual!) < 0.001 } == true)
            }
            XCTAssertTrue(hit, "\(rule) \(kode ?? "-") \(column) \(expected ?? -1) vs \(actual ?? -1)", line: line)
        }
        // The sheet's relative codes (01.2.01.06) are placed under the Dinas Koperasi's bidang 2.17.
        // Items 1-5: quarters that do not add up to column 13, a negative quarter.
        has("sum.triwulan", "2.17.01", "realisasi_rp", expected: 11_648_250_924, actual: 11_668_248_814)
        has("sum.triwulan", "2.17.01.2.02.01", "realisasi_rp", expected: 6_433_845_632, actual: 6_233_845_632)
        has("sum.triwulan", "2.17.01.2.06.04", "realisasi_rp", expected: 56_670_000, actual: 56_470_000)
        has("value.negative", "2.17.01.2.06.04", "tw4_rp", expected: nil, actual: -3_870_000)
        has("sum.triwulan", "2.17.01.2.09.10", "realisasi_rp", expected: 842_933_143, actual: 844_933_139)
        // Items 6-12: parents against their sub kegiatan.
        has("sum.children", "2.17.02", "tw3_rp", expected: 168_639_200, actual: 168_498_200)
        has("formula.derived", "2.17.02", "realisasi_renstra_rp", expected: 602_882_600, actual: 600_880_600)
        has("sum.children", "2.17.03", "target_rp", expected: 318_435_900, actual: 315_435_900)
        has("sum.children", "2.17.04", "realisasi_rp", expected: 347_159_890, actual: 347_159_080)
        has("sum.children", "2.17.06", "tw4_rp", expected: 30_769_688, actual: 90_769_688)
        has("sum.children", "2.17.07", "target_renstra_rp", expected: 9_791_640_918, actual: 3_781_640_918)
        has("sum.children", "2.17.01", "target_rp", expected: 12_653_617_284, actual: 12_864_827_284)
        // Item 13: column 15 and K.
        has("formula.derived", "2.17.01.2.06.09", "capaian_renstra_rp", expected: 52.65, actual: 52.95)
        has("formula.derived", "2.17.07", "capaian_renstra_rp", expected: 35.39, actual: 13.65)
        has("formula.derived", "2.17.01.2.03.02", "realisasi_k", expected: 38, actual: 35)
        has("formula.derived", "2.17.01.2.09.02", "capaian_renstra_k", expected: 1.02, actual: 1.04)
        // Item 14: predikat labels against the averages above them (38,97 "Sangat Tinggi").
        has("value.predikat", nil, "tw3_rp", expected: 38.97, actual: nil)
        has("value.predikat", nil, "tw3_k", expected: 51.12, actual: nil)
        has("value.predikat", nil, "tw4_k", expected: 100, actual: nil)
        // Consistent labels in S3's own wording ("Sangat Buruk" for the lowest band) are not findings.
        XCTAssertFalse(findings.contains { $0["rule"] as? String == "value.predikat" && $0["column"] as? String == "capaian_renstra_rp" })
        // The header printed again on each page, with that page's typos, produced no row and no finding.
        XCTAssertFalse(findings.contains { ($0["message"] as? String ?? "").contains("KODE") })
        XCTAssertFalse(findings.contains { $0["rule"] as? String == "formula.header" })
    }

    /// Each example written as its official template: LibreOffice recalculates every formula to
    /// the cached value renja wrote, and every part is well-formed XML.
    func testWrittenExamplesRecalculateToTheirCache() throws {
        let tmp = try temporaryFolder()
        for (base, inputs) in try cases() {
            guard let input = inputs.first(where: { $0.pathExtension != "csv" }) ?? inputs.first else { continue }
            let out = tmp.appendingPathComponent(base + ".out.xlsx")
            let r = try RenjaProcess.run(["convert", input.path, "-o", out.path, "--kunci"])
            XCTAssertTrue(r.status <= 1, r.stderr)
            let parts = try XLSXParts(out)
            for (path, _) in parts.parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") { XCTAssertNoThrow(try parts.xml(path), path) }
            let wb = try parts.xml("xl/workbook.xml")
            guard let sheet = wb.all("sheet").first?["name"] else { XCTFail(base); continue }
            let checked = try assertRecalculationMatchesCache(out, sheet: sheet)
            // openpyxl, an independent reader, sees the same formulas and cached values.
            let cells = try parts.cells(sheet: sheet)
            let py = try OpenPyXL.cells(out, sheet: sheet)
            for (ref, cell) in cells where cell.formula != nil {
                XCTAssertNotNil(py[ref]?.formula, "\(base) \(ref) is a formula for openpyxl")
                if let cached = Double(cell.value) {
                    XCTAssertEqual((py[ref]?.value as? NSNumber)?.doubleValue ?? .nan, cached, accuracy: 1e-6, "\(base) \(ref)")
                }
            }
            // Provenance and protection (--kunci): the input's name and SHA-256; locked formula cells.
            let custom = String(decoding: parts.parts["docProps/custom.xml"] ?? Data(), as: UTF8.self)
            XCTAssertTrue(custom.contains(input.lastPathComponent), base)
            let sha = try shellSHA256(input)
            XCTAssertTrue(custom.contains(sha), "\(base): sumber_sha256 \(sha)")
            XCTAssertNotNil(try parts.xml(try parts.sheetPath(sheet)).first("sheetProtection"), base)
            XCTAssertGreaterThan(checked + (base.contains("tc30") || base.contains("tc32") ? 1 : 0), 0, base)
        }
    }

    func shellSHA256(_ url: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [url.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let d = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(String(decoding: d, as: UTF8.self).prefix(64))
    }

    /// `--strict`: error-level findings stop the output (the report is still written); without it
    /// the output is written and the exit status is 1. A clean input is written either way.
    func testStrictWritesNothingWhenThereAreErrors() throws {
        let dir = try temporaryFolder()
        let input = examples.appendingPathComponent("s2-lumajang-tc33.xlsx")
        let out = dir.appendingPathComponent("strict.xlsx"), rep = dir.appendingPathComponent("strict.report.json")
        let strict = try RenjaProcess.run(["convert", input.path, "-o", out.path, "--report", rep.path, "--strict"])
        XCTAssertEqual(strict.status, 1, strict.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "--strict with errors writes no output")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: rep)) as? [String: Any]
        XCTAssertEqual(report?["errors"] as? Int, 4)
        XCTAssertTrue(strict.stderr.contains("--strict"), strict.stderr)

        let loose = try RenjaProcess.run(["convert", input.path, "-o", out.path])
        XCTAssertEqual(loose.status, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.path))

        let clean = examples.appendingPathComponent("sipd-bengkuluutara-renja-2026.json")
        let cleanOut = dir.appendingPathComponent("clean.xlsx")
        XCTAssertEqual(try RenjaProcess.run(["convert", clean.path, "-o", cleanOut.path, "--strict"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cleanOut.path))
    }

    /// An output that cannot be written: exit 3, nothing left behind, an existing output untouched.
    func testUnwritableOutputOfConvert() throws {
        let input = examples.appendingPathComponent("s2-lumajang-tc33.xlsx")
        let r = try RenjaProcess.run(["convert", input.path, "-o", "/nonexistent-folder/x.xlsx"])
        XCTAssertEqual(r.status, 3)
        let dir = try temporaryFolder()
        let existing = dir.appendingPathComponent("keep.json")
        try Data("lama".utf8).write(to: existing)
        let same = try RenjaProcess.run(["convert", input.path, "-o", input.path])
        XCTAssertEqual(same.status, 2, "the input is never the output")
        let ok = try RenjaProcess.run(["convert", input.path, "-o", existing.path])
        XCTAssertEqual(ok.status, 1)
        XCTAssertNotEqual(try Data(contentsOf: existing), Data("lama".utf8), "replaced by a complete new file")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["keep.json"])
    }

    /// The main job of the README on every example: filled template and annotated workbook are
    /// written, read back, and carry the findings as comments and a Temuan sheet with links.
    func testAnnotatedWorkbookOfAnExample() throws {
        let input = examples.appendingPathComponent("s2-lumajang-tc33.xlsx")
        let out = try temporaryFolder().appendingPathComponent("anotasi.xlsx")
        let r = try RenjaProcess.run(["validate", input.path, "--annotate", out.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        XCTAssertGreaterThan(findings.count, 0)
        let parts = try XLSXParts(out)
        let temuan = try parts.cells(sheet: "Temuan")
        XCTAssertEqual(temuan["A1"]?.value, "Aturan")
        XCTAssertEqual(temuan.keys.filter { $0.hasPrefix("A") && $0 != "A1" }.count, findings.count, "one row per finding")
        // Links point into the table sheet, and the linked cells carry a comment.
        let sheetPath = try parts.sheetPath("Temuan")
        let hyperlinks = try parts.xml(sheetPath).all("hyperlink")
        XCTAssertEqual(hyperlinks.count, findings.count)
        let tablePath = try parts.sheetPath("T-C.33")
        let rels = try parts.xml(tablePath.replacingOccurrences(of: "worksheets/", with: "worksheets/_rels/") + ".rels")
        let commentsTarget = rels.all("Relationship").first { ($0["Type"] ?? "").hasSuffix("/comments") }?["Target"] ?? ""
        let comments = try parts.xml("xl/" + commentsTarget.replacingOccurrences(of: "../", with: ""))
        let commented = Set(comments.all("comment").compactMap { $0["ref"] })
        for h in hyperlinks {
            let loc = h["location"] ?? ""
            let cell = String(loc.split(separator: "!").last ?? "")
            XCTAssertTrue(loc.hasPrefix("'T-C.33'!"), loc)
            XCTAssertTrue(commented.contains(cell), "comment on \(cell)")
        }
    }
}
