import Foundation
import Layouts
import RenjaModel
import Rules
import SheetIO

/// A cell comment and fill for a finding (`validate --annotate`).
public struct CellNote: Sendable {
    public var text: String
    public var severity: Severity
    public init(text: String, severity: Severity) {
        self.text = text
        self.severity = severity
    }
}

/// Renders a model into the official layout of its kind: the frame of `SheetFrame`, then the rows
/// in hierarchy order with live formulas for every parent amount (a SUM over exactly its children's
/// cells), every total and every derived column, each written with the value `Rules.Derivation`
/// computed as its cached result, so that programs that do not calculate still see the numbers.
public final class TableRenderer {
    public let spec: TemplateSpec
    /// The model written. For a model still being read (`init(streaming:)`) the rows are here
    /// once all are read, set by the deciding thread before the derived cells are decided.
    @exclusivity(unchecked) public internal(set) var model: TableModel
    /// The rows still being read, when the model is written as it is read.
    let stream: ModelStream?
    /// Whether a write has taken the stream's rows (they come once).
    private var streamUsed = false
    let options: RenderOptions
    private let derived: DerivationSource

    /// The derived values of the model: the cached results of the formulas written.
    public var derivation: Derivation { derived.value }

    /// Called once the writer leaves the other core free: when a large body has been decided on
    /// its own thread (what remains, handing cells to libxlsxwriter and closing the workbook, uses
    /// one core), or at once for a body decided and written on one thread.
    public var onBodyDecided: (@Sendable () -> Void)?

    /// Model row index -> written sheet row (0-based); filled while writing.
    // Set before the body is written, then only read (also by the deciding thread): no runtime
    // access check on each of the million reads.
    @exclusivity(unchecked) public internal(set) var sheetRow = RowIndexMap()
    /// Column key -> written column.
    @exclusivity(unchecked) public private(set) var columnOf: [String: Int] = [:]
    @exclusivity(unchecked) public private(set) var columns: [ColumnSpec] = []
    /// Per written column: whether it is written in the derived pass.
    @exclusivity(unchecked) private(set) var derivedColumns: [Bool] = []
    /// The columns whose text wraps (names, texts, targets), with the characters a line holds.
    /// `isUraian`: the text is the row's name; `indents`: a name column, whose indent narrows it.
    @exclusivity(unchecked) private(set) var wrapColumns: [(index: Int, key: String, isUraian: Bool, indents: Bool, width: Int)] = []
    /// Whether a derived column holds text that may wrap (then the derived pass may raise a row).
    @exclusivity(unchecked) private(set) var derivedTextColumns = false
    /// Per written column, what each body cell asks of it, read once (a column's properties
    /// are read through an access check each time, and a large body has a million cells).
    @exclusivity(unchecked) private(set) var facts: [ColumnFacts] = []

    struct ColumnFacts {
        let key: String
        let isKode: Bool, isKodeKey: Bool, isUraian: Bool
        /// Whether the derivation may give the column a formula of its own.
        let mayHaveExpression: Bool
        /// A parent's cell is the SUM of its children's.
        let sums: Bool
    }

    /// `derivation`: the one the validator already computed for this model, when there is one
    /// (the same computation; doing it twice costs a tenth of a small file's run). Without one it
    /// is computed when the body's derived cells are decided, after the others.
    public init(model: TableModel, spec: TemplateSpec, options: RenderOptions, derivation: Derivation? = nil) {
        self.spec = spec
        self.model = model
        self.derived = DerivationSource(derivation.map { d in { d } } ?? { Derivation(model: model, spec: spec) })
        self.options = options
        self.stream = nil
    }

    /// `derivation` is asked for only when the body's derived cells are decided: a caller that
    /// computes it on another thread lets the writer start on every other cell meanwhile.
    public init(model: TableModel, spec: TemplateSpec, options: RenderOptions, derivation: @escaping @Sendable () -> Derivation) {
        self.spec = spec
        self.model = model
        self.derived = DerivationSource(derivation)
        self.options = options
        self.stream = nil
    }

