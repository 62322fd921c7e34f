import Foundation

/// A bounded hand-off from one producing thread to one consuming thread: at most `capacity`
/// elements wait in between, so the producer runs ahead of the consumer but never far. Used where
/// two cores share one stream of work (a part inflated while it is parsed, a table body decided
/// while it is written).
public final class Handoff<Element>: @unchecked Sendable {
    private let lock = NSCondition()
    private var waiting: [Element] = []
    private var finished = false, closed = false
    private let capacity: Int

    public init(capacity: Int) { self.capacity = capacity }

    /// Waits for room; false when the consumer closed the hand-off (the producer should stop).
    public func push(_ e: Element) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        while waiting.count >= capacity && !closed { lock.wait() }
        if closed { return false }
        waiting.append(e)
        lock.broadcast()
        return true
    }

    /// The producer has nothing more.
    public func finish() {
        lock.lock()
        finished = true
        lock.broadcast()
        lock.unlock()
    }

    /// The next element, in order; nil once the producer finished and all were taken, or closed.
    public func pop() -> Element? {
        lock.lock()
        defer { lock.unlock() }
        while waiting.isEmpty && !finished && !closed { lock.wait() }
        if waiting.isEmpty { return nil }
        let e = waiting.removeFirst()
        lock.broadcast()
        return e
    }

    /// The consumer gives up: a waiting or later push returns false.
    public func close() {
        lock.lock()
        closed = true
        lock.broadcast()
        lock.unlock()
    }
}
