import Foundation

/// A file read into memory of its own (an anonymous mapping, not the file mapped: a file cut short
/// while it is read would then end the process with SIGBUS instead of giving its error), whose
/// pages are given back as a streamed reading is done with them. The 80 MB of a 100,000-row model
/// were otherwise held until its last row was read, beside the workbook being written.
public final class ReleasableInput: @unchecked Sendable {
    public let data: Data
    private let base: UnsafeMutableRawPointer
    private let length: Int
    private let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// Bytes already given back (a whole number of pages); only the reading thread moves it.
    private var released = 0

    /// nil when the file cannot be read (`read` then tells why).
    public init?(_ url: URL, size: Int) {
        guard size > 0, let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let m = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), m != MAP_FAILED else { return nil }
        var filled = 0
        while filled < size {
            let n = Glibc.read(handle.fileDescriptor, m + filled, size - filled)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            filled += n
        }
        guard filled > 0 else { munmap(m, size); return nil }
        base = m
        length = size
        // What the file held when read (a file cut short gives fewer bytes, and its own error).
        data = Data(bytesNoCopy: m, count: filled, deallocator: .custom { p, _ in munmap(p, size) })
    }

    /// The reading is done with the first `offset` bytes: their whole pages go back.
    public func release(upTo offset: Int) {
        let end = min(offset, length) / page * page
        guard end > released else { return }
        madvise(base + released, end - released, MADV_DONTNEED)
        released = end
    }
}
