/// A row's values by column key: a handful of pairs in the order they were set. A row has a
/// dozen values at most, so finding one by comparing keys beats hashing, and the pairs take less
/// than half the memory of a dictionary (whose buckets stay a quarter empty or more); a
/// 120,000-row model holds one of these per row. Equality and hashing ignore the order.
public struct RowValues: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: Value)
    private var pairs: [Element]

    public init() { pairs = [] }

    public init(_ dictionary: [String: Value]) {
        pairs = dictionary.map { ($0.key, $0.value) }
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        pairs = []
        for (k, v) in elements { self[k] = v }
    }

    public subscript(key: String) -> Value? {
        get {
            guard let i = index(of: key) else { return nil }
            return pairs[i].value
        }
        set {
            if let i = index(of: key) {
                if let newValue { pairs[i].value = newValue } else { pairs.remove(at: i) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    /// Where `key` is among the pairs. Keys of another length are passed over on their length
    /// alone (read from the string itself), so a miss, the common answer, compares no text.
    @inline(__always) private func index(of key: String) -> Int? {
        let n = key.utf8.count
        for i in pairs.indices where pairs[i].key.utf8.count == n && pairs[i].key == key { return i }
        return nil
    }

    public subscript(key: String, default fallback: @autoclosure () -> Value) -> Value {
        get { self[key] ?? fallback() }
        set { self[key] = newValue }
    }

    public var count: Int { pairs.count }
    public var isEmpty: Bool { pairs.isEmpty }
    /// The keys, in the order they were set.
    public var keys: [String] { pairs.map(\.key) }

    /// Calls `body` with each key, without an array of them or a copy of the values.
    public func forEachKey(_ body: (String) throws -> Void) rethrows {
        for i in pairs.indices { try body(pairs[i].key) }
    }
    public var values: [Value] { pairs.map(\.value) }

    /// Whether the keys, in the order they were set, are `keys`: rows of one table set the same
    /// keys in the same order, and a writer that has handled one row's keys can skip the next's.
    public func hasKeys(_ keys: [String]) -> Bool {
        guard pairs.count == keys.count else { return false }
        for i in pairs.indices where pairs[i].key != keys[i] { return false }
        return true
    }

    /// The pair at `position` (0..<count) in the order the pairs were set: a writer that has
    /// ordered a row's keys once reads its values by position, not by name.
    public subscript(position i: Int) -> Element { pairs[i] }

    public func makeIterator() -> IndexingIterator<[Element]> { pairs.makeIterator() }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let i = index(of: key) else { return nil }
        return pairs.remove(at: i).value
    }

    public mutating func reserveCapacity(_ n: Int) { pairs.reserveCapacity(n) }

    /// The pairs that satisfy `isIncluded`, as row values again (as a dictionary's `filter` does).
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> RowValues {
        var out = RowValues()
        out.pairs = try pairs.filter(isIncluded)
        return out
    }

    public static func == (a: RowValues, b: RowValues) -> Bool {
        guard a.count == b.count else { return false }
        return a.pairs.allSatisfy { b[$0.key] == $0.value }
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: the sum of the pairs' own hashes.
        var sum = 0
        for p in pairs {
            var h = Hasher()
            h.combine(p.key)
            h.combine(p.value)
            sum &+= h.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}
