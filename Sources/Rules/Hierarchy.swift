import RenjaModel

/// The Urusan > Bidang > Program > Kegiatan > Sub Kegiatan (> Rekening) tree over a model's rows.
///
/// A row's parent is the nearest row above it with a smaller depth. Indicator continuation rows
/// belong to the chain row above them; their amounts add to that row's contribution to its parent
/// (S0: "Penyediaan Bahan Logistik Kantor" 4.325.000 + 17.580.000 make the kegiatan total).
/// Total rows sum the top-level rows.
public struct Hierarchy: Sendable {
    /// Row index -> its chain children (row indices, in order).
    public var children: [Int: [Int]] = [:]
    /// Row index -> its indicator continuation rows.
    public var indicators: [Int: [Int]] = [:]
    /// Row index -> its chain parent.
    public var parent = RowIndexMap()
    /// Chain rows without a parent (what a total row sums).
    public var roots: [Int] = []
    /// Total (Jumlah) rows.
    public var totals: [Int] = []

    /// `kodes`: the rows' codes already parsed (relative ones are not used), when known.
    public init(rows: [Row], kodes: [Kode?]? = nil) {
        var stack: [Int] = []  // indices of open chain rows, depth increasing
        var lastChain: Int? = nil
        // The caller's codes are read in place, a relative one passed over where it is met (a
        // filtered copy of them all is 4 MB for 121,000 rows).
        let given = kodes ?? rows.withUnsafeBufferPointer { rows in rows.indices.map { rows[$0].parsedKode } }
        func code(_ i: Int) -> Kode? { given[i].flatMap { $0.isRelative ? nil : $0 } }
        // Rows are read in place (a copy of each would touch all its strings' reference counts).
        for i in rows.indices {
            let level = rows[i].level
            if let d = level.depth {
                while let top = stack.last, let td = rows[top].level.depth, td >= d { stack.removeLast() }
                // With codes, the parent is the nearest open row whose code contains this one: a row
                // whose program or kegiatan row is missing (S0: 2.17.07.2.01.04 without 2.17.07) goes
                // under the bidang, not under whatever happens to stand above it.
                if let k = code(i), let top = stack.last, let tk = code(top), !Self.contains(tk, k) {
                    while let t = stack.last, let c = code(t), !Self.contains(c, k) { stack.removeLast() }
                }
                if let p = stack.last {
                    children[p, default: []].append(i)
                    parent[i] = p
                } else {
                    roots.append(i)
                }
                stack.append(i)
                lastChain = i
            } else if level == .indikator {
                if let l = lastChain { indicators[l, default: []].append(i) }
            } else if level == .total {
                totals.append(i)
            }
        }
    }

    /// True when `child` lies under `parent` (X.XX stands for any bidang, 2- and 4-digit alike).
    static func contains(_ parent: Kode, _ child: Kode) -> Bool {
        guard parent.segments.count < child.segments.count else { return false }
        if child.hasPrefix(parent) { return true }
        let a = child.nomenclatureKey.split(separator: "."), b = parent.nomenclatureKey.split(separator: ".")
        return b.count <= a.count && Array(a.prefix(b.count)) == b && (parent.isPlaceholder || child.isPlaceholder)
    }

    /// Rows whose cells a parent's money cell sums: its children and their indicator rows.
    public func contributors(of i: Int) -> [Int] {
        guard let c = children[i] else { return [] }
        // Most tables have no indicator rows: the children themselves, without a new array.
        if indicators.isEmpty { return c }
        var out: [Int] = []
        out.reserveCapacity(c.count)
        for x in c {
            out.append(x)
            if let more = indicators[x] { out += more }
        }
        return out
    }

    /// Rows a total sums: the top-level rows and their indicator rows.
    public var rootContributors: [Int] { roots.flatMap { [$0] + (indicators[$0] ?? []) } }

    public func isParent(_ i: Int) -> Bool { !(children[i] ?? []).isEmpty }
}
