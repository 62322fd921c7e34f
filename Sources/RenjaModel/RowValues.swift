import Foundation

/// A row's values by column key: a handful of pairs in the order they were set. A row has a
/// dozen values at most, so finding one by comparing keys beats hashing. The keys are not kept
/// by each row: rows of one table set the same keys in the same order, and share one list of
/// them (`KeyShape`). The values are kept in one allocation of their own (`ValueSlots`), each in
/// the words its kind needs. Equality and hashing ignore the order.
///
/// Sendable though its slots are a buffer class (which Swift never deems Sendable): slots are
/// changed in place only by row values that hold them alone, else copied first, as an array is.
public struct RowValues: @unchecked Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: Value)
    /// The keys and the values; nil when the row has none.
    private var slots: ValueSlots?

    public init() {
        slots = nil
    }

    public init(_ dictionary: [String: Value]) {
        self.init()
        for (k, v) in dictionary { self[k] = v }
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        for (k, v) in elements { self[k] = v }
    }

    private var shape: KeyShape { slots?.header ?? .empty }

    public subscript(key: String) -> Value? {
        get {
            guard let s = slots, let i = s.header.index(of: key) else { return nil }
            return s.value(at: i)
        }
        set {
            guard slots != nil else {
                if let newValue { slots = ValueSlots.make(KeyShape.empty.adding(key), CollectionOfOne(.value(newValue)), room: true) }
                return
            }
            // Asked before `s` is bound, which holds one more reference.
            let unique = isKnownUniquelyReferenced(&slots!)
            let s = slots!
            if let i = s.header.index(of: key) {
                if let newValue {
                    if unique, s.replace(at: i, with: .value(newValue)) { return }
                    var values = s.allSlotValues
                    values[i] = .value(newValue)
                    slots = ValueSlots.make(s.header, values)
                } else {
                    var values = s.allSlotValues
                    values.remove(at: i)
                    slots = values.isEmpty ? nil : ValueSlots.make(s.header.removing(i), values)
                }
            } else if let newValue {
                let shape = s.header.adding(key)
                if unique, s.append(.value(newValue), shape: shape) { return }
                slots = ValueSlots.make(shape, s.allSlotValues + CollectionOfOne(.value(newValue)), room: true)
            }
        }
    }

    public subscript(key: String, default fallback: @autoclosure () -> Value) -> Value {
        get { self[key] ?? fallback() }
        set { self[key] = newValue }
    }

    /// Whether `key` has a value, without reading it (a text kept in a reader's store would be
    /// made a string).
    public func hasValue(forKey key: String) -> Bool { slots?.header.index(of: key) != nil }

    /// The bytes of the value at `position` when a reader's store keeps it, else nil; valid while
    /// these values live (a writer copies them without a string made or the store's count touched).
    func storedBytes(position i: Int) -> UnsafeBufferPointer<UInt8>? { slots!.storedBytes(at: i) }

    public var count: Int { slots?.header.keys.count ?? 0 }
    public var isEmpty: Bool { slots == nil }
    /// The keys, in the order they were set (the shared list itself: nothing is copied).
    public var keys: [String] { shape.keys }

    /// Calls `body` with each key, without an array of them or a copy of the values.
    public func forEachKey(_ body: (String) throws -> Void) rethrows {
        for k in shape.keys { try body(k) }
    }
    public var values: [Value] { slots?.allValues ?? [] }

    /// Whether the keys, in the order they were set, are `keys`: rows of one table set the same
    /// keys in the same order, and a writer that has handled one row's keys can skip the next's.
    public func hasKeys(_ keys: [String]) -> Bool { shape.keys == keys }

    /// The pair at `position` (0..<count) in the order the pairs were set: a writer that has
    /// ordered a row's keys once reads its values by position, not by name.
    public subscript(position i: Int) -> Element { (slots!.header.keys[i], slots!.value(at: i)) }

    public struct Iterator: IteratorProtocol {
        let slots: ValueSlots?
        var i = 0
        /// Where the next value's words start (the values are read one after the other).
        var word = -1

        public mutating func next() -> Element? {
            guard let s = slots, i < s.header.keys.count else { return nil }
            if word < 0 { word = ValueSlots.tagWords(s.header.keys.count) }
            defer { i += 1 }
            let (v, w) = s.value(at: i, word: word)
            word += w
            return (s.header.keys[i], v)
        }
    }

    public func makeIterator() -> Iterator { Iterator(slots: slots) }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let v = self[key] else { return nil }
        self[key] = nil
        return v
    }

    /// The pairs that satisfy `isIncluded`, as row values again (as a dictionary's `filter` does).
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> RowValues {
        var out = RowValues()
        for p in self where try isIncluded(p) { out[p.key] = p.value }
        return out
    }

    public static func == (a: RowValues, b: RowValues) -> Bool {
        guard a.count == b.count else { return false }
        if a.shape === b.shape { return zip(a, b).allSatisfy { $0.value == $1.value } }
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
        private var values: [SlotValue] = []
        /// The shapes of the last rows made, the latest first.
        private var recent: [KeyShape] = []

        public init() {}

        public mutating func append(_ key: String, _ value: Value) {
            keys.append(key)
            values.append(.value(value))
        }

        /// A text value kept where its store keeps it: the row holds no string of its own (read
        /// back, it is `.text` with the same text).
        public mutating func append(_ key: String, stored text: StoredText) {
            keys.append(key)
            values.append(.stored(text))
        }

        /// The values appended since the last row (a key given twice keeps its last value).
        public mutating func make() -> RowValues {
            // The values are copied into the row's own slots: the lists are kept for the next row.
            defer {
                keys.removeAll(keepingCapacity: true)
                values.removeAll(keepingCapacity: true)
            }
            guard !keys.isEmpty else { return RowValues() }
            for (n, shape) in recent.enumerated() where KeyShape.sameKeys(shape.keys, keys) {
                if n > 0 { recent.swapAt(0, n) }
                return RowValues(slots: ValueSlots.make(shape, values))
            }
            var slots: [SlotValue] = []
            slots.reserveCapacity(values.count)
            let shape = KeyShape.empty.adding(keys) { existing, i in
                if let existing { slots[existing] = values[i] } else { slots.append(values[i]) }
            }
            if shape.isShared {
                if recent.count == 8 { recent.removeLast() }
                recent.insert(shape, at: 0)
            }
            return RowValues(slots: ValueSlots.make(shape, slots))
        }
    }

    fileprivate init(slots: ValueSlots) {
        self.slots = slots
    }
}

