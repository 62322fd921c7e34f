import Foundation

/// Phase timings on standard error when `RENJA_TIMING` is set: where a run spends its time, for
/// the benchmark and for anyone profiling a slow file. Costs one environment lookup otherwise.
public enum Timing {
    public static let enabled = ProcessInfo.processInfo.environment["RENJA_TIMING"] != nil
    nonisolated(unsafe) static var last = Date()
    nonisolated(unsafe) static var lastCPU = 0.0

    /// Prints the time since the previous mark (or the start) with a label.
    public static func mark(_ label: String) {
        guard enabled else { return }
        let now = Date()
        // The peak resident size so far shows which phase makes the memory.
        var usage = rusage()
        getrusage(0, &usage)  // RUSAGE_SELF
        // The CPU time of all threads in the phase: against the wall time, how busy both cores were.
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        FileHandle.standardError.write(Data(String(format: "[timing] %-22@ %7.1f ms  cpu %7.1f ms  peak %5d MiB  now %5d MiB\n", label as NSString, now.timeIntervalSince(last) * 1000, (cpu - lastCPU) * 1000, usage.ru_maxrss / 1024, residentMiB()).utf8))
        last = now
        lastCPU = cpu
    }

    /// The resident size now (Linux: /proc/self/statm, in pages), 0 where it cannot be read:
    /// the peak alone hides how much a phase frees for the next.
    static func residentMiB() -> Int {
        // A /proc file tells no size: read it with read(2), not as a file of known length.
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let n = read(fd, &buffer, buffer.count)
        guard n > 0 else { return 0 }
        let fields = String(decoding: buffer[0..<n], as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return (pages * Int(sysconf(Int32(_SC_PAGESIZE)))) >> 20
    }
}
