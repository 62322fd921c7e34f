import Foundation
import XCTest
@testable import RenjaCLI

/// The input's digest in the workbook's properties: FIPS 180-4's test vectors, and the
/// processor's SHA instructions (when present) giving the portable computation's answer for
/// every length around the block and buffer boundaries.
final class SHA256Tests: XCTestCase {
    func testKnownVectorsBothWays() {
        let vectors: [(String, String)] = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ]
        for (text, digest) in vectors {
            XCTAssertEqual(SHA256.hex(Data(text.utf8), hardware: false), digest, text)
            XCTAssertEqual(SHA256.hex(Data(text.utf8)), digest, text)
        }
        let million = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        XCTAssertEqual(SHA256.hex(million), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testTheProcessorsInstructionsAgreeWithThePortableComputation() throws {
        var seed: UInt64 = 99
        func byte() -> UInt8 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: seed >> 40)
        }
        let bytes = Data((0..<5_000).map { _ in byte() })
        for n in 0...300 { XCTAssertEqual(SHA256.hex(bytes.prefix(n)), SHA256.hex(bytes.prefix(n), hardware: false), "\(n) bytes") }
        XCTAssertEqual(SHA256.hex(bytes), SHA256.hex(bytes, hardware: false))
        if !SHA256.hardware { print("SHA256Tests: this processor has no SHA instructions; the portable path alone was checked") }
    }

    func testAFileIsDigestedAsItsBytes() throws {
        // More than the 1 MiB read at a time, and not a multiple of 64.
        var seed: UInt64 = 7
        let bytes = Data((0..<(3 << 20) + 77).map { _ in
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: seed >> 33)
        })
        let url = try temporaryFolder().appendingPathComponent("input.bin")
        try bytes.write(to: url)
        XCTAssertEqual(SHA256.hex(ofFile: url), SHA256.hex(bytes, hardware: false))
    }
}
