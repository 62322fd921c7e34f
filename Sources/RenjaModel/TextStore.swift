#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Texts kept side by side in blocks of memory, for a reader that keeps a few hundred thousand of
/// them. A Swift string longer than 15 bytes is an object of its own: 32 bytes of header and the
/// allocator's rounding beyond its text, 47 bytes a text on average, 8.5 MB for the 181,000 names
/// and indicators of a 100,000-row T-C.33 that the model keeps. Here a text takes its bytes and
/// four more for its length.
///
/// A text is its length (four bytes) then its UTF-8 bytes, at a four-byte boundary. Blocks are
/// neither moved nor freed before the store, so a `StoredText` is the store and the address of
/// its bytes. One thread appends; any thread reads a text whose `StoredText` it was handed
/// through a lock (as the shared-string table hands on its blocks).
public final class TextStore: @unchecked Sendable {
    private var blocks: [UnsafeMutableRawPointer] = []
    private var next: UnsafeMutableRawPointer?
    private var left = 0
    /// The next block's size: small for a small workbook, doubling up to `largestBlock`.
    private var blockSize = 16 << 10
    private static let largestBlock = 1 << 20
    /// Bytes taken from the system, blocks whole.
    public private(set) var reserved = 0

    public init() {}

    deinit {
        for b in blocks { b.deallocate() }
    }

    /// Keeps `text` (valid UTF-8) and tells where.
    public func append(_ text: UnsafeBufferPointer<UInt8>) -> StoredText {
        precondition(text.count <= Int(UInt32.max), "a text of more than 4 GiB")
        let need = (4 + text.count + 3) & ~3
        let at: UnsafeMutableRawPointer
        if need <= left, let n = next {
            at = n
            next = n + need
            left -= need
        } else if need > blockSize / 4 {
            // A long text gets a block of its own, and the current block stays in use.
            at = allocate(need)
        } else {
            at = allocate(blockSize)
            next = at + need
            left = blockSize - need
            blockSize = min(blockSize * 2, Self.largestBlock)
        }
        at.storeBytes(of: UInt32(text.count), as: UInt32.self)
        if let b = text.baseAddress, text.count > 0 { (at + 4).copyMemory(from: b, byteCount: text.count) }
        return StoredText(store: self, start: UnsafeRawPointer(at + 4))
    }

    /// Keeps the bytes of `text`.
    public func append(_ text: String) -> StoredText {
        var text = text
        return text.withUTF8 { append($0) }
    }

    /// The text at `address`, which must be a `StoredText.address` of this store (a table that
    /// keeps a text's address, not its `StoredText`, to save a word).
    public func unsafeText(at address: UnsafeRawPointer) -> StoredText {
        StoredText(store: self, start: address)
    }

    private func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let p = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 4)
        blocks.append(p)
        reserved += size
        return p
    }
}

/// A text kept in a `TextStore`: the store (which keeps the bytes alive) and where the bytes are.
/// Two words, as a `String`; equal to another when their bytes are.
public struct StoredText: @unchecked Sendable, Hashable {
    public let store: TextStore
    private let start: UnsafeRawPointer

    init(store: TextStore, start: UnsafeRawPointer) {
        self.store = store
        self.start = start
    }

    /// Where the text's bytes start in its store.
    public var address: UnsafeRawPointer { start }

    /// The text's length in UTF-8 bytes.
    @inline(__always) public var utf8Count: Int { Int(start.load(fromByteOffset: -4, as: UInt32.self)) }

    /// Calls `body` with the text's bytes, without making a string of them. (The caller holds
    /// this value, and so the store, for the whole call.)
    @inline(__always) public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(Self.bytes(at: start))
    }

    /// The bytes of the text at `address` in a store someone holds.
    @inline(__always) static func bytes(at address: UnsafeRawPointer) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: Int(address.load(fromByteOffset: -4, as: UInt32.self)))
    }

    /// The text as a string (made anew at every call).
    public var string: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }

    /// Whether the text has the bytes of `s`.
    public func hasBytes(of s: String) -> Bool {
        var s = s
        return s.withUTF8 { a in withUTF8 { b in Self.same(a, b) } }
    }

    /// The first byte, nil for an empty text.
    public var firstByte: UInt8? { utf8Count > 0 ? start.load(as: UInt8.self) : nil }

    /// Whether the first and last bytes are ASCII other than white space: trimming the text's
    /// white space (ASCII or not) then keeps it whole.
    public var isTrimmedAtASCIIEnds: Bool {
        let n = utf8Count
        guard n > 0 else { return false }
        let f = start.load(as: UInt8.self), l = start.load(fromByteOffset: n - 1, as: UInt8.self)
        return f > 0x20 && f < 0x80 && l > 0x20 && l < 0x80
    }

    public static func == (a: StoredText, b: StoredText) -> Bool {
        a.start == b.start || a.withUTF8 { x in b.withUTF8 { y in same(x, y) } }
    }

    public func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }
        return memcmp(x, y, a.count) == 0
    }
}
