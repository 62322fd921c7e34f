import CSHA256
import Foundation

/// SHA-256 (FIPS 180-4) of the input file, stamped into the output's properties so an output can be
/// traced to the exact input it came from. Foundation on Linux has no digest API and the project
/// keeps its dependencies few, so this small implementation lives here.
enum SHA256 {
    /// The round constants, from the C target that also uses them.
    private static let k: [UInt32] = withUnsafeBytes(of: renja_sha256_k) { Array($0.bindMemory(to: UInt32.self)) }

    /// The digest of a file read 1 MiB at a time: a 60 MB input costs 1 MiB of memory, not its
    /// size (a mapped file's pages would count in the process's memory while it is digested).
    static func hex(ofFile url: URL) -> String? {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var h = initial
        var total = 0
        let size = 1 << 20  // a multiple of 64: only the last read leaves a partial block
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            // Fill the buffer whole (a read may return less), or up to the end of the file.
            var filled = 0
            while filled < size {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, size - filled) }
                if n < 0 { if errno == EINTR { continue }; return nil }
                if n == 0 { break }
                filled += n
            }
            total += filled
            if filled < size {
                return buffer.withUnsafeBytes { finish(UnsafeRawBufferPointer(rebasing: $0[0..<filled]), total: total, h: &h, hardware: hardware) }
            }
            buffer.withUnsafeBytes { compress($0, into: &h, hardware: hardware) }
        }
    }

    /// `hardware`: whether the processor's SHA instructions may be used (tests compare both).
    static func hex(_ data: Data, hardware: Bool = SHA256.hardware) -> String {
        var h = initial
        return data.withUnsafeBytes { finish($0, total: data.count, h: &h, hardware: hardware) }
    }

    private static let initial: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]

    /// The last bytes of a message of `total` bytes: their whole 64-byte blocks straight from the
    /// buffer (no copy), then the partial block with its padding and length.
    private static func finish(_ last: UnsafeRawBufferPointer, total: Int, h: inout [UInt32], hardware: Bool) -> String {
        let whole = last.count / 64 * 64
        compress(UnsafeRawBufferPointer(rebasing: last[0..<whole]), into: &h, hardware: hardware)
        var tail = [UInt8](last[whole...])
        let bitLength = UInt64(total) * 8
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for i in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        tail.withUnsafeBytes { compress($0, into: &h, hardware: hardware) }
        return h.map { String(format: "%08x", $0) }.joined()
    }

    /// Whether the processor's SHA instructions do the blocks (asked once).
    static let hardware = renja_sha256_hardware() == 1

    /// The compression function over whole 64-byte blocks: by the processor's SHA instructions
    /// when it has them (an 80 MB input in a fifth of the time), else here.
    private static func compress(_ m: UnsafeRawBufferPointer, into h: inout [UInt32], hardware: Bool) {
        if hardware {
            guard m.count >= 64 else { return }
            h.withUnsafeMutableBufferPointer { state in
                renja_sha256_blocks(state.baseAddress!, m.baseAddress!.assumingMemoryBound(to: UInt8.self), m.count / 64)
            }
            return
        }
        portableCompress(m, into: &h)
    }

    /// The same, one round at a time. Unchecked buffers: the 64-round loop runs once per 64
    /// bytes of the input file.
    static func portableCompress(_ m: UnsafeRawBufferPointer, into h: inout [UInt32]) {
        var w = [UInt32](repeating: 0, count: 64)
        w.withUnsafeMutableBufferPointer { w in
            k.withUnsafeBufferPointer { k in
                for chunk in stride(from: 0, to: m.count, by: 64) {
                    for i in 0..<16 {
                        let b = chunk + i * 4
                        w[i] = UInt32(m[b]) << 24 | UInt32(m[b + 1]) << 16 | UInt32(m[b + 2]) << 8 | UInt32(m[b + 3])
                    }
                    for i in 16..<64 {
                        let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                        let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
                    for i in 0..<64 {
                        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                        let ch = (e & f) ^ (~e & g)
                        let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
                        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                        let maj = (a & b) ^ (a & c) ^ (b & c)
                        let t2 = s0 &+ maj
                        (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
                    }
                    h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
                }
            }
        }
    }

    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
