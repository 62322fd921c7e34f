import Foundation
import XCTest
@testable import Layouts
@testable import Render
import RenjaModel
import SheetIO

/// `renja template`: every kind written through libxlsxwriter and read back part by part.
final class TemplateTests: XCTestCase {
    /// Column order of the official layouts, from layouts.md §3 and contract §2 (independent of the
    /// template files, so a wrong edit of a template fails here).
    static let expectedKeys: [TableKind: [String]] = [
        .tc29: ["kode", "uraian", "indikator", "target_renstra", "realisasi_n3", "target_n2", "realisasi_n2",
                "tingkat_realisasi_n2", "target_n1", "realisasi_n1", "tingkat_capaian_renstra", "catatan"],
        .tc30: ["kode", "indikator", "spm", "ikk", "target_n2", "target_n1", "target_n", "target_n_plus1",
                "realisasi_n2", "realisasi_n1", "proyeksi_n", "proyeksi_n_plus1", "catatan"],
        .tc31: ["kode", "rkpd_uraian", "rkpd_lokasi", "rkpd_indikator", "rkpd_target", "rkpd_pagu",
                "kebutuhan_uraian", "kebutuhan_lokasi", "kebutuhan_indikator", "kebutuhan_target", "kebutuhan_dana", "catatan"],
        .tc32: ["kode", "usulan", "lokasi", "indikator", "volume", "catatan"],
        .tc33: ["kode", "uraian", "indikator", "lokasi", "target", "pagu", "sumber_dana", "catatan", "target_n1", "pagu_n1"],
        .evaluasi: ["kode", "uraian", "indikator", "satuan", "target_renstra_k", "target_renstra_rp",
                    "realisasi_lalu_k", "realisasi_lalu_rp", "target_k", "target_rp",
                    "tw1_k", "tw1_rp", "tw2_k", "tw2_rp", "tw3_k", "tw3_rp", "tw4_k", "tw4_rp",
                    "realisasi_k", "realisasi_rp", "capaian_k", "capaian_rp",
                    "realisasi_renstra_k", "realisasi_renstra_rp", "capaian_renstra_k", "capaian_renstra_rp", "unit", "keterangan"],
        .rencanaAksi: ["no", "sasaran", "indikator", "satuan", "target", "target_tw1", "target_tw2", "target_tw3", "target_tw4",
                       "kode", "uraian", "anggaran", "anggaran_tw1", "anggaran_tw2", "anggaran_tw3", "anggaran_tw4", "penanggung_jawab"],
        .dpa: ["kode", "kode_rekening", "uraian", "koefisien", "satuan", "harga", "jumlah", "kas_tw1", "kas_tw2", "kas_tw3", "kas_tw4", "sumber_dana"],
        .realisasi: ["kode", "uraian", "lokasi", "pagu", "pagu_pegawai", "realisasi_pegawai", "fisik_pegawai",
                     "pagu_barang_jasa", "realisasi_barang_jasa", "fisik_barang_jasa", "pagu_modal", "realisasi_modal", "fisik_modal",
                     "realisasi", "persen", "fisik", "sisa"],
    ]

    func catalog() throws -> TemplateCatalog { try repositoryCatalog() }

    func testEveryTemplateFileIsValid() throws {
        let c = try catalog()
        for kind in TableKind.allCases {
            XCTAssertEqual(TemplateValidator.problems(in: c.spec(kind), expectedKind: kind), [], "\(kind)")
            XCTAssertEqual(c.spec(kind).official.keys, Self.expectedKeys[kind], "column order of \(kind)")
        }
    }

