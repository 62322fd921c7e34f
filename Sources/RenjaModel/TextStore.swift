#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Texts kept side by side in blocks of memory, for a reader that keeps a few hundred thousand of
/// them. A Swift string longer than 15 bytes is an object of its own: 32 bytes of header and the
/// allocator's rounding beyond its text, 47 bytes a text on average, 8.5 MB for the 181,000 names
/// and indicators of a 100,000-row T-C.33 that the model keeps. Here a text takes its bytes and
/// one more for its length (two past 127 bytes).
///
/// A text is its length then its UTF-8 bytes. The length is written backwards from the text, seven
/// bits a byte, the lowest first, each byte but the farthest with its high bit set, so that it is
/// read from the text's address alone. Blocks are
/// neither moved nor freed before the store, so a `StoredText` is the store and the address of
/// its bytes. One thread appends; any thread reads a text whose `StoredText` it was handed
/// through a lock (as the shared-string table hands on its blocks).
public final class TextStore: @unchecked Sendable {
    private var blocks: [UnsafeMutableRawPointer] = []
    private var next: UnsafeMutableRawPointer?
    private var left = 0
    /// The next block's size: small for a small workbook, doubling up to `largestBlock`.
    private var blockSize = 16 << 10
    /// A quarter of a megabyte: the last block is seldom full, and each is one allocation.
    private static let largestBlock = 1 << 18
    /// Bytes taken from the system, blocks whole (read by the tests).
    private(set) var reserved = 0
    /// The store whose texts a share keeps alive (see `share()`); nil for a store itself.
    private let shared: TextStore?

    public init() { shared = nil }

    private init(sharing store: TextStore) { shared = store.shared ?? store }

    /// An object that keeps this store's texts alive as the store does, for texts handed in
    /// bulk from one thread to another. Each `StoredText` holds its store's reference count: a
    /// reader's thread making 300,000 cells and a mapping thread taking them into rows touched
    /// the one count of one object from both cores, whose cache line then went back and forth
    /// between them. A reader that makes its texts with a new share every thousand or so keeps
    /// the two threads on different counts. A share keeps no text of its own (`append` traps).
    public func share() -> TextStore { TextStore(sharing: self) }

    deinit {
        for b in blocks { b.deallocate() }
    }

    /// Keeps `text` (valid UTF-8) and tells where.
    public func append(_ text: UnsafeBufferPointer<UInt8>) -> StoredText {
        precondition(shared == nil, "a share of a store keeps no text of its own")
        let prefix = Self.prefixBytes(text.count)
        let need = prefix + text.count
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
        let start = at + prefix
        var n = text.count
        for i in 1...prefix {
            start.storeBytes(of: UInt8(n & 0x7F) | (i < prefix ? 0x80 : 0), toByteOffset: -i, as: UInt8.self)
            n >>= 7
        }
        if let b = text.baseAddress, text.count > 0 { start.copyMemory(from: b, byteCount: text.count) }
        return StoredText(store: self, start: UnsafeRawPointer(start))
    }

    /// Keeps the bytes of `text`.
    public func append(_ text: String) -> StoredText {
        var text = text
        return text.withUTF8 { append($0) }
    }

    /// The bytes of a length: seven bits each.
    private static func prefixBytes(_ n: Int) -> Int {
        var k = 1, rest = n >> 7
        while rest > 0 { k += 1; rest >>= 7 }
        return k
    }

    /// The text at `address`, which must be a `StoredText.address` of this store or of the store
    /// it shares (a table that keeps a text's address, not its `StoredText`, to save a word).
    public func unsafeText(at address: UnsafeRawPointer) -> StoredText {
        StoredText(store: self, start: address)
    }

    private func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let p = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 1)
        blocks.append(p)
        reserved += size
        return p
    }
}

/// A text kept in a `TextStore`: the store (which keeps the bytes alive) and where the bytes are.
/// Two words, as a `String`; equal to another when their bytes are.
public struct StoredText: @unchecked Sendable, Hashable {
    /// What keeps the bytes alive: the store, or a share of it.
    let store: TextStore
    private let start: UnsafeRawPointer

    init(store: TextStore, start: UnsafeRawPointer) {
        self.store = store
        self.start = start
    }

    /// Where the text's bytes start in its store.
    public var address: UnsafeRawPointer { start }

    /// The text's length in UTF-8 bytes.
    @inline(__always) public var utf8Count: Int { Self.length(at: start) }

    /// The length written backwards before the text at `address` (see `TextStore`).
    @inline(__always) static func length(at address: UnsafeRawPointer) -> Int {
        var n = 0, shift = 0, p = address - 1
        while true {
            let b = p.load(as: UInt8.self)
            n |= Int(b & 0x7F) << shift
            if b & 0x80 == 0 { return n }
            shift += 7
            p -= 1
        }
    }

    /// Calls `body` with the text's bytes, without making a string of them. (The caller holds
    /// this value, and so the store, for the whole call.)
    @inline(__always) public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(Self.bytes(at: start))
    }

    /// The bytes of the text at `address` in a store someone holds.
    @inline(__always) static func bytes(at address: UnsafeRawPointer) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: length(at: address))
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
    /// white space (ASCII or not) then keeps it whole (as `String.trimmedWhitespace` decides).
    public var isTrimmedAtASCIIEnds: Bool {
        let n = utf8Count
        guard n > 0 else { return false }
        return String.keepsWhole(first: start.load(as: UInt8.self), last: start.load(fromByteOffset: n - 1, as: UInt8.self))
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
