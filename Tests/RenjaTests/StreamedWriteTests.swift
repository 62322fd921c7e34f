import Foundation
import XCTest
import Layouts
import Render
import RenjaModel
import Rules
import SheetIO

/// A large model written by renja is read as a stream while its workbook is written
/// (`ModelStream`, `TableRenderer.init(streaming:)`). The rows, the errors and the workbook must
/// be those of the whole model read at once.
final class StreamedWriteTests: XCTestCase {
    let catalog = try! repositoryCatalog()

    func types(_ kind: TableKind, _ key: String) -> ModelJSON.ValueKind {
        ModelReader.valueKind(catalog.spec(kind).column(key)?.type)
    }

    /// More rows than one chunk holds.
    func bigModel() -> TableModel {
        var f = ModelFactory(seed: 7)
        return f.tc33(programs: 80, kegiatan: 4, subs: 6)
    }

    func json(_ m: TableModel) -> Data { ModelJSON.encode(m, keyOrder: catalog.spec(m.table).valueKeys) }

    func stream(_ data: Data) throws -> ModelStream {
        let c = catalog
        return try XCTUnwrap(ModelStream.start(data, minimumBytes: 0) { ModelReader.valueKind(c.spec($0).column($1)?.type) })
    }

    func testTheStreamGivesTheWholeDocumentsRowsInChunks() throws {
        let m = bigModel()
        XCTAssertGreaterThan(m.rows.count, 2 * ModelStream.chunkSize)
        let data = json(m)
        let whole = try ModelJSON.decode(data, types: types)
        let s = try stream(data)
        let head = try XCTUnwrap(s.head())
        XCTAssertEqual(head.table, .tc33)
        XCTAssertEqual(head.meta, m.meta)
        XCTAssertTrue(head.rows.isEmpty)
        var rows: [Row] = [], k = 0
        while let chunk = s.chunk(k) {
            XCTAssertLessThanOrEqual(chunk.count, ModelStream.chunkSize)
            rows += chunk
            k += 1
        }
        XCTAssertEqual(k, (m.rows.count + ModelStream.chunkSize - 1) / ModelStream.chunkSize)
        XCTAssertEqual(rows, whole.rows)
        XCTAssertEqual(try s.model(), whole)
    }

