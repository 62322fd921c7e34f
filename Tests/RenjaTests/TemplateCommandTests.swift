import Foundation
import XCTest

/// The `renja template` and `renja tables` command lines as whole processes (contract §4).
final class TemplateCommandTests: XCTestCase {
    func testTablesListsTheNineKinds() throws {
        let r = try RenjaProcess.run(["tables"])
        XCTAssertEqual(r.status, 0)
        for kind in ["tc29", "tc30", "tc31", "tc32", "tc33", "evaluasi", "rencana-aksi", "dpa", "realisasi"] {
            XCTAssertTrue(r.stdout.contains("\(kind)\t"), kind)
        }
        XCTAssertTrue(r.stdout.contains("tc33-sipd-prioritas"))
    }

    func testTemplateWritesFileAndKertasF4() throws {
        let dir = try temporaryFolder()
        let out = dir.appendingPathComponent("t.xlsx")
        let r = try RenjaProcess.run(["template", "tc31", "-o", out.path, "--tahun", "2024", "--kertas", "f4"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let parts = try XLSXParts(out)
        XCTAssertEqual(try parts.attribute(try parts.sheetPath("T-C.31"), "pageSetup", "paperSize"), "14")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["t.xlsx"], "no temporary file left")
    }

    func testUnknownKindListsTheKnownOnes() throws {
        let r = try RenjaProcess.run(["template", "tc34", "-o", "/tmp/x.xlsx"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("tc34"))
        XCTAssertTrue(r.stderr.contains("tc29, tc30, tc31, tc32, tc33, evaluasi, rencana-aksi, dpa, realisasi"), r.stderr)
        let en = try RenjaProcess.run(["template", "tc34", "-o", "/tmp/x.xlsx", "--lang", "en"])
        XCTAssertTrue(en.stderr.contains("unknown table kind"), en.stderr)
    }

    func testInvalidYearAndPaper() throws {
        let r = try RenjaProcess.run(["template", "tc33", "-o", "/tmp/x.xlsx", "--tahun", "20244"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("20244"))
        let y = try RenjaProcess.run(["template", "tc33", "-o", "/tmp/x.xlsx", "--tahun", "dua"])
        XCTAssertEqual(y.status, 2)
        let p = try RenjaProcess.run(["template", "tc33", "-o", "/tmp/x.xlsx", "--kertas", "a3"])
        XCTAssertEqual(p.status, 2)
    }

    /// An output that cannot be written: exit 3 (contract §4), nothing partial left, an existing
    /// file untouched.
    func testUnwritableOutputLeavesNothing() throws {
        let missing = try RenjaProcess.run(["template", "tc33", "-o", "/nonexistent-folder/x.xlsx"])
        XCTAssertEqual(missing.status, 3)
        XCTAssertTrue(missing.stderr.contains("/nonexistent-folder/x.xlsx"), missing.stderr)

        let dir = try temporaryFolder()
        let asFolder = dir.appendingPathComponent("sub.xlsx")
        try FileManager.default.createDirectory(at: asFolder, withIntermediateDirectories: true)
        let r = try RenjaProcess.run(["template", "tc33", "-o", asFolder.path])
        XCTAssertEqual(r.status, 3)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["sub.xlsx"])

        if getuid() != 0 {
            let ro = dir.appendingPathComponent("ro")
            try FileManager.default.createDirectory(at: ro, withIntermediateDirectories: true)
            chmod(ro.path, 0o555)
            defer { chmod(ro.path, 0o755) }
            let r2 = try RenjaProcess.run(["template", "tc33", "-o", ro.appendingPathComponent("x.xlsx").path])
            XCTAssertEqual(r2.status, 3)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: ro.path), [])
        }
    }

    func testWrongExtensionIsACommandLineError() throws {
        let r = try RenjaProcess.run(["template", "tc33", "-o", "/tmp/x.pdf"])
        XCTAssertEqual(r.status, 2)
    }
}
