import Foundation
import XCTest
import Layouts
import Render
import RenjaModel
import Rules

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
