import Foundation
import XCTest
import RenjaModel

/// A row's values behave as a dictionary by key, whatever order they were set in.
final class RowValuesTests: XCTestCase {
    func testKeyedAccessAndOrderFreeEquality() {
        var a = RowValues()
        a["pagu"] = .rupiah(1_500_000)
        a["target"] = .target(Target.parse("35 Koperasi"))
        a["indikator"] = .text("Jumlah koperasi")
        XCTAssertEqual(a.count, 3)
        XCTAssertEqual(a.keys, ["pagu", "target", "indikator"], "in the order set")
        XCTAssertEqual(a["target"]?.text, "35 Koperasi")
        XCTAssertNil(a["lokasi"])
        a["pagu"] = .rupiah(2_000_000)
        XCTAssertEqual(a.count, 3, "setting a key again replaces its value")
        XCTAssertEqual(a["pagu"], .rupiah(2_000_000))
        let b: RowValues = ["indikator": .text("Jumlah koperasi"), "pagu": .rupiah(2_000_000), "target": .target(Target.parse("35 Koperasi"))]
        XCTAssertEqual(a, b, "equal whatever the order")
        XCTAssertEqual(a.hashValue, b.hashValue)
        var c = b
        c["pagu"] = .rupiah(2_000_001)
        XCTAssertNotEqual(a, c)
        c["pagu"] = nil
        XCTAssertNil(c["pagu"])
        XCTAssertEqual(c.count, 2, "setting nil removes the key")
        XCTAssertEqual(c.removeValue(forKey: "target")?.text, "35 Koperasi")
        XCTAssertEqual(a.filter { $0.key != "pagu" }.keys.sorted(), ["indikator", "target"])
        XCTAssertEqual(RowValues(["x": .text("1")])["x"], .text("1"))
        XCTAssertEqual(a["lokasi", default: .text("-")], .text("-"))
    }

    /// Rows share their keys' list; whichever way their values were made, they read the same.
    func testValuesMadeByTheBuilderAreThoseSetKeyByKey() {
        var builder = RowValues.Builder()
        let orders: [[String]] = [
            ["pagu", "target", "indikator"], ["indikator", "pagu"], ["pagu", "target", "indikator"],
            ["pagu", "pagu", "target"],  // a key given twice keeps its last value
            [], ["lokasi"], ["pagu", "target", "indikator", "lokasi"], ["indikator", "pagu"],
            (0..<100).map { "k\($0)" },  // more keys than a shared shape holds
            (0..<100).map { "k\(99 - $0)" },
        ]
        for round in 0..<3 {
            for (n, keys) in orders.enumerated() {
                var bySubscript = RowValues()
                for (i, k) in keys.enumerated() {
                    let v = Value.rupiah(Int64(round * 1000 + n * 100 + i))
                    bySubscript[k] = v
                    builder.append(k, v)
                }
                let built = builder.make()
                XCTAssertEqual(built, bySubscript, "\(keys)")
                XCTAssertEqual(built.keys, bySubscript.keys, "in the order first set")
                XCTAssertEqual(built.count, Set(keys).count)
                for k in keys { XCTAssertEqual(built[k], bySubscript[k], k) }
                XCTAssertEqual(Array(built.map(\.key)), bySubscript.keys)
                if keys == ["pagu", "pagu", "target"] { XCTAssertEqual(built["pagu"], .rupiah(Int64(round * 1000 + n * 100 + 1))) }
            }
        }
        // A shared list is never changed by a row: setting, adding and removing give the row keys of its own.
        var a = builder.make()
        a["pagu"] = .rupiah(1); a["target"] = .rupiah(2)
        var b = a
        b["lokasi"] = .text("Sleman")
        b["pagu"] = nil
        XCTAssertEqual(a.keys, ["pagu", "target"])
        XCTAssertEqual(b.keys, ["target", "lokasi"])
        XCTAssertEqual(a["pagu"], .rupiah(1))
        XCTAssertNotEqual(a, b)
        var many = RowValues()
        for i in 0..<200 { many["k\(i)"] = .rupiah(Int64(i)) }
        XCTAssertEqual(many.count, 200)
        XCTAssertEqual(many["k150"], .rupiah(150))
        many["k150"] = nil
        XCTAssertNil(many["k150"])
        XCTAssertEqual(many.count, 199)
        XCTAssertEqual(many.keys.last, "k199")
    }

    /// A key is told apart from another by its bytes' number, then as text, as a row's own keys
    /// always were: `café` composed and decomposed stay two keys, whichever row came first.
    func testCanonicallyEquivalentKeysOfOtherRowsDoNotReplaceARowsKey() {
        let nfc = "caf\u{E9}", nfd = "cafe\u{301}"
        var b = RowValues.Builder()
        b.append(nfc, .text("a")); _ = b.make()
        b.append(nfd, .text("b")); let r = b.make()
        XCTAssertEqual(r.keys.map { Array($0.utf8) }, [Array(nfd.utf8)])
        XCTAssertEqual(r[nfd], .text("b"))
        var s = RowValues(); s[nfc] = .text("a")
        var t = RowValues(); t[nfd] = .text("c"); t[nfd] = .text("d")
        XCTAssertEqual(t[nfd], .text("d")); XCTAssertEqual(t.count, 1)
        XCTAssertEqual(t.keys.map { Array($0.utf8) }, [Array(nfd.utf8)])
        XCTAssertEqual(s.keys.map { Array($0.utf8) }, [Array(nfc.utf8)])
    }

