import Foundation

/// A value computed on a thread of its own while the caller goes on, or on demand by the first
/// thread that asks; `value` waits for it.
/// `nice` 19 runs the thread at the lowest priority (on Linux a thread's own): it then takes only
/// the core that the work beside it leaves idle, instead of slowing that work down.
final class Background<T>: @unchecked Sendable {
    private let lock = NSCondition()
    private var result: T?
    private var pending: (() -> T)?

    private init() {}

    /// Starts `work` on a thread of its own now.
    // Factories, not initialisers: with two initialisers taking a trailing closure, Swift picks
    // the one without a default argument, and `Background { … }` silently ran on demand.
    static func thread(nice: Int32 = 0, _ work: @escaping @Sendable () -> T) -> Background<T> {
        let b = Background<T>()
        b.start(nice: nice, work)
        return b
    }

    /// A value computed by the first thread that asks for it (on the thread that has the work
    /// beside which it should run).
    static func onDemand(_ work: @escaping () -> T) -> Background<T> {
        let b = Background<T>()
        b.pending = work
        return b
    }

    private func start(nice: Int32, _ work: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            #if os(Linux)
            if nice != 0 { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice) }
            #endif
            let r = work()
            lock.lock()
            result = r
            lock.broadcast()
            lock.unlock()
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// The value, once computed (any number of threads may ask).
    var value: T {
        lock.lock()
        defer { lock.unlock() }
        if let work = pending {
            pending = nil
            result = work()
            lock.broadcast()
        }
        while result == nil { lock.wait() }
        return result!
    }
}
