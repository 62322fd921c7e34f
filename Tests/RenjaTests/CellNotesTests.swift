import Foundation
import XCTest
import Layouts
import RenjaModel
import Render
import SheetIO

/// Findings on the cells of an annotated workbook (`validate --annotate`): every noted cell has
/// its comment and its colour, whatever its column (codes and names are written apart from the
/// other columns, and must not lose theirs).
final class CellNotesTests: XCTestCase {
    func testEveryNotedCellHasItsCommentWhateverItsColumn() throws {
        var f = ModelFactory()
        let model = f.tc33()
        let spec = try repositoryCatalog().spec(.tc33)
        let sub = try XCTUnwrap(model.rows.firstIndex { $0.level == .subkegiatan })
        let program = try XCTUnwrap(model.rows.firstIndex { $0.level == .program })
        let notes: [Int: [String: [CellNote]]] = [
            sub: ["kode": [CellNote(text: "kode salah", severity: .error)],
                  "uraian": [CellNote(text: "nama menyimpang", severity: .warning)],
                  "pagu": [CellNote(text: "pagu nol", severity: .error)]],
            program: ["pagu": [CellNote(text: "jumlah beda", severity: .error)]],
        ]
        let url = try temporaryFolder().appendingPathComponent("notes.xlsx")
        let r = TableRenderer(model: model, spec: spec, options: RenderOptions())
        try r.write(to: url, notes: notes)

        let parts = try XLSXParts(url)
        let sheet = try parts.sheetPath("T-C.33")
        let rels = try parts.xml(sheet.replacingOccurrences(of: "worksheets/", with: "worksheets/_rels/") + ".rels")
        let target = try XCTUnwrap(rels.all("Relationship").first { ($0["Type"] ?? "").hasSuffix("/comments") }?["Target"])
        let comments = try parts.xml("xl/" + target.replacingOccurrences(of: "../", with: ""))
        var byCell: [String: String] = [:]
        for c in comments.all("comment") { byCell[c["ref"] ?? ""] = c.allText }
        func cell(_ i: Int, _ key: String) -> String { A1.cell(row: r.sheetRow[i]!, column: r.columnOf[key]!) }
        XCTAssertEqual(byCell.count, 4)
        XCTAssertEqual(byCell[cell(sub, "kode")], "kode salah")
        XCTAssertEqual(byCell[cell(sub, "uraian")], "nama menyimpang")
        XCTAssertEqual(byCell[cell(sub, "pagu")], "pagu nol")
        XCTAssertEqual(byCell[cell(program, "pagu")], "jumlah beda", "a summed parent's cell too")

        // Errors red, warnings amber: the fill of each noted cell's look.
        let cells = try parts.cells(sheet: "T-C.33")
        let styles = try parts.xml("xl/styles.xml")
        let fills = try XCTUnwrap(styles.first("fills")).children.map { $0.first("fgColor")?["rgb"] }
        let xfs = try XCTUnwrap(styles.first("cellXfs")).children.map { Int($0["fillId"] ?? "0") ?? 0 }
        func fill(_ a1: String) -> String? { cells[a1].flatMap { fills[xfs[$0.style]] } }
        XCTAssertEqual(fill(cell(sub, "kode")), "FFFFC7CE")
        XCTAssertEqual(fill(cell(sub, "uraian")), "FFFFEB9C")
        XCTAssertEqual(fill(cell(program, "pagu")), "FFFFC7CE")
        XCTAssertNil(fill(cell(sub, "lokasi")) ?? nil, "a cell without a finding keeps no fill")
    }
}
