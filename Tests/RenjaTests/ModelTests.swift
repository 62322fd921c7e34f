import XCTest
@testable import RenjaModel

final class DecimalNumberTests: XCTestCase {
    func testParsesExactlyWithoutDouble() {
        XCTAssertEqual(DecimalNumber(machine: "2634207596")?.mantissa, 2_634_207_596)
        XCTAssertEqual(DecimalNumber(machine: "96.77")?.description, "96.77")
        XCTAssertEqual(DecimalNumber(machine: "1E+3")?.description, "1000")
        XCTAssertEqual(DecimalNumber(machine: "-0.5")?.description, "-0.5")
        XCTAssertEqual(DecimalNumber(machine: "1.25e-2")?.description, "0.0125")
        XCTAssertNil(DecimalNumber(machine: "12a"))
        XCTAssertNil(DecimalNumber(machine: ""))
        // 0.1 + 0.2 is exactly 0.3 here (it is not in Double).
        XCTAssertEqual(DecimalNumber(machine: "0.1")! + DecimalNumber(machine: "0.2")!, DecimalNumber(machine: "0.3")!)
    }

    func testRoundingHalfAwayFromZeroAndDivision() {
        XCTAssertEqual(DecimalNumber(machine: "42.855")!.rounded(2).description, "42.86")
        XCTAssertEqual(DecimalNumber(machine: "-42.855")!.rounded(2).description, "-42.86")
        XCTAssertEqual(DecimalNumber(12).divided(by: DecimalNumber(28), places: 4)?.description, "0.4286")
        // 122.895.903 / 122.995.000 = 99,92 % (S1 printed 99,89 %).
        let p = DecimalNumber(122_895_903).divided(by: DecimalNumber(122_995_000), places: 10)! * DecimalNumber(100)
        XCTAssertEqual(p.rounded(2).description, "99.92")
        XCTAssertNil(DecimalNumber(5).divided(by: .zero))
    }

    /// Equality, order and hash are exact and agree whatever the scales, including numbers whose
    /// alignment passes 64 bits and scales outside 0...18 (which only code makes, never a sheet).
    func testEqualityOrderAndHashAgreeAtTheEdges() {
        let big = DecimalNumber(mantissa: 922_337_203_685_477_581)
        let near = DecimalNumber(mantissa: 9_223_372_036_854_775_807, scale: 1)  // 922337203685477580.7
        XCTAssertNotEqual(big, near, "aligning overflows: they differ")
        XCTAssertTrue(near < big)
        XCTAssertFalse(big < near)
        XCTAssertTrue(DecimalNumber(mantissa: -922_337_203_685_477_581) < DecimalNumber(mantissa: -9_223_372_036_854_775_807, scale: 1))
        let thousands = DecimalNumber(mantissa: 12, scale: -3)
        XCTAssertEqual(thousands, DecimalNumber(12_000))
        XCTAssertEqual(thousands.hashValue, DecimalNumber(12_000).hashValue)
        XCTAssertEqual(Set([thousands, DecimalNumber(12_000), DecimalNumber(mantissa: 120_000, scale: 1)]).count, 1)
        XCTAssertEqual(DecimalNumber(mantissa: 150, scale: 2).hashValue, DecimalNumber(mantissa: 15, scale: 1).hashValue)
        XCTAssertEqual(DecimalNumber(mantissa: 0, scale: 7), .zero)
        XCTAssertEqual(DecimalNumber(mantissa: 0, scale: 7).hashValue, DecimalNumber.zero.hashValue)
        XCTAssertEqual(thousands.description, "12000")
        XCTAssertEqual(thousands.doubleValue, 12_000)
        let tiny = DecimalNumber(mantissa: 6_000_000_000_000_000_000, scale: 19)  // 0.6
        XCTAssertEqual(tiny.rounded(0), DecimalNumber(1))
        XCTAssertEqual(DecimalNumber(mantissa: 4_000_000_000_000_000_000, scale: 19).rounded(0), .zero)
        XCTAssertEqual(DecimalNumber(mantissa: -9, scale: 25).rounded(2), .zero)
        XCTAssertEqual(tiny.doubleValue, 0.6, accuracy: 1e-12)
        XCTAssertTrue(DecimalNumber(mantissa: 1, scale: 30) < DecimalNumber(mantissa: 1, scale: 29))
        XCTAssertNotEqual(DecimalNumber(mantissa: 1, scale: 30), .zero)
    }
}