/// One row's values in one allocation, after the shape of their keys: first a byte a value
/// telling its kind, in the order of the keys, then each value in the words its kind needs (a
/// rupiah, a target or a number of at most 18 decimals one, a text two). An array of `Value`
/// takes three words a value whatever its kind, and a 121,000-row model held 27 MB of them.
///
/// The texts and targets are initialised in place as `String` and `Target` and released when the
/// slots go; a stored text as its store (a reference, released likewise) and the address of its
/// bytes; the other kinds are plain words.
final class ValueSlots: ManagedBuffer<KeyShape, UInt64> {
    // The kinds of value, one byte each.
    static let text: UInt8 = 0
    static let rupiah: UInt8 = 1
    static let target: UInt8 = 2
    /// A number whose scale is outside 0...18: its mantissa, then its scale, in two words.
    static let wideNumber: UInt8 = 3
    /// A number of scale s (0...18) is kind `number0 + s`: its mantissa alone, in one word.
    static let number0: UInt8 = 4
    /// A text kept in a file's `TextStore` (see `SlotValue`), in two words.
    static let storedText: UInt8 = number0 + 19

    @inline(__always) static func words(_ kind: UInt8) -> Int {
        switch kind {
        case text, wideNumber, storedText: 2
        default: 1
        }
    }

    /// The words that hold the kinds of `n` values.
    @inline(__always) static func tagWords(_ n: Int) -> Int { (n + 7) >> 3 }

    @inline(__always) static func kind(_ v: SlotValue) -> UInt8 {
        switch v {
        case .value(.text): text
        case .value(.rupiah): rupiah
        case .value(.target): target
        case .value(.number(let d)): d.scale >= 0 && d.scale <= 18 ? number0 + UInt8(d.scale) : wideNumber
        case .stored: storedText
        }
    }

