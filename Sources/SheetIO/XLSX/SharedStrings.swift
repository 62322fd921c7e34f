import CLibXML2
import Foundation
import RenjaModel

/// The shared-string table of a workbook, parsed on a thread of its own while the sheet is parsed
/// on the caller's: on a 100,000-row sheet the table (27 MB of XML) took 0.2 s before the sheet's
/// first cell could be read. Strings are published in blocks of 1,024 as they are parsed; the
/// sheet's parser waits only for an index the table has not reached yet. Excel and libxlsxwriter
/// number strings in order of first use, so the sheet seldom gets ahead; any order is still read
/// correctly, only with more waiting.
///
/// A string of up to 15 bytes (a string's inline capacity), or a code of digits and dots packed
/// to that size (`Packed`), is kept in its entry; any other, once in `store`, and the cells and the
/// model made from them point at it there (`StoredText`).
final class SharedStrings: @unchecked Sendable {
    static let blockShift = 10
    static let blockSize = 1 << blockShift

    /// The table's long strings. Appended to by the parsing thread only.
    let store = TextStore()
    private let lock = NSCondition()
    private var blocks: [[Entry]] = []
    private var count = 0
    private var finished = false
    private var failure: Error?
    /// Bytes inflated from the part (for the workbook's total limit), known once finished.
    private(set) var inflated = 0

