import Foundation
import Layouts
import RenjaModel
import SheetIO

/// The look of a body cell: a table look by key (`TableRenderer.formatKey`), or a look of its own
/// (footer rows).
enum CellLook {
    case table(Int)
    case custom(CellFormat)
}

/// One cell or row setting of the table body, as the renderer decided it. Deciding (formulas,
/// cached values, texts) and writing (libxlsxwriter) are separate steps, so that on a large table
/// they run on two cores while the cells still reach the workbook in the order decided.
enum CellOp {
    case text(Int, Int, String, CellLook)
    case number(Int, Int, Double, CellLook)
    case blank(Int, Int, CellLook)
    case formula(Int, Int, String, Double, CellLook)
    case formulaText(Int, Int, String, String, CellLook)
    case height(Int, Double)
    case comment(Int, Int, String)
}

extension Array where Element == CellOp {
    /// A text cell, or a blank one (with its borders) for an empty text.
    mutating func text(_ s: String, _ r: Int, _ c: Int, _ look: CellLook) {
        append(s.isEmpty ? .blank(r, c, look) : .text(r, c, s, look))
    }
}

extension TableRenderer {
    /// Writes the planned rows from sheet row `first` on. A large table is decided on another
    /// thread in batches while this one writes the batches before it.
    func writeBody(_ plan: [Planned], first: Int, sheet: XLSXSheetWriter, notes: [Int: [String: [CellNote]]]) throws {
        let batch = 1_000
        guard plan.count >= 4 * batch, ProcessInfo.processInfo.environment["RENJA_SEQUENTIAL"] == nil else {
            // Decided and written on this thread: the other core is free from now on.
            onBodyDecided?()
            var ops: [CellOp] = []
            for start in stride(from: 0, to: plan.count, by: batch) {
                ops.removeAll(keepingCapacity: true)
                decide(plan, start..<min(start + batch, plan.count), first: first, notes: notes, into: &ops)
                try execute(ops, on: sheet)
            }
            return
        }
        let queue = BatchQueue(capacity: 4)
        let work = DecideWork(renderer: self, plan: plan, first: first, notes: notes, batch: batch, queue: queue)
        let thread = Thread { work.run() }
        thread.stackSize = 1 << 22
        thread.start()
        defer { queue.close() }  // a failed write stops the deciding thread
        while let ops = queue.pop() { try execute(ops, on: sheet) }
    }

    /// The cells of plan items `range`, appended to `ops`. Reads the model and the derivation only.
    func decide(_ plan: [Planned], _ range: Range<Int>, first: Int, notes: [Int: [String: [CellNote]]], into ops: inout [CellOp]) {
        for offset in range {
            let r = first + offset
            switch plan[offset] {
            case .row(let i): writeRow(i, at: r, notes: notes[i] ?? [:], into: &ops)
            case .footer(let f, let rows): writeFooter(f, over: rows, at: r, into: &ops)
            }
        }
    }

    /// Writes decided cells to the sheet, in order (formats are made in the order of first use).
    func execute(_ ops: [CellOp], on sheet: XLSXSheetWriter) throws {
        func handle(_ look: CellLook) -> FormatHandle {
            switch look {
            case .table(let key): format(forKey: key)
            case .custom(let f): workbook!.handle(f)
            }
        }
        for op in ops {
            switch op {
            case let .text(r, c, s, look): try sheet.write(r, c, text: s, handle(look))
            case let .number(r, c, x, look): try sheet.write(r, c, number: x, handle(look))
            case let .blank(r, c, look): try sheet.writeBlank(r, c, handle(look))
            case let .formula(r, c, f, x, look): try sheet.write(r, c, formula: f, cached: x, handle(look))
            case let .formulaText(r, c, f, t, look): try sheet.write(r, c, formula: f, cachedText: t, handle(look))
            case let .height(r, h): try sheet.setRow(r, height: h)
            case let .comment(r, c, t): try sheet.comment(r, c, t)
            }
        }
    }
}

/// Deciding the body's batches on their own thread (the renderer is only read there).
private final class DecideWork: @unchecked Sendable {
    let renderer: TableRenderer
    let plan: [TableRenderer.Planned]
    let first: Int
    let notes: [Int: [String: [CellNote]]]
    let batch: Int
    let queue: BatchQueue

    init(renderer: TableRenderer, plan: [TableRenderer.Planned], first: Int, notes: [Int: [String: [CellNote]]], batch: Int, queue: BatchQueue) {
        self.renderer = renderer
        self.plan = plan
        self.first = first
        self.notes = notes
        self.batch = batch
        self.queue = queue
    }

    func run() {
        for start in stride(from: 0, to: plan.count, by: batch) {
            var ops: [CellOp] = []
            ops.reserveCapacity(batch * 16)
            renderer.decide(plan, start..<min(start + batch, plan.count), first: first, notes: notes, into: &ops)
            guard queue.push(ops) else { return }
        }
        queue.finish()
        renderer.onBodyDecided?()
    }
}

/// Batches between the deciding thread and the writing one; at most `capacity` wait in between.
private final class BatchQueue: @unchecked Sendable {
    private let lock = NSCondition()
    private var batches: [[CellOp]] = []
    private var finished = false, closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// False when the writer gave up: the decider stops.
    func push(_ ops: [CellOp]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        while batches.count >= capacity && !closed { lock.wait() }
        if closed { return false }
        batches.append(ops)
        lock.broadcast()
        return true
    }

    func finish() {
        lock.lock()
        finished = true
        lock.broadcast()
        lock.unlock()
    }

    /// The next batch; nil once all were taken.
    func pop() -> [CellOp]? {
        lock.lock()
        defer { lock.unlock() }
        while batches.isEmpty && !finished && !closed { lock.wait() }
        if batches.isEmpty { return nil }
        let b = batches.removeFirst()
        lock.broadcast()
        return b
    }

    func close() {
        lock.lock()
        closed = true
        lock.broadcast()
        lock.unlock()
    }
}