    /// The reading gives back the document's memory as it goes (`release`): it never looks at
    /// bytes it has said it is done with. Here they are wiped as soon as released, and the model
    /// must still be the whole read's; the released offsets only grow, up to the end of the rows.
    func testTheBytesReleasedAreNeverReadAgain() throws {
        let m = bigModel()
        let data = json(m)
        let whole = try ModelJSON.decode(data, types: types)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 16)
        defer { buffer.deallocate() }
        data.copyBytes(to: buffer)
        final class Released: @unchecked Sendable {
            var offsets: [Int] = []
            let buffer: UnsafeMutableRawBufferPointer
            init(_ b: UnsafeMutableRawBufferPointer) { buffer = b }
            func wipe(upTo n: Int) {
                offsets.append(n)
                memset(buffer.baseAddress!, 0x20, min(n, buffer.count))  // spaces: any re-read would misparse
            }
        }
        let released = Released(buffer)
        let shared = Data(bytesNoCopy: buffer.baseAddress!, count: data.count, deallocator: .none)
        let c = catalog
        let s = try XCTUnwrap(ModelStream.start(shared, minimumBytes: 0, release: { released.wipe(upTo: $0) }) { ModelReader.valueKind(c.spec($0).column($1)?.type) })
        XCTAssertEqual(try s.model(), whole)
        XCTAssertEqual(released.offsets.count, (m.rows.count + ModelStream.chunkSize - 1) / ModelStream.chunkSize)
        XCTAssertEqual(released.offsets, released.offsets.sorted())
        XCTAssertGreaterThan(released.offsets.last ?? 0, data.count * 9 / 10)
    }

    /// A streamed model's file is read into memory of its own, whole pages of which go back once
    /// read past (they then read as zeros); a file shorter than its stated size gives what it has.
    func testAReleasableInputGivesBackWholePagesReadPast() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let url = try temporaryFolder().appendingPathComponent("m.json")
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 3 * page + 100)
        try Data(bytes).write(to: url)
        let input = try XCTUnwrap(ReleasableInput(url, size: bytes.count))
        XCTAssertEqual([UInt8](input.data), bytes)
        input.release(upTo: 2 * page + 10)
        input.release(upTo: page)  // going back releases nothing more
        let after = [UInt8](input.data)
        XCTAssertTrue(after[..<(2 * page)].allSatisfy { $0 == 0 }, "two whole pages given back")
        XCTAssertTrue(after[(2 * page)...].allSatisfy { $0 == UInt8(ascii: "a") }, "the page read into is kept")
        let short = try XCTUnwrap(ReleasableInput(url, size: bytes.count + 5_000))
        XCTAssertEqual(short.data.count, bytes.count)
        XCTAssertNil(ReleasableInput(url.deletingLastPathComponent().appendingPathComponent("none.json"), size: 10))
    }

    func testAStreamThatFailsPartWayGivesTheErrorOfTheWholeRead() throws {
        let data = json(bigModel())
        let broken = data.prefix(data.count * 2 / 3)
        var wholeError = ""
        XCTAssertThrowsError(try ModelJSON.decode(broken, types: types)) { wholeError = "\($0)" }
        let s = try stream(broken)
        XCTAssertNotNil(s.head())
        var k = 0
        while s.chunk(k) != nil { k += 1 }
        XCTAssertThrowsError(try s.model()) { XCTAssertEqual("\($0)", wholeError) }
        XCTAssertFalse(wholeError.isEmpty)
    }

    func testOnlyALargeModelWrittenByRenjaIsStreamed() throws {
        let data = json(bigModel())
        XCTAssertNil(ModelStream.start(data) { _, _ in .text }, "below the minimum size")
        // The same model written compactly, by another program: read at once.
        let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: data))
        XCTAssertNil(ModelStream.start(compact, minimumBytes: 0) { _, _ in .text })
        XCTAssertNotNil(ModelStream.start(data, minimumBytes: 0) { _, _ in .text })
    }

    /// The workbook written from the stream and from the whole model, part by part (`docProps`
    /// hold the time of writing).
    func assertSameWorkbook(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws {
        let whole = try ModelJSON.decode(data, types: types)
        let spec = catalog.spec(whole.table)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let options = RenderOptions(paper: .a4, protect: false, sourceName: "model.json")
        let a = dir.appendingPathComponent("whole.xlsx"), b = dir.appendingPathComponent("streamed.xlsx")
        try TableRenderer(model: whole, spec: spec, options: options).write(to: a)
        let s = try stream(data)
        let renderer = TableRenderer(streaming: try XCTUnwrap(s.head()), rows: s, spec: spec, options: options,
                                     derivation: { Derivation(model: try! s.model(), spec: spec) })
        try renderer.write(to: b)
        XCTAssertEqual(renderer.model, whole, file: file, line: line)
        let pa = try XLSXParts(a).parts.filter { $0.key.hasPrefix("xl/") }, pb = try XLSXParts(b).parts.filter { $0.key.hasPrefix("xl/") }
        XCTAssertEqual(pa.keys.sorted(), pb.keys.sorted(), file: file, line: line)
        for (k, v) in pa { XCTAssertEqual(v, pb[k], "\(k) differs", file: file, line: line) }
    }

    func testAStreamedWorkbookIsTheWholeModelsWorkbook() throws {
        try assertSameWorkbook(json(bigModel()))
        // A table with footers after each program block (averages and predikat).
        var f = ModelFactory(seed: 3)
        try assertSameWorkbook(json(f.evaluasi()))
    }

    func testAColumnOnlyALateRowUsesIsWrittenAsForTheWholeModel() throws {
        var m = bigModel()
        // A variant's column, used only past the first chunk: the columns guessed from the first
        // chunk are wrong, and the workbook is written again from the whole model.
        m.rows[m.rows.count - 10].values["prioritas_nasional"] = .text("PN 3")
        try assertSameWorkbook(json(m))
    }

    func testMetaGivenAfterTheRowsIsWrittenAsForTheWholeModel() throws {
        let m = bigModel()
        var text = String(decoding: json(m), as: UTF8.self)
        let metaLine = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("  \"meta\": ") })
        text = text.replacingOccurrences(of: metaLine + "\n", with: "")
        let end = try XCTUnwrap(text.range(of: "}", options: .backwards))
        text.replaceSubrange(end, with: ",\n" + metaLine.dropLast() + "\n}")  // drop its comma
        let data = Data(text.utf8)
        XCTAssertEqual(try ModelJSON.decode(data, types: types).meta, m.meta)
        let s = try stream(data)
        XCTAssertEqual(s.head()?.meta, Meta(), "the head has no meta yet")
        try assertSameWorkbook(data)
    }

    func testAMemberGivenTwiceIsRefusedBothWays() throws {
        // Rows given twice: neither list is silently kept, read at once or as a stream.
        var text = String(decoding: json(bigModel()), as: UTF8.self)
        let end = try XCTUnwrap(text.range(of: "}", options: .backwards))
        text.replaceSubrange(end, with: ",\n  \"rows\": []\n}")
        let data = Data(text.utf8)
        var wholeError = ""
        XCTAssertThrowsError(try ModelJSON.decode(data, types: types)) { wholeError = "\($0)" }
        XCTAssertTrue(wholeError.contains("\"rows\" is given twice"), wholeError)
        let s = try stream(data)
        var k = 0
        while s.chunk(k) != nil { k += 1 }
        XCTAssertThrowsError(try s.model()) { XCTAssertEqual("\($0)", wholeError) }
    }

    func testAStreamingRendererWritesTheSameWorkbookAgainAndWithNotes() throws {
        let data = json(bigModel())
        let whole = try ModelJSON.decode(data, types: types)
        let spec = catalog.spec(.tc33)
        let options = RenderOptions(paper: .a4, protect: false, sourceName: "model.json")
        let dir = try temporaryFolder()
        func parts(_ url: URL) throws -> [String: Data] { try XLSXParts(url).parts.filter { $0.key.hasPrefix("xl/") } }
        let expected = dir.appendingPathComponent("whole.xlsx")
        try TableRenderer(model: whole, spec: spec, options: options).write(to: expected)
        func streaming() throws -> TableRenderer {
            let s = try stream(data)
            return TableRenderer(streaming: try XCTUnwrap(s.head()), rows: s, spec: spec, options: options,
                                 derivation: { Derivation(model: try! s.model(), spec: spec) })
        }
        // Written twice: the second time from the whole model the first one collected.
        let twice = try streaming()
        for name in ["first.xlsx", "second.xlsx"] {
            try twice.write(to: dir.appendingPathComponent(name))
            XCTAssertEqual(try parts(dir.appendingPathComponent(name)), try parts(expected), name)
        }
        // With notes at once: the whole model, not the rows before they come.
        let noted = try streaming()
        let note = [5: ["pagu": [CellNote(text: "periksa", severity: .warning)]]]
        try noted.write(to: dir.appendingPathComponent("noted.xlsx"), notes: note)
        let reference = dir.appendingPathComponent("noted-whole.xlsx")
        try TableRenderer(model: whole, spec: spec, options: options).write(to: reference, notes: note)
        XCTAssertEqual(try parts(dir.appendingPathComponent("noted.xlsx")), try parts(reference))
    }

    /// The command on a model large enough to be streamed: a model cut short gives the message
    /// and status of one read at once, and leaves nothing behind; a whole one, the same workbook.
    func testConvertOfALargeModelAsAStreamAndAtOnce() throws {
        var f = ModelFactory(seed: 11)
        var m = f.tc33(programs: 90, kegiatan: 40, subs: 6)
        m.rows[m.rows.count / 2].values["catatan"] = .text("Catatan di tengah")
        let data = json(m)
        XCTAssertGreaterThanOrEqual(data.count, ModelStream.minimumBytes, "large enough to be streamed")
        let dir = try temporaryFolder()
        let input = dir.appendingPathComponent("besar.json"), cut = dir.appendingPathComponent("terpotong.json")
        try data.write(to: input)
        try data.prefix(data.count * 3 / 4).write(to: cut)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)

        let streamed = try RenjaProcess.run(["convert", cut.path, "-o", out.appendingPathComponent("a.xlsx").path])
        let atOnce = try RenjaProcess.run(["convert", cut.path, "-o", out.appendingPathComponent("b.xlsx").path], environment: ["RENJA_SEQUENTIAL": "1"])
        XCTAssertEqual(streamed.status, 2, streamed.stderr)
        XCTAssertEqual(atOnce.status, 2, atOnce.stderr)
        XCTAssertEqual(streamed.stderr, atOnce.stderr)
        XCTAssertTrue(streamed.stderr.contains("terpotong.json"), streamed.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [], "nothing written, no temporary file left")

        let a = out.appendingPathComponent("a.xlsx"), b = out.appendingPathComponent("b.xlsx")
        let ra = try RenjaProcess.run(["convert", input.path, "-o", a.path])
        let rb = try RenjaProcess.run(["convert", input.path, "-o", b.path], environment: ["RENJA_SEQUENTIAL": "1"])
        XCTAssertEqual(ra.status, rb.status, ra.stderr)
        XCTAssertEqual(ra.stderr, rb.stderr)
        let pa = try XLSXParts(a).parts.filter { $0.key.hasPrefix("xl/") }, pb = try XLSXParts(b).parts.filter { $0.key.hasPrefix("xl/") }
        XCTAssertEqual(pa.keys.sorted(), pb.keys.sorted())
        for (k, v) in pa { XCTAssertEqual(v, pb[k], k) }
        XCTAssertTrue(try XLSXParts(a).sharedStrings().contains("Catatan di tengah"))
    }

    func testAStreamThatFailsWritesNothing() throws {
        let data = json(bigModel())
        let s = try stream(data.prefix(data.count / 2))
        let spec = catalog.spec(.tc33)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID().uuidString).xlsx")
        let renderer = TableRenderer(streaming: try XCTUnwrap(s.head()), rows: s, spec: spec,
                                     options: RenderOptions(paper: .a4, protect: false, sourceName: "model.json"),
                                     derivation: { Derivation(model: (try? s.model()) ?? TableModel(table: .tc33, layout: "tc33"), spec: spec) })
        XCTAssertThrowsError(try renderer.write(to: out)) { XCTAssertTrue($0 is ModelJSON.DecodeError, "\($0)") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }
}