    /// A model still being read: `head` says what its document gives before the rows (table,
    /// meta), `rows` hands them on. The body's first pass is written as the rows come; the
    /// derived cells once all are read and `derivation` (of the whole model) is ready. The
    /// workbook is the one the whole model gives (`StreamedBody.swift`).
    public init(streaming head: TableModel, rows: ModelStream, spec: TemplateSpec, options: RenderOptions,
                derivation: @escaping @Sendable () -> Derivation) {
        self.spec = spec
        self.model = head
        self.derived = DerivationSource(derivation)
        self.options = options
        self.stream = rows
    }

    /// The layout written: the official columns, plus any column only a variant has when the
    /// model holds values for it (nothing read is lost), in the template's column order.
    func writtenVariant() -> VariantSpec {
        var used = UsedKeys()
        used.add(model.rows)
        return writtenVariant(using: used.keys)
    }

    /// The keys rows use: a dozen at most, so a list compared by key beats hashing every key of
    /// every row (a 100,000-row model has a million).
    struct UsedKeys {
        private(set) var keys: [String] = []
        /// Rows of a level set the same keys row after row: a row whose keys are those of a row
        /// seen before (a few key lists are remembered) adds none.
        private var seen: [[String]] = []
        private var next = 0

        mutating func add(_ rows: [Row]) {
            // Rows read in place: a copy of each would touch all its strings' reference counts.
            for i in rows.indices {
                if seen.contains(where: { rows[i].values.hasKeys($0) }) { continue }
                var rowKeys: [String] = []
                rows[i].values.forEachKey { k in
                    rowKeys.append(k)
                    let n = k.utf8.count
                    if !keys.contains(where: { $0.utf8.count == n && $0 == k }) { keys.append(k) }
                }
                if seen.count < 8 { seen.append(rowKeys) } else { seen[next % 8] = rowKeys }
                next += 1
            }
        }
    }

    /// The layout written when the rows use the keys `used`.
    func writtenVariant(using used: [String]) -> VariantSpec {
        let official = Set(spec.official.keys)
        var keys = spec.columns.map(\.key).filter { official.contains($0) || used.contains($0) }
        // Keep the official order for official keys; extras go after the column they follow in the template.
        if keys.filter({ official.contains($0) }) != spec.official.keys {
            keys = spec.official.keys + keys.filter { !official.contains($0) }
        }
        var v = spec.official
        if keys != spec.official.keys {
            v.keys = keys
            v.numberRow = keys.map { k in spec.official.keys.contains(k) ? (spec.column(k)?.number ?? "") : "" }
        }
        return v
    }

    /// Writes the whole workbook to `url`, whole or not at all. `notes` adds comments and fills
    /// (by model row index and column key) and `extraSheets` may add sheets before the table.
    public func write(to url: URL, notes: [Int: [String: [CellNote]]] = [:],
                      before: ((XLSXWorkbookWriter, TableRenderer) throws -> Void)? = nil) throws {
        try AtomicOutput.write(to: url) { temp in
            if let stream, !streamUsed {
                // The rows come once: the first write takes them as they come (a workbook with
                // notes or a sheet before the table waits for them all); later writes have the
                // whole model.
                streamUsed = true
                if notes.isEmpty, before == nil {
                    if try writeStreamed(to: temp) { return }
                } else {
                    model = try stream.model()
                }
            }
            try writeWhole(to: temp, notes: notes, before: before)
        }
    }

    /// The workbook of the whole model at `path`.
    func writeWhole(to temp: URL, notes: [Int: [String: [CellNote]]], before: ((XLSXWorkbookWriter, TableRenderer) throws -> Void)?) throws {
        let wb = try XLSXWorkbookWriter(path: temp.path)
        workbook = wb
        defer { workbook = nil; formatCache = [] }
        // Rows and columns are decided first so that a sheet written before the table (Temuan)
        // can link to the right cells.
        let variant = writtenVariant()
        setColumns(of: variant)
        let plan = planRows()
        Timing.mark("plan rows")
        try before?(wb, self)
        let sheet = try wb.addSheet(spec.sheet)
        if before != nil { sheet.activate() }
        let frame = SheetFrame(spec: spec, variant: variant, meta: model.meta, sheet: sheet, options: options)
        let first = try frame.writeTop()
        precondition(first == firstDataRow)
        try writeBody(plan, first: first, sheet: sheet, notes: notes)
        Timing.mark("write body")
        try finish(wb, frame: frame, lastRow: first + plan.count - 1)
    }

