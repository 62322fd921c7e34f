import Foundation

/// A value computed on a thread of its own while the caller goes on; `value` waits for it.
/// `nice` 19 runs the thread at the lowest priority (on Linux a thread's own): it then takes only
/// the core that the work beside it leaves idle, instead of slowing that work down.
final class Background<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: T?

    init(nice: Int32 = 0, _ work: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            #if os(Linux)
            if nice != 0 { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice) }
            #endif
            let r = work()
            lock.lock()
            result = r
            lock.unlock()
            done.signal()
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// A value computed here and now, for a caller that has no work to overlap it with.
    init(now work: () -> T) {
        result = work()
        done.signal()
    }

    /// The value, once computed (any number of threads may ask).
    var value: T {
        lock.lock()
        if let r = result { lock.unlock(); return r }
        lock.unlock()
        done.wait()
        done.signal()  // let the next waiter through too
        lock.lock()
        defer { lock.unlock() }
        return result!
    }
}
