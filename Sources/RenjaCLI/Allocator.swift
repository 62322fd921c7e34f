/// What the command line asks of the process's allocator, set by the executable that chose it
/// (`Sources/renja/main.swift`: mimalloc on Linux); nil elsewhere, the tests included.
public enum Allocator {
    /// Takes back onto the calling thread what other threads freed, and returns pages nobody
    /// uses. Called before a validator is made: a large read leaves freed memory in the pages of
    /// the threads that read it (the shared strings' thread is gone by then), and the validator's
    /// first arrays (every row's code, 3.9 MB at 100,000 rows, then the hierarchy) landed on
    /// fresh pages instead in about one run in ten, peaking 5 MiB higher (82 MiB, not 77).
    nonisolated(unsafe) public static var collect: (() -> Void)?
}
