import Foundation

/// Tolerant comparison of nomenclature names as typed in sheets: case, spacing, slash spacing and
/// punctuation do not matter; small misspellings ("Pemunjang", "Fasilitas Kunjungan Tamu") are close;
/// words that change the meaning (provinsi vs kabupaten/kota) are never close.
public enum NameMatching {
    public static func normalize(_ s: String, dropLevelWord: Bool = false) -> String {
        var out = asciiNormalized(s) ?? unicodeNormalized(s)
        if dropLevelWord {
            for w in ["sub kegiatan ", "subkegiatan ", "kegiatan ", "program "] where out.hasPrefix(w) {
                out.removeFirst(w.count); break
            }
        }
        return out
    }

    /// The same for ASCII text, byte by byte (nearly every name; the nomenclature and every row).
    static func asciiNormalized(_ s: String) -> String? {
        var copy = s
        return copy.withUTF8 { b -> String? in
            var out = [UInt8]()
            out.reserveCapacity(b.count)
            var lastSpace = true
            for c in b {
                if c >= 0x80 { return nil }
                let lower = c >= 0x41 && c <= 0x5A ? c + 32 : c
                let alnum = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
                if lower == 0x2F {
                    if out.last == 0x20 { out.removeLast() }
                    out.append(0x2F); lastSpace = true
                } else if alnum {
                    out.append(lower); lastSpace = false
                } else if !lastSpace {
                    out.append(0x20); lastSpace = true
                }
            }
            while out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func unicodeNormalized(_ s: String) -> String {
        var out = ""
        var lastSpace = true
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "/" {
                if ch == "/" { if out.hasSuffix(" ") { out.removeLast() }; out.append("/"); lastSpace = true; continue }
                out.append(ch); lastSpace = false
            } else if !lastSpace {
                out.append(" "); lastSpace = true
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// Levenshtein distance over Unicode scalars, two rows. ASCII names (nearly all, once
    /// normalised) are compared as bytes, without an array of scalars for each.
    public static func distance(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        if let d = a.withUTF8({ x in b.withUTF8 { y in asciiDistance(x, y) } }) { return d }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        return x.withUnsafeBufferPointer { x in y.withUnsafeBufferPointer { y in table(x, y) } }
    }

    /// The distance of two ASCII texts, or nil when either is not ASCII (scalars then differ from bytes).
    static func asciiDistance(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !x.contains(where: { $0 >= 0x80 }), !y.contains(where: { $0 >= 0x80 }) else { return nil }
        return table(x, y)
    }

    /// The full table of edit distances, one row at a time.
    static func table<T: Equatable>(_ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        let m = y.count
        // One row of the table, updated in place: `diagonal` holds the cell above-left, `left` the
        // cell just computed (32-bit cells: names are short, and the row stays in the cache).
        let row = UnsafeMutableBufferPointer<Int32>.allocate(capacity: m + 1)
        defer { row.deallocate() }
        for j in 0...m { row[j] = Int32(j) }
        for i in 1...x.count {
            let xi = x[i - 1]
            var diagonal = row[0], left = Int32(i)
            row[0] = left
            for j in 1...m {
                let up = row[j]
                let substitute = diagonal &+ (xi == y[j - 1] ? 0 : 1)
                left = Swift.min(substitute, Swift.min(up, left) &+ 1)
                row[j] = left
                diagonal = up
            }
        }
        return Int(row[m])
    }

    public static func similarity(_ a: String, _ b: String) -> Double {
        let m = max(a.unicodeScalars.count, b.unicodeScalars.count)
        return m == 0 ? 1 : 1 - Double(distance(a, b)) / Double(m)
    }

    /// Words whose difference changes the item (government level).
    static let distinguishing = ["provinsi", "kabupaten", "kota"]

    /// Close: nearly the same letters and no distinguishing word on one side only.
    public static func isClose(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let allowed = max(2, max(a.count, b.count) / 12)
        // The distance (over scalars) is at least the difference in scalar count: most of a
        // nomenclature is ruled out here, before any word or letter is compared.
        if abs(a.unicodeScalars.count - b.unicodeScalars.count) > allowed { return false }
        let wa = Set(a.split(whereSeparator: { $0 == " " || $0 == "/" }).map(String.init))
        let wb = Set(b.split(whereSeparator: { $0 == " " || $0 == "/" }).map(String.init))
        for w in distinguishing where wa.contains(w) != wb.contains(w) { return false }
        return distance(a, b, atMost: allowed) <= allowed
    }

    /// The edit distance when it is at most `limit`, otherwise `limit + 1`: only the band of the
    /// table within `limit` of its diagonal is computed (Ukkonen), and it stops once the whole band
    /// is past the limit.
    public static func distance(_ a: String, _ b: String, atMost limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let n = x.count, m = y.count
        let over = limit + 1
        if abs(n - m) > limit { return over }
        if n == 0 { return m }
        if m == 0 { return n }
        var prev = [Int](repeating: over, count: m + 1), cur = [Int](repeating: over, count: m + 1)
        for j in 0...min(m, limit) { prev[j] = j }
        for i in 1...n {
            let lo = max(1, i - limit), hi = min(m, i + limit)
            cur[lo - 1] = lo == 1 ? (i <= limit ? i : over) : over
            var best = cur[lo - 1]
            for j in lo...hi {
                let v = min(prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1)
                cur[j] = v
                if v < best { best = v }
            }
            if hi < m { cur[hi + 1] = over }
            if best > limit { return over }
            swap(&prev, &cur)
        }
        return min(prev[m], over)
    }
}