    func testValidatorCatchesBrokenTemplates() throws {
        var spec = try catalog().spec(.tc33)
        spec.columns.append(spec.columns[0])
        spec.columns[5].formula = "{pagu} / {nope} * 100"
        spec.variants.append(VariantSpec(id: "x", description: "", keys: ["kode", "ghost"], numberRow: nil, thousands: nil, headerContains: nil))
        let problems = TemplateValidator.problems(in: spec, expectedKind: .tc33)
        XCTAssertTrue(problems.contains { $0.contains("'kode' is not unique") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("unknown column 'nope'") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("refers to itself") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("names unknown column 'ghost'") }, "\(problems)")
        spec = try catalog().spec(.tc29)
        spec.sheet = "T:C/29"
        spec.columns[0].header = ["a", "b", "c"]
        let p2 = TemplateValidator.problems(in: spec, expectedKind: .tc30)
        XCTAssertTrue(p2.contains { $0.contains("sheet name") })
        XCTAssertTrue(p2.contains { $0.contains("header has 3 levels") })
        XCTAssertTrue(p2.contains { $0.contains("does not match the file name") })
    }

    func testHeaderLayoutMergesGroupsAndStretchesShortPaths() {
        let l = HeaderLayout(paths: [["Kode"], ["Target", "K"], ["Target", "Rp"], ["Triwulan", "I", "K"], ["Triwulan", "I", "Rp"], ["Triwulan", "II", "K"]], rows: 3)
        XCTAssertTrue(l.blocks.contains(.init(text: "Kode", firstRow: 0, lastRow: 2, firstColumn: 0, lastColumn: 0)))
        XCTAssertTrue(l.blocks.contains(.init(text: "Target", firstRow: 0, lastRow: 1, firstColumn: 1, lastColumn: 2)))
        XCTAssertTrue(l.blocks.contains(.init(text: "K", firstRow: 2, lastRow: 2, firstColumn: 1, lastColumn: 1)))
        XCTAssertTrue(l.blocks.contains(.init(text: "Triwulan", firstRow: 0, lastRow: 0, firstColumn: 3, lastColumn: 5)))
        XCTAssertTrue(l.blocks.contains(.init(text: "I", firstRow: 1, lastRow: 1, firstColumn: 3, lastColumn: 4)))
        XCTAssertTrue(l.blocks.contains(.init(text: "II", firstRow: 1, lastRow: 1, firstColumn: 5, lastColumn: 5)))
        let runs = HeaderLayout.numberRuns(["1", "5", "5", "", "", "8"])
        XCTAssertEqual(runs.map(\.label), ["1", "5", "", "", "8"])
        XCTAssertEqual(runs[1].last, 2)
    }

    func testPlaceholders() {
        let m = Meta(tahun: 2024, pemda: "Kabupaten Bengkalis", perangkatDaerah: nil)
        XCTAssertEqual(Placeholders.fill("s/d Tahun {tahun-2} dan {tahun+1} di {pemda}", meta: m), "s/d Tahun 2022 dan 2025 di Kabupaten Bengkalis")
        XCTAssertEqual(Placeholders.fill("Tahun {tahun-2}", meta: Meta()), "Tahun n-2")
        XCTAssertEqual(Placeholders.fill("{unknown}", meta: m), "{unknown}")
    }

