import Layouts

/// Where each header text of a layout goes: the cells and merged ranges of the multi-row header,
/// computed from each column's header path (templates/README.md, "Header paths").
///
/// A path as long as `header_rows` puts one text per row. A shorter path stretches its first text
/// down, so `["Kode"]` fills the whole header height and `["Target Renstra", "K"]` puts K on the last
/// row. Neighbouring columns that share the same text at the same rows under the same parents are
/// merged into one cell, which is how the grouped headers of the official tables are drawn.
public struct HeaderLayout: Sendable {
    public struct Block: Sendable, Equatable {
        public var text: String
        public var firstRow: Int, lastRow: Int
        public var firstColumn: Int, lastColumn: Int
    }

    public var blocks: [Block]
    public var rows: Int

    public init(paths: [[String]], rows: Int) {
        self.rows = rows
        // Per column: (text, rowStart, rowEnd, identity of the chain above).
        struct Slot: Equatable { var text: String; var r1: Int; var r2: Int; var chain: [String] }
        var grid: [[Slot?]] = Array(repeating: Array(repeating: nil, count: paths.count), count: rows)
        for (c, path) in paths.enumerated() {
            let extra = rows - path.count
            var chain: [String] = []
            for (i, text) in path.enumerated() {
                let r1 = i == 0 ? 0 : i + extra
                let r2 = i == 0 ? extra : i + extra
                chain.append(text)
                grid[r1][c] = Slot(text: text, r1: r1, r2: r2, chain: chain)
            }
        }
        var blocks: [Block] = []
        for r in 0..<rows {
            var c = 0
            while c < paths.count {
                guard let slot = grid[r][c] else { c += 1; continue }
                var end = c
                while end + 1 < paths.count, let next = grid[r][end + 1], next == slot { end += 1 }
                blocks.append(Block(text: slot.text, firstRow: slot.r1, lastRow: slot.r2, firstColumn: c, lastColumn: end))
                c = end + 1
            }
        }
        self.blocks = blocks
    }

    /// Runs of equal, non-empty labels in the column-number row (K and Rp share one number).
    public static func numberRuns(_ labels: [String]) -> [(label: String, first: Int, last: Int)] {
        var runs: [(String, Int, Int)] = []
        var c = 0
        while c < labels.count {
            var end = c
            while end + 1 < labels.count, !labels[c].isEmpty, labels[end + 1] == labels[c] { end += 1 }
            runs.append((labels[c], c, end))
            c = end + 1
        }
        return runs
    }
}
