import XCTest
@testable import RenjaModel

final class NomenklaturTests: XCTestCase {
    var n: Nomenklatur!
    override func setUpWithError() throws {
        n = try Nomenklatur(contentsOf: repositoryRoot.appendingPathComponent("templates/nomenklatur.csv"))
    }

    func testLoadsAndTreatsPlaceholderAndDigitsAlike() {
        XCTAssertGreaterThan(n.entries.count, 200)
        XCTAssertTrue(n.contains(Kode.parse("X.XX.01.2.01.0001")!))
        XCTAssertTrue(n.contains(Kode.parse("2.17.01.2.01.01")!), "2-digit and X.XX forms are the same item")
        XCTAssertEqual(n.nameMatches("Penyusunan Dokumen Perencanaan Perangkat Daerah", kode: Kode.parse("2.17.01.2.01.0001")!), .exact)
        XCTAssertEqual(n.nameMatches("Sub Kegiatan penyusunan  dokumen perencanaan perangkat daerah", kode: Kode.parse("2.17.01.2.01.01")!), .exact)
        XCTAssertEqual(n.nameMatches("x", kode: Kode.parse("2.17.99")!), .unknownKode)
        XCTAssertEqual(n.nameMatches("x", kode: Kode.parse("9.99.99")!), .uncovered, "no verdict on a bidang the list does not cover")
    }

    func testResolvesNamesTolerantly() {
        XCTAssertEqual(n.resolve(name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", level: .subkegiatan, under: nil)?.kode, "2.17.01.2.01.0001")
        XCTAssertEqual(n.resolve(name: "Program Pemunjang Urusan Pemerintahan Daerah Kabupaten/Kota", level: .program, under: nil)?.kode, "2.17.01")
        XCTAssertNil(n.resolve(name: "Kegiatan yang tidak ada di mana pun", level: nil, under: nil))
    }

    func testDistinguishingWordsAreNeverClose() {
        let a = NameMatching.normalize("Restrukturisasi Usaha Koperasi Kewenangan Provinsi")
        let b = NameMatching.normalize("Restrukturisasi Usaha Koperasi Kewenangan Kabupaten/Kota")
        XCTAssertFalse(NameMatching.isClose(a, b))
        XCTAssertTrue(NameMatching.isClose(NameMatching.normalize("Fasilitas Kunjungan Tamu"), NameMatching.normalize("Fasilitasi Kunjungan Tamu")))
        XCTAssertEqual(NameMatching.normalize("Kabupaten/ Kota  ,DAN"), "kabupaten/kota dan")
        XCTAssertEqual(NameMatching.distance("kitten", "sitting"), 3)
    }

    /// The banded edit distance agrees with the full one wherever it is within the limit, and says
    /// "over" (limit + 1) exactly where the full one is larger; trimming keeps what is inside.
    func testBandedDistanceAgreesWithTheFullOne() {
        var seed: UInt64 = 12345
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }
        let letters = Array("aabcdeé k/")
        for _ in 0..<3_000 {
            let a = String((0..<next(14)).map { _ in letters[next(letters.count)] })
            let b = String((0..<next(14)).map { _ in letters[next(letters.count)] })
            let full = NameMatching.distance(a, b)
            for limit in 0...5 {
                XCTAssertEqual(NameMatching.distance(a, b, atMost: limit), min(full, limit + 1), "'\(a)' '\(b)' limit \(limit)")
            }
        }
        XCTAssertEqual("  35 Koperasi \n".trimmedWhitespace, "35 Koperasi")
        XCTAssertEqual(Substring(" \u{00A0}Rumah Tangga ").trimmedWhitespace, "Rumah Tangga")
        XCTAssertEqual("tanpa spasi".trimmedWhitespace, "tanpa spasi")
        XCTAssertEqual("   ".trimmedWhitespace, "")
    }
}
