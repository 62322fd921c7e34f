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
    public var parent: [Int: Int] = [:]
    /// Chain rows without a parent (what a total row sums).
    public var roots: [Int] = []
    /// Total (Jumlah) rows.
    public var totals: [Int] = []

    public init(rows: [Row]) {
        var stack: [Int] = []  // indices of open chain rows, depth increasing
        var lastChain: Int? = nil
        for (i, r) in rows.enumerated() {
            if let d = r.level.depth {
                while let top = stack.last, let td = rows[top].level.depth, td >= d { stack.removeLast() }
                if let p = stack.last {
                    children[p, default: []].append(i)
                    parent[i] = p
                } else {
                    roots.append(i)
                }
                stack.append(i)
                lastChain = i
            } else if r.level == .indikator {
                if let l = lastChain { indicators[l, default: []].append(i) }
            } else if r.level == .total {
                totals.append(i)
            }
        }
    }

    /// Rows whose cells a parent's money cell sums: its children and their indicator rows.
    public func contributors(of i: Int) -> [Int] {
        (children[i] ?? []).flatMap { [$0] + (indicators[$0] ?? []) }
    }

    /// Rows a total sums: the top-level rows and their indicator rows.
    public var rootContributors: [Int] { roots.flatMap { [$0] + (indicators[$0] ?? []) } }

    public func isParent(_ i: Int) -> Bool { !(children[i] ?? []).isEmpty }
}