    /// The columns written for `variant`, and what the body needs to know of each.
    func setColumns(of variant: VariantSpec) {
        columns = spec.columns(of: variant)
        columnOf = [:]
        for (i, c) in columns.enumerated() { columnOf[c.key] = i }
        derivedColumns = columns.map(isDerivedColumn)
        wrapColumns = columns.enumerated().filter { [.uraian, .text, .target].contains($0.element.type) }
            .map { ($0.offset, $0.element.key, $0.element.key == "uraian", $0.element.type == .uraian, Int($0.element.width * 1.15)) }
        derivedTextColumns = wrapColumns.contains { derivedColumns[$0.index] }
        facts = columns.map { col in
            ColumnFacts(key: col.key, isKode: col.type == .kode, isKodeKey: col.type == .kode && col.key == "kode",
                        isUraian: col.type != .kode && col.key == "uraian", mayHaveExpression: col.formula != nil,
                        sums: col.aggregatesBySum && spec.isHierarchical)
        }
    }

    /// After the body: the signature block below row `lastRow`, the properties, the file.
    func finish(_ wb: XLSXWorkbookWriter, frame: SheetFrame, lastRow: Int) throws {
        try frame.writeSignatures(after: lastRow)
        // Last, as libxlsxwriter only reads them at close: a digest still being computed has
        // had the whole writing to finish.
        try Properties.apply(to: wb, spec: spec, meta: model.meta, options: options)
        try wb.close()
        Timing.mark("close workbook")
    }

    /// One item of the written body. A footer's payload is boxed: unboxed it made every item of a
    /// 121,000-row plan 112 bytes, where a row's index needs 9.
    enum Planned {
        case row(Int)
        indirect case footer(FooterSpec, [Int])
    }

    /// The first data row of the written sheet (title lines, a blank line, header rows, number row).
    public var firstDataRow: Int { spec.titleLines.count + 1 + spec.headerRows + 1 }

    /// Model rows in order, without footer rows read from the input (they are regenerated), with
    /// the template's footers after each program block and at the end.
    func planRows() -> [Planned] {
        var planner = RowPlanner(spec: spec, firstDataRow: firstDataRow, capacity: model.rows.count)
        planner.add(model.rows, from: 0)
        planner.finish(rowCount: model.rows.count)
        sheetRow = planner.sheetRow
        return planner.items
    }

    /// The plan of `planRows`, made as rows come (a streamed model's chunks, in order).
    struct RowPlanner {
        let footers: [FooterSpec], footerLabels: [String], programFooters: [FooterSpec]
        let firstDataRow: Int
        private(set) var items: [Planned] = []
        /// Model row index -> written sheet row.
        private(set) var sheetRow = RowIndexMap()
        private var currentProgram: [Int]? = nil

        init(spec: TemplateSpec, firstDataRow: Int, capacity: Int) {
            footers = spec.footers ?? []
            footerLabels = (spec.footerLabels ?? []) + footers.map { normalizedLabel($0.label) }
            programFooters = footers.filter { $0.scope == "program" }
            self.firstDataRow = firstDataRow
            items.reserveCapacity(capacity + 16)
            sheetRow = RowIndexMap(capacity: capacity)
        }

        private func isFooterRow(_ r: Row) -> Bool {
            guard r.level == .lain, !footers.isEmpty else { return false }
            let t = normalizedLabel(r.uraian)
            return footerLabels.contains { !$0.isEmpty && t.hasPrefix($0) }
        }

