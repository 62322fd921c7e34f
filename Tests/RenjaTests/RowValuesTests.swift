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
}