    /// The builder reuses a recent row's keys only in the same order.
    func testBuilderTellsKeyOrdersApart() {
        var b = RowValues.Builder()
        b.append("pagu", .rupiah(1)); b.append("target", .rupiah(2)); _ = b.make()
        b.append("target", .rupiah(3)); b.append("pagu", .rupiah(4))
        let r = b.make()
        XCTAssertEqual(r.keys, ["target", "pagu"])
        XCTAssertEqual(r["pagu"], .rupiah(4))
        XCTAssertEqual(r["target"], .rupiah(3))
    }

    /// Rows made on several threads at once (readers map halves of a sheet side by side) read as
    /// a dictionary made of the same pairs.
    func testRowValuesMadeOnSeveralThreadsAgreeWithADictionary() {
        let keys = (0..<12).map { "k\($0)" }
        let threads = 4, rows = 2_000
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var ok: [Bool]
            init(_ n: Int) { ok = Array(repeating: false, count: n) }
            func set(_ i: Int, _ v: Bool) { lock.lock(); ok[i] = v; lock.unlock() }
        }
        let results = Results(threads)
        let done = DispatchGroup()
        for t in 0..<threads {
            done.enter()
            let thread = Thread {
                var builder = RowValues.Builder()
                var ok = true
                var seed = UInt64(t + 1)
                for r in 0..<rows {
                    var dict: [String: Value] = [:]
                    var order = keys
                    for i in order.indices.reversed() {
                        seed = seed &* 6364136223846793005 &+ 1442695040888963407
                        order.swapAt(i, Int(seed >> 33) % (i + 1))
                    }
                    for k in order.prefix(r % 12 + 1) {
                        let v = Value.rupiah(Int64(r * 100 + t))
                        dict[k] = v
                        builder.append(k, v)
                    }
                    let made = builder.make()
                    if made != RowValues(dict) || made.count != dict.count || !dict.allSatisfy({ made[$0.key] == $0.value }) { ok = false }
                }
                results.set(t, ok)
                done.leave()
            }
            thread.start()
        }
        done.wait()
        XCTAssertEqual(results.ok, Array(repeating: true, count: threads))
    }

    /// Each kind of value is kept in the words it needs; whatever kind replaces another, is added
    /// or removed, and whichever copy of the row is changed, the values read back as they were set.
    func testValuesOfEveryKindReadBackThroughReplacingAddingAndCopying() {
        let kinds: [Value] = [
            .text("Jumlah koperasi yang sehat dan aktif di kabupaten"), .text("ok"), .text(""),
            .rupiah(-9_223_372_036_854_775_807), .rupiah(15_750_000),
            .number(DecimalNumber(mantissa: 9677, scale: 2)), .number(DecimalNumber(mantissa: -5, scale: 18)),
            .number(DecimalNumber(mantissa: 12, scale: -3)), .number(DecimalNumber(mantissa: 1, scale: 19)),
            .number(DecimalNumber(mantissa: Int64.min, scale: 127)),
            .target(Target.parse("273 Rumah Tangga")), .target(Target.parse("Sehat 5 kop, cukup sehat 20 kop")),
        ]
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % n
        }
        var row = RowValues()
        var expected: [String: Value] = [:]
        var copies: [(RowValues, [String: Value])] = []
        for step in 0..<3_000 {
            let key = "k\(next(20))"
            if next(5) == 0 {
                row[key] = nil
                expected[key] = nil
            } else {
                let v = kinds[next(kinds.count)]
                row[key] = v
                expected[key] = v
            }
            if step % 97 == 0 { copies.append((row, expected)) }
            XCTAssertEqual(row.count, expected.count)
            XCTAssertEqual(row[key], expected[key], "step \(step)")
        }
        for (copy, values) in copies + [(row, expected)] {
            XCTAssertEqual(copy, RowValues(values), "a copy keeps the values it had")
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: copy.map { ($0.key, $0.value) }), values)
            XCTAssertEqual(copy.values.count, values.count)
            for (i, k) in copy.keys.enumerated() { XCTAssertEqual(copy[position: i].value, values[k]) }
        }
        var builder = RowValues.Builder()
        for (i, v) in kinds.enumerated() { builder.append("k\(i)", v) }
        let built = builder.make()
        XCTAssertEqual(built.values, kinds, "in the order given")
        XCTAssertEqual(built["k3"]?.rupiah, -9_223_372_036_854_775_807)
        XCTAssertEqual(built["k8"]?.number, DecimalNumber(mantissa: 1, scale: 19))
        XCTAssertEqual(built["k11"]?.text, "Sehat 5 kop, cukup sehat 20 kop")
    }
}