        private mutating func append(_ p: Planned) {
            if case .row(let i) = p { sheetRow[i] = firstDataRow + items.count }
            items.append(p)
        }

        private mutating func closeProgram() {
            if let block = currentProgram, !programFooters.isEmpty {
                for f in programFooters { append(.footer(f, block)) }
            }
            currentProgram = nil
        }

        /// `rows` are the model's rows from index `base` on.
        mutating func add(_ rows: [Row], from base: Int) {
            for j in rows.indices {
                let level = rows[j].level, i = base + j
                if level == .lain, isFooterRow(rows[j]) { continue }
                if level == .program || (level.depth ?? 9) < 2 || level == .total { closeProgram() }
                if level == .program { currentProgram = [] }
                if currentProgram != nil { currentProgram!.append(i) }
                append(.row(i))
            }
        }

        /// After the last row: the last program's footers, then the document's.
        mutating func finish(rowCount: Int) {
            closeProgram()
            let all = Array(0..<rowCount)
            for f in footers where f.scope == "document" { append(.footer(f, all)) }
        }
    }

    func ref(_ key: String, row i: Int) -> String? {
        guard let c = columnOf[key], let r = sheetRow[i] else { return nil }
        return A1.cell(row: r, column: c)
    }

    var workbook: XLSXWorkbookWriter?
    /// The formats of table cells, made once per column, level, formula or not, finding fill and
    /// literal percent (a 100,000-row table has a few dozen looks, not a million).
    @exclusivity(unchecked) var formatCache: [FormatHandle?] = []

    /// The levels in their declared order, made once (`allCases` builds a new array each time).
    private static let levels = Level.allCases

    /// The key of a table cell's look: its column, level, formula or not, finding fill (0 none,
    /// 1 error, 2 warning) and literal percent.
    func formatKey(_ c: Int, level: Level, isFormula: Bool, fill: Int, percent: Bool = false) -> Int {
        (((c * Self.levels.count + (Self.levels.firstIndex(of: level) ?? 0)) * 2 + (isFormula ? 1 : 0)) * 3 + fill) * 2 + (percent ? 1 : 0)
    }

    /// The workbook's format of a look key, made on first use (on the workbook's thread, in the
    /// order cells are written, so the styles part is the same however the body was produced).
    func format(forKey key: Int) -> FormatHandle {
        let levels = Self.levels.count
        if formatCache.isEmpty { formatCache = Array(repeating: nil, count: columns.count * levels * 2 * 3 * 2) }
        if let h = formatCache[key] { return h }
        var k = key
        let percent = k % 2 == 1; k /= 2
        let fill = k % 3; k /= 3
        let isFormula = k % 2 == 1; k /= 2
        let level = Self.levels[k % levels], c = k / levels
        var f = Styles.cell(columns[c], level: level, isFormula: isFormula)
        // Findings colour their cell: red for errors, amber for warnings.
        if fill > 0 { f.fill = fill == 1 ? 0xFFC7CE : 0xFFEB9C }
        if percent { f.numberFormat = "General\"%\"" }
        let h = workbook!.handle(f)
        formatCache[key] = h
        return h
    }

    /// The body is written in two passes over the rows: first every cell the model gives as it is
    /// (codes, names, texts, inputs), then the cells of derived and summed columns, whose formulas
    /// and cached values need the derivation. The first pass needs nothing computed over the whole
    /// model, so writing starts while the derivation is still being computed.
    enum BodyPass { case values, derived }

    /// Whether a column's cells belong to the second pass (a formula of the template, or a sum
    /// of children in a hierarchical table).
    func isDerivedColumn(_ col: ColumnSpec) -> Bool { col.formula != nil || (col.aggregatesBySum && spec.isHierarchical) }

