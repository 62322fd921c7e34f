import Foundation
import XCTest
@testable import RenjaModel
@testable import Layouts

/// The byte-level helpers every row of a large file passes through give the answers of the plain
/// Swift they replace: JSON numbers and texts, the order of a row's values, edit distances,
/// substring and prefix tests, code segments and nomenclature keys, value lookups.
final class HotPathTests: XCTestCase {
    func written(_ body: (ModelJSON.ByteWriter) -> Void, capacity: Int = 64) -> String {
        let w = ModelJSON.ByteWriter(capacity: capacity)
        body(w)
        var out = [UInt8]()
        w.flush { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    func testDecimalsAndIntegersAreWrittenAsTheirDescription() {
        let numbers: [DecimalNumber] = [
            .zero, DecimalNumber(7), DecimalNumber(-7), DecimalNumber(mantissa: 5, scale: 2), DecimalNumber(mantissa: -5, scale: 2),
            DecimalNumber(mantissa: 9677, scale: 2), DecimalNumber(mantissa: 100, scale: 2), DecimalNumber(mantissa: -123456789, scale: 4),
            DecimalNumber(mantissa: 1, scale: 18), DecimalNumber(mantissa: Int64.max, scale: 3), DecimalNumber(mantissa: Int64.min + 1, scale: 0),
            DecimalNumber(mantissa: 1_500_000, scale: 0), DecimalNumber(mantissa: 10, scale: 1),
        ]
        for d in numbers { XCTAssertEqual(written { $0.put(d) }, d.description, "\(d.mantissa)e-\(d.scale)") }
        for n in [0, 9, 10, -1, 1_234_567_890, Int.max, Int.min + 1] { XCTAssertEqual(written { $0.put(n) }, String(n)) }
    }

    /// Eight bytes at a time gives the answer of one byte at a time, wherever the byte stands.
    func testEscapesAreFoundWhereverTheyStand() {
        func naive(_ b: [UInt8]) -> Bool { b.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x41, 0x7F, 0x80, 0xC3, 0xA9, 0xFF]
        for length in 0..<40 {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in Bool.random(using: &generator) ? UInt8(0x61) : alphabet.randomElement(using: &generator)! }
                XCTAssertEqual(bytes.withUnsafeBufferPointer { ModelJSON.needsEscape($0) }, naive(bytes), "\(bytes)")
            }
            for special: UInt8 in [0x00, 0x1F, 0x22, 0x5C] where length > 0 {
                for at in 0..<length {
                    var bytes = [UInt8](repeating: 0xE2, count: length)
                    bytes[at] = special
                    XCTAssertTrue(bytes.withUnsafeBufferPointer { ModelJSON.needsEscape($0) }, "\(special) at \(at) of \(length)")
                }
            }
        }
        XCTAssertFalse(Array("Kecamatan Déçà 1.500.000 (Rp) — 100%".utf8).withUnsafeBufferPointer { ModelJSON.needsEscape($0) })
    }

