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

/// One cell or row setting of the table body, as the renderer decides it. Deciding (formulas,
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

/// Decided cells on their way to the workbook: plain records, and their texts as NUL-terminated
/// bytes in one buffer. The writing thread passes pointers into that buffer to libxlsxwriter and
/// frees a batch at once, without a retain, release or bridge per cell (a 100,000-row table has
/// 1.2 million cells, and the writing thread is the one the whole write waits for).
struct CellBatch {
    enum Kind: UInt8 { case text, number, blank, formula, formulaText, height, comment }
    struct Record {
        var row: Int32
        var column: Int32
        var kind: Kind
        /// A table look key (>= 0), or -1 - the index of a look in `customLooks`.
        var look: Int32
        var number: Double
        /// Offsets of texts in `bytes` (the text or formula, and a formula's cached text).
        var text: Int32
        var text2: Int32
    }

    private(set) var records: [Record] = []
    private(set) var bytes: [UInt8] = [0]  // offset 0: the empty text
    private(set) var customLooks: [CellFormat] = []
    private(set) var comments: [String] = []

    init(capacity: Int = 0) {
        records.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 24)
    }

    var isEmpty: Bool { records.isEmpty }

    mutating func removeAll() {
        records.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        bytes.append(0)
        customLooks.removeAll()
        comments.removeAll()
    }

    private mutating func store(_ s: String) -> Int32 {
        if s.isEmpty { return 0 }
        let at = Int32(bytes.count)
        bytes.append(contentsOf: XLSXWorkbookWriter.clipped(s).utf8)
        bytes.append(0)
        return at
    }

    private mutating func look(_ l: CellLook) -> Int32 {
        switch l {
        case .table(let key): return Int32(key)
        case .custom(let f):
            customLooks.append(f)
            return -Int32(customLooks.count)
        }
    }

    /// A text cell, or a blank one (with its borders) for an empty text.
    // Inlined, as `append`: the cell is then stored without an operation value made and
    // destroyed for it (a million cells of a large body).
    @inline(__always) mutating func text(_ s: String, _ r: Int, _ c: Int, _ look: CellLook) {
        append(s.isEmpty ? .blank(r, c, look) : .text(r, c, s, look))
    }

    @inline(__always) mutating func append(_ op: CellOp) {
        var rec = Record(row: 0, column: 0, kind: .blank, look: 0, number: 0, text: 0, text2: 0)
        switch op {
        case let .text(r, c, s, l): rec = Record(row: Int32(r), column: Int32(c), kind: .text, look: look(l), number: 0, text: store(s), text2: 0)
        case let .number(r, c, x, l): rec = Record(row: Int32(r), column: Int32(c), kind: .number, look: look(l), number: x, text: 0, text2: 0)
        case let .blank(r, c, l): rec = Record(row: Int32(r), column: Int32(c), kind: .blank, look: look(l), number: 0, text: 0, text2: 0)
        case let .formula(r, c, f, x, l): rec = Record(row: Int32(r), column: Int32(c), kind: .formula, look: look(l), number: x, text: store(f), text2: 0)
        case let .formulaText(r, c, f, t, l): rec = Record(row: Int32(r), column: Int32(c), kind: .formulaText, look: look(l), number: 0, text: store(f), text2: store(t))
        case let .height(r, h): rec = Record(row: Int32(r), column: 0, kind: .height, look: 0, number: h, text: 0, text2: 0)
        case let .comment(r, c, t):
            comments.append(t)
            rec = Record(row: Int32(r), column: Int32(c), kind: .comment, look: 0, number: 0, text: Int32(comments.count - 1), text2: 0)
        }
        records.append(rec)
    }
}