    /// The cells of one model row at sheet row `r` that belong to `pass`, appended to `ops`.
    /// `d`: the derivation, for the derived pass.
    /// `original`: the row as read (`model.rows[i]`; a streamed model's row before all are read).
    func writeRow(_ i: Int, _ original: Row, at r: Int, notes: [String: [CellNote]], pass: BodyPass, derivation d: Derivation?, into ops: inout CellBatch) {
        // A column of the first pass has the same value in the model and in the derivation.
        let row = d?.rows[i] ?? original
        let second = pass == .derived
        for c in facts.indices where derivedColumns[c] == second {
            let fact = facts[c]
            var isFormula = false
            let noted = notes.isEmpty ? [] : (notes[fact.key] ?? [])
            let fill = noted.isEmpty ? 0 : (noted.contains { $0.severity == .error } ? 1 : 2)
            var fmt: CellLook { .table(formatKey(c, level: row.level, isFormula: isFormula, fill: fill)) }
            // Codes and names are read from the row itself; other columns by their key.
            let value = fact.isKodeKey || fact.isUraian ? nil : row.values[fact.key]
            if fact.isKode {
                if fact.isKodeKey { ops.text(original.kode, r, c, fmt) } else if let v = value { ops.text(v.text, r, c, fmt) } else { ops.append(.blank(r, c, fmt)) }
            } else if fact.isUraian {
                ops.text(original.uraian, r, c, fmt)
            } else if d != nil, fact.mayHaveExpression, row.level != .lain, let f = Derivation.expression(for: columns[c], row: row, spec: spec),
                      f.references.contains(where: { Derivation.isNumeric(row.values[$0]) }),
                      let formula = ExcelFormula.derived(f, round: columns[c].round, ref: { self.ref($0, row: i) }) {
                isFormula = true
                if let n = value?.number { ops.append(.formula(r, c, formula, n.doubleValue, fmt)) } else { ops.append(.formulaText(r, c, formula, "", fmt)) }
            } else if let h = d?.hierarchy, fact.sums,
                      let contributors = row.level == .total ? h.rootContributors : (h.isParent(i) ? h.contributors(of: i) : nil),
                      contributors.contains(where: { d!.value($0, fact.key) != nil }),
                      !(row.level == .total && h.roots.isEmpty) {
                isFormula = true
                let cells = contributors.compactMap { sheetRow[$0] }
                ops.append(.formula(r, c, ExcelFormula.sum(column: c, rows: cells), Double(value?.rupiah ?? 0), fmt))
            } else {
                writeValue(value, r, c, fmt, percent: .table(formatKey(c, level: row.level, isFormula: false, fill: fill, percent: true)), into: &ops)
            }
            if !noted.isEmpty, let ns = notes[fact.key] {
                ops.append(.comment(r, c, ns.map(\.text).joined(separator: "\n\n")))
            }
        }
        // Wrapped names and indicators need taller rows; spreadsheet programs do not always grow
        // them on open, and a printed Renja must show the whole text. The derived pass sets the
        // height again only where one of its texts needs more lines than the first pass found.
        if second {
            guard derivedTextColumns else { return }
            let all = lines(of: row, derived: nil), first = lines(of: row, derived: false)
            if all > max(first, 1) { ops.append(.height(r, Double(min(all, 30)) * 12.75)) }
        } else {
            let n = lines(of: original, derived: false)
            if n > 1 { ops.append(.height(r, Double(min(n, 30)) * 12.75)) }
            if let ns = notes["_row"], !ns.isEmpty, let c = columnOf["uraian"] ?? columnOf["kode"] {
                ops.append(.comment(r, c, ns.map(\.text).joined(separator: "\n\n")))
            }
        }
    }

    /// The lines the row's wrapped texts take (names, texts, targets), over the columns of one
    /// pass (`derived` true or false) or all of them (nil).
    func lines(of row: Row, derived: Bool?) -> Int {
        var lines = 1
        for w in wrapColumns where derived.map({ derivedColumns[w.index] == $0 }) ?? true {
            let text = w.isUraian ? row.uraian : (row.values[w.key]?.text ?? "")
            let perLine = max(1, w.width - (w.indents ? Styles.indent(row.level) * 2 : 0))
            // Bytes are at least as many as characters: a short text is one line without counting.
            let bytes = text.utf8.count
            if bytes <= perLine { continue }
            let length = text.isAllASCII ? bytes : text.count
            lines = max(lines, (length + perLine - 1) / perLine)
        }
        return lines
    }

