import Foundation
import XCTest
@testable import Layouts
import RenjaModel
import SheetIO

/// The reader hands the cell grid over to the mapper, which lets each body row's cells go once the
/// row is mapped. A caller that keeps its own copy of the workbook keeps it whole, and the model is
/// the same either way, on one core or two.
final class GridHandoverTests: XCTestCase {
    /// A T-C.33 sheet of `programs` programmes, each with a kegiatan and three sub kegiatan.
    func grid(programs: Int) throws -> Workbook {
        var csv = """
        Tabel T-C.33
        Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026
        Kode;Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan;Indikator Kinerja Program/Kegiatan;Rencana Tahun 2025 Lokasi;Rencana Tahun 2025 Target Capaian Kinerja;Rencana Tahun 2025 Kebutuhan Dana/Pagu Indikatif;Rencana Tahun 2025 Sumber Dana;Catatan Penting;Prakiraan Maju Rencana Tahun 2026 Target Capaian Kinerja;Prakiraan Maju Rencana Tahun 2026 Kebutuhan Dana/Pagu Indikatif
        1;2;3;4;5;6;7;8;9;10

        """
        for p in 0..<programs {
            let prog = String(format: "2.17.%02d", 2 + p % 90)
            let keg = prog + String(format: ".2.%02d", 1 + p / 90)
            csv += "\(prog);Program Pemberdayaan Usaha \(p);Persentase UMKM naik kelas;Kabupaten;10 %;3.000.000;APBD;;11 %;3.300.000\n"
            csv += "\(keg);Pembinaan Koperasi \(p);Jumlah koperasi dibina;Kabupaten;30 Koperasi;3.000.000;APBD;;32 Koperasi;3.300.000\n"
            for s in 1...3 {
                csv += "\(keg).\(String(format: "%04d", s));Penyuluhan Koperasi \(p)-\(s);Jumlah peserta;Kecamatan \(s);\(20 + s) Orang;1.000.000;APBD;;\(21 + s) Orang;1.100.000\n"
            }
        }
        return try CSVReader.read(data: Data(csv.utf8), name: "t")
    }

    func testTheModelIsTheSameWhetherTheGridIsKeptOrHandedOver() throws {
        let catalog = try repositoryCatalog()
        let kept = try grid(programs: 900)  // 4,500 body rows: mapped in two halves
        let cellsBefore = kept.sheets[0].rows.reduce(0) { $0 + $1.cells.count }
        let fromCopy = try TableReader.read(kept, file: "t.csv", catalog: catalog, nomenklatur: nil)
        // The caller's copy is untouched by the mapper emptying its own rows.
        XCTAssertEqual(kept.sheets[0].rows.reduce(0) { $0 + $1.cells.count }, cellsBefore)
        XCTAssertGreaterThan(cellsBefore, 40_000)

        let handedOver = try TableReader.read(try grid(programs: 900), file: "t.csv", catalog: catalog, nomenklatur: nil)
        XCTAssertEqual(handedOver.model, fromCopy.model)
        XCTAssertEqual(handedOver.findings, fromCopy.findings)
        XCTAssertEqual(handedOver.model.rows.count, 4_500)
        XCTAssertEqual(handedOver.model.rows.filter { $0.level == .subkegiatan }.count, 2_700)
        XCTAssertEqual(handedOver.model.rows[4_499].kode, "2.17.91.2.10.0003")
        XCTAssertEqual(handedOver.model.rows[4_499].values["pagu"]?.rupiah, 1_000_000)

        // One core, row by row: the same model as the two halves.
        setenv("RENJA_SEQUENTIAL", "1", 1)
        defer { unsetenv("RENJA_SEQUENTIAL") }
        let sequential = try TableReader.read(try grid(programs: 900), file: "t.csv", catalog: catalog, nomenklatur: nil)
        XCTAssertEqual(sequential.model, handedOver.model)
        XCTAssertEqual(sequential.findings, handedOver.findings)
    }
}