    /// Starts parsing part `path` of the package at `url`: on a thread of its own, or with
    /// `beside` false here and now (the table is then whole when this returns).
    init(url: URL, part path: String, limits: ReadLimits, beside: Bool = true) {
        xmlInitParser()  // libxml2's globals, before a second thread uses it
        let parse: @Sendable () -> Void = { [self] in
            let handler = SharedStringsHandler(limits: limits, file: url.path, store: store) { [self] block in publish(block) }
            do {
                // Inflated here too: this thread is the one beside the sheet's parser already.
                let n = try Package.streamInline(url: url, part: path, limits: limits, into: handler)
                handler.flush()
                finish(nil, inflated: n)
            } catch {
                finish(error, inflated: 0)
            }
        }
        guard beside else {
            parse()
            return
        }
        let thread = Thread(block: parse)
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// An empty table (a workbook without shared strings).
    init() { finished = true }

    private func publish(_ block: [Entry]) {
        lock.lock()
        blocks.append(block)
        count += block.count
        lock.broadcast()
        lock.unlock()
    }

    private func finish(_ error: Error?, inflated n: Int) {
        lock.lock()
        finished = true
        failure = error
        inflated = n
        lock.broadcast()
        lock.unlock()
    }

    /// The blocks once `index` is published or the table is finished.
    fileprivate func blocks(reaching index: Int) -> (blocks: [[Entry]], count: Int) {
        lock.lock()
        defer { lock.unlock() }
        while count <= index && !finished { lock.wait() }
        return (blocks, count)
    }

    /// Waits for the whole table; throws what stopped its parse (a limit, forbidden XML).
    func join() throws {
        lock.lock()
        while !finished { lock.wait() }
        let f = failure
        lock.unlock()
        if let f { throw f }
    }

    /// A reader for one thread: it keeps its own view of the published blocks and asks the table
    /// again only for an index beyond them.
    struct Reader {
        let table: SharedStrings
        private var blocks: [[Entry]] = []
        private var count = 0
        /// What the texts this reader hands on hold, a new share of the store every
        /// `shareEvery` texts (see `TextStore.share()`).
        private var share: TextStore
        private var handed = 0
        private static let shareEvery = 1_024

        init(_ table: SharedStrings) {
            self.table = table
            share = table.store.share()
        }

        /// The string at `index`; nil when the table has no such index (or failed before it).
        mutating func string(_ index: Int) -> KeptText? {
            if index >= count {
                (blocks, count) = table.blocks(reaching: index)
                if index >= count { return nil }
            }
            let text = blocks[index >> SharedStrings.blockShift][index & (SharedStrings.blockSize - 1)].text(in: share)
            if case .stored = text {
                handed += 1
                if handed == Self.shareEvery {
                    share = table.store.share()
                    handed = 0
                }
            }
            return text
        }
    }

    /// One string of the table in two words and no object of its own: up to 15 bytes inline (a
    /// short text, or a code packed), else the address of its bytes in the store.
    struct Entry {
        // Inline: the bytes from the first, and the count in the last byte. Stored: the address
        // in the first word, and 0xFF in the last byte.
        private var words: (UInt64, UInt64) = (0, 0)
        private static let storedMark: UInt8 = 0xFF

        init(inline bytes: UnsafeRawBufferPointer) {
            precondition(bytes.count <= 15)
            withUnsafeMutableBytes(of: &words) { w in
                for i in 0..<bytes.count { w[i] = bytes[i] }
                w[15] = UInt8(bytes.count)
            }
        }

        init(stored text: StoredText) {
            words.0 = UInt64(UInt(bitPattern: text.address))
            withUnsafeMutableBytes(of: &words) { $0[15] = Self.storedMark }
        }

        func text(in store: TextStore) -> KeptText {
            withUnsafeBytes(of: words) { w -> KeptText in
                if w[15] == Self.storedMark {
                    return .stored(store.unsafeText(at: UnsafeRawPointer(bitPattern: UInt(words.0))!))
                }
                let bytes = UnsafeRawBufferPointer(rebasing: w[0..<Int(w[15])])
                return .string(bytes.first == 0 ? Packed.unpack(bytes) : String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// How the table keeps a code-like string. A Swift string holds 15 bytes inline; a longer one
    /// is an object of its own (48 bytes or more). A table's longest strings are often codes of
    /// digits and dots (a sub kegiatan code `1.01.01.1.01.0004` is 17 characters; 121,000 of them
    /// took 6.8 MB of a 100,000-row read), which the model keeps in its own form once a row is
    /// read. Such a text, 16 to 28 characters of digits and dots with at most 18 digits, is kept
    /// inline as a zero byte, its length, where its dots are (7 positions a byte, four bytes),
    /// then its digits two a byte (an odd last one as 100 + the digit). Every byte is below 0x80,
    /// so the packed form is valid UTF-8, and at most 15 bytes long: it fits in an `Entry`. A text
    /// that itself starts with a zero byte (written `_x0000_`) is never kept inline, so an inline
    /// entry that starts with one is packed. The reader gives the text back as it was written.
    enum Packed {
        /// The packed form of a string's bytes as they stand in the XML (digits and dots need no
        /// unescaping), nil when they are not such a text.
        static func pack(_ b: UnsafeBufferPointer<UInt8>) -> Entry? {
            let n = b.count
            guard n >= 16, n <= 28 else { return nil }
            var out: (UInt64, UInt64) = (0, 0)
            return withUnsafeMutableBytes(of: &out) { o -> Entry? in
                o[1] = UInt8(n)
                var digits = 0, pending: UInt8? = nil, at = 6
                for i in 0..<n {
                    let c = b[i]
                    if c == 0x2E {
                        o[2 + i / 7] |= 1 << UInt8(i % 7)
                    } else if c >= 0x30, c <= 0x39 {
                        digits += 1
                        guard digits <= 18 else { return nil }
                        if let p = pending {
                            o[at] = p * 10 + (c - 0x30)
                            at += 1
                            pending = nil
                        } else {
                            pending = c - 0x30
                        }
                    } else {
                        return nil
                    }
                }
                if let p = pending { o[at] = 100 + p; at += 1 }
                return Entry(inline: UnsafeRawBufferPointer(rebasing: o[0..<at]))
            }
        }

        /// The text of a packed entry's bytes.
        static func unpack(_ b: UnsafeRawBufferPointer) -> String {
            let n = Int(b[1])
            return String(unsafeUninitializedCapacity: n) { out in
                var at = 6, second = false
                for i in 0..<n {
                    if b[2 + i / 7] & (1 << UInt8(i % 7)) != 0 {
                        out[i] = 0x2E
                    } else {
                        let v = b[at]
                        if v >= 100 {
                            out[i] = 0x30 + v - 100
                            at += 1
                        } else if !second {
                            out[i] = 0x30 + v / 10
                            second = true
                        } else {
                            out[i] = 0x30 + v % 10
                            second = false
                            at += 1
                        }
                    }
                }
                return n
            }
        }
    }
}