    /// Slots for `values`, in the order of `shape`'s keys; with `room`, two words more for a value
    /// set after them (rows set key by key grow one value at a time).
    static func make<C: Collection>(_ shape: KeyShape, _ values: C, room: Bool = false) -> ValueSlots where C.Element == SlotValue {
        let n = values.count
        var used = tagWords(n)
        for v in values { used += words(kind(v)) }
        let s = unsafeDowncast(create(minimumCapacity: room ? used + 2 : used) { _ in shape }, to: ValueSlots.self)
        s.withUnsafeMutablePointerToElements { e in
            e.initialize(repeating: 0, count: tagWords(n))
            let raw = UnsafeMutableRawPointer(e)
            var w = tagWords(n)
            for (i, v) in values.enumerated() {
                let k = kind(v)
                raw.storeBytes(of: k, toByteOffset: i, as: UInt8.self)
                put(v, kind: k, at: raw + w &* 8)
                w &+= words(k)
            }
        }
        return s
    }

    @inline(__always) private static func put(_ v: SlotValue, kind k: UInt8, at p: UnsafeMutableRawPointer) {
        switch v {
        case .value(.text(let s)): p.initializeMemory(as: String.self, repeating: s, count: 1)
        case .value(.rupiah(let r)): p.storeBytes(of: r, as: Int64.self)
        case .value(.target(let t)): p.initializeMemory(as: Target.self, repeating: t, count: 1)
        case .value(.number(let d)):
            p.storeBytes(of: d.mantissa, as: Int64.self)
            if k == wideNumber { p.storeBytes(of: Int64(d.scale), toByteOffset: 8, as: Int64.self) }
        case .stored(let t):
            // The store, then the address: read in place without touching the store's count.
            p.initializeMemory(as: TextStore.self, repeating: t.store, count: 1)
            (p + 8).storeBytes(of: t.address, as: UnsafeRawPointer.self)
        }
    }

    @inline(__always) private static func load(kind k: UInt8, at p: UnsafeMutableRawPointer) -> Value {
        switch k {
        case text: .text(p.assumingMemoryBound(to: String.self).pointee)
        case rupiah: .rupiah(p.load(as: Int64.self))
        case target: .target(p.assumingMemoryBound(to: Target.self).pointee)
        case wideNumber: .number(DecimalNumber(mantissa: p.load(as: Int64.self), scale: Int8(truncatingIfNeeded: p.load(fromByteOffset: 8, as: Int64.self))))
        case storedText: .text(String(decoding: storedBytes(at: p), as: UTF8.self))
        default: .number(DecimalNumber(mantissa: p.load(as: Int64.self), scale: Int8(k &- number0)))
        }
    }

    /// The value as the slots keep it: a stored text stays one.
    @inline(__always) private static func loadSlot(kind k: UInt8, at p: UnsafeMutableRawPointer) -> SlotValue {
        k == storedText
            ? .stored(p.assumingMemoryBound(to: TextStore.self).pointee.unsafeText(at: (p + 8).load(as: UnsafeRawPointer.self)))
            : .value(load(kind: k, at: p))
    }

    /// The bytes of the stored text at `p`, valid while the slots live.
    @inline(__always) private static func storedBytes(at p: UnsafeMutableRawPointer) -> UnsafeBufferPointer<UInt8> {
        StoredText.bytes(at: (p + 8).load(as: UnsafeRawPointer.self))
    }

    /// The bytes of the value at `i` when it is a stored text, else nil; valid while the slots live.
    func storedBytes(at i: Int) -> UnsafeBufferPointer<UInt8>? {
        withUnsafeMutablePointerToElements { e in
            let raw = UnsafeMutableRawPointer(e)
            guard raw.load(fromByteOffset: i, as: UInt8.self) == Self.storedText else { return nil }
            return Self.storedBytes(at: raw + word(of: i, raw) &* 8)
        }
    }

    @inline(__always) private static func destroy(kind k: UInt8, at p: UnsafeMutableRawPointer) {
        if k == text {
            p.assumingMemoryBound(to: String.self).deinitialize(count: 1)
        } else if k == target {
            p.assumingMemoryBound(to: Target.self).deinitialize(count: 1)
        } else if k == storedText {
            p.assumingMemoryBound(to: TextStore.self).deinitialize(count: 1)
        }
    }

