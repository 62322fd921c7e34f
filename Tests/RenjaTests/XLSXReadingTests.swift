import Foundation
import XCTest
import RenjaModel
@testable import SheetIO

/// One reader feature per test, each on a small file made here.
final class XLSXReadingTests: XCTestCase {
    func file(_ f: XLSXFixture) throws -> URL {
        let url = try temporaryFolder().appendingPathComponent("t.xlsx")
        try f.write(to: url)
        return url
    }

    func testSharedPlainRichAndPhoneticStrings() throws {
        var f = XLSXFixture()
        f.sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Pagu</t></si><si><r><rPr><b/></rPr><t xml:space=\"preserve\">Sub </t></r><r><t>Kegiatan</t></r><rPh><t>ふりがな</t></rPh></si></sst>"
        f.sheets = [("Data", "worksheets/sheet1.xml", XLSXFixture.sheetXML("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>inline</t></is></c></row>"), nil)]
        let wb = try XLSXReader.read(try file(f))
        let row = wb.sheets[0].rows[0]
        XCTAssertEqual(row.value(0), .text("Pagu"))
        XCTAssertEqual(row.value(1), .text("Sub Kegiatan"))
        XCTAssertEqual(row.value(2), .text("inline"))
    }

    /// Each part's CRC-32 is checked: a byte changed in a stored (uncompressed) part, which
    /// inflating cannot notice, is refused as damaged, whichever way the part is read (the sheet
    /// streamed, the shared strings, the workbook whole); the file intact reads.
    func testADamagedPartFailsItsChecksum() throws {
        var f = XLSXFixture()
        f.sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Pagu</t></si></sst>"
        f.sheets = [("Data", "worksheets/sheet1.xml", XLSXFixture.sheetXML("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>1500</v></c></row>"), nil)]
        let url = try temporaryFolder().appendingPathComponent("stored.xlsx")
        try f.write(to: url, compression: .none)
        XCTAssertEqual(try XLSXReader.read(url).sheets[0].rows[0].value(1), .number(DecimalNumber(1500)))
        let intact = try Data(contentsOf: url)
        for (text, damaged) in [("<v>1500</v>", "<v>1600</v>"), ("<t>Pagu</t>", "<t>Pagi</t>"), ("<sheets>", "<sheetz>")] {
            var bytes = [UInt8](intact)
            let from = Array(text.utf8), to = Array(damaged.utf8)
            guard let at = (0...(bytes.count - from.count)).first(where: { Array(bytes[$0..<$0 + from.count]) == from }) else { XCTFail(text); continue }
            bytes.replaceSubrange(at..<at + from.count, with: to)
            let bad = url.deletingLastPathComponent().appendingPathComponent("damaged.xlsx")
            try Data(bytes).write(to: bad)
            XCTAssertThrowsError(try XLSXReader.read(bad), damaged) { error in
                XCTAssertTrue("\(error)".contains("CRC-32"), "\(damaged): \(error)")
            }
        }
    }

    /// The shared strings are parsed on their own thread while the sheet is read, published in
    /// blocks of 1,024: a sheet that asks for the last string first, and for strings beyond the
    /// table, still reads every cell right.
    func testSharedStringsReadInAnyOrderBesideTheSheet() throws {
        let n = 5_000
        var f = XLSXFixture()
        f.sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + (0..<n).map { "<si><t>teks \($0)</t></si>" }.joined() + "</sst>"
        // Rows ask for the strings backwards, then one index past the end.
        let rows = (0..<n).map { r in "<row r=\"\(r + 1)\"><c r=\"A\(r + 1)\" t=\"s\"><v>\(n - 1 - r)</v></c></row>" }.joined()
            + "<row r=\"\(n + 1)\"><c r=\"A\(n + 1)\" t=\"s\"><v>\(n)</v></c><c r=\"B\(n + 1)\"><v>7</v></c></row>"
        f.sheets = [("Data", "worksheets/sheet1.xml", XLSXFixture.sheetXML(rows), nil), ("Lagi", "worksheets/sheet2.xml", XLSXFixture.sheetXML("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1024</v></c></row>"), nil)]
        let url = try file(f)
        // Beside the sheet, and (as for several files read at once) before it on the same thread.
        for beside in [true, false] {
            let wb = try XLSXReader.read(url, sharedStringsBeside: beside)
            let data = wb.sheets[0].rows
            XCTAssertEqual(data.count, n + 1)
            for r in [0, 1, 1023, 1024, 2047, 4999] { XCTAssertEqual(data[r].value(0), .text("teks \(n - 1 - r)"), "row \(r + 1)") }
            XCTAssertEqual(data[n].value(0), .empty, "an index past the table reads as empty")
            XCTAssertEqual(data[n].value(1), .number(DecimalNumber(7)))
            XCTAssertEqual(wb.sheets[1].rows[0].value(0), .text("teks 1024"), "a second sheet reads the finished table")
        }
    }

