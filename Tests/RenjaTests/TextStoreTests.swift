import XCTest
@testable import RenjaModel

/// The store that keeps a reader's long texts side by side, and what the model makes of them.
final class TextStoreTests: XCTestCase {
    /// Texts of every length around the store's boundaries (its first block is 16 KiB; a text of
    /// more than a quarter block gets a block of its own; a length takes a byte per seven bits),
    /// in one store, read back as written.
    func testTextsReadBackAsAppendedAcrossBlocks() {
        let store = TextStore()
        // Lengths either side of where the length takes one more byte (128, 16,384, 2,097,152).
        var texts: [String] = ["", "a", "Kabupaten Sleman", "Persentase koperasi sehat — ½ tahun", String(repeating: "x", count: 4_093)]
            + [127, 128, 129, 16_383, 16_384, 2_097_151, 2_097_152].map { String(repeating: "k", count: $0) }
        var seed: UInt64 = 11
        for _ in 0..<2_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let n = Int(seed >> 40) % 300
            texts.append(String(repeating: "Sub kegiatan é ", count: n / 15 + 1).prefix(n) + "\(texts.count)")
        }
        texts.append(String(repeating: "Urusan ", count: 20_000))  // 140,000 bytes: a block of its own
        texts.append("after the long one")
        let stored = texts.map(store.append)
        for (t, s) in zip(texts, stored) {
            XCTAssertEqual(s.string, t)
            XCTAssertEqual(s.utf8Count, t.utf8.count)
            XCTAssertTrue(s.hasBytes(of: t))
            XCTAssertFalse(s.hasBytes(of: t + "."))
            s.withUTF8 { XCTAssertEqual(Array($0), Array(t.utf8)) }
        }
        XCTAssertGreaterThan(store.reserved, texts.reduce(0) { $0 + $1.utf8.count })
        // Equal by bytes, wherever each copy is kept.
        let again = store.append(texts[3])
        XCTAssertEqual(again, stored[3])
        XCTAssertEqual(again.hashValue, stored[3].hashValue)
        XCTAssertNotEqual(stored[2], stored[3])
        XCTAssertEqual(store.unsafeText(at: stored[7].address), stored[7])
    }

    /// A share keeps the store's texts alive once the store itself is let go, and a text read
    /// through it is the text read through the store.
    func testASharedTextOutlivesItsStore() {
        var kept: StoredText?
        var direct: StoredText?
        do {
            let store = TextStore()
            let long = store.append(String(repeating: "Program Penunjang Urusan ", count: 40))
            direct = store.append("Kecamatan Moyudan, Kecamatan Sedayu")
            kept = store.share().share().unsafeText(at: long.address)
            XCTAssertEqual(kept, long)
        }
        XCTAssertEqual(kept?.string, String(repeating: "Program Penunjang Urusan ", count: 40))
        XCTAssertEqual(direct?.string, "Kecamatan Moyudan, Kecamatan Sedayu")
        direct = nil
        XCTAssertEqual(kept?.utf8Count, 1_000)
    }

    func testTrimmedEndsAreTold() {
        let store = TextStore()
        XCTAssertTrue(store.append("Program Penunjang Urusan").isTrimmedAtASCIIEnds)
        XCTAssertFalse(store.append(" Program Penunjang Urusan").isTrimmedAtASCIIEnds)
        XCTAssertFalse(store.append("Program Penunjang Urusan\n").isTrimmedAtASCIIEnds)
        XCTAssertFalse(store.append("Program Penunjang Urusan\u{A0}").isTrimmedAtASCIIEnds, "a non-ASCII end may be white space")
        XCTAssertFalse(store.append("").isTrimmedAtASCIIEnds)
    }

    /// A row keeps a stored name and stored values without a string of its own, reads them back as
    /// texts, equals a row made of the same strings, and keeps them stored when other values
    /// change around them (the slots made again).
    func testRowsKeepStoredTextsThroughChanges() {
        let store = TextStore()
        let name = "Penyelenggaraan Barang Cetakan dan Penggandaan bagi Koperasi"
        let indikator = "Jumlah koperasi yang sehat dan aktif di kabupaten"
        var builder = RowValues.Builder()
        builder.append("indikator", stored: store.append(indikator))
        builder.append("pagu", .rupiah(6_954_036_000))
        builder.append("lokasi", stored: store.append("Kecamatan Moyudan, Kecamatan Sedayu"))
        var row = Row(kode: "1.01.01.1.01.0004", level: .subkegiatan, storedUraian: store.append(name), values: builder.make())
        let plain = Row(kode: "1.01.01.1.01.0004", level: .subkegiatan, uraian: name,
                        values: ["indikator": .text(indikator), "pagu": .rupiah(6_954_036_000), "lokasi": .text("Kecamatan Moyudan, Kecamatan Sedayu")])
        XCTAssertEqual(row.uraian, name)
        XCTAssertEqual(row, plain)
        XCTAssertEqual(row.hashValue, plain.hashValue)
        XCTAssertEqual(row["indikator"], .text(indikator))
        XCTAssertNotNil(row.values.storedBytes(position: 0))
        XCTAssertNil(row.values.storedBytes(position: 1))
        XCTAssertTrue(row.values.hasValue(forKey: "lokasi"))
        XCTAssertFalse(row.values.hasValue(forKey: "target"))

        let copy = row
        row["pagu"] = .rupiah(1)              // in place
        row["target"] = .text("100 Persen")   // added: the slots are made again
        row["lokasi"] = nil                   // removed: made again
        XCTAssertEqual(row["indikator"], .text(indikator))
        XCTAssertNotNil(row.values.storedBytes(position: 0), "still the store's copy")
        XCTAssertEqual(row.values.count, 3)
        XCTAssertEqual(copy, plain, "the copy kept its values")
        row["indikator"] = .text("Indikator lain")
        XCTAssertNil(row.values.storedBytes(position: 0))
        row.uraian += " (lanjutan)"
        XCTAssertEqual(row.uraian, name + " (lanjutan)")
        XCTAssertEqual(MemoryLayout<Row>.stride, 72, "a row is no larger for a name that may be stored")
    }
}