    deinit {
        let n = header.keys.count
        withUnsafeMutablePointerToElements { e in
            let raw = UnsafeMutableRawPointer(e)
            var w = Self.tagWords(n)
            for i in 0..<n {
                let k = raw.load(fromByteOffset: i, as: UInt8.self)
                Self.destroy(kind: k, at: raw + w &* 8)
                w &+= Self.words(k)
            }
        }
    }

    /// Where the value at `i` starts, in words.
    @inline(__always) private func word(of i: Int, _ raw: UnsafeMutableRawPointer) -> Int {
        var w = Self.tagWords(header.keys.count)
        for j in 0..<i { w &+= Self.words(raw.load(fromByteOffset: j, as: UInt8.self)) }
        return w
    }

    func value(at i: Int) -> Value {
        withUnsafeMutablePointerToElements { e in
            let raw = UnsafeMutableRawPointer(e)
            return Self.load(kind: raw.load(fromByteOffset: i, as: UInt8.self), at: raw + word(of: i, raw) &* 8)
        }
    }

    /// The value at `i`, which starts at `word`, and the words it takes (for reading in order).
    func value(at i: Int, word: Int) -> (Value, Int) {
        withUnsafeMutablePointerToElements { e in
            let raw = UnsafeMutableRawPointer(e)
            let k = raw.load(fromByteOffset: i, as: UInt8.self)
            return (Self.load(kind: k, at: raw + word &* 8), Self.words(k))
        }
    }

    var allValues: [Value] { allSlotValues.map(\.value) }

    /// The values as the slots keep them, for slots made again with one changed.
    var allSlotValues: [SlotValue] {
        var out: [SlotValue] = []
        out.reserveCapacity(header.keys.count)
        withUnsafeMutablePointerToElements { e in
            let raw = UnsafeMutableRawPointer(e)
            var w = Self.tagWords(header.keys.count)
            for i in 0..<header.keys.count {
                let k = raw.load(fromByteOffset: i, as: UInt8.self)
                out.append(Self.loadSlot(kind: k, at: raw + w &* 8))
                w &+= Self.words(k)
            }
        }
        return out
    }

    /// Replaces the value at `i` in place when the new one takes as many words; false otherwise.
    /// Only for slots no other row holds.
    func replace(at i: Int, with v: SlotValue) -> Bool {
        let k = Self.kind(v)
        return withUnsafeMutablePointerToElements { e in
            let raw = UnsafeMutableRawPointer(e)
            let old = raw.load(fromByteOffset: i, as: UInt8.self)
            guard Self.words(old) == Self.words(k) else { return false }
            let p = raw + word(of: i, raw) &* 8
            Self.destroy(kind: old, at: p)
            Self.put(v, kind: k, at: p)
            raw.storeBytes(of: k, toByteOffset: i, as: UInt8.self)
            return true
        }
    }

    /// Sets `v` after the values, with `shape` (these keys and one more), when there is room for
    /// it and for its kind's byte; false otherwise. Only for slots no other row holds.
    func append(_ v: SlotValue, shape: KeyShape) -> Bool {
        let n = header.keys.count
        guard Self.tagWords(n + 1) == Self.tagWords(n) else { return false }
        let k = Self.kind(v)
        return withUnsafeMutablePointerToElements { e in
            let raw = UnsafeMutableRawPointer(e)
            let used = word(of: n, raw)
            guard used + Self.words(k) <= capacity else { return false }
            Self.put(v, kind: k, at: raw + used &* 8)
            raw.storeBytes(of: k, toByteOffset: n, as: UInt8.self)
            header = shape
            return true
        }
    }
}

/// A value as a row's slots keep it: a `Value`, or a text that a reader kept in a `TextStore`
/// (the texts of a 100,000-row sheet, kept there once, not in a string each).
enum SlotValue {
    case value(Value)
    case stored(StoredText)

    var value: Value {
        switch self {
        case .value(let v): v
        case .stored(let t): .text(t.string)
        }
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