    /// A limit hit in the shared strings is reported as such, though the sheet itself read well.
    func testSharedStringsLimitIsReportedAfterTheSheet() throws {
        var f = XLSXFixture()
        f.sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + (0..<3_000).map { "<si><t>teks panjang nomor \($0)</t></si>" }.joined() + "</sst>"
        f.sheets = [("Data", "worksheets/sheet1.xml", XLSXFixture.sheetXML("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), nil)]
        var limits = ReadLimits()
        limits.maxSharedStringBytes = 10_000
        let url = try file(f)
        for beside in [true, false] {
            XCTAssertThrowsError(try XLSXReader.read(url, limits: limits, sharedStringsBeside: beside)) { e in
                guard case ReadError.limitExceeded(_, let limit, _) = e else { return XCTFail("\(e)") }
                XCTAssertEqual(limit, "shared strings")
            }
        }
    }

    /// A shared-strings part that inflates far beyond its size stops at the ratio limit, whether
    /// it is inflated on its own thread or on the reading one.
    func testSharedStringsZipBombStopsAtTheRatio() throws {
        var f = XLSXFixture()
        let si = "<si><t>a</t></si>"
        f.sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + String(repeating: si, count: 4 << 20 / si.count) + "</sst>"
        f.sheets = [("Data", "worksheets/sheet1.xml", XLSXFixture.sheetXML("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), nil)]
        let url = try file(f)
        for beside in [true, false] {
            XCTAssertThrowsError(try XLSXReader.read(url, sharedStringsBeside: beside)) { e in
                guard case ReadError.limitExceeded(_, let limit, _) = e else { return XCTFail("\(e)") }
                XCTAssertEqual(limit, "compression ratio")
            }
        }
    }

    /// Codes of digits and dots are kept packed by the shared-string table (see
    /// `SharedStrings.Packed`); every such text reads back as written, whatever its length, its
    /// dots or its digits' number, and so do the texts it must not take for one.
    func testCodeLikeSharedStringsReadBackAsWritten() throws {
        let texts = [
            "1.01.01.1.01.0004", "2.17.03.2.01.01", "5.1.02.01.01.0024", "1234567890123456", "123456789012345",
            "1.2.3.4.5.6.7.8.9.0.1.2.3.4", "123456789012345678.........", "1234567890123456789.", ".........................123",
            "0000000000000000", "1.01.01.1.01.0004.", "12345678901234567890123456789", "1.01.01.1.01.000A", "1,01.01.1.01.0004",
            "_x0000_1.01.01.1.01.0004", "_x0000_", "_x0000_\u{7F}teks", "Program Penunjang Urusan Pemerintahan Daerah",
            "Kabupaten Slema", "Kabupaten Sleman", "Persentase koperasi sehat — ½ tahun", "  Kabupaten Sleman  ",
            "Baris satu_x000D_\nbaris dua yang panjang", "_x0041_BC", String(repeating: "Urusan ", count: 3_000),
        ]
        let expected = texts.map { OOXMLText.unescape($0) }
        XCTAssertEqual(expected[14], "\u{0}1.01.01.1.01.0004")
        let store = TextStore()
        for t in texts.prefix(14) {
            let packed = Array(t.utf8).withUnsafeBufferPointer(SharedStrings.Packed.pack)
            let digits = t.filter(\.isNumber).count
            XCTAssertEqual(packed != nil, t.count >= 16 && t.count <= 28 && digits <= 18 && t.allSatisfy { $0.isNumber || $0 == "." }, t)
            if let packed {
                guard case .string(let back) = packed.text(in: store) else { XCTFail("kept inline: \(t)"); continue }
                XCTAssertEqual(back, t)
            }
        }
        var f = XLSXFixture()
        f.sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + texts.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
        f.sheets = [("Data", "worksheets/sheet1.xml", XLSXFixture.sheetXML(texts.indices.map { "<row r=\"\($0 + 1)\"><c r=\"A\($0 + 1)\" t=\"s\"><v>\($0)</v></c></row>" }.joined()), nil)]
        let rows = try XLSXReader.read(try file(f)).sheets[0].rows
        XCTAssertEqual(rows.map { $0.value(0) }, expected.map { .text($0) })
        // More than 15 bytes, not a packed code: the cell points at the table's store. A text that
        // starts with a zero byte is stored too, whatever its length (inline, that byte means packed).
        for (r, t) in zip(rows, expected) {
            let packed = Array(t.utf8).withUnsafeBufferPointer(SharedStrings.Packed.pack) != nil
            XCTAssertEqual(r[0]?.storedText != nil, !packed && (t.utf8.count > 15 || t.utf8.first == 0), t)
            XCTAssertEqual(r[0]?.storedText?.string ?? t, t)
            XCTAssertEqual(r[0]?.textUTF8Count, t.utf8.count)
            XCTAssertEqual(r[0]?.isEmpty, r[0]?.value.isEmpty)
        }
    }

    func testEscapedControlCharactersAreDecoded() {
        XCTAssertEqual(OOXMLText.unescape("dan_x000D_\nPengujian"), "dan\r\nPengujian")
        XCTAssertEqual(OOXMLText.unescape("a_x005F_x000D_b"), "a_x000D_b")
        XCTAssertEqual(OOXMLText.unescape("tax_xyz_"), "tax_xyz_")
    }

    func testNumbersExactBooleansErrorsAndFormulaStrings() throws {
        var f = XLSXFixture()
        f.sheets = [("S", "worksheets/sheet1.xml", XLSXFixture.sheetXML("<row r=\"1\"><c r=\"A1\"><v>2634207596</v></c><c r=\"B1\"><v>96.77</v></c><c r=\"C1\"><v>1E+3</v></c><c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"e\"><v>#DIV/0!</v></c><c r=\"F1\" t=\"str\"><f>A1&amp;\"x\"</f><v>2634207596x</v></c></row>"), nil)]
        let r = try XLSXReader.read(try file(f)).sheets[0].rows[0]
        XCTAssertEqual(r.value(0), .number(DecimalNumber(2_634_207_596)))
        XCTAssertEqual(r.value(1), .number(DecimalNumber(machine: "96.77")!))
        XCTAssertEqual(r.value(2), .number(DecimalNumber(1000)))
        XCTAssertEqual(r.value(3), .bool(true))
        XCTAssertEqual(r.value(4), .error("#DIV/0!"))
        XCTAssertEqual(r[5]?.formula, "A1&\"x\"")
        XCTAssertEqual(r.value(5), .text("2634207596x"))
    }

    func testSharedFormulasAreTranslatedToEachMember() throws {
        var f = XLSXFixture()
        let rows = (2...5).map { r in
            r == 2 ? "<row r=\"2\"><c r=\"D2\"><f t=\"shared\" ref=\"D2:D5\" si=\"0\">B2*C2+$A$1</f><v>1</v></c></row>"
                   : "<row r=\"\(r)\"><c r=\"D\(r)\"><f t=\"shared\" si=\"0\"/><v>1</v></c></row>"
        }.joined()
        f.sheets = [("S", "worksheets/sheet1.xml", XLSXFixture.sheetXML(rows), nil)]
        let s = try XLSXReader.read(try file(f)).sheets[0]
        XCTAssertEqual(s.rows.first { $0.index == 1 }?[3]?.formula, "B2*C2+$A$1")
        XCTAssertEqual(s.rows.first { $0.index == 4 }?[3]?.formula, "B5*C5+$A$1")
        XCTAssertEqual(SharedFormula.shift("SUM(F8:F12)+Sheet2!A1", rows: 2, columns: 1), "SUM(G10:G14)+Sheet2!B3")
    }

    func testRowsAndCellsWithoutReferencesAndMergesAfterData() throws {
        var f = XLSXFixture()
        f.sheets = [("S", "worksheets/data.xml", XLSXFixture.sheetXML("<row><c><v>1</v></c><c><v>2</v></c></row><row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>",
                                                                        after: "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"), nil)]
        let s = try XLSXReader.read(try file(f)).sheets[0]
        XCTAssertEqual(s.rows.map(\.index), [0, 1])
        XCTAssertEqual(s.rows[0].cells.map(\.column), [0, 1])
        XCTAssertEqual(s.rows[1].cells.map(\.column), [2, 3])
        XCTAssertEqual(s.merges, [CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 1)])
    }

    func testDate1904HiddenSheetsAndAbsoluteTargets() throws {
        var f = XLSXFixture()
        f.workbookPr = "<workbookPr date1904=\"1\"/>"
        f.absoluteTargets = true
        f.sheets = [("Visible", "worksheets/a.xml", XLSXFixture.sheetXML("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), nil),
                    ("Secret", "worksheets/b.xml", XLSXFixture.sheetXML("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"), "hidden")]
        let wb = try XLSXReader.read(try file(f))
        XCTAssertTrue(wb.date1904)
        XCTAssertEqual(wb.sheets.map(\.name), ["Visible", "Secret"])
        XCTAssertEqual(wb.sheets.map(\.isHidden), [false, true])
        XCTAssertEqual(wb.sheets[1].rows[0].value(0), .number(DecimalNumber(2)))
    }

    func testPercentDateAndBoldStyles() throws {
        var f = XLSXFixture()
        f.styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.00&quot;%&quot;\"/><numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy\"/></numFmts><fonts count=\"2\"><font><sz val=\"10\"/></font><font><b/></font></fonts><cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\"/><xf numFmtId=\"10\" fontId=\"0\"/><xf numFmtId=\"165\" fontId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\"/><xf numFmtId=\"164\" fontId=\"0\"/></cellXfs></styleSheet>"
        f.sheets = [("S", "worksheets/sheet1.xml", XLSXFixture.sheetXML("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.9677</v></c><c r=\"B1\" s=\"2\"><v>44927</v></c><c r=\"C1\" s=\"3\"><v>1</v></c><c r=\"D1\" s=\"4\"><v>1</v></c></row>"), nil)]
        let r = try XLSXReader.read(try file(f)).sheets[0].rows[0]
        XCTAssertTrue(r[0]!.style.isPercent)
        XCTAssertTrue(r[1]!.style.isDate)
        XCTAssertTrue(r[2]!.style.isBold)
        XCTAssertFalse(r[3]!.style.isPercent, "a quoted % is a literal, not a percent format")
    }

    func testDoctypeAndEntitiesAreRefused() throws {
        var f = XLSXFixture()
        f.sheets = [("S", "worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>", nil)]
        XCTAssertThrowsError(try XLSXReader.read(try file(f))) { e in
            guard case ReadError.forbiddenXML = e else { return XCTFail("\(e)") }
        }
    }

    func testZipBombStopsAtTheLimits() throws {
        var f = XLSXFixture()
        // 4 MiB of one repeated row compresses to a few KiB: ratio far above 100.
        let row = "<row><c><v>1</v></c></row>"
        f.sheets = [("S", "worksheets/sheet1.xml", XLSXFixture.sheetXML(String(repeating: row, count: 4 << 20 / row.count)), nil)]
        let url = try file(f)
        XCTAssertThrowsError(try XLSXReader.read(url)) { e in
            guard case ReadError.limitExceeded(_, let limit, _) = e else { return XCTFail("\(e)") }
            XCTAssertEqual(limit, "compression ratio")
        }
        var small = ReadLimits()
        small.maxRatio = 100_000
        small.maxPartBytes = 1 << 20
        XCTAssertThrowsError(try XLSXReader.read(url, limits: small)) { e in
            guard case ReadError.limitExceeded(_, let limit, _) = e else { return XCTFail("\(e)") }
            XCTAssertEqual(limit, "part size")
        }
        var cells = ReadLimits()
        cells.maxRatio = 100_000
        cells.maxCells = 1000
        XCTAssertThrowsError(try XLSXReader.read(url, limits: cells))
    }

    func testTruncatedAndNotAZip() throws {
        var f = XLSXFixture()
        f.sheets = [("S", "worksheets/sheet1.xml", XLSXFixture.sheetXML("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), nil)]
        let url = try file(f)
        let data = try Data(contentsOf: url)
        let cut = url.deletingLastPathComponent().appendingPathComponent("cut.xlsx")
        try data.prefix(data.count / 2).write(to: cut)
        XCTAssertThrowsError(try XLSXReader.read(cut)) { e in
            guard case ReadError.corrupt = e else { return XCTFail("\(e)") }
        }
    }
}

final class FormatSnifferTests: XCTestCase {
    func detect(_ bytes: [UInt8], _ name: String = "x.bin") throws -> FileFormat {
        let url = try temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return try FormatSniffer.detect(url)
    }

    func testByContentNotName() throws {
        XCTAssertEqual(try detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "a.xlsx"), .xlsLegacy)
        let enc: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertEqual(try detect(enc, "b.xlsx"), .encrypted)
        XCTAssertEqual(try detect(Array("%PDF-1.4".utf8), "c.xlsx"), .pdf)
        XCTAssertEqual(try detect(Array("<html><table><tr><td>1</td></tr></table></html>".utf8), "d.xls"), .html)
        XCTAssertEqual(try detect(Array("[{\"kode_sub_giat\":1}]".utf8), "e.csv"), .json)
        XCTAssertEqual(try detect([], "f.xlsx"), .empty)
        XCTAssertEqual(try detect(Array("kode;uraian\n1;a\n".utf8), "g.xlsx"), .csv)
        XCTAssertEqual(try detect([0x50, 0x4B, 0x03, 0x04] + Array("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8), "h.xlsx"), .ods)
        XCTAssertEqual(try detect([0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0], "i.csv"), .unknown("berkas biner"))
    }

    func testHTMLTableWithSpans() throws {
        let url = try temporaryFolder().appendingPathComponent("laporan.xls")
        try Data("<html><body><table><tr><th rowspan=\"2\">Kode</th><th colspan=\"2\">Rencana</th></tr><tr><th>Pagu</th><th>Lokasi</th></tr><tr><td>2.17.01</td><td>1.000</td><td>Kab.</td></tr></table></body></html>".utf8).write(to: url)
        let wb = try HTMLTableReader.read(url)
        let s = wb.sheets[0]
        XCTAssertEqual(s.rows[1].cells.map(\.column), [1, 2], "the cell under the rowspan stays empty")
        XCTAssertEqual(s.rows[2].value(1), .text("1.000"))
        XCTAssertTrue(s.merges.contains(CellRange(firstRow: 0, firstColumn: 1, lastRow: 0, lastColumn: 2)))
        XCTAssertTrue(s.merges.contains(CellRange(firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0)))
    }
}

final class CSVReadingTests: XCTestCase {
    func read(_ bytes: [UInt8]) throws -> Workbook { try CSVReader.read(data: Data(bytes), name: "t") }

    func testEncodings() throws {
        let bom = try read([0xEF, 0xBB, 0xBF] + Array("kode;uraian\n1;Penyusunan\n".utf8))
        XCTAssertEqual(bom.sheets[0].rows[0].value(0), .text("kode"))
        guard case .csv(let d, let enc) = bom.source else { return XCTFail() }
        XCTAssertEqual(d, ";"); XCTAssertEqual(enc, "UTF-8 BOM")
        let utf16 = try read([0xFF, 0xFE] + "a,b\nc,d\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertEqual(utf16.sheets[0].rows[1].value(1), .text("d"))
        // Windows-1252: “Café” €5 (0x93 0xE9 0x94 0x80).
        let ansi = try read(Array("x;y\n".utf8) + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x3B, 0x80, 0x35, 0x0A])
        XCTAssertEqual(ansi.sheets[0].rows[1].value(0), .text("“Café”"))
        XCTAssertEqual(ansi.sheets[0].rows[1].value(1), .text("€5"))
    }

    func testSepLineAndSniffingPastATitle() throws {
        let sep = try read(Array("sep=|\nkode|pagu\n1|2\n".utf8))
        XCTAssertEqual(sep.sheets[0].rows[0].value(1), .text("pagu"))
        XCTAssertEqual(sep.sheets[0].rows[0].index, 1, "line numbers count the sep= line")
        let titled = try read(Array("RUMUSAN RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN, TAHUN 2024\nKode;Uraian;Pagu\n2.17.01;Program, penunjang;1.234.567,89\n2.17.02;Program B;5\n".utf8))
        guard case .csv(let d, _) = titled.source else { return XCTFail() }
        XCTAssertEqual(d, ";")
        XCTAssertEqual(titled.sheets[0].rows[2].value(1), .text("Program, penunjang"))
        let tab = try read(Array("a\tb\tc\n1\t2\t3\n".utf8))
        XCTAssertEqual(tab.sheets[0].rows[1].value(2), .text("3"))
    }

    func testQuotedNewlinesAndDoubledQuotes() throws {
        let wb = try read(Array("kode,uraian,pagu\n2.17.01,\"Program \"\"A\"\"\nbaris dua\",\"1,234,567\"\n2.17.02,B,5\n".utf8))
        let rows = wb.sheets[0].rows
        XCTAssertEqual(rows[1].value(1), .text("Program \"A\"\nbaris dua"))
        XCTAssertEqual(rows[1].value(2), .text("1,234,567"))
        XCTAssertEqual(rows[2].index, 3, "the next record starts on line 4")
        XCTAssertThrowsError(try read([]))
    }

    func testWriterEscapesFormulasNotNumbers() throws {
        let d = CSVWriter.encode([[.text("=SUM(A1)"), .number("-5"), .text("-x"), .text("a,b"), .text("say \"hi\""), .empty]], style: .plain)
        XCTAssertEqual(String(decoding: d, as: UTF8.self), "'=SUM(A1),-5,'-x,\"a,b\",\"say \"\"hi\"\"\",\r\n")
        let id = CSVWriter.encode([[.number("96.77"), .text("@x")]], style: .excelIndonesian)
        XCTAssertEqual(String(decoding: id, as: UTF8.self), "\u{FEFF}96,77;'@x\r\n")
        let back = try CSVReader.read(data: CSVWriter.encode([[.text("a;b"), .number("1.5")]], style: .excelIndonesian), name: "r")
        XCTAssertEqual(back.sheets[0].rows[0].value(0), .text("a;b"))
        XCTAssertEqual(back.sheets[0].rows[0].value(1), .text("1,5"))
    }

    /// Judged on bytes: a trigger followed by a combining mark or a line feed is still a trigger;
    /// quoting looks at the delimiter, quotes and line breaks only, whatever else the text holds.
    func testWriterJudgesTextsOnTheirBytes() {
        func line(_ fields: [CSVWriter.Field], _ style: CSVWriter.Style = .plain) -> String {
            String(decoding: CSVWriter.encode([fields], style: style), as: UTF8.self)
        }
        XCTAssertEqual(line([.text("=\u{301}1+1")]), "'=\u{301}1+1\r\n")
        XCTAssertEqual(line([.text("\r\n=1")]), "\"'\r\n=1\"\r\n")
        XCTAssertEqual(line([.text("\t=1")]), "'\t=1\r\n")
        XCTAssertEqual(line([.text("+62 812"), .text("Rp1.500.000,-")]), "'+62 812,\"Rp1.500.000,-\"\r\n")
        XCTAssertEqual(line([.text("Kecamatan Déçà; \"Pusat\"")], .excelIndonesian), "\u{FEFF}\"Kecamatan Déçà; \"\"Pusat\"\"\"\r\n")
        XCTAssertEqual(line([.text("Kecamatan Déçà, Pusat")], .excelIndonesian), "\u{FEFF}Kecamatan Déçà, Pusat\r\n")
        XCTAssertEqual(line([.text("baris\nkedua"), .text("")]), "\"baris\nkedua\",\r\n")
        XCTAssertEqual(line([.number("-1234.5"), .number("0.25")], .excelIndonesian), "\u{FEFF}-1234,5;0,25\r\n")
    }
}
