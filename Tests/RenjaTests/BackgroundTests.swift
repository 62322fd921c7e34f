import Foundation
import XCTest
@testable import RenjaCLI

/// `Background` decides where convert's digest, validator and rules run: a value started on a
/// thread must run at once beside the caller, and one on demand only when first asked for.
final class BackgroundTests: XCTestCase {
    func testThreadStartsAtOnceBesideTheCaller() {
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let b = Background.thread { () -> Int in
            started.signal()
            release.wait()  // runs while the caller is still here, not when it asks
            return 7
        }
        XCTAssertEqual(started.wait(timeout: .now() + 10), .success, "the work did not start on its own thread")
        release.signal()
        XCTAssertEqual(b.value, 7)
        XCTAssertEqual(b.value, 7, "asked twice, computed once")
    }

    func testOnDemandRunsOnceWhenFirstAskedForOnTheAskingThread() {
        let runs = Counter()
        let b = Background.onDemand { () -> String in
            runs.add()
            return Thread.isMainThread ? "main" : "other"
        }
        Thread.sleep(forTimeInterval: 0.05)
        XCTAssertEqual(runs.count, 0, "nothing runs before it is asked for")
        XCTAssertEqual(b.value, Thread.isMainThread ? "main" : "other")
        _ = b.value
        XCTAssertEqual(runs.count, 1)
    }

    func testThreadValueMayBeNil() {
        let b = Background.thread(nice: 19) { () -> String? in nil }
        XCTAssertNil(b.value, "a nil result is a result, not a value still missing")
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.lock(); n += 1; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return n }
}
