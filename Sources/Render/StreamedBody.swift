import Foundation
import Layouts
import RenjaModel
import SheetIO

/// Writing a model while it is still being read (`TableRenderer.init(streaming:)`).
///
/// The first pass of the body (`BodyPass.values`: codes, names, texts, inputs) needs each row
/// alone, so it is decided chunk by chunk as the rows are read, and written meanwhile: on a
/// 100,000-row model the writing no longer waits for the reading. Two things are otherwise
/// decided over the whole model, and are guessed here from the first chunk, then checked:
/// - the columns written (`writtenVariant`): a column only a variant has appears when some row
///   has a value for it;
/// - the title block's meta, which a hand-made document may give after its rows.
/// When either turns out different, the workbook begun is dropped and the whole model written
/// as usual. The derived cells come once all rows are read, as for a whole model, so the file
/// is the one the whole model gives, cell for cell.
extension TableRenderer {
    /// Writes the workbook at `temp` as the rows come; false, with `model` whole and nothing
    /// written, when the whole model must be written instead. Throws the reading's error.
    func writeStreamed(to temp: URL) throws -> Bool {
        guard let stream else { return false }
        guard let firstChunk = stream.chunk(0) else {
            model = try stream.model()  // no rows, or an error to tell
            return false
        }
        let head = model
        var used = UsedKeys()
        used.add(firstChunk)
        let variant = writtenVariant(using: used.keys)
        setColumns(of: variant)
        let wb = try XLSXWorkbookWriter(path: temp.path)
        workbook = wb
        defer { workbook = nil; formatCache = [] }
        let sheet = try wb.addSheet(spec.sheet)
        let frame = SheetFrame(spec: spec, variant: variant, meta: head.meta, sheet: sheet, options: options)
        let first = try frame.writeTop()
        precondition(first == firstDataRow)

        let queue = Handoff<CellBatch>(capacity: 4)
        let work = StreamedBodyWork(renderer: self, stream: stream, firstChunk: firstChunk, used: used,
                                    variant: variant.keys, meta: head.meta, first: first, queue: queue)
        let thread = Thread { work.run() }
        thread.stackSize = 1 << 22
        thread.start()
        do {
            defer { queue.close() }  // a failed write stops the deciding thread
            while let ops = queue.pop() { try execute(ops, on: sheet) }
        }
        switch work.outcome {
        case .written(let items)?:
            Timing.mark("write body")
            try finish(wb, frame: frame, lastRow: first + items - 1)
            return true
        case .different?:
            wb.discard()
            formatCache = []
            return false
        case .failed?, nil:
            wb.discard()
            model = try stream.model()
            return false
        }
    }
}

/// The deciding thread of a streamed body: the first pass chunk by chunk, then, once all rows
/// are read, the check of the guesses and the derived pass.
private final class StreamedBodyWork: @unchecked Sendable {
    enum Outcome { case written(Int), different, failed }

    let renderer: TableRenderer
    let stream: ModelStream
    let firstChunk: [Row]
    var used: TableRenderer.UsedKeys
    let variant: [String]
    let meta: Meta
    let first: Int
    let queue: Handoff<CellBatch>
    /// Set before the queue is finished; read by the writing thread after it is.
    var outcome: Outcome?

    init(renderer: TableRenderer, stream: ModelStream, firstChunk: [Row], used: TableRenderer.UsedKeys,
         variant: [String], meta: Meta, first: Int, queue: Handoff<CellBatch>) {
        self.renderer = renderer
        self.stream = stream
        self.firstChunk = firstChunk
        self.used = used
        self.variant = variant
        self.meta = meta
        self.first = first
        self.queue = queue
    }

    func run() {
        let batch = TableRenderer.bodyBatch
        var planner = TableRenderer.RowPlanner(spec: renderer.spec, firstDataRow: renderer.firstDataRow, capacity: 0)
        var k = 0, base = 0, decided = 0
        while let chunk = k == 0 ? firstChunk : stream.chunk(k) {
            if k > 0 { used.add(chunk) }
            planner.add(chunk, from: base)
            // The plan items this chunk added: its rows, and the footers of a program it closed
            // (footers are all derived, so they wait for the second pass).
            let items = planner.items
            var start = decided
            while start < items.count {
                let end = min(start + batch, items.count)
                var ops = CellBatch(capacity: (end - start) * 12)
                for offset in start..<end {
                    guard case .row(let i) = items[offset] else { continue }
                    renderer.writeRow(i, chunk[i - base], at: first + offset, notes: [:], pass: .values, derivation: nil, into: &ops)
                }
                guard queue.push(ops) else { return }
                start = end
            }
            decided = items.count
            base += chunk.count
            k += 1
        }
        guard let whole = try? stream.model() else { return end(.failed) }
        planner.finish(rowCount: whole.rows.count)
        renderer.model = whole
        guard renderer.writtenVariant(using: used.keys).keys == variant, whole.meta == meta else { return end(.different) }
        renderer.sheetRow = planner.sheetRow
        let plan = planner.items
        guard renderer.push(.derived, of: plan, first: first, notes: [:], to: queue) else { return }
        end(.written(plan.count))
        renderer.onBodyDecided?()
    }

    private func end(_ o: Outcome) {
        outcome = o
        queue.finish()
    }
}