extension TableRenderer {
    /// Writes the planned rows from sheet row `first` on, in the two passes of `BodyPass`. A large
    /// table is decided on another thread in batches while this one writes the batches before it.
    func writeBody(_ plan: [Planned], first: Int, sheet: XLSXSheetWriter, notes: [Int: [String: [CellNote]]]) throws {
        let batch = Self.bodyBatch
        guard plan.count >= 4 * batch, ProcessInfo.processInfo.environment["RENJA_SEQUENTIAL"] == nil else {
            // Decided and written on this thread: the other core is free from now on.
            onBodyDecided?()
            var ops = CellBatch(capacity: batch * 12)
            for pass in [BodyPass.values, .derived] {
                for start in stride(from: 0, to: plan.count, by: batch) {
                    ops.removeAll()
                    decide(plan, start..<min(start + batch, plan.count), first: first, notes: notes, pass: pass, into: &ops)
                    try execute(ops, on: sheet)
                }
            }
            return
        }
        let queue = Handoff<CellBatch>(capacity: 4)  // batches between the deciding and the writing thread
        let work = DecideWork(renderer: self, plan: plan, first: first, notes: notes, queue: queue)
        let thread = Thread { work.run() }
        thread.stackSize = 1 << 22
        thread.start()
        defer { queue.close() }  // a failed write stops the deciding thread
        while let ops = queue.pop() { try execute(ops, on: sheet) }
    }

    /// Plan items per batch of decided cells: a few milliseconds of writing.
    static let bodyBatch = 1_000

    /// Decides `pass` over the whole plan in batches and hands them to `queue`, in order; false
    /// when the writing thread gave up.
    func push(_ pass: BodyPass, of plan: [Planned], first: Int, notes: [Int: [String: [CellNote]]], to queue: Handoff<CellBatch>) -> Bool {
        let batch = Self.bodyBatch
        for start in stride(from: 0, to: plan.count, by: batch) {
            var ops = CellBatch(capacity: batch * 12)
            decide(plan, start..<min(start + batch, plan.count), first: first, notes: notes, pass: pass, into: &ops)
            guard queue.push(ops) else { return false }
        }
        return true
    }

    /// The cells of `pass` of plan items `range`, appended to `ops`. Reads the model and the
    /// derivation only (footer rows are all derived).
    func decide(_ plan: [Planned], _ range: Range<Int>, first: Int, notes: [Int: [String: [CellNote]]], pass: BodyPass, into ops: inout CellBatch) {
        let d = pass == .derived ? derivation : nil
        for offset in range {
            let r = first + offset
            switch plan[offset] {
            case .row(let i): writeRow(i, model.rows[i], at: r, notes: notes[i] ?? [:], pass: pass, derivation: d, into: &ops)
            case .footer(let f, let rows): if let d { writeFooter(f, over: rows, at: r, derivation: d, into: &ops) }
            }
        }
    }

    /// Writes decided cells to the sheet, in order (formats are made in the order of first use).
    func execute(_ batch: CellBatch, on sheet: XLSXSheetWriter) throws {
        try batch.bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            try batch.records.withUnsafeBufferPointer { records in
                for rec in records {
                    let r = Int(rec.row), c = Int(rec.column)
                    var look: FormatHandle {
                        rec.look >= 0 ? format(forKey: Int(rec.look)) : workbook!.handle(batch.customLooks[Int(-1 - rec.look)])
                    }
                    switch rec.kind {
                    case .text: try sheet.write(r, c, cText: base + Int(rec.text), look)
                    case .number: try sheet.write(r, c, number: rec.number, look)
                    case .blank: try sheet.writeBlank(r, c, look)
                    case .formula: try sheet.write(r, c, cFormula: base + Int(rec.text), cached: rec.number, look)
                    case .formulaText: try sheet.write(r, c, cFormula: base + Int(rec.text), cachedText: base + Int(rec.text2), look)
                    case .height: try sheet.setRow(r, height: rec.number)
                    case .comment: try sheet.comment(r, c, batch.comments[Int(rec.text)])
                    }
                }
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
    let queue: Handoff<CellBatch>

    init(renderer: TableRenderer, plan: [TableRenderer.Planned], first: Int, notes: [Int: [String: [CellNote]]], queue: Handoff<CellBatch>) {
        self.renderer = renderer
        self.plan = plan
        self.first = first
        self.notes = notes
        self.queue = queue
    }

    func run() {
        for pass in [TableRenderer.BodyPass.values, .derived] {
            guard renderer.push(pass, of: plan, first: first, notes: notes, to: queue) else { return }
        }
        queue.finish()
        renderer.onBodyDecided?()
    }
}
