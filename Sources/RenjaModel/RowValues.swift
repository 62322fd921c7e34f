import Foundation

/// A row's values by column key: a handful of pairs in the order they were set. A row has a
/// dozen values at most, so finding one by comparing keys beats hashing. The keys are not kept
/// by each row: rows of one table set the same keys in the same order, and share one list of
/// them (`KeyShape`), so a row holds its values alone (24 bytes each, where a key and its value
/// took 40). Equality and hashing ignore the order.
public struct RowValues: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: Value)
    /// The keys, in the order they were set.
    private var shape: KeyShape
    /// The values, in the order of `shape.keys`.
    private var slots: [Value]

    public init() {
        shape = .empty
        slots = []
    }

    public init(_ dictionary: [String: Value]) {
        self.init()
        for (k, v) in dictionary { self[k] = v }
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        for (k, v) in elements { self[k] = v }
    }

    public subscript(key: String) -> Value? {
        get {
            guard let i = shape.index(of: key) else { return nil }
            return slots[i]
        }
        set {
            if let i = shape.index(of: key) {
                if let newValue {
                    slots[i] = newValue
                } else {
                    shape = shape.removing(i)
                    slots.remove(at: i)
                }
            } else if let newValue {
                shape = shape.adding(key)
                slots.append(newValue)
            }
        }
    }

    public subscript(key: String, default fallback: @autoclosure () -> Value) -> Value {
        get { self[key] ?? fallback() }
        set { self[key] = newValue }
    }

    public var count: Int { slots.count }
    public var isEmpty: Bool { slots.isEmpty }
    /// The keys, in the order they were set (the shared list itself: nothing is copied).
    public var keys: [String] { shape.keys }

    /// Calls `body` with each key, without an array of them or a copy of the values.
    public func forEachKey(_ body: (String) throws -> Void) rethrows {
        for k in shape.keys { try body(k) }
    }
    public var values: [Value] { slots }

    /// Whether the keys, in the order they were set, are `keys`: rows of one table set the same
    /// keys in the same order, and a writer that has handled one row's keys can skip the next's.
    public func hasKeys(_ keys: [String]) -> Bool { shape.keys == keys }

    /// The pair at `position` (0..<count) in the order the pairs were set: a writer that has
    /// ordered a row's keys once reads its values by position, not by name.
    public subscript(position i: Int) -> Element { (shape.keys[i], slots[i]) }

    public struct Iterator: IteratorProtocol {
        let values: RowValues
        var i = 0
        public mutating func next() -> Element? {
            guard i < values.slots.count else { return nil }
            defer { i += 1 }
            return (values.shape.keys[i], values.slots[i])
        }
    }

    public func makeIterator() -> Iterator { Iterator(values: self) }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let i = shape.index(of: key) else { return nil }
        shape = shape.removing(i)
        return slots.remove(at: i)
    }

    public mutating func reserveCapacity(_ n: Int) { slots.reserveCapacity(n) }

    /// The pairs that satisfy `isIncluded`, as row values again (as a dictionary's `filter` does).
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> RowValues {
        var out = RowValues()
        for p in self where try isIncluded(p) { out[p.key] = p.value }
        return out
    }

    public static func == (a: RowValues, b: RowValues) -> Bool {
        guard a.count == b.count else { return false }
        if a.shape === b.shape { return a.slots == b.slots }
        return a.allSatisfy { b[$0.key] == $0.value }
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: the sum of the pairs' own hashes.
        var sum = 0
        for p in self {
            var h = Hasher()
            h.combine(p.key)
            h.combine(p.value)
            sum &+= h.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}

extension RowValues {
    /// Makes the values of one row after another, as setting them key by key would, for a reader
    /// making 100,000 rows: the keys of a row are nearly always those of one of the rows just
    /// before, and their shape is then found among those without a lock.
    public struct Builder: Sendable {
        private var keys: [String] = []
        private var values: [Value] = []
        /// The shapes of the last rows made, the latest first.
        private var recent: [KeyShape] = []
        /// The number of values of the last row made: the next row's room.
        private var lastCount = 0

        public init() {}

        public mutating func append(_ key: String, _ value: Value) {
            keys.append(key)
            values.append(value)
        }

        /// The values appended since the last row (a key given twice keeps its last value).
        public mutating func make() -> RowValues {
            lastCount = values.count
            defer {
                keys.removeAll(keepingCapacity: true)
                values = []
                values.reserveCapacity(lastCount)
            }
            for (n, shape) in recent.enumerated() where KeyShape.sameKeys(shape.keys, keys) {
                if n > 0 { recent.swapAt(0, n) }
                return RowValues(shape: shape, slots: values)
            }
            var slots: [Value] = []
            slots.reserveCapacity(values.count)
            let shape = KeyShape.empty.adding(keys) { existing, i in
                if let existing { slots[existing] = values[i] } else { slots.append(values[i]) }
            }
            if shape.isShared {
                if recent.count == 8 { recent.removeLast() }
                recent.insert(shape, at: 0)
            }
            return RowValues(shape: shape, slots: slots)
        }
    }

    fileprivate init(shape: KeyShape, slots: [Value]) {
        self.shape = shape
        self.slots = slots
    }
}

/// The keys of a row's values, in the order they were set: one object for all the rows that set
/// the same keys in the same order. Shapes are found from the empty one key by key, each
/// remembering the shapes one key longer made from it, so a row's shape is found, not built.
///
/// What a hostile document can make of this is bounded: a shape remembers at most 64 longer
/// shapes and only shapes of at most 64 keys are shared; any other row keeps keys of its own.
final class KeyShape: @unchecked Sendable {
    let keys: [String]
    /// Whether other rows may hold this shape (then it remembers longer ones).
    private let shared: Bool
    var isShared: Bool { shared }
    /// The shapes one key longer, by that key; guarded by `lock`.
    @exclusivity(unchecked) private var longer: [(key: String, shape: KeyShape)] = []
    /// One lock for every shape: a row's keys are then looked up with one locking, not one a key.
    private static let lock = NSLock()

    static let empty = KeyShape(keys: [], shared: true)
    private static let sharedLimit = 64
    /// Shared shapes made so far, at most `sharedTotalLimit` in the process, guarded by `lock`: a
    /// document whose rows give the same keys in ever new orders would otherwise fill memory
    /// with shapes (50 keys shuffled over 60,000 rows took 2.5 GB).
    nonisolated(unsafe) private static var sharedCount = 0
    private static let sharedTotalLimit = 4096

    /// Keys as `index(of:)` tells them apart (the same number of bytes, then equal): `café` and
    /// `cafe` with a combining accent are equal as strings, but stay two keys.
    @inline(__always) static func sameKey(_ a: String, _ b: String) -> Bool { a.utf8.count == b.utf8.count && a == b }
    static func sameKeys(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { sameKey($0, $1) }
    }

    private init(keys: [String], shared: Bool) {
        self.keys = keys
        self.shared = shared
    }

    /// Where `key` is among the keys. Keys of another length are passed over on their length
    /// alone (read from the string itself), so a miss, the common answer, compares no text.
    @inline(__always) func index(of key: String) -> Int? {
        let n = key.utf8.count
        for i in keys.indices where keys[i].utf8.count == n && keys[i] == key { return i }
        return nil
    }

    /// This shape with `key` after its keys.
    func adding(_ key: String) -> KeyShape {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return longer(by: key)
    }

    /// This shape with each of `keys` not in it yet after its keys, in one locking; `each` is told
    /// for each key given its place among the keys when it was one already (else nil).
    func adding(_ keys: [String], _ each: (Int?, Int) -> Void) -> KeyShape {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        var shape = self
        for (i, k) in keys.enumerated() {
            if let at = shape.index(of: k) {
                each(at, i)
            } else {
                each(nil, i)
                shape = shape.longer(by: k)
            }
        }
        return shape
    }

    /// Under the lock.
    private func longer(by key: String) -> KeyShape {
        // A row's own keys (never shared) are copied: a row's values are a value type.
        guard shared else { return KeyShape(keys: keys + [key], shared: false) }
        for l in longer where Self.sameKey(l.key, key) { return l.shape }
        let share = keys.count < Self.sharedLimit && longer.count < Self.sharedLimit && Self.sharedCount < Self.sharedTotalLimit
        if share { Self.sharedCount += 1 }
        let next = KeyShape(keys: keys + [key], shared: share)
        if share { longer.append((key, next)) }
        return next
    }

    /// This shape without its key at `index`.
    func removing(_ index: Int) -> KeyShape {
        var shape = KeyShape.empty
        for (i, k) in keys.enumerated() where i != index { shape = shape.adding(k) }
        return shape
    }
}
