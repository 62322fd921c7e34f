import Foundation
import RenjaModel
import SheetIO

/// Maps the body of a large sheet on a thread of its own while the sheet is still being parsed:
/// the other core maps while this one parses, and the grid is never whole in memory.
///
/// Mapping that early means assuming what is only known at the end, and checking it there
/// (`RowMapper.finishSpeculation`):
/// - the header is found from the sheet's first rows without its merges, which the sheet
///   declares after its rows; the mapping is kept when the header found with them maps the
///   same columns from the same row;
/// - a column's notation is the one its text cells prove so far; kept when every separated
///   text was read with the notation the whole column proves;
/// - a line standing alone is a running title when it came back so far; kept when every such
///   answer is the whole body's.
/// A sheet whose header says thousands of rupiah, or that looks like a SIPD export, or whose
/// header is not found, is not mapped early: its rows are kept as the grid, as without a sink.
/// When a check fails the caller reads the file again the ordinary way (`ModelReader`).
final class MappingWhileReading: SheetRowSink, @unchecked Sendable {
    /// How many first rows the header is looked for in (`HeaderBlock.find` scans as many).
    static let headRows = 80
    /// Rows are handed to the mapping thread in batches: one lock per batch, not per row.
    private static let batchSize = 256

    let part: SheetPart
    private let catalog: TemplateCatalog
    private let nomenklatur: NomenclatureLookup?
    private let options: ReadOptions
    private let handoff = Handoff<[SheetRow]>(capacity: 8)
    private var batch: [SheetRow] = []
    private let done = DispatchSemaphore(value: 0)

    // The mapping thread's until `done` is signalled; the caller's after `wait()`.
    private var head: [SheetRow] = []
    private var rest: [SheetRow] = []
    private var mapper: RowMapper?
    private var gaveUp = false
    /// The header found early and how it matched each kind.
    private var early: (block: HeaderBlock, matches: [ColumnMatch])?

    init(_ part: SheetPart, catalog: TemplateCatalog, nomenklatur: NomenclatureLookup?, options: ReadOptions) {
        self.part = part
        self.catalog = catalog
        self.nomenklatur = nomenklatur
        self.options = options
        batch.reserveCapacity(Self.batchSize)
        DispatchQueue.global().async { self.work() }
    }

    // MARK: Parsing thread

    func take(_ row: SheetRow) {
        batch.append(row)
        if batch.count == Self.batchSize { handOn() }
    }

    func finish(merges: [CellRange]?) {
        guard merges != nil else {
            // The read failed: the mapping stops where it is, nobody waits for it.
            handoff.close()
            return
        }
        if !batch.isEmpty { handOn() }
        handoff.finish()
    }

    private func handOn() {
        _ = handoff.push(batch)
        batch = []
        batch.reserveCapacity(Self.batchSize)
    }

    // MARK: Mapping thread

    private func work() {
        while let rows = handoff.pop() {
            for r in rows { consume(r) }
        }
        if mapper == nil && !gaveUp { decide() }
        done.signal()
    }

    private func consume(_ r: SheetRow) {
        // Optional chaining maps in place; testing `mapper != nil` copied the whole mapper (its rows,
        // findings and tables) and dropped the copy again, for every row.
        if mapper?.mapWhileReading(r) != nil { return }
        if gaveUp {
            rest.append(r)
        } else {
            head.append(r)
            if head.count == Self.headRows { decide() }
        }
    }

    /// Finds the header in the first rows, as `TableReader` would without merges, and starts mapping.
    private func decide() {
        let sheet = Sheet(name: part.name, rows: head, merges: [], isHidden: part.isHidden)
        let score: (String) -> Int = { ColumnMatcher.headerScore($0, catalog: self.catalog) }
        guard SIPDReader.read(sheet: sheet) == nil, let block = HeaderBlock.find(in: head, merges: [], score: score) else {
            gaveUp = true
            return
        }
        let matches = TableReader.matches(block, sheetName: part.name, catalog: catalog, options: options)
        guard let match = matches.max(by: { $0.score < $1.score }), match.keys.count >= 2 else {
            gaveUp = true
            return
        }
        early = (block, matches)
        var above = sheet
        _ = RowMapper.takeBody(of: &above, from: block.bodyStart)
        var m = RowMapper(spec: catalog.spec(match.kind), match: match, block: block, sheet: above, source: .xlsx, nomenklatur: nomenklatur)
        // Amounts in thousands are decided by the largest amount of the whole body: not guessed.
        guard m.thousandsColumns().isEmpty else {
            gaveUp = true
            return
        }
        m.startSpeculation()
        for r in head where r.index >= block.bodyStart { m.mapWhileReading(r) }
        mapper = m
    }