final class NumberTextTests: XCTestCase {
    func parse(_ s: String, _ h: NumberText.Hint = .money, _ n: NumberText.Notation? = nil) -> String? {
        NumberText.parse(s, hint: h, notation: n)?.value.description
    }

    func testIndonesianAndEnglishMoney() {
        XCTAssertEqual(parse("3.590.187.767"), "3590187767")
        XCTAssertEqual(parse("32,535,393"), "32535393")
        XCTAssertEqual(parse("116.131.220,00"), "116131220")
        XCTAssertEqual(parse("Rp. 30.000.000,-"), "30000000")
        XCTAssertEqual(parse("Rp 5.315.178.098"), "5315178098")
        XCTAssertEqual(parse("(59.875.100,00)"), "-59875100")
        XCTAssertEqual(parse("1.234"), "1234")
        XCTAssertEqual(parse("Rp.16.697.223.384.00,-"), "16697223384")
        XCTAssertNil(parse("dua juta"))
    }

    /// Hostile magnitudes never stop the process: a number past 64 bits is no number (not a
    /// wrapped one), and arithmetic at the edges is approximated rather than trapping.
    func testNumbersAtTheEdgesOfSixtyFourBits() throws {
        XCTAssertNil(NumberText.parse("18446744073709551617", hint: .money), "wrapped to 1 before")
        XCTAssertNil(NumberText.parse("9223372036854775808", hint: .money))
        XCTAssertEqual(NumberText.parse("9223372036854775807", hint: .money)?.value, DecimalNumber(Int64.max))
        XCTAssertEqual(NumberText.parse("3.590.187.767", hint: .money)?.value, DecimalNumber(3_590_187_767))
        // Past what a decimal holds: approximated (to 0, as any overflowing result), not a trap.
        let min = DecimalNumber(mantissa: .min)
        XCTAssertEqual(-min, DecimalNumber(approximating: 9.223372036854775808e18))
        XCTAssertEqual(min - DecimalNumber(1), DecimalNumber(approximating: -9.223372036854775809e18))
        XCTAssertEqual(-DecimalNumber(mantissa: .min + 1), DecimalNumber(Int64.max))
        XCTAssertEqual(DecimalNumber(7) - DecimalNumber(mantissa: 25, scale: 1), DecimalNumber(mantissa: 45, scale: 1))
        XCTAssertEqual(DecimalNumber(Int64.max) - DecimalNumber(1), DecimalNumber(Int64.max - 1))
        let tiny = DecimalNumber(mantissa: 1, scale: 18)
        let q = try XCTUnwrap(DecimalNumber(20_000).divided(by: tiny, places: 15), "a shift past 128 bits")
        XCTAssertEqual(q, DecimalNumber(approximating: 2e22, places: 15))
        XCTAssertEqual(DecimalNumber(2).divided(by: tiny, places: 0), DecimalNumber(2_000_000_000_000_000_000))
        XCTAssertEqual(DecimalNumber(10).divided(by: DecimalNumber(4), places: 2), DecimalNumber(mantissa: 25, scale: 1))
    }

    func testDecimalsAndNotationEvidence() {
        XCTAssertEqual(parse("96,77", .decimal), "96.77")
        XCTAssertEqual(parse("75.85", .decimal), "75.85")
        XCTAssertEqual(parse("97,34 %", .decimal), "97.34")
        XCTAssertEqual(NumberText.parse("96,77", hint: .decimal)?.notation, .indonesian)
        XCTAssertEqual(NumberText.parse("1,234.5", hint: .decimal)?.notation, .english)
        // A lone separator before three digits is decided by the column's notation.
        XCTAssertEqual(parse("1.234", .decimal, .english), "1.234")
        XCTAssertEqual(parse("1.234", .decimal, .indonesian), "1234")
        XCTAssertEqual(parse("1,234", .decimal, .indonesian), "1.234")
    }

    func testEmptyMarkers() {
        for s in ["", "-", "0-", "Rp. -", " - "] { XCTAssertTrue(NumberText.isEmptyMarker(s), s) }
        XCTAssertFalse(NumberText.isEmptyMarker("0"))
    }
}