    /// Writes every kind and checks sheet name, title, each header text and merge, the number row,
    /// columns, number formats, freeze pane, print titles, paper, orientation, footer, properties.
    func testEveryKindIsWrittenAsTheOfficialLayout() throws {
        let c = try catalog()
        let dir = try temporaryFolder()
        let meta = Meta(tahun: 2024, pemda: "Kabupaten Bengkalis", perangkatDaerah: "Dinas Koperasi, Usaha Kecil dan Menengah")
        for kind in TableKind.allCases {
            let spec = c.spec(kind)
            let url = dir.appendingPathComponent("\(kind.rawValue).xlsx")
            try BlankTemplate.write(spec: spec, meta: meta, to: url, options: RenderOptions(paper: kind == .tc33 ? .f4 : .a4))
            let parts = try XLSXParts(url)
            let sheetPath = try parts.sheetPath(spec.sheet)
            let cells = try parts.cells(sheet: spec.sheet)
            let merges = try parts.merges(sheet: spec.sheet)
            let columns = spec.columns(of: spec.official)

            // Title block with the placeholders filled.
            XCTAssertEqual(cells["A1"]?.value, Placeholders.fill(spec.titleLines[0], meta: meta), "\(kind) title")
            XCTAssertFalse(spec.titleLines.enumerated().contains { i, _ in (cells["A\(i + 1)"]?.value ?? "").contains("{") }, "\(kind): unfilled placeholder")
            XCTAssertTrue(merges.contains("A1:\(A1.column(columns.count - 1))1"), "\(kind) title merge")

            // Header texts and merges.
            let top = spec.titleLines.count + 1
            let layout = HeaderLayout(paths: columns.map { $0.header.map { Placeholders.fill($0, meta: meta) } }, rows: spec.headerRows)
            for b in layout.blocks {
                let a = A1.cell(row: top + b.firstRow, column: b.firstColumn)
                XCTAssertEqual(cells[a]?.value, b.text, "\(kind) header at \(a)")
                if b.firstRow != b.lastRow || b.firstColumn != b.lastColumn {
                    let ref = a + ":" + A1.cell(row: top + b.lastRow, column: b.lastColumn)
                    XCTAssertTrue(merges.contains(ref), "\(kind) merge \(ref)")
                }
            }
            // Number row.
            let numberRow = top + spec.headerRows
            for (i, col) in columns.enumerated() where !col.number.isEmpty {
                let a = A1.cell(row: numberRow, column: i)
                if let v = cells[a]?.value, !v.isEmpty { XCTAssertEqual(v, col.number, "\(kind) number row \(a)") }
            }
            // Columns: count and widths.
            let doc = try parts.xml(sheetPath)
            let cols = doc.all("col")
            XCTAssertEqual(cols.count, columns.count, "\(kind) column count")
            // Number formats of the empty input rows follow the column type.
            let (codes, xfs) = try parts.numberFormats()
            for (i, col) in columns.enumerated() {
                guard let expected = col.numberFormat else { continue }
                let a = A1.cell(row: numberRow + 1, column: i)
                guard let style = cells[a]?.style else { XCTFail("\(kind) no cell \(a)"); continue }
                XCTAssertEqual(codes[xfs[style]], expected, "\(kind) format of \(col.key)")
            }
            // Frozen below the header, print titles, page setup, footer.
            XCTAssertEqual(try parts.attribute(sheetPath, "pane", "ySplit"), String(numberRow + 1), "\(kind) freeze")
            XCTAssertEqual(try parts.attribute(sheetPath, "pane", "state"), "frozen")
            let wb = try parts.xml("xl/workbook.xml")
            let printTitles = wb.all("definedName").first { $0["name"] == "_xlnm.Print_Titles" }?.text
            // Excel quotes sheet names that are not plain words.
            let quoted = spec.sheet.allSatisfy { $0.isLetter || $0.isNumber } ? spec.sheet : "'\(spec.sheet)'"
            XCTAssertEqual(printTitles, "\(quoted)!$\(top + 1):$\(numberRow + 1)", "\(kind) print titles")
            XCTAssertEqual(try parts.attribute(sheetPath, "pageSetup", "orientation"), "landscape")
            XCTAssertEqual(try parts.attribute(sheetPath, "pageSetup", "paperSize"), kind == .tc33 ? "14" : "9")
            XCTAssertEqual(try parts.attribute(sheetPath, "pageSetup", "fitToHeight"), "0")
            XCTAssertEqual(try parts.attribute(sheetPath, "pageSetUpPr", "fitToPage"), "1")
            let footer = doc.first("oddFooter")?.text ?? ""
            XCTAssertTrue(footer.contains("Halaman &P dari &N"), "\(kind) footer \(footer)")
            // Signature block and document properties.
            XCTAssertTrue(cells.values.contains { $0.value.hasPrefix("NIP.") }, "\(kind) signature")
            let core = String(decoding: parts.parts["docProps/core.xml"] ?? Data(), as: UTF8.self)
            XCTAssertTrue(core.contains(spec.code), "\(kind) title property")
            let custom = String(decoding: parts.parts["docProps/custom.xml"] ?? Data(), as: UTF8.self)
            XCTAssertTrue(custom.contains("renja_version"), "\(kind) renja version property")
        }
    }

