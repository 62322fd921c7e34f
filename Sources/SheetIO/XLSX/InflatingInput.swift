import CZlib
import Foundation
import ZIPFoundation

/// A ZIP part inflated on a second thread and handed to the XML parser chunk by chunk, so that a
/// sheet's XML (53 MB for 100,000 rows) is never held whole: at most `capacity` chunks wait in
/// between, and inflating runs beside parsing on the other core. The limits on part size and
/// compression ratio are counted on the bytes actually inflated, as for whole parts.
final class InflatingInput: @unchecked Sendable {
    enum Failure: Error { case part, ratio, corrupt(String) }

    private let chunks = Handoff<Data>(capacity: 8)
    // What the inflating thread found, read by the parsing one (under the lock).
    private let lock = NSLock()
    private var failed: Failure?
    private var count = 0

    /// What stopped inflating, if anything.
    var failure: Failure? { lock.lock(); defer { lock.unlock() }; return failed }
    /// The bytes inflated so far.
    var inflated: Int { lock.lock(); defer { lock.unlock() }; return count }

    /// Starts inflating `entry` of the package at `url` (its own Archive: ZIPFoundation's archives
    /// are not shared across threads).
    init(url: URL, entry path: String, limits: ReadLimits) throws {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch { throw Failure.corrupt("\(path) cannot be opened") }
        guard let entry = archive[path] else { throw Failure.corrupt("\(path) cannot be opened") }
        let compressed = max(Int(entry.compressedSize), 1)
        // The archive moves to the inflating thread and is used there only.
        let owned = Owned(archive: archive, entry: entry)
        let thread = Thread { [self] in
            do {
                try Self.extract(owned.entry, of: owned.archive, bufferSize: 1 << 17) { chunk in
                    try self.push(chunk, compressed: compressed, limits: limits)
                }
                self.finish(nil)
            } catch let f as Failure {
                self.finish(f)
            } catch {
                self.finish(.corrupt("\(path) cannot be inflated (\(error))"))
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    private func push(_ chunk: Data, compressed: Int, limits: ReadLimits) throws {
        lock.lock()
        count += chunk.count
        let n = count
        lock.unlock()
        try Self.check(inflated: n, compressed: compressed, limits: limits)
        guard chunks.push(chunk) else { throw Failure.corrupt("cancelled") }
    }

    private func finish(_ f: Failure?) {
        lock.lock()
        if failed == nil { failed = f }
        lock.unlock()
        chunks.finish()
    }

    /// The next inflated chunk whole, nil at the end or once inflating failed (see `failure`).
    func nextChunk() -> Data? {
        if failure != nil { return nil }
        return chunks.pop()
    }

    /// Stops the inflating thread early (the parser gave up on the part).
    func cancel() { chunks.close() }
}

extension InflatingInput {
    /// Inflates `entry` into `body` piece by piece and checks the part's CRC-32 against the one the
    /// archive gives, computed by zlib: ZIPFoundation computes it a byte at a time on Linux (7
    /// instructions a byte, 0.6 G for the 84 MB of a 100,000-row sheet and its strings) and only
    /// returns it, so a damaged part went unnoticed unless inflating failed.
    static func extract(_ entry: Entry, of archive: Archive, bufferSize: Int, _ body: (Data) throws -> Void) throws {
        var crc: UInt = 0
        _ = try archive.extract(entry, bufferSize: bufferSize, skipCRC32: true) { chunk in
            crc = chunk.withUnsafeBytes { UInt(CZlib.crc32(crc, $0.bindMemory(to: UInt8.self).baseAddress, UInt32($0.count))) }
            try body(chunk)
        }
        // An archive whose part's sum could not be read gives 0: nothing to compare then.
        guard entry.checksum == 0 || UInt32(truncatingIfNeeded: crc) == entry.checksum else {
            throw Failure.corrupt("\(entry.path) fails its CRC-32 check (the file is damaged)")
        }
    }

    /// The limits on a part's size and compression ratio, on the bytes inflated so far.
    static func check(inflated: Int, compressed: Int, limits: ReadLimits) throws {
        if inflated > limits.maxPartBytes { throw Failure.part }
        if inflated > limits.ratioGrace && inflated / compressed > limits.maxRatio { throw Failure.ratio }
    }

    /// Inflates `entry` on the calling thread and hands each piece to `body`, with the same limits
    /// counted on the bytes inflated; for a part parsed on a thread of its own already (the shared
    /// strings), where a second thread to inflate would only compete for the same core. Returns
    /// the bytes inflated.
    static func inline(url: URL, entry path: String, limits: ReadLimits, _ body: (Data) throws -> Void) throws -> Int {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch { throw Failure.corrupt("\(path) cannot be opened") }
        guard let entry = archive[path] else { throw Failure.corrupt("\(path) cannot be opened") }
        let compressed = max(Int(entry.compressedSize), 1)
        var inflated = 0
        do {
            try extract(entry, of: archive, bufferSize: 1 << 17) { chunk in
                inflated += chunk.count
                try check(inflated: inflated, compressed: compressed, limits: limits)
                try body(chunk)
            }
        } catch let f as Failure {
            throw f
        } catch let e as ReadError {
            throw e
        } catch let e as XMLStream.XMLStreamError {
            throw e
        } catch {
            throw Failure.corrupt("\(path) cannot be inflated (\(error))")
        }
        return inflated
    }
}

/// An archive handed over to the inflating thread, which alone uses it afterwards.
private final class Owned: @unchecked Sendable {
    let archive: Archive
    let entry: Entry
    init(archive: Archive, entry: Entry) { self.archive = archive; self.entry = entry }
}
