import CLibXML2
import Foundation

/// The shared-string table of a workbook, parsed on a thread of its own while the sheet is parsed
/// on the caller's: on a 100,000-row sheet the table (27 MB of XML) took 0.2 s before the sheet's
/// first cell could be read. Strings are published in blocks of 1,024 as they are parsed; the
/// sheet's parser waits only for an index the table has not reached yet. Excel and libxlsxwriter
/// number strings in order of first use, so the sheet seldom gets ahead; any order is still read
/// correctly, only with more waiting.
final class SharedStrings: @unchecked Sendable {
    static let blockShift = 10
    static let blockSize = 1 << blockShift

    private let lock = NSCondition()
    private var blocks: [[String]] = []
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
            let handler = SharedStringsHandler(limits: limits, file: url.path) { [self] block in publish(block) }
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

    private func publish(_ block: [String]) {
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
    fileprivate func blocks(reaching index: Int) -> (blocks: [[String]], count: Int) {
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
        private var blocks: [[String]] = []
        private var count = 0

        init(_ table: SharedStrings) { self.table = table }

        /// The string at `index`; nil when the table has no such index (or failed before it).
        mutating func string(_ index: Int) -> String? {
            if index >= count {
                (blocks, count) = table.blocks(reaching: index)
                if index >= count { return nil }
            }
            return blocks[index >> SharedStrings.blockShift][index & (SharedStrings.blockSize - 1)]
        }
    }
}