    /// Spot checks of the official wording and numbering (layouts.md §3.1, §3.5, §3.6).
    func testOfficialWordingAndNumberRows() throws {
        let c = try catalog()
        let dir = try temporaryFolder()
        let meta = Meta(tahun: 2024)
        let tc33 = dir.appendingPathComponent("tc33.xlsx")
        try BlankTemplate.write(spec: c.spec(.tc33), meta: meta, to: tc33, options: RenderOptions())
        var cells = try XLSXParts(tc33).cells(sheet: "T-C.33")
        var merges = try XLSXParts(tc33).merges(sheet: "T-C.33")
        XCTAssertEqual(cells["A1"]?.value, "Tabel T-C.33")
        XCTAssertEqual(cells["A2"]?.value, "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2024 dan Prakiraan Maju Tahun 2025")
        XCTAssertEqual(cells["E6"]?.value, "Rencana Tahun 2024")
        XCTAssertTrue(merges.contains("E6:H6"))
        XCTAssertEqual(cells["I6"]?.value, "Prakiraan Maju Rencana Tahun 2025")
        XCTAssertTrue(merges.contains("I6:J6"))
        XCTAssertEqual(cells["A6"]?.value, "Kode")
        XCTAssertTrue(merges.contains("A6:A7"))
        XCTAssertEqual((1...10).map { cells[A1.cell(row: 7, column: $0 - 1)]?.value }, (1...10).map { String($0) })

        let tc29 = dir.appendingPathComponent("tc29.xlsx")
        try BlankTemplate.write(spec: c.spec(.tc29), meta: meta, to: tc29, options: RenderOptions())
        cells = try XLSXParts(tc29).cells(sheet: "T-C.29")
        XCTAssertEqual(cells["H8"]?.value, "8=(7/6)")
        XCTAssertEqual(cells["J8"]?.value, "10=(5+7+9)")
        XCTAssertEqual(cells["K8"]?.value, "11=(10/4)")
        XCTAssertEqual(cells["A2"]?.value, "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s/d Tahun 2022")

        let ev = dir.appendingPathComponent("evaluasi.xlsx")
        try BlankTemplate.write(spec: c.spec(.evaluasi), meta: meta, to: ev, options: RenderOptions())
        cells = try XLSXParts(ev).cells(sheet: "Evaluasi Renja")
        merges = try XLSXParts(ev).merges(sheet: "Evaluasi Renja")
        // Three header rows: group, triwulan I..IV, K/Rp; then the number row with K and Rp under one number.
        XCTAssertEqual(cells["K6"]?.value, "Realisasi Kinerja pada Triwulan")
        XCTAssertTrue(merges.contains("K6:R6"))
        XCTAssertEqual(cells["K7"]?.value, "I")
        XCTAssertTrue(merges.contains("K7:L7"))
        XCTAssertEqual(cells["K8"]?.value, "K")
        XCTAssertEqual(cells["L8"]?.value, "Rp")
        XCTAssertEqual(cells["S9"]?.value, "12=8+9+10+11")
        XCTAssertTrue(merges.contains("S9:T9"))
        XCTAssertEqual(cells["U9"]?.value, "13=12/7x100%")
        XCTAssertEqual(cells["W9"]?.value, "14=6+12")
        XCTAssertEqual(cells["Y9"]?.value, "15=14/5x100%")
    }
}