final class KodeTests: XCTestCase {
    func testDottedSplitSpacedPlaceholderRelative() {
        XCTAssertEqual(Kode.parse("2.17.03.2.01.01")?.level, .subkegiatan)
        XCTAssertEqual(Kode.parse("2.17.02.2.01.0001")?.level, .subkegiatan)
        XCTAssertEqual(Kode.parse("2 17 03")?.description, "2.17.03")
        XCTAssertEqual(Kode.parse("x.xx.01.2.06.04")?.description, "X.XX.01.2.06.04")
        XCTAssertEqual(Kode.parse("2.17.01.2.05")?.level, .kegiatan)
        let rel = Kode.parse("01.2.01.06")!
        XCTAssertTrue(rel.isRelative)
        XCTAssertEqual(rel.resolved(underBidang: Kode.parse("2.17")!).description, "2.17.01.2.01.06")
        XCTAssertEqual(Kode.parse("01.")?.isRelative, true)
        XCTAssertNil(Kode.parse("2.17.2"))          // S3's malformed kegiatan code
        XCTAssertNil(Kode.parse("2.17.2.2.01.1"))
        XCTAssertNil(Kode.parse("A"))
        XCTAssertNil(Kode.parse("Program Penunjang"))
    }

    func testParentsAndNomenclatureKey() {
        let k = Kode.parse("2.17.01.2.09.06")!
        XCTAssertEqual(k.parent?.description, "2.17.01.2.09")
        XCTAssertEqual(k.parent?.parent?.description, "2.17.01")
        XCTAssertEqual(k.nomenclatureKey, "X.XX.01.2.09.0006")
        XCTAssertEqual(Kode.parse("X.XX.01.2.09.0006")!.nomenclatureKey, k.nomenclatureKey)
        XCTAssertEqual(Kode.parse("2.17.03.2.01.01")!.fourDigit.description, "2.17.03.2.01.0001")
    }
}

final class TargetTests: XCTestCase {
    func testTargets() {
        let t = Target.parse("35 Koperasi")
        XCTAssertEqual(t.number?.description, "35")
        XCTAssertEqual(t.unit, "Koperasi")
        XCTAssertEqual(Target.parse("0,8 %").number?.description, "0.8")
        XCTAssertTrue(Target.parse("100%").isPercent)
        XCTAssertNil(Target.parse("Sehat 5 kop, cukup sehat 20 kop").number)
        XCTAssertNil(Target.parse("15 Koperasi, 11 Kecamatan, 22 Orang").number)
        XCTAssertEqual(Target.parse("BB").text, "BB")
        XCTAssertNil(Target.parse("BB").number)
    }

    func testRupiahFormat() {
        XCTAssertEqual(Rupiah.format(14_728_500), "Rp14.728.500")
        XCTAssertEqual(Rupiah.format(-3_870_000), "-Rp3.870.000")
        XCTAssertEqual(Rupiah.percent(DecimalNumber(machine: "96.77")!), "96,77%")
    }

    /// The byte-level reading of plain targets gives what the general reading gives, for every
    /// text it accepts, and leaves the rest to it.
    func testPlainTargetsReadAsTheGeneralPathReadsThem() {
        let samples = ["35 Koperasi", "273 Rumah Tangga", "40", "007 Unit", "5 -", "5-10 Unit", "60 UKM; 120 UKM", "12 (dua belas)",
                       "100%", "80 %", "1.500 Orang", "0,8 %", "-5 Unit", "Sedang", "BB", ".5", "12\tDokumen", "3 Dokumen\n",
                       "123456789012345678 Rp", "1234567890123456789 Rp", "10 Kali/Tahun", "2 Ha", "15 Koperasi, 11 Kecamatan", "9 Persen", "4 Lokasi "]
        var plainCount = 0
        for s in samples {
            let text = s.trimmedWhitespace
            let general = Target.general(text)
            if let plain = Target.plain(text) {
                plainCount += 1
                XCTAssertEqual(plain, general, s)
            }
            XCTAssertEqual(Target.parse(s), general, s)
        }
        XCTAssertGreaterThan(plainCount, 10, "most samples take the byte path")
    }
}