    func testWordTestsAgreeWithByteTests() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let bytes = (0..<8).map { _ in [0x00, 0x1F, 0x20, 0x22, 0x5C, 0x61, 0x7F, 0x80, 0xFF, UInt8.random(in: 0...255, using: &generator)].randomElement(using: &generator)! as UInt8 }
            let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            for b: UInt8 in [0x00, 0x22, 0x5C, 0xFF] { XCTAssertEqual(ByteWord.contains(w, b), bytes.contains(b), "\(bytes) \(b)") }
            for n: UInt8 in [0x01, 0x20, 0x80] { XCTAssertEqual(ByteWord.containsBelow(w, n), bytes.contains { $0 < n }, "\(bytes) < \(n)") }
        }
    }

    func testATextLongerThanTheBufferIsWrittenWhole() {
        let long = String(repeating: "Pagu \"indikatif\" tahun n+1\\ ", count: 40) + "\u{1}"
        let out = written({ $0.put("{"); $0.quoted(long); $0.put("}") }, capacity: 16)
        XCTAssertEqual(out, "{" + ModelJSON.quote(long) + "}")
        let decoded = try? JSONSerialization.jsonObject(with: Data("[\(out.dropFirst().dropLast())]".utf8)) as? [String]
        XCTAssertEqual(decoded, [long])
    }

    /// The kind's keys in their order, then the others by name, whatever order a row set them in,
    /// also when a row's keys change from the row before.
    func testValuesAreOrderedByTheKindThenByName() {
        var order = ModelJSON.ValueOrder(["kode", "uraian", "target", "pagu", "lokasi"])
        func keys(_ v: RowValues) -> [String] { order.positions(of: v).map { v[position: $0].key } }
        let a: RowValues = ["pagu": .rupiah(1), "zeta": .text("z"), "target": .text("t"), "alfa": .text("a")]
        XCTAssertEqual(keys(a), ["target", "pagu", "alfa", "zeta"])
        XCTAssertEqual(keys(a), ["target", "pagu", "alfa", "zeta"], "the same keys again")
        let b: RowValues = ["lokasi": .text("l"), "pagu": .rupiah(2)]
        XCTAssertEqual(keys(b), ["pagu", "lokasi"])
        let c: RowValues = ["pagu": .rupiah(2), "lokasi": .text("l")]
        XCTAssertEqual(keys(c), ["pagu", "lokasi"], "same keys, other order")
        let d: RowValues = ["pagu": .rupiah(2), "lokasx": .text("l")]
        XCTAssertEqual(keys(d), ["pagu", "lokasx"], "a key of the same length that differs")
        XCTAssertEqual(keys(RowValues()), [])
    }

    func testEditDistanceEqualsTheTextbookOne() {
        func textbook(_ a: String, _ b: String) -> Int {
            let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
            var d = (0...y.count).map { $0 }
            for i in 1..<(x.count + 1) {
                var prev = d[0]; d[0] = i
                for j in 1..<(y.count + 1) {
                    let keep = d[j]
                    d[j] = min(d[j] + 1, d[j - 1] + 1, prev + (x[i - 1] == y[j - 1] ? 0 : 1))
                    prev = keep
                }
            }
            return d[y.count]
        }
        let words = ["", "a", "kitten", "sitting", "penyusunan dokumen perencanaan", "penyusunan dokumen perencanan perangkat daerah",
                     "koperasi", "kopérasi", "ukm", "évaluasi kinerja", "evaluasi kinerja"]
        for a in words { for b in words { XCTAssertEqual(NameMatching.distance(a, b), textbook(a, b), "'\(a)' '\(b)'") } }
    }

    func testSubstringAndPrefixOnBytes() {
        XCTAssertTrue("Kewenangan Provinsi".containsBytes("rovinsi"))
        XCTAssertTrue("rovinsi".containsBytes("rovinsi"))
        XCTAssertFalse("rovins".containsBytes("rovinsi"))
        XCTAssertTrue("rrrovinsi".containsBytes("rovinsi"), "a false start on the first byte")
        XCTAssertFalse("provinsI".containsBytes("rovinsi"))
        XCTAssertTrue("abc".containsBytes(""))
        XCTAssertTrue("x".containsBytes("x"))
        XCTAssertFalse("".containsBytes("x"))
        XCTAssertTrue("Sub kegiatan …dan Provinsi".containsBytes("Provinsi"), "after a character of three bytes")

        XCTAssertTrue("Persentase UMKM".hasPrefixIgnoringCase("persentase"))
        XCTAssertTrue("PROSENTASE".hasPrefixIgnoringCase("prosentase"))
        XCTAssertFalse("Persentas".hasPrefixIgnoringCase("persentase"))
        XCTAssertFalse(" Persentase".hasPrefixIgnoringCase("persentase"))
        XCTAssertFalse("Përsentase".hasPrefixIgnoringCase("persentase"))
        XCTAssertTrue("".hasPrefixIgnoringCase(""))
        for s in ["Persentase", "jumlah", "PERSENTASE koperasi", "Ｐersentase", "persen"] {
            XCTAssertEqual(s.hasPrefixIgnoringCase("persentase"), s.lowercased().hasPrefix("persentase"), s)
        }
    }

    func testCodeSegmentsAndNomenclatureKeys() {
        func reference(_ k: Kode) -> String {
            var s = Array(k.segments)
            if k.level == .subkegiatan, let last = s.last, last.count < 4 { s[s.count - 1] = String(repeating: "0", count: 4 - last.count) + last }
            if !k.isRelative, s.count >= 3, s[2] == "01" { s[0] = "X"; s[1] = "XX" }
            return s.joined(separator: ".")
        }
        let cases: [(String, [String], String)] = [
            ("2.17.03.2.01.0001", ["2", "17", "03", "2", "01", "0001"], "2.17.03.2.01.0001"),
            ("2.17.03.2.01.01", ["2", "17", "03", "2", "01", "01"], "2.17.03.2.01.0001"),
            ("2.17.01.2.09.06", ["2", "17", "01", "2", "09", "06"], "X.XX.01.2.09.0006"),
            ("7.01.02.2.05.9999", ["7", "01", "02", "2", "05", "9999"], "7.01.02.2.05.9999"),
            ("2.17.01", ["2", "17", "01"], "X.XX.01"),
            ("2.17", ["2", "17"], "2.17"),
            ("5", ["5"], "5"),
            ("01.2.01.06", ["01", "2", "01", "06"], "01.2.01.0006"),
            ("x.xx.01.2.01", ["X", "XX", "01", "2", "01"], "X.XX.01.2.01"),
        ]
        for (text, segments, key) in cases {
            guard let k = Kode.parse(text) else { XCTFail(text); continue }
            XCTAssertEqual(Array(k.segments), segments, text)
            XCTAssertEqual(k.description, segments.joined(separator: "."), text)
            XCTAssertEqual(Kode(segments: segments, isRelative: k.isRelative), k, text)
            XCTAssertEqual(k.nomenclatureKey, key, text)
            XCTAssertEqual(k.nomenclatureKey, reference(k), text)
        }
        XCTAssertEqual(Kode(segments: ["2", "17", "01", "2", "01", "1"]).nomenclatureKey, "X.XX.01.2.01.0001", "a segment narrower than any code's")
        XCTAssertNil(Kode.parse("2.17.2"))
        XCTAssertNil(Kode.parse("2.17.03.2.01.001"))
    }

    /// A row keeps a sub kegiatan code in its digits: whatever the text, the row gives it back
    /// as it was, and answers about it as the text would.
    func testRowsGiveBackTheirCodesAsWritten() {
        let texts = ["2.17.03.2.01.0001", "9.99.99.9.99.9999", "1.01.01.1.01.01", "2.17.03.2.01", "2.17", "",
                     "0.17.03.2.01.0001", "2.17.03.2.01.000a", "2.17.03.2.01-0001", "2.17.03.2.01.00011", "X.XX.01.2.01.0001",
                     "\u{0}", "\u{0}\u{0}", "\u{0}123456789012", "\u{0}1.17.03.2.01.0001", "2.17.03.2.01.0001 ", "０.17.03.2.01.0001",
                     "01.2.01.06", "A", "Jumlah", "2.17.03.2.01.٠٠٠١", "2.1７.03.2.01.0001"]
        for t in texts {
            var r = Row(kode: t, level: .subkegiatan, uraian: "x")
            XCTAssertEqual(r.kode, t, t.debugDescription)
            XCTAssertEqual(r.hasKode, !t.isEmpty, t.debugDescription)
            XCTAssertEqual(r.parsedKode, Kode.parse(t), t.debugDescription)
            var u = t.utf8.makeIterator()
            let lead = r.kodeLead, want = (u.next(), u.next())
            XCTAssertTrue(lead.0 == want.0 && lead.1 == want.1, t.debugDescription)
            XCTAssertEqual(r, Row(kode: t, level: .subkegiatan, uraian: "x"))
            r.kode = "2.17.03.2.01.0002"
            XCTAssertEqual(r.kode, "2.17.03.2.01.0002")
            XCTAssertNotEqual(r, Row(kode: t, level: .subkegiatan, uraian: "x"))
        }
    }

    /// Codes are kept as packed bytes: what they answer must be what their texts say.
    func testPackedCodesAnswerAsTheirTexts() {
        let texts = ["2.17.03.2.01.0001", "2.17.03.2.01.01", "2.17.03.2.01", "2.17.03", "2.17", "2", "1.02.10.2.02.0019",
                     "01.2.01.06", "01.2.01", "x.xx.01.2.01", "X.XX", "7.01.02.2.05.9999", "2.17.03.2.01.10", "2.17.03.2.10.0001"]
        let codes = texts.map { Kode.parse($0)! }
        for (a, ka) in zip(texts, codes) {
            let sa = Array(ka.segments)
            // Ordering: segment by segment as texts, then the shorter first.
            for (b, kb) in zip(texts, codes) {
                let sb = Array(kb.segments)
                let textually = zip(sa, sb).first(where: { $0 != $1 }).map { $0.0 < $0.1 } ?? (sa.count < sb.count)
                XCTAssertEqual(ka < kb, textually, "\(a) < \(b)")
                XCTAssertEqual(kb.hasPrefix(ka), sa.count <= sb.count && Array(sb.prefix(sa.count)) == sa, "\(b) has prefix \(a)")
                XCTAssertEqual(ka == kb, sa == sb && ka.isRelative == kb.isRelative, "\(a) == \(b)")
            }
            for n in 0...7 { XCTAssertEqual(Array(ka.prefix(n).segments), Array(sa.prefix(n)), "\(a) prefix \(n)") }
            XCTAssertEqual(ka.isPlaceholder, sa.first == "X", a)
        }
        XCTAssertEqual(Kode.parse("2.17.03.2.01.1")?.description, nil, "a one-digit sub kegiatan is no code")
        XCTAssertEqual(Kode(segments: ["2", "17", "03", "2", "01", "7"]).fourDigit.description, "2.17.03.2.01.0007")
        XCTAssertEqual(Kode.parse("2.17.03.2.01.19")?.fourDigit.description, "2.17.03.2.01.0019")
        XCTAssertEqual(Kode.parse("2.17.03.2.01.0019")?.fourDigit.description, "2.17.03.2.01.0019")
        XCTAssertEqual(Kode.parse("01.2.01.06")?.resolved(underBidang: Kode.parse("2.17")!).description, "2.17.01.2.01.06")
        XCTAssertEqual(Kode.parse("01.2.01.06")?.resolved(underBidang: Kode.parse("2.17")!).isRelative, false)
        XCTAssertEqual(Kode.parse("2.17.03.2.01")?.parent?.description, "2.17.03")
        XCTAssertEqual(Kode.parse("01.2.01")?.parent?.description, "01")
        XCTAssertEqual(Kode.parse("01.2.01")?.parent?.isRelative, true)
        // Segments compare alike whether relative or not (the duplicate rule keys codes by them).
        XCTAssertEqual(Kode(segments: ["01", "2", "01"], isRelative: true).segments, Kode(segments: ["01", "2", "01"]).segments)
        XCTAssertNotEqual(Kode(segments: ["01", "2", "01"], isRelative: true), Kode(segments: ["01", "2", "01"]))
        XCTAssertEqual(Set(codes.map(\.segments)).count, Set(texts.map { Kode.parse($0)!.description }).count)
    }

    func testValuesFoundByKeyAmongKeysOfTheSameLength() {
        var v: RowValues = ["pagu_n": .rupiah(1), "pagu_x": .rupiah(2), "realisasi_barang_jasa": .rupiah(3)]
        XCTAssertEqual(v["pagu_x"]?.rupiah, 2)
        XCTAssertEqual(v["pagu_n"]?.rupiah, 1)
        XCTAssertNil(v["pagu_y"])
        XCTAssertEqual(v["realisasi_barang_" + "jasa"]?.rupiah, 3, "a long key made elsewhere")
        XCTAssertNil(v["realisasi_barang_jasb"])
        v["pagu_x"] = .rupiah(5)
        XCTAssertEqual(v["pagu_x"]?.rupiah, 5)
        XCTAssertEqual(v.count, 3)
        XCTAssertEqual(v.removeValue(forKey: "pagu_n")?.rupiah, 1)
        XCTAssertNil(v["pagu_n"])
        XCTAssertEqual(v.keys, ["pagu_x", "realisasi_barang_jasa"])
        XCTAssertTrue(v.hasKeys(["pagu_x", "realisasi_barang_jasa"]))
        XCTAssertFalse(v.hasKeys(["realisasi_barang_jasa", "pagu_x"]), "the order counts")
        XCTAssertFalse(v.hasKeys(["pagu_x"]))
        XCTAssertFalse(v.hasKeys(["pagu_x", "realisasi_barang_jasb"]))
        XCTAssertTrue(RowValues().hasKeys([]))
    }

    /// Relative codes are resolved only when a row may have one: the two-byte test never passes
    /// over a code that parses as relative.
    func testEveryRelativeCodeIsSeenByTheQuickTest() {
        let texts = ["", "2", "2.17", "2.17.03.2.01.0001", "X.XX.01", "x.xx.01.2.01", "2 17 03", "2-17", "01.2.01.06", "01",
                     "01.", " 01.2.01", "03 2 01", "1.01.01.1.01.0004", "A", "1.", "Program", "01 2", "0x.1", "12.3.04", "9"]
        for t in texts {
            if Kode.parse(t)?.isRelative == true { XCTAssertTrue(RowMapper.mayBeRelative(t), t) }
        }
        XCTAssertTrue(RowMapper.mayBeRelative("01.2.01.06"))
        XCTAssertFalse(RowMapper.mayBeRelative("2.17.03.2.01.0001"))
        XCTAssertFalse(RowMapper.mayBeRelative(""))
        XCTAssertFalse(RowMapper.mayBeRelative("X.XX.01"))
    }
}
