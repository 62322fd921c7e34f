import Foundation
import RenjaModel
import Rules

/// The rule families of one validation taken in turn by whichever thread is free (a large model's
/// rules take half a second on one core), their findings kept in the families' order; and a
/// failure of the writing beside them.
final class RuleFamilies: @unchecked Sendable {
    private let lock = NSLock()
    private var byFamily = [[Finding]](repeating: [], count: Validator.families)
    private var next = 0
    private(set) var error: Error?

    /// Runs the families nobody has started yet, one after another.
    func runRemaining(_ v: Validator) {
        while let family = nextFamily() {
            let found = v.run(family: family)
            lock.lock(); byFamily[family] = found; lock.unlock()
        }
    }

    /// All the families on two threads: this one and another.
    static func run(_ v: Validator) -> [Finding] {
        let families = RuleFamilies()
        let other = Background.thread { families.runRemaining(v) }
        families.runRemaining(v)
        _ = other.value
        return families.findings
    }

    private func nextFamily() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < Validator.families else { return nil }
        next += 1
        return next - 1
    }

    func setError(_ e: Error) { lock.lock(); error = e; lock.unlock() }
    /// The findings of every family, in the families' order.
    var findings: [Finding] { lock.lock(); defer { lock.unlock() }; return byFamily.flatMap { $0 } }
}
