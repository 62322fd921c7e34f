import Foundation

/// A large model written by renja, read on a thread of its own with its rows handed on in
/// chunks as they are read: a workbook writer puts the first rows into the sheet while the last
/// are still being read (the 80 MB of a 100,000-row model take a fifth of a second to read,
/// which the writing would otherwise wait for).
///
/// The rows keep their order. The whole model (`model()`) is the one `ModelJSON.decode` gives
/// for the same bytes, and a document that fails gives its error there.
public final class ModelStream: @unchecked Sendable {
    /// Rows per chunk: a writer's batch, read in a few milliseconds.
    public static let chunkSize = 1_024
    /// Below this a document is read at once: it takes no longer than starting a thread.
    public static let minimumBytes = 8 << 20

    private let state = NSCondition()
    private var headModel: TableModel?
    private var headKnown = false
    /// Chunks published and not yet handed out (each is handed out once, then let go here).
    private var chunks: [[Row]] = []
    private var published = 0
    private var handedOut = 0
    /// Every row read, in order: the whole model's rows, built by the reading thread alone (in
    /// the memory it frees the handed-out chunks into; joining the chunks at the end took 10 MB
    /// more for 100,000 rows, in another thread's arena).
    private var all: [Row] = []
    private var finished = false
    private var result: Result<TableModel, Error>?
    private var whole: TableModel?
    /// See `start`; called on the reading thread.
    private var release: (@Sendable (Int) -> Void)?

    private init() {}

    /// Starts reading `data` when it is a model written by renja (it names its version and
    /// table before its rows) of at least `minimumBytes`; nil otherwise (read it with
    /// `ModelJSON.decode`). `types` as for `decode`.
    /// `release`, when given, is told how many bytes of `data` the reading is done with, as it
    /// goes: their memory may be given back (the document's text is read once, front to back).
    public static func start(_ data: Data, minimumBytes: Int = ModelStream.minimumBytes,
                             release: (@Sendable (Int) -> Void)? = nil,
                             types: @escaping @Sendable (TableKind, String) -> ModelJSON.ValueKind) -> ModelStream? {
        guard data.count >= minimumBytes,
              data.withUnsafeBytes({ ModelJSON.Decoder.isWrittenByRenja($0.bindMemory(to: UInt8.self)) }) else { return nil }
        let stream = ModelStream()
        stream.release = release
        // Room for the rows at once (renja writes at least 256 bytes a row); pages not reached
        // are never touched.
        stream.all.reserveCapacity(data.count / 256)
        let thread = Thread { stream.read(data, types: types) }
        thread.stackSize = 1 << 22
        thread.start()
        return stream
    }

    private func read(_ data: Data, types: @escaping (TableKind, String) -> ModelJSON.ValueKind) {
        let outcome: Result<TableModel, Error>
        do {
            outcome = .success(try data.withUnsafeBytes { raw in
                var decoder = ModelJSON.Decoder(types: types)
                decoder.sink = self
                return try decoder.document(JSONValue.Parser(raw.bindMemory(to: UInt8.self)))
            })
        } catch let e as JSONValue.SyntaxError {
            outcome = .failure(ModelJSON.DecodeError(description: "\(e)"))
        } catch {
            outcome = .failure(error)
        }
        release = nil  // the document's memory goes with the last reference to it
        state.lock()
        result = outcome
        finished = true
        headKnown = true
        state.broadcast()
        state.unlock()
    }

    /// The rows are about to come: what the document said before them.
    func begin(_ head: TableModel) {
        state.lock()
        headModel = head
        headKnown = true
        state.broadcast()
        state.unlock()
    }

    /// Rows read, the document's first `consumed` bytes read past.
    func publish(_ rows: [Row], consumed: Int) {
        release?(consumed)
        all.append(contentsOf: rows)
        state.lock()
        chunks.append(rows)
        published += 1
        state.broadcast()
        state.unlock()
    }

    /// The table, layout and meta the document gives before its rows (with no rows); waits until
    /// the rows begin. nil when they never begin as a stream (the document names its table after
    /// them, has none, or fails before them): the whole model is then all there is.
    public func head() -> TableModel? {
        state.lock()
        defer { state.unlock() }
        while !headKnown { state.wait() }
        return headModel
    }

    /// Chunk `k` of the rows (0, 1, 2, ... in order, each asked for once); waits for it. nil when
    /// there is no such chunk: all rows were read, or the reading failed (`model()` tells which).
    public func chunk(_ k: Int) -> [Row]? {
        state.lock()
        defer { state.unlock() }
        precondition(k == handedOut, "chunks are asked for once each, in order")
        while published <= k && !finished { state.wait() }
        if case .failure = result { return nil }
        guard k < published else { return nil }
        let rows = chunks[k]
        chunks[k] = []
        handedOut += 1
        return rows
    }

    /// The whole model, once read: what the document says, its streamed rows in order. Throws
    /// the reading's error.
    public func model() throws -> TableModel {
        state.lock()
        defer { state.unlock() }
        while !finished { state.wait() }
        if let whole { return whole }
        var m = try result!.get()
        if headModel != nil {
            m.rows = all
            all = []
        }
        whole = m
        return m
    }
}