    // MARK: Caller

    /// Waits for the mapping thread, then gives the sheet its rows: all of them when it was not
    /// mapped early, else its first rows (where its header is looked for again).
    func wait(restoring wb: inout Workbook) {
        done.wait()
        wb.sheets[part.index].rows = gaveUp ? head + rest : head
        rest = []
    }

    /// How the header matched each kind, when it is the header found early.
    func matches(of block: HeaderBlock) -> [ColumnMatch]? {
        guard let early, early.block == block else { return nil }
        return early.matches
    }

    /// The mapping made while reading, once (nil when none was made).
    func takeMapper() -> RowMapper? {
        defer { mapper = nil }
        return mapper
    }
}

/// What a mapping made while its sheet was read assumed about the whole body, checked at the end.
struct Speculation {
    let columns: [RowMapper.NotationColumn]
    var counts: RowMapper.NotationCounts
    /// Lines standing alone outside the name columns, counted.
    var singles: [String: Int] = [:]
    /// Each line asked about as a running title, with the answers given (whether it had come back so far).
    var repeatedAnswers: [String: Set<Bool>] = [:]
    /// The notations separated texts were read with, by column key.
    var notationsUsed: [String: Set<NumberText.Notation?>] = [:]
    let signature: [Int: [String]]
    /// A signature block ended the table: later rows are only counted, as the whole body is.
    var ended = false
}

extension RowMapper {
    mutating func startSpeculation() {
        let columns = notationColumns()
        speculation = Speculation(columns: columns, counts: NotationCounts(repeating: (id: 0, en: 0), count: columns.count),
                                  signature: headerSignature())
        speculating = true
    }

    /// One body row, in sheet order: counted for the whole-body decisions, then mapped with what
    /// they say so far.
    mutating func mapWhileReading(_ r: SheetRow) {
        guard speculating else { return }
        for (n, c) in speculation!.columns.enumerated() {
            guard let proven = Self.provenNotation(r, c) else { continue }
            if proven == .indonesian { speculation!.counts[n].id += 1 } else { speculation!.counts[n].en += 1 }
            let now = Self.majority(speculation!.counts[n])
            if notation[c.key] != now {
                notation[c.key] = now
                // Target texts read with the notation before are read again with this one.
                targetValues = [:]
            }
        }
        if let t = Self.singleText(r, uraianColumns: uraianColumns) {
            speculation!.singles[t, default: 0] += 1
            if speculation!.singles[t] == 2 { repeatedSingles.insert(t) }
        }
        if speculation!.ended { return }
        if mapOne(r, signature: speculation!.signature) { speculation!.ended = true }
    }

    /// Whether a header found again (with the sheet's merges) maps the body as the one it was mapped with.
    func mapsTheSame(as block: HeaderBlock, _ match: ColumnMatch) -> Bool {
        match.kind == self.match.kind && match.variant.id == self.match.variant.id && match.keys == self.match.keys
            && match.kodeColumns == self.match.kodeColumns && block.bodyStart == self.block.bodyStart
            && block.headerRows == self.block.headerRows && block.titleLines == self.block.titleLines
    }

    /// The model of a body mapped while its sheet was read, with the header found again and the
    /// findings in the order of a mapping after reading; nil when an assumption does not hold.
    mutating func finishSpeculation(block: HeaderBlock, match: ColumnMatch, sheet: Sheet) -> ReadResult? {
        guard let sp = speculation else { return nil }
        speculation = nil
        speculating = false
        self.block = block
        self.match = match
        self.sheet = sheet
        let repeated = Set(sp.singles.filter { $0.value >= 2 }.map(\.key))
        for (line, answers) in sp.repeatedAnswers where answers != [repeated.contains(line)] { return nil }
        if !thousandsColumns().isEmpty { return nil }
        let mapped = findings
        findings = []
        notation = [:]
        decideNotations(sp.counts, sp.columns)
        for (key, used) in sp.notationsUsed where used != [notation[key]] { return nil }
        repeatedSingles = repeated
        let meta = decideMeta()
        findings += mapped
        return finish(meta: meta)
    }
}