    /// A value under its column's look; `percent` is the look of a target written as the number
    /// it states with a literal "%".
    @inline(__always) func writeValue(_ v: Value?, _ r: Int, _ c: Int, _ f: CellLook, percent: CellLook, into ops: inout CellBatch) {
        switch v {
        case nil: ops.append(.blank(r, c, f))
        case .text(let s)?: ops.text(s, r, c, f)
        case .rupiah(let x)?: ops.append(.number(r, c, Double(x), f))
        case .number(let d)?: ops.append(.number(r, c, d.doubleValue, f))
        case .target(let t)?:
            // A bare number stays a number so formulas can use it; with a unit it is text as written.
            if let n = t.number, t.unit == nil { ops.append(.number(r, c, n.doubleValue, f)) }
            // "80%" as the number 80 shown with a literal "%": formulas and Excel's own coercion of
            // the text "80%" (to 0,8) would otherwise disagree.
            else if let n = t.number, t.unit == "%" { ops.append(.number(r, c, n.doubleValue, percent)) }
            else { ops.text(t.text, r, c, f) }
        }
    }

    /// A footer row: the average of a column over the block's rows of one level, or the predikat of
    /// the average row just above.
    func writeFooter(_ f: FooterSpec, over block: [Int], at r: Int, derivation: Derivation, into ops: inout CellBatch) {
        var labelFormat = Styles.cell(spec.column(f.labelColumn) ?? columns[0], level: .lain, isFormula: false)
        labelFormat.bold = true
        for (c, col) in columns.enumerated() {
            var fmt = Styles.cell(col, level: .lain, isFormula: true)
            if col.key == f.labelColumn { ops.append(.text(r, c, f.label, .custom(labelFormat))); continue }
            guard f.columns.contains(col.key) else { ops.append(.blank(r, c, .custom(fmt))); continue }
            let over = block.filter { model.rows[$0].level.rawValue == (f.over ?? "subkegiatan") }
            if f.kind == "average" {
                let cells = over.compactMap { i -> String? in sheetRow[i].map { A1.cell(row: $0, column: c) } }
                let avg = Self.average(over.compactMap { derivation.value($0, col.key)?.number }, round: f.round ?? 2)
                guard !cells.isEmpty else { ops.append(.blank(r, c, .custom(fmt))); continue }
                let formula = "=IFERROR(ROUND(AVERAGE(\(cells.joined(separator: ","))),\(f.round ?? 2)),\"\")"
                if let avg { ops.append(.formula(r, c, formula, avg.doubleValue, .custom(fmt))) } else { ops.append(.formulaText(r, c, formula, "", .custom(fmt))) }
            } else {
                // Predikat of the average written on the row above.
                let above = A1.cell(row: r - 1, column: c)
                let avg = Self.average(over.compactMap { derivation.value($0, col.key)?.number }, round: 2)
                fmt.align = .center
                fmt.numberFormat = nil
                let label = avg.map { Derivation.predikat($0, bands: spec.predikatBands) } ?? ""
                ops.append(.formulaText(r, c, ExcelFormula.predikat(of: above, bands: spec.predikatBands), label, .custom(fmt)))
            }
        }
    }

    /// Mean of the values, rounded; nil when there is none (Excel: AVERAGE of no number is an error).
    public static func average(_ xs: [DecimalNumber], round: Int) -> DecimalNumber? {
        guard !xs.isEmpty else { return nil }
        let s = xs.reduce(DecimalNumber.zero, +)
        return s.divided(by: DecimalNumber(xs.count), places: 15)?.rounded(round)
    }
}

/// The derivation of a renderer: given, or computed once on first use (by whichever thread
/// decides the derived cells first).
final class DerivationSource: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (() -> Derivation)?
    private var made: Derivation?

    init(_ make: @escaping () -> Derivation) { self.make = make }

    var value: Derivation {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let d = make!()
        made = d
        make = nil
        return d
    }
}
