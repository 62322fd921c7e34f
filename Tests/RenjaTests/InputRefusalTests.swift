import Foundation
import XCTest

/// Inputs renja cannot read exit 2 with a sentence naming the file and what it is, and write nothing.
final class InputRefusalTests: XCTestCase {
    func testRefusedInputs() throws {
        let dir = try temporaryFolder()
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64)
        let encrypted = ole + "EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let cases: [(String, [UInt8], String)] = [
            ("lama.xls", ole, "Excel 97-2003"),
            ("kunci.xlsx", encrypted, "terenkripsi"),
            ("dokumen.ods", [0x50, 0x4B, 0x03, 0x04] + Array("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8), "OpenDocument"),
            ("kosong.xlsx", [], "kosong"),
            ("laporan.pdf", Array("%PDF-1.7 ...".utf8), "PDF"),
            ("acak.xlsx", [0, 1, 2, 3, 0, 0, 7, 8, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 9, 9], "biner"),
            ("terpotong.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00], "rusak"),
        ]
        for (name, bytes, mention) in cases {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            let out = dir.appendingPathComponent(name + ".json")
            let r = try RenjaProcess.run(["convert", url.path, "-o", out.path])
            XCTAssertEqual(r.status, 2, name)
            XCTAssertTrue(r.stderr.contains(name), "\(name): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(mention), "\(name): \(r.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), name)
        }
        let en = try RenjaProcess.run(["validate", dir.appendingPathComponent("lama.xls").path, "--lang", "en"])
        XCTAssertEqual(en.status, 2)
        XCTAssertTrue(en.stderr.contains("save it as Excel Workbook (.xlsx)"), en.stderr)
        let missing = try RenjaProcess.run(["validate", dir.appendingPathComponent("tidak-ada.xlsx").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("tidak ada"), missing.stderr)
    }

    func testASheetOfNoKnownLayout() throws {
        let url = try temporaryFolder().appendingPathComponent("lain.csv")
        try "nama;alamat\nBudi;Jl. Mawar\n".write(to: url, atomically: true, encoding: .utf8)
        let r = try RenjaProcess.run(["validate", url.path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("layout.unknown"), r.stderr)
    }
}
