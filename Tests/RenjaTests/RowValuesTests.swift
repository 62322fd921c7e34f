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
}
