import Foundation
import RenjaModel
import SheetIO

/// What to read: the kind and sheet when the officer names them (`--table`, `--sheet`).
public struct ReadOptions: Sendable {
    public var table: TableKind?
    public var sheet: String?
    /// Whether the reader may parse a workbook's shared strings on a thread of their own, beside
    /// the sheet. A caller that already reads several files at once keeps the cores busy itself:
    /// more threads would only add their memory.
    public var sharedStringsBeside: Bool
    /// From what size of sheet XML (inflated bytes) an XLSX sheet is mapped while it is read, on
    /// a thread of its own (see `MappingWhileReading`); nil: never. Worth it for large sheets of
    /// a file read alone: the other core maps while this one parses, and the grid is never whole.
    public var mapWhileReadingFrom: Int?

    public init(table: TableKind? = nil, sheet: String? = nil, sharedStringsBeside: Bool = true, mapWhileReadingFrom: Int? = nil) {
        self.table = table
        self.sheet = sheet
        self.sharedStringsBeside = sharedStringsBeside
        self.mapWhileReadingFrom = mapWhileReadingFrom
    }
}

/// The model read from a file and what could not be read (`value.number`, `layout.column`, ...).
public struct ReadResult: Sendable {
    public var model: TableModel
    public var findings: [Finding]
    /// Formulas the sheet prints in its column-number row ("(10) = (9+6)/2"), translated to column
    /// keys (`({realisasi_n2}+{target_n1})/2`) by the key they compute, so the rules can check the
    /// data against what the document itself declares.
    public var printedFormulas: [String: String] = [:]
    /// The body was mapped while the sheet was read (see `MappingWhileReading`), not after.
    public var mappedWhileReading = false

    public init(model: TableModel, findings: [Finding], printedFormulas: [String: String] = [:]) {
        self.model = model
        self.findings = findings
        self.printedFormulas = printedFormulas
    }
}

/// No sheet of the input matches a known layout (`layout.unknown` on the whole input: exit 2).
public struct LayoutNotRecognised: Error, Sendable {
    public var file: String
    public var sheets: [String]
}

/// Cell grid -> layout -> model. Finds the header block, recognises the kind and variant from
/// `templates/`, then maps every body row: repeated page headers, page counters, running titles and
/// signature blocks produce no rows; Jumlah and footer rows are kept as `total` / `lain`; codes are
/// joined and resolved, levels inferred, numbers parsed per column in the notation the column proves.
public enum TableReader {
    /// `workbook` is taken over: the chosen sheet's body rows go to the mapper, which frees each
    /// row's cells once mapped, so the grid and the model are not both whole at any moment (a
    /// caller that keeps its own copy keeps the cells, and nothing else changes).
    public static func read(_ workbook: consuming Workbook, file: String, catalog: TemplateCatalog, nomenklatur: NomenclatureLookup?,
                            options: ReadOptions = ReadOptions()) throws -> ReadResult {
        // Without a sheet mapped while it was read there is nothing to find wrong afterwards.
        try read(workbook, mapped: nil, file: file, catalog: catalog, nomenklatur: nomenklatur, options: options)!
    }

    /// The same, for a workbook one of whose sheets was mapped while it was read (`mapped`, its
    /// rows then only the first ones): that mapping is kept when the sheet is still the one
    /// chosen, its header maps the same columns now that its merges are known, and the whole
    /// body's decisions are the ones it assumed. nil otherwise: the caller reads the file again.
    static func read(_ workbook: consuming Workbook, mapped: MappingWhileReading?, file: String, catalog: TemplateCatalog,
                     nomenklatur: NomenclatureLookup?, options: ReadOptions) throws -> ReadResult? {
        var wb = workbook
        var candidates: [(sheet: Int, block: HeaderBlock, match: ColumnMatch)] = []
        for (index, sheet) in wb.sheets.enumerated() where options.sheet.map({ $0 == sheet.name }) ?? !sheet.isHidden {
            guard let block = HeaderBlock.find(in: sheet.rows, merges: sheet.merges, score: { ColumnMatcher.headerScore($0, catalog: catalog) }) else { continue }
            // A header found again as it was found early (most: merges rarely change it) matches as then.
            let known = mapped.flatMap { $0.part.index == index ? $0.matches(of: block) : nil }
            for m in known ?? matches(block, sheetName: sheet.name, catalog: catalog, options: options) { candidates.append((index, block, m)) }
        }
        if ProcessInfo.processInfo.environment["RENJA_DEBUG"] != nil, let c = candidates.first {
            for col in c.block.columnPaths.keys.sorted() { FileHandle.standardError.write(Data("col \(col): \(c.block.text(col))\n".utf8)) }
            for m in candidates.sorted(by: { $0.match.score > $1.match.score }).prefix(3) {
                FileHandle.standardError.write(Data("\(m.match.kind) \(m.match.variant.id) score \(m.match.score) keys \(m.match.keys.sorted { $0.key < $1.key })\n".utf8))
            }
        }
        guard let best = candidates.max(by: { $0.match.score < $1.match.score }), best.match.keys.count >= 2 else {
            throw LayoutNotRecognised(file: file, sheets: wb.sheets.map(\.name))
        }
        if let mapped, var mapper = mapped.takeMapper() {
            guard best.sheet == mapped.part.index, mapper.mapsTheSame(as: best.block, best.match) else { return nil }
            var sheet = wb.sheets[best.sheet]
            _ = RowMapper.takeBody(of: &sheet, from: best.block.bodyStart)
            var r = mapper.finishSpeculation(block: best.block, match: best.match, sheet: sheet)
            r?.mappedWhileReading = true
            return r
        }
        var sheet = wb.sheets[best.sheet]
        let source = wb.source
        wb = Workbook(sheets: [], source: source)  // the other sheets go now; this one is `sheet`
        let body = RowMapper.takeBody(of: &sheet, from: best.block.bodyStart)
        var mapper = RowMapper(spec: catalog.spec(best.match.kind), match: best.match, block: best.block,
                               sheet: sheet, source: source, nomenklatur: nomenklatur)
        return mapper.run(body: body)
    }

    /// How a header block matches each kind asked for, its title's bonus included.
    static func matches(_ block: HeaderBlock, sheetName: String, catalog: TemplateCatalog, options: ReadOptions) -> [ColumnMatch] {
        let kinds = options.table.map { [$0] } ?? TableKind.allCases
        let titles = normalizedLabel(block.titleLines.joined(separator: " ") + " " + sheetName)
        return kinds.map { kind in
            var m = ColumnMatcher.match(block, spec: catalog.spec(kind))
            m.score += titleBonus(kind, titles: titles, spec: catalog.spec(kind))
            return m
        }
    }

    /// The title naming the table ("Tabel T-C.33", "Rencana Aksi", "Evaluasi") tips a close call.
    static func titleBonus(_ kind: TableKind, titles: String, spec: TemplateSpec) -> Int {
        let compact = titles.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ".", with: "")
        switch kind {
        case .tc29, .tc30, .tc31, .tc32, .tc33:
            let code = kind.rawValue  // "tc33"
            return compact.contains(code) ? 6 : 0
        case .evaluasi: return titles.contains("evaluasi") ? 6 : 0
        case .rencanaAksi: return titles.contains("rencana aksi") ? 6 : 0
        case .dpa: return titles.contains("dokumen pelaksanaan anggaran") || compact.contains("dpa") ? 4 : 0
        case .realisasi: return titles.contains("realisasi") || titles.contains("jenis belanja") ? 4 : 0
        }
    }
}

/// Maps the body rows of one recognised sheet to model rows.
struct RowMapper {
    let spec: TemplateSpec
    // Variables only for a sheet mapped while it was read: its header is then found again with
    // its merges, and the mapping kept when they map the same columns (see `Speculation`).
    var match: ColumnMatch
    var block: HeaderBlock
    var sheet: Sheet
    let source: GridSource
    let nomenklatur: NomenclatureLookup?

    var findings: [Finding] = []
    var rows: [Row] = []
    /// The rows' values, their keys' shapes found among the last rows' (see `RowValues.Builder`).
    var valuesBuilder = RowValues.Builder()
    /// Per money/number column: the notation the column's text cells prove.
    var notation: [String: NumberText.Notation] = [:]
    var thousands: Set<String> = []
    var repeatedSingles: Set<String> = []
    /// Rows (indices into `rows`) whose name is bold: a bold line under a plain one starts a row
    /// of its own (S1's kegiatan), it does not continue the name above.
    var boldRows = Set<Int>()
    /// Target cells already read, by column and text (see `value`): the rows that write the same
    /// target share one `Target`. At most `Target.sharingLimit`.
    var targetValues: [TargetKey: Value?] = [:]
    struct TargetKey: Hashable { let column: Int, text: String }
    /// Set while the body is mapped as the sheet is read (see `MappingWhileReading`).
    var speculation: Speculation? = nil
    /// `speculation != nil`, asked for every cell: the test itself copies the speculation (its
    /// tables retained and released again), this flag does not.
    var speculating = false

    init(spec: TemplateSpec, match: ColumnMatch, block: HeaderBlock, sheet: Sheet, source: GridSource, nomenklatur: NomenclatureLookup?) {
        self.spec = spec
        self.match = match
        self.block = block
        self.sheet = sheet
        self.source = source
        self.nomenklatur = nomenklatur
        self.uraianColumns = match.keys.filter { spec.column($0.value)?.type == .uraian }.map(\.key).sorted()
        self.moneyColumns = match.keys.filter { spec.column($0.value)?.type == .rupiah }.map(\.key).sorted()
        self.valueColumns = match.keys.sorted { $0.key < $1.key }.compactMap { col, key in
            guard let cs = spec.column(key), cs.type != .kode, !(cs.type == .uraian && key == "uraian") else { return nil }
            return (col, cs)
        }
        self.ownLabelInitials = Set(((spec.totalLabels ?? []) + (spec.headingLabels ?? [])).compactMap { $0.utf8.first })
    }

    /// Where a cell is, named (`F12`) only when a finding needs it: every cell passes by.
    struct CellRef {
        let row: Int, column: Int
        var a1: String { A1.cell(row: row, column: column) }
    }

    /// Physical columns holding names (computed once: every row asks).
    let uraianColumns: [Int]

    /// First letters of the kind's total and heading labels (lower case ASCII).
    let ownLabelInitials: Set<UInt8>

    /// Physical columns holding rupiah, in order (every row asks whether it has an amount).
    let moneyColumns: [Int]

    /// The columns whose cells become row values (not the code, not the name), in column order.
    let valueColumns: [(col: Int, spec: ColumnSpec)]

    /// False only when the text's first non-blank byte is ASCII and, lower-cased, none of `initials`
    /// (normalizedLabel lower-cases ASCII and drops leading blanks; anything else is compared in full).
    static func mayStartWithOneOf(_ text: String, _ initials: Set<UInt8>) -> Bool {
        for b in text.utf8 {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { continue }
            if b >= 0x80 { return true }
            return initials.contains(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        return true
    }

    /// The rows from `start` on, out of `sheet`, which keeps the rows above (the header block).
    /// When `sheet` held the only reference to its rows, the body rows returned are the only
    /// owners of their cells (see `mapBody`).
    static func takeBody(of sheet: inout Sheet, from start: Int) -> [SheetRow] {
        var all: [SheetRow] = []
        swap(&all, &sheet.rows)
        sheet.rows = all.filter { $0.index < start }
        return all.filter { $0.index >= start }
    }

    mutating func run(body taken: consuming [SheetRow]) -> ReadResult {
        var body = taken
        decideNotations(body)
        decideThousands(body)
        let meta = decideMeta()
        let headerTexts = headerSignature()
        // Lines printed at every page break inside the table (S0: "RENCANA KERJA (RENJA)" / the
        // OPD / the kabupaten / "2022") stand alone on their row and come back page after page.
        let uraianColumns = self.uraianColumns
        var singles: [String: Int] = [:]
        for part in Self.inHalves(body, { rows -> [String: Int] in
            var found: [String: Int] = [:]
            for r in rows { if let t = Self.singleText(r, uraianColumns: uraianColumns) { found[t, default: 0] += 1 } }
            return found
        }) {
            singles.merge(part, uniquingKeysWith: +)
        }
        repeatedSingles = Set(singles.filter { $0.value >= 2 }.map(\.key))
        let split = parallelSplit(body)
        body.withUnsafeMutableBufferPointer { buffer in
            let body = BodyRows(buffer)
            if let split {
                // A large sheet is mapped in two halves on two cores. The halves meet at a coded row,
                // which never continues the row above it, and everything decided over the whole body
                // (notations, thousands, running titles) was decided above.
                var emptied = self
                emptied.rows = []; emptied.findings = []; emptied.boldRows = []
                let halves = HalfResults<(RowMapper, Bool)>()
                let first = self, second = emptied
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    var m = i == 0 ? first : second
                    let ended = m.mapBody(body, i == 0 ? 0..<split : split..<body.rows.count, signature: headerTexts)
                    halves.set(i, (m, ended))
                }
                let (a, endedEarly) = halves.get(0), (b, _) = halves.get(1)
                rows = a.rows; findings = a.findings; boldRows = a.boldRows
                if !endedEarly {
                    let offset = rows.count
                    rows += b.rows
                    findings += b.findings
                    boldRows.formUnion(b.boldRows.map { $0 + offset })
                }
            } else {
                _ = mapBody(body, 0..<body.rows.count, signature: headerTexts)
            }
        }
        return finish(meta: meta)
    }

    /// The document's details from its titles and headers (year, perangkat daerah), with the
    /// year findings: decided before any row is mapped, and after a streamed body too.
    mutating func decideMeta() -> Meta {
        var meta = RowText.meta(from: block.titleLines)
        // The title's year is the plan year only where the official title says so: T-C.29 names
        // "s/d Tahun n-2"; a header that names the years of its columns decides for T-C.30.
        // Where the official title names no year (T-C.30), the columns' years come first and the
        // title's year is kept only when the headers name none.
        let titleSaid = meta.tahun
        if let t = titleYear() { meta.tahun = t } else if meta.tahun != nil, spec.titleLines.contains(where: { $0.contains("{tahun") }) == false {
            meta.tahun = nil
        }
        if meta.tahun == nil { meta.tahun = yearFromMatchedHeaders() ?? titleSaid }
        if let t = meta.tahun, let h = yearFromHeaders(), t != h {
            // S2 prints "Tahun 2021" titles inside its 2022 Renja: the header's plan year is trusted.
            findings.append(Finding(rule: "layout.tahun", severity: .warning, sheet: sheet.name, cell: A1.cell(row: max(0, (block.headerRows.first ?? 1) - 1), column: 0),
                                    message: "Judul tabel menyebut tahun \(t), tetapi kolomnya 'Rencana Tahun \(h)'. Samakan tahun pada judul dengan tahun rencana.",
                                    messageEnglish: "The table title says year \(t) but its columns say 'Rencana Tahun \(h)'. Make the title's year match the plan year."))
            meta.tahun = h
        }
        if let stated = block.statedYear { meta.tahun = stated }
        meta.tahun = meta.tahun ?? yearFromHeaders()
        if let t = meta.tahun { checkColumnYears(plan: t) }
        return meta
    }

    /// The single filled cell's text of a row, normalised, when it is outside the name columns:
    /// what may be a running title (counted over the whole body).
    static func singleText(_ r: SheetRow, uraianColumns: [Int]) -> String? {
        // The one filled cell of the row, if there is exactly one (no array per row).
        var only: Cell? = nil, filled = 0
        for c in r.cells where !c.isEmpty {
            filled += 1
            if filled > 1 { return nil }
            only = c
        }
        // A name's wrapped tail ("Kabupaten/Kota", S2 T-C.29) stands alone in the name column
        // page after page too; only lines outside it can be running titles.
        guard filled == 1, let c = only, !uraianColumns.contains(c.column) else { return nil }
        return normalizedLabel(c.value.text)
    }

    /// After the body is mapped: codes resolved, missing columns and printed formulas reported, the model made.
    mutating func finish(meta: Meta) -> ReadResult {
        promoteParentsByAmount()
        dropGarbledCodes()
        resolveMissingCodes()
        resolveRelativeCodes(perangkatDaerah: meta.perangkatDaerah)
        var columns: [String: String] = [:]
        for (col, key) in match.keys { columns[key] = A1.column(col) }
        for m in match.missing where spec.column(m)?.optional != true && m != "kode" {
            findings.append(Finding(rule: "layout.column", severity: .error, sheet: sheet.name, cell: A1.cell(row: block.headerRows.first ?? 0, column: 0),
                                    column: m,
                                    message: "Kolom '\(spec.column(m).map { $0.header.joined(separator: " ") } ?? m)' (\(m)) dari tata letak \(match.variant.id) tidak ditemukan di lembar \(sheet.name). Tambahkan kolom itu atau periksa judul kolomnya.",
                                    messageEnglish: "Column '\(m)' of layout \(match.variant.id) was not found in sheet \(sheet.name). Add the column or check its header."))
        }
        checkPrintedFormulas()
        let model = TableModel(table: match.kind, layout: match.variant.id, meta: meta, rows: rows, sourceColumns: columns)
        return ReadResult(model: model, findings: findings, printedFormulas: printedFormulas())
    }

    /// Maps body rows `range` in order, page furniture left out; true when a signature block ended
    /// the table. Each row's cells are let go once it is mapped: the grid shrinks as the model grows.
    mutating func mapBody(_ body: BodyRows, _ range: Range<Int>, signature headerTexts: [Int: [String]]) -> Bool {
        for j in range {
            let r = body.rows[j]
            body.rows[j].cells = []  // `r` is now the last holder of the cells: freed after this row
            if mapOne(r, signature: headerTexts) { return true }
        }
        return false
    }

    /// Maps one body row, or leaves it out as page furniture; true when it starts the signature
    /// block that ends the table.
    mutating func mapOne(_ r: SheetRow, signature headerTexts: [Int: [String]]) -> Bool {
        // How many cells are filled, counted up to four: a row of the table fills more than
        // three, and only shorter rows need their texts looked at (no array for the others).
        var filled = 0
        for c in r.cells where !c.isEmpty {
            filled += 1
            if filled > 3 { break }
        }
        if filled == 0 { return false }
        // Page furniture.
        if HeaderBlock.isNumberRow(r) { return false }
        if isRepeatedHeader(r, signature: headerTexts) { return false }
        if filled <= 3 {
            let texts = r.cells.filter { !$0.isEmpty }.map(\.value.text)
            if filled <= 2 && texts.allSatisfy(RowText.isPageCounter) { return false }
            if filled == 1, runningTitle(texts[0]) { return false }
            if filled == 1, RowText.isFootnote(texts[0]) { return false }
            if texts.contains(where: RowText.isSignatureStart) && !hasAmount(r) { return true }
        }
        mapRow(r)
        return false
    }

    /// Where a large body can be cut in two for parallel mapping: the first row from the middle on
    /// whose code cells read as a code of a programme or kegiatan. nil for small sheets (and with
    /// RENJA_SEQUENTIAL set, which tests use to compare both ways).
    func parallelSplit(_ body: [SheetRow]) -> Int? {
        guard body.count >= 4_000, ProcessInfo.processInfo.environment["RENJA_SEQUENTIAL"] == nil, !match.kodeColumns.isEmpty else { return nil }
        for i in (body.count / 2)..<min(body.count, body.count / 2 + 2_000) {
            let text = match.kodeColumns.map { trimmed(body[i].value($0).text) }.filter { !$0.isEmpty }.joined(separator: ".")
            if let k = Kode.parse(text), k.level == .program || k.level == .kegiatan { return i }
        }
        return nil
    }

    /// The number row's formulas over column numbers, in the template formula language over keys.
    func printedFormulas() -> [String: String] {
        var keyOfNumber: [Int: String] = [:]
        for (col, label) in block.numberLabels {
            if let n = HeaderBlock.leadingNumber(label), let key = match.keys[col] { keyOfNumber[n] = keyOfNumber[n] ?? key }
        }
        var out: [String: String] = [:]
        for (col, label) in block.numberLabels {
            guard let eq = label.firstIndex(of: "="), let key = match.keys[col] else { continue }
            var rhs = String(label[label.index(after: eq)...]).lowercased()
            rhs = rhs.replacingOccurrences(of: "x 100%", with: "*100").replacingOccurrences(of: "x100%", with: "*100")
                .replacingOccurrences(of: "×", with: "*").replacingOccurrences(of: "%", with: "").replacingOccurrences(of: " ", with: "")
            var formula = ""
            var digits = ""
            var ok = true
            func flush(constant: Bool) {
                guard !digits.isEmpty else { return }
                if constant { formula += digits } else if let n = Int(digits), let k = keyOfNumber[n] { formula += "{\(k)}" } else { ok = false }
                digits = ""
            }
            for ch in rhs {
                if ch.isNumber { digits.append(ch); continue }
                flush(constant: formula.hasSuffix("*") || formula.hasSuffix("/") && false)
                guard "+-*/()".contains(ch) else { ok = false; break }
                formula.append(ch)
            }
            // A trailing literal after * or / (x100, /2) is a constant, not a column.
            if !digits.isEmpty { flush(constant: formula.hasSuffix("*") || formula.hasSuffix("/")) }
            if ok, (try? Formula.parse(formula))?.references.isEmpty == false { out[key] = formula + "|" + label }
        }
        return out
    }

    /// formula.header: the formula printed in the column-number row differs from the layout's.
    mutating func checkPrintedFormulas() {
        guard let numberRow = block.numberRow else { return }
        func norm(_ s: String) -> String {
            normalizedLabel(s).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "x100%", with: "")
                .replacingOccurrences(of: "×100%", with: "").replacingOccurrences(of: "x100", with: "")
                .replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
        }
        let variantLabels: [String: String] = {
            guard let nr = match.variant.numberRow else { return [:] }
            return Dictionary(zip(match.variant.keys, nr), uniquingKeysWith: { a, _ in a })
        }()
        var reported = Set<String>()
        let meanings = printedFormulas()
        func bare(_ f: String) -> String { f.filter { $0 != " " } }
        for (col, key) in match.keys.sorted(by: { $0.key < $1.key }) {
            guard let printed = block.numberLabels[col], printed.contains("="), let cs = spec.column(key) else { continue }
            // A variant that numbers its columns differently (S3: an extra Satuan column, so
            // "14 = 7+13") prints the official formula under other numbers: same meaning, no warning.
            if let meaning = meanings[key]?.split(separator: "|").first, let f = cs.formula, bare(String(meaning)) == bare(f) { continue }
            // Compared with the official layout's formula (contract: formula.header), whatever variant printed it.
            let official = cs.number
            _ = variantLabels
            guard official.contains("="), norm(printed) != norm(official), reported.insert(printed).inserted else { continue }
            findings.append(Finding(rule: "formula.header", severity: .warning, sheet: sheet.name, cell: A1.cell(row: numberRow, column: col), column: key,
                                    message: "Rumus di baris nomor kolom '\(printed)' berbeda dari rumus resmi '\(official)' untuk kolom \(key). Gunakan rumus resmi; renja memeriksa dan menulis kolom ini dengan rumus resmi.",
                                    messageEnglish: "The formula printed in the column-number row '\(printed)' differs from the official '\(official)' for column \(key). Use the official formula; renja checks and writes this column with it."))
        }
    }

    /// The offset k of a `{tahun}`, `{tahun+k}` or `{tahun-k}` placeholder in an official text; nil
    /// for other placeholders (`{tahun_renstra}`) and for the Renstra end year, which the template
    /// can only guess ("Akhir Periode Renstra" depends on the period, not on n).
    static func yearOffset(in text: String) -> Int? {
        guard !text.lowercased().contains("akhir periode"), let r = text.range(of: "{tahun") else { return nil }
        let rest = text[r.upperBound...]
        if rest.hasPrefix("}") { return 0 }
        guard let first = rest.first, first == "+" || first == "-", let close = rest.firstIndex(of: "}") else { return nil }
        return Int(rest[..<close].replacingOccurrences(of: "+", with: ""))
    }

    /// layout.tahun for columns: a column whose official header names year n±k but whose header in
    /// the sheet prints another year (a "Prakiraan Maju Tahun 2022" in a 2022 Renja, a T-C.30
    /// column one year off). Reported once per column.
    mutating func checkColumnYears(plan: Int) {
        for (col, key) in match.keys.sorted(by: { $0.key < $1.key }) {
            guard let cs = spec.column(key), let k = cs.header.lazy.compactMap({ Self.yearOffset(in: $0) }).first else { continue }
            let text = normalizedLabel((block.columnPaths[col] ?? []).joined(separator: " "))
            let ys = HeaderBlock.years(in: text)
            guard ys.count == 1, ys[0] != plan + k, let row = block.headerRows.last else { continue }
            let want = plan + k
            findings.append(Finding(rule: "layout.tahun", severity: .warning, sheet: sheet.name, cell: A1.cell(row: row, column: col), column: key,
                                    message: "Judul kolom \(A1.column(col)) ('\((block.columnPaths[col] ?? []).joined(separator: " ").prefix(70))') menyebut tahun \(ys[0]), padahal untuk tabel tahun \(plan) kolom ini adalah tahun \(want). Perbaiki tahun pada judul kolom.",
                                    messageEnglish: "The header of column \(A1.column(col)) ('\((block.columnPaths[col] ?? []).joined(separator: " ").prefix(70))') names year \(ys[0]), but in a table for \(plan) this column is year \(want). Correct the year in the header."))
        }
    }

    /// The plan year from a title line that matches an official title line naming `{tahun±k}`.
    func titleYear() -> Int? {
        for line in spec.titleLines {
            guard let r = line.range(of: "{tahun"), let k = Self.yearOffset(in: line) else { continue }
            let template = normalizedLabel(String(line[..<r.lowerBound]))
            for t in block.titleLines {
                let n = normalizedLabel(t)
                guard Self.wordOverlap(n, template) >= 0.5, let y = HeaderBlock.years(in: n).first else { continue }
                return y - k
            }
        }
        return nil
    }

    /// The plan year from matched columns whose official header names `{tahun±k}` and whose
    /// header in the sheet names one year (T-C.30: "Tahun 2020" under Target n-2).
    func yearFromMatchedHeaders() -> Int? {
        var votes: [Int: Int] = [:]
        for (col, key) in match.keys {
            guard let cs = spec.column(key), let k = cs.header.lazy.compactMap({ Self.yearOffset(in: $0) }).first else { continue }
            let ys = HeaderBlock.years(in: normalizedLabel((block.columnPaths[col] ?? []).joined(separator: " ")))
            if ys.count == 1 { votes[ys[0] - k, default: 0] += 1 }
        }
        return votes.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    func yearFromHeaders() -> Int? {
        for col in block.columnPaths.keys.sorted() {
            let t = block.text(col)
            if let r = t.range(of: "rencana tahun ") {
                let y = t[r.upperBound...].prefix(4)
                if let v = Int(y), (2000...2100).contains(v) { return v }
            }
        }
        return nil
    }

    /// Every header text of the first header block, by column (a column has one per header row).
    func headerSignature() -> [Int: [String]] {
        var sig: [Int: [String]] = [:]
        for r in sheet.rows where block.headerRows.contains(r.index) {
            for c in r.cells where !c.isEmpty { sig[c.column, default: []].append(normalizedLabel(c.value.text)) }
        }
        return sig
    }

    /// A header block repeated at a page break (texts equal, or nearly: S3 prints `Saasan RKP`).
    func isRepeatedHeader(_ r: SheetRow, signature: [Int: [String]]) -> Bool {
        // Counted, and the amounts looked at, before the filled cells are gathered: a row of the
        // table (nearly every row) has an amount and is answered without an array.
        var filled = 0
        for c in r.cells where !c.isEmpty {
            filled += 1
            if filled >= 2 { break }
        }
        guard filled >= 2, !hasAmount(r) else { return false }
        let cells = r.cells.filter { !$0.isEmpty }
        // "II | Program Pelayanan …" is a row, whatever its label looks like.
        if cells.contains(where: { RowText.namesChainRow($0.value.text) }) { return false }
        var same = 0
        for c in cells {
            let t = normalizedLabel(c.value.text)
            if signature.values.contains(where: { $0.contains(t) }) || ColumnMatcher.aliasHit(t, spec: spec) { same += 1; continue }
            // Each page of S3 retypes its header: "RKPD"/"RKP", "s/d"/"sid"/"s.d", "[Tahun n-1]".
            if let own = signature[c.column], own.contains(where: { Self.wordOverlap(t, $0) >= 0.6 }) { same += 1 }
        }
        return Double(same) >= Double(cells.count) * 0.6
    }

    /// Share of the longer text's words (two letters or more) that the other text also has.
    static func wordOverlap(_ a: String, _ b: String) -> Double {
        func words(_ s: String) -> Set<Substring> {
            Set(s.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).filter { $0.count >= 2 })
        }
        let wa = words(a), wb = words(b)
        guard !wa.isEmpty, !wb.isEmpty else { return 0 }
        return Double(wa.intersection(wb).count) / Double(max(wa.count, wb.count))
    }

    /// A line standing alone that is page furniture: one that comes back page after page
    /// (`repeatedSingles`), a year, a title line, a table's name.
    mutating func runningTitle(_ t: String) -> Bool {
        let n = normalizedLabel(t)
        if Self.isTitleByItself(n, titleLines: block.titleLines) { return true }
        let repeated = repeatedSingles.contains(n)
        // Mapping while the sheet is read, whether the line comes back is known only so far: the
        // answer is checked against the whole body's at the end (see `Speculation`).
        if speculating { speculation!.repeatedAnswers[n, default: []].insert(repeated) }
        return repeated
    }

    static func isTitleByItself(_ n: String, titleLines: [String]) -> Bool {
        if n.count == 4, let y = Int(n), (2000...2100).contains(y) { return true }
        if titleLines.contains(where: { normalizedLabel($0) == n }) { return true }
        return n.hasPrefix("tabel t-c") || n.hasPrefix("tabel tc") || n.hasPrefix("rencana kerja (")
    }

    func hasAmount(_ r: SheetRow) -> Bool {
        for col in moneyColumns {
            if case .number = r.value(col) { return true }
            if case .text(let s) = r.value(col), NumberText.parse(s, hint: .money) != nil { return true }
        }
        return false
    }

    // MARK: Numbers

    /// The numeric columns whose text cells prove a notation, in key order.
    func notationColumns() -> [NotationColumn] {
        match.keys.sorted { $0.key < $1.key }.compactMap { col, key in
            guard let type = spec.column(key)?.type, [.rupiah, .percent, .number, .target].contains(type) else { return nil }
            return NotationColumn(col: col, key: key, hint: type == .rupiah ? .money : .decimal)
        }
    }
    struct NotationColumn: Sendable { let col: Int, key: String, hint: NumberText.Hint }
    typealias NotationCounts = [(id: Int, en: Int)]

    /// Counts the notations a row's text cells prove, column by column.
    static func countNotations(_ r: SheetRow, _ columns: [NotationColumn], into counts: inout NotationCounts) {
        for (n, c) in columns.enumerated() {
            switch provenNotation(r, c) {
            case .indonesian?: counts[n].id += 1
            case .english?: counts[n].en += 1
            case nil: break
            }
        }
    }

    /// The notation a row's text cell in a numeric column proves, if any.
    static func provenNotation(_ r: SheetRow, _ c: NotationColumn) -> NumberText.Notation? {
        // Only a separator proves a notation: most texts ("455 Kali") are not parsed at all.
        guard case .text(let s) = r.value(c.col), hasSeparator(s) else { return nil }
        return NumberText.parse(s, hint: c.hint)?.notation
    }

    /// A `.` or `,` in a text: only such a text is read differently in the two notations.
    static func hasSeparator(_ s: String) -> Bool { s.utf8.contains { $0 == 0x2E || $0 == 0x2C } }

    /// The notation counts decide: the majority, Indonesian on a tie; nil when nothing proves one.
    static func majority(_ count: (id: Int, en: Int)) -> NumberText.Notation? {
        count.id == 0 && count.en == 0 ? nil : (count.id >= count.en ? .indonesian : .english)
    }

    mutating func decideNotations(_ body: [SheetRow]) {
        // Every numeric column counted in one pass over the body, on both cores for a large one.
        let columns = notationColumns()
        guard !columns.isEmpty else { return }
        var counts = NotationCounts(repeating: (id: 0, en: 0), count: columns.count)
        for part in Self.inHalves(body, { rows -> NotationCounts in
            var counts = NotationCounts(repeating: (id: 0, en: 0), count: columns.count)
            for r in rows { Self.countNotations(r, columns, into: &counts) }
            return counts
        }) {
            for n in counts.indices { counts[n].id += part[n].id; counts[n].en += part[n].en }
        }
        decideNotations(counts, columns)
    }

    /// Each column's notation from its counts (the majority; Indonesian on a tie), and a warning
    /// for a column that mixes both.
    mutating func decideNotations(_ counts: NotationCounts, _ columns: [NotationColumn]) {
        for (n, c) in columns.enumerated() {
            let (id, en) = counts[n]
            let (col, key) = (c.col, c.key)
            if let decided = Self.majority(counts[n]) { notation[key] = decided }
            if id > 0 && en > 0 {
                findings.append(Finding(rule: "value.notation", severity: .warning, sheet: sheet.name, cell: A1.column(col) + String(block.bodyStart + 1),
                                        column: key,
                                        message: "Kolom \(key) mencampur penulisan angka Indonesia (1.234,56; \(id) sel) dan Inggris (1,234.56; \(en) sel). Seragamkan penulisannya agar tidak salah baca.",
                                        messageEnglish: "Column \(key) mixes Indonesian (1.234,56; \(id) \(id == 1 ? "cell" : "cells")) and English (1,234.56; \(en) \(en == 1 ? "cell" : "cells")) number notation. Use one notation so nothing is misread."))
            }
        }
    }

    /// `work` over the two halves of `items` on two cores, or over all of them at once for a small
    /// body (and with RENJA_SEQUENTIAL): for whole-body decisions whose parts simply add up.
    static func inHalves<E: Sendable, T>(_ items: [E], _ work: @escaping @Sendable (ArraySlice<E>) -> T) -> [T] {
        guard items.count >= 4_000, ProcessInfo.processInfo.environment["RENJA_SEQUENTIAL"] == nil else { return [work(items[...])] }
        let mid = items.count / 2
        let results = HalfResults<T>()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            results.set(i, work(i == 0 ? items[..<mid] : items[mid...]))
        }
        return [results.get(0), results.get(1)]
    }

    /// "(Rp.000)" / "(Ribuan)" headers multiply by 1,000 unless the values are evidently full rupiah.
    mutating func decideThousands(_ body: [SheetRow]) {
        for (col, key) in thousandsColumns() {
            var maxValue = DecimalNumber.zero
            for r in body {
                if let v = number(r.value(col), key: key, hint: .money)?.value.magnitude, maxValue < v { maxValue = v }
            }
            if maxValue >= 1_000_000 {
                findings.append(Finding(rule: "value.unit", severity: .warning, sheet: sheet.name, cell: A1.cell(row: block.headerRows.last ?? 0, column: col),
                                        column: key, actual: maxValue,
                                        message: "Judul kolom \(key) menyatakan ribuan rupiah (Rp.000), tetapi nilainya sudah rupiah penuh (mis. \(Rupiah.format(maxValue.integerValue))). Nilai dibaca apa adanya; perbaiki judul kolomnya menjadi (Rp).",
                                        messageEnglish: "The header of column \(key) says thousands of rupiah (Rp.000) but the values are full rupiah (e.g. \(Rupiah.format(maxValue.integerValue))). They were read as written; correct the header to (Rp)."))
            } else {
                thousands.insert(key)
            }
        }
    }

    /// The rupiah columns whose header says thousands ("(Rp.000)", "(Ribuan)").
    func thousandsColumns() -> [(col: Int, key: String)] {
        // In the dictionary's own order, as the columns were always visited.
        match.keys.compactMap { col, key in
            guard spec.column(key)?.type == .rupiah else { return nil }
            let h = block.text(col)
            return h.contains("rp.000") || h.contains("rp 000") || h.contains("(000)") || h.contains("ribuan") || h.contains("rp.000,-") ? (col, key) : nil
        }
    }

    func number(_ v: CellValue, key: String, hint: NumberText.Hint) -> NumberText.Parsed? {
        switch v {
        case .number(let d): return NumberText.Parsed(value: d, notation: nil, percentSign: false)
        case .text(let s):
            if NumberText.isEmptyMarker(s) { return nil }
            return NumberText.parse(s, hint: hint, notation: notation[key])
        default: return nil
        }
    }

    // MARK: Rows

    mutating func mapRow(_ r: SheetRow) {
        // Code, from one cell or joined from split columns (`x | xx | 01 | 2.06 | 04`).
        let kodeParts = match.kodeColumns.compactMap { c -> String? in
            let t = trimmed(r.value(c).text)
            return t.isEmpty ? nil : t
        }
        var kodeText = kodeParts.count == 1 ? kodeParts[0] : kodeParts.joined(separator: ".")
        var uraian = ""
        // The name as the reader keeps it in its store, when it is kept as written: the row then
        // points at the reader's one copy (a 100,000-row sheet's names, 13 MB, were a string each).
        var storedUraian: StoredText?
        for c in uraianColumns {
            guard let cell = r[c] else { continue }
            let t = trimmed(cell.value.text)
            if !t.isEmpty {
                uraian = t
                if let st = cell.storedText, st.utf8Count == t.utf8.count { storedUraian = st }
                break
            }
        }
        let firstText = r.cells.first { !$0.isEmpty }?.value.text ?? ""
        let isFooter: Bool = {
            guard let f = firstText.unicodeScalars.first, f == "R" || f == "r" || f == "P" || f == "p" || f == "F" || f == "f" || f == "T" || f == "t" || f == "D" || f == "d" else { return false }
            let low = normalizedLabel(String(firstText.prefix(60)))
            return (spec.footerLabels ?? ["rata-rata capaian", "predikat"]).contains { low.hasPrefix($0) }
        }()
        // The row's cells and the value columns, both in column order, walked side by side.
        var next = 0
        for cell in r.cells {
            while next < valueColumns.count && valueColumns[next].col < cell.column { next += 1 }
            guard next < valueColumns.count else { break }
            let vc = valueColumns[next]
            guard vc.col == cell.column else { continue }
            next += 1  // a column's first cell only, as `r[col]` gives
            guard !cell.isEmpty else { continue }
            // A long text kept as written in a text column, which `value` would give back as it
            // is: kept as the reader's copy without a string made of it.
            if let st = cell.storedText, st.isTrimmedAtASCIIEnds, vc.spec.type == .text || vc.spec.type == .uraian || vc.spec.type == .kode {
                valuesBuilder.append(vc.spec.key, stored: st)
                continue
            }
            if let v = value(cell, column: vc.spec, ref: CellRef(row: r.index, column: vc.col), rowKode: kodeText, uraian: uraian, keepText: isFooter) {
                // A text kept as written points at the reader's copy, as the name does.
                if case .text(let t) = v, let st = cell.storedText, st.hasBytes(of: t) {
                    valuesBuilder.append(vc.spec.key, stored: st)
                } else {
                    valuesBuilder.append(vc.spec.key, v)
                }
            }
        }
        let values = valuesBuilder.make()
        // Jumlah / total rows, footer rows, and the kind's own total and heading names.
        // The kind's own total and heading names, compared only when the first letter can match.
        let named = uraian.isEmpty ? firstText : uraian
        let label = ownLabelInitials.isEmpty || !Self.mayStartWithOneOf(named, ownLabelInitials) ? "" : normalizedLabel(named)
        if spec.totalLabels?.contains(label) == true {
            rows.append(Row(kode: "", level: .total, uraian: uraian.isEmpty ? firstText.trimmedWhitespace : uraian, values: values, source: SourceRef(sheet: sheet.name, row: r.index + 1)))
            return
        }
        if spec.headingLabels?.contains(label) == true {
            rows.append(Row(kode: "", level: .lain, uraian: uraian.isEmpty ? firstText.trimmedWhitespace : uraian, values: values, source: SourceRef(sheet: sheet.name, row: r.index + 1)))
            return
        }
        if RowText.isTotal(uraian) || RowText.isTotal(kodeText) || (uraian.isEmpty && RowText.isTotal(firstText)) {
            rows.append(Row(kode: "", level: .total, uraian: RowText.isTotal(uraian) ? uraian : firstText.trimmedWhitespace, values: values, source: SourceRef(sheet: sheet.name, row: r.index + 1)))
            return
        }
        if isFooter {
            rows.append(Row(kode: "", level: .lain, uraian: firstText.trimmedWhitespace, values: values, source: SourceRef(sheet: sheet.name, row: r.index + 1)))
            return
        }
        // A code cell holding a lettered label (`A`, `b.`) or a row number is not a code.
        var kode = Kode.parse(kodeText)
        // A lone number in the code column is a row number ("1", "2."), unless the row is an urusan.
        if let k = kode, k.level == .urusan, !k.isPlaceholder, !normalizedLabel(uraian).hasPrefix("urusan") { kode = nil }
        // A row with its own label ("1", "b.") is a row of the table, never a wrapped line.
        let labelled = !kodeText.isEmpty
        if kode == nil, !kodeText.isEmpty, isRowLabel(kodeText) { kodeText = "" }
        if kode == nil, let k = Kode.parse(kodeText.replacingOccurrences(of: " ", with: ".")) { kode = k }
        // A code already in its dotted digits is its own description (most rows of a large file).
        if let k = kode, !(kodeText.utf8.first.map { $0 >= 0x31 && $0 <= 0x39 } == true && kodeText.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) {
            kodeText = k.description
        }

        if kodeText.isEmpty && uraian.isEmpty {
            if values.isEmpty { return }
            // A wrapped line of text only: continue the cells above (one cell by its wording; several
            // text cells that all continue filled cells of the row above, with no amount or target).
            if let last = rows.indices.last, values.allSatisfy({ if case .text = $0.value { return true } else { return false } }),
               values.keys.allSatisfy({ rows[last].values[$0] != nil }),
               values.count > 1 || values.contains(where: { k, v in
                   if case .text(let prev)? = rows[last].values[k] { return RowText.continues(previous: prev, next: v.text) }
                   return false
               }) {
                for (k, v) in values { if case .text(let prev)? = rows[last].values[k] { rows[last].values[k] = .text(prev + " " + v.text) } }
                return
            }
            // A sasaran heading (Rencana Aksi: "Terwujudnya UMKM yang produktif…" with its own
            // indicator) is kept as `lain`; otherwise the line adds an indicator to the row above.
            let heading = rows.isEmpty || values["sasaran"] != nil || !spec.isHierarchical
            rows.append(Row(kode: "", level: heading ? .lain : .indikator, uraian: "", values: values, source: SourceRef(sheet: sheet.name, row: r.index + 1)))
            return
        }
        let rowBold = r.cells.contains { $0.style.isBold && uraianColumns.contains($0.column) }
        let startsAnew = rowBold && !boldRows.contains(rows.count - 1)
        // A line the PDF/page wrapped: no code, no amount, no target, only text that continues the
        // texts of the row above (S2: "Koordinasi dan Penyusunan" / "Laporan Keuangan Akhir Tahun SKPD").
        if kodeText.isEmpty, !labelled, !startsAnew, let last = rows.indices.last, rows[last].level.depth != nil || rows[last].level == .indikator,
           values.allSatisfy({ if case .text = $0.value { return true } else { return false } }),
           !RowText.isUpperCase(uraian), RowText.levelByWording(uraian) == nil || !uraian.isEmpty && values.isEmpty == false && RowText.levelByWording(uraian) == nil,
           values.keys.allSatisfy({ rows[last].values[$0] != nil }) {
            if !uraian.isEmpty { rows[last].uraian += " " + uraian }
            for (k, v) in values { if case .text(let prev)? = rows[last].values[k] { rows[last].values[k] = .text(prev + " " + v.text) } }
            return
        }
        // A wrapped name with nothing else: continue the name above.
        if kodeText.isEmpty, !labelled, !startsAnew, values.isEmpty, let last = rows.indices.last, !rows[last].uraian.isEmpty,
           RowText.continues(previous: rows[last].uraian, next: uraian) {
            rows[last].uraian += " " + uraian
            return
        }
        // An organisation code ("2-17 | 0-0 | 0-0 | 01", S0) heads the perangkat daerah's rows: kept, not a level.
        let isOrganisation = kode == nil && (kodeText.contains("-") && kodeText.allSatisfy { $0.isNumber || $0 == "-" || $0 == "." || $0 == " " }
            || RowText.namesOrganisation(uraian))
        let level = isOrganisation ? .lain : inferLevel(kode: kode, kodeText: kodeText, uraian: uraian, bold: rowBold)
        let kodeOut = kodeText
        if rowBold { boldRows.insert(rows.count) }
        if let storedUraian {
            rows.append(Row(kode: kodeOut, level: level, storedUraian: storedUraian, values: values, source: SourceRef(sheet: sheet.name, row: r.index + 1)))
        } else {
            rows.append(Row(kode: kodeOut, level: level, uraian: uraian, values: values, source: SourceRef(sheet: sheet.name, row: r.index + 1)))
        }
    }

    /// A code-less name with no indicator of its own whose amount is exactly that of the sub
    /// kegiatan below it is that sub kegiatan's kegiatan (S4: "Pendidikan dan Pelatihan SDM Usaha
    /// Mikro…" 263.879.532 over its one sub kegiatan), when neither wording nor nomenclature told.
    mutating func promoteParentsByAmount() {
        let money = spec.columns.filter { $0.aggregatesBySum }.map(\.key)
        for i in rows.indices.dropLast() where rows[i].level == .subkegiatan && !rows[i].hasKode && rows[i + 1].level == .subkegiatan {
            // Only a row with no indicator and no target of its own, whose name the nomenclature
            // does not know as a sub kegiatan.
            let hasOwn = rows[i].values.contains { k, v in
                if k.contains("indikator") { return true }
                if case .target = v { return true }
                return false
            }
            guard !hasOwn, nomenklatur?.resolveKode(name: rows[i].uraian, level: .subkegiatan, under: nil) == nil else { continue }
            let same = money.contains { k in rows[i].values[k]?.rupiah != nil && rows[i].values[k]?.rupiah == rows[i + 1].values[k]?.rupiah }
            if same { rows[i].level = .kegiatan }
        }
    }

    /// Code-less rows get their code from the nomenclature by name (after wrapped lines were joined),
    /// in the current 4-digit form, Program Penunjang's X.XX placed in the document's bidang.
    /// Split code cells that mostly do not form codes (S2 T-C.29 prints `2 1 0 2 0 0` on every row,
    /// layouts.md §2.3: "not usable as codes") are set aside: the rows take their codes from their
    /// names, and the sheet gets one warning instead of an error per row.
    mutating func dropGarbledCodes() {
        guard match.kodeColumns.count > 1 else { return }
        let coded = rows.indices.filter { rows[$0].level.depth != nil && rows[$0].hasKode }
        let bad = coded.filter { rows[$0].parsedKode == nil }
        guard bad.count >= 3, bad.count * 2 > coded.count, let first = bad.first else { return }
        // The column is unreliable as a whole: codes that happen to parse ("2 11") go too.
        for i in coded { rows[i].kode = "" }
        let cell = rows[first].source.map { A1.cell(row: $0.row - 1, column: match.kodeColumns[0]) } ?? "A1"
        findings.append(Finding(rule: "kode.format", severity: .warning, sheet: sheet.name, cell: cell, column: "kode",
                                message: "Kolom kode di lembar \(sheet.name) tidak terbaca sebagai kode pada \(bad.count) dari \(coded.count) baris (mis. '\(rows[first].uraian.prefix(40))'); kodenya ditentukan dari nama menurut nomenklatur. Isi kode lengkap bertitik (mis. 2.17.01.2.01.01) agar dapat diperiksa.",
                                messageEnglish: "The code columns of sheet \(sheet.name) do not read as codes on \(bad.count) of \(coded.count) rows (e.g. '\(rows[first].uraian.prefix(40))'); codes were taken from the names by the nomenclature. Fill in full dotted codes (e.g. 2.17.01.2.01.01) so that they can be checked."))
    }

    mutating func resolveMissingCodes() {
        guard let nomenklatur else { return }
        for i in rows.indices where !rows[i].hasKode && rows[i].level.depth != nil && !rows[i].uraian.isEmpty {
            let level = rows[i].level
            let parent = parentKode(for: level, before: i)
            guard let entry = nomenklatur.resolveKode(name: rows[i].uraian, level: level, under: parent)
                    ?? nomenklatur.resolveKode(name: rows[i].uraian, level: level, under: nil) else { continue }
            var k = Kode.parse(entry.kode)?.fourDigit
            if let kk = k, kk.isPlaceholder, let b = parent?.bidangKode ?? documentBidang(before: i), let bk = Kode.parse(b) {
                k = Kode(segments: bk.segments + Array(kk.segments.dropFirst(2)))
            }
            rows[i].kode = k?.description ?? entry.kode
        }
        // A name the nomenclature does not know takes its code from the first coded row below it
        // (S3 T-C.31 "PROGRAM PENGEMBANGAN USAHA" over 2.17.08.2.01): the table's own structure.
        for i in rows.indices where !rows[i].hasKode {
            guard let d = rows[i].level.depth, d > 0 else { continue }
            var j = i + 1
            while j < rows.count, rows[j].level == .indikator || (!rows[j].hasKode && (rows[j].level.depth ?? 0) > d) { j += 1 }
            let n = Self.segments(forDepth: d)
            guard j < rows.count, let below = rows[j].level.depth, below > d, let k = rows[j].parsedKode, !k.isRelative,
                  k.segments.count > n else { continue }
            let own = k.prefix(n)
            guard own.level == rows[i].level else { continue }
            rows[i].kode = own.description
        }
    }

    /// Code segments of a level by depth (urusan 1, bidang 2, program 3, kegiatan 5, sub kegiatan 6).
    static func segments(forDepth d: Int) -> Int { [1, 2, 3, 5, 6][min(max(d, 0), 4)] }

    func parentKode(for level: Level, before i: Int) -> Kode? {
        guard let d = level.depth, d > 0 else { return nil }
        for r in rows[..<i].reversed() {
            guard let rd = r.level.depth else { continue }
            if rd < d { return r.parsedKode.flatMap { $0.isRelative ? nil : $0 } }
        }
        return nil
    }

    func documentBidang(before i: Int) -> String? {
        for r in rows[..<i].reversed() { if let k = r.parsedKode, !k.isRelative, !k.isPlaceholder, let b = k.bidangKode { return b } }
        return nil
    }

    /// The bidang of the codes read so far (for X.XX items resolved from the nomenclature).
    func documentBidangSoFar() -> String? {
        for r in rows.reversed() { if let k = r.parsedKode, !k.isRelative, !k.isPlaceholder, let b = k.bidangKode { return b } }
        return nil
    }

    func isRowLabel(_ t: String) -> Bool {
        let s = t.trimmingCharacters(in: CharacterSet(charactersIn: " .)"))
        if s.count <= 2, s.allSatisfy({ $0.isLetter }) { return true }
        if s.count <= 3, s.allSatisfy({ $0.isNumber }), Int(s) != nil, !t.contains(".") || t.hasSuffix(".") { return true }
        return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"].contains(s.lowercased())
    }

    /// The code of the nearest row above of the level that would be this level's parent.
    func parentKode(for level: Level) -> Kode? {
        guard let d = level.depth, d > 0 else { return nil }
        for r in rows.reversed() {
            if let rd = r.level.depth, rd < d, let k = r.parsedKode, !k.isRelative { return k }
        }
        return nil
    }

    func inferLevel(kode: Kode?, kodeText: String, uraian: String, bold: Bool) -> Level {
        // "PROGRAM PELAYANAN IZIN …" coded 2.17 (S3): the wording says program; the code, a
        // bidang's, is then reported by kode.hierarchy instead of turning the row into a bidang.
        // (The code's depth is looked at first: only urusan and bidang codes ask the wording.)
        if let k = kode, !k.isPlaceholder, let l = k.level, let dk = l.depth, dk <= 1, let byWording = RowText.levelByWording(uraian), let dw = byWording.depth, dw > dk {
            return byWording
        }
        if let l = kode?.level { return l }
        if let l = RowText.levelByWording(uraian) { return l }
        if !kodeText.isEmpty, let l = levelOfMalformed(kodeText) { return l }
        if let nomenklatur, let e = nomenklatur.resolveKode(name: uraian, level: nil, under: nil) { return e.level }
        if RowText.isUpperCase(uraian) { return .program }
        // Below a program, a plain name is a kegiatan when bold, else a sub kegiatan.
        let lastChain = rows.last { $0.level.depth != nil }?.level
        switch lastChain {
        case .program?: return bold ? .kegiatan : .kegiatan
        case .kegiatan?: return bold ? .kegiatan : .subkegiatan
        case .subkegiatan?: return bold ? .kegiatan : .subkegiatan
        case nil: return spec.isHierarchical ? .lain : .lain
        default: return .subkegiatan
        }
    }

    /// Malformed codes (`2.17.2`, `2.17.2.2.01.1`) still say roughly where they sit by their length.
    func levelOfMalformed(_ t: String) -> Level? {
        let parts = t.split(whereSeparator: { $0 == "." || $0 == " " }).count
        switch parts {
        case 1: return nil
        case 2: return .bidang
        case 3: return .kegiatan
        case 4, 5: return .kegiatan
        default: return .subkegiatan
        }
    }

    mutating func value(_ cell: Cell, column cs: ColumnSpec, ref: CellRef, rowKode: String, uraian: String, keepText: Bool = false) -> Value? {
        // Made once: a text the reader keeps in its store is made a string at every `cell.value`.
        let cellValue = cell.value
        // Mapping while the sheet is read, a column's notation is known only so far: the one a
        // separated text was read with is checked against the whole body's at the end.
        if speculating, cs.type != .kode, cs.type != .uraian, cs.type != .text, case .text(let s) = cellValue, Self.hasSeparator(s) {
            speculation!.notationsUsed[cs.key, default: []].insert(notation[cs.key])
        }
        switch cs.type {
        case .kode, .uraian, .text:
            let t = trimmed(cellValue.text)
            if t.isEmpty { return nil }
            if cs.type == .text, t == "-" { return nil }
            return .text(t)
        case .target:
            // Footer rows under K columns: an average (a number) or a predikat label (text).
            if keepText {
                if let p = number(cellValue, key: cs.key, hint: .decimal) { return .number(p.value) }
                let t = trimmed(cellValue.text)
                return NumberText.isEmptyMarker(t) ? nil : .text(t)
            }
            switch cellValue {
            case .number(let d):
                let v = cell.style.isPercent ? d * DecimalNumber(100) : d
                let percent = cell.style.isPercent || cell.style.literalPercent
                return .target(Target(text: v.description + (percent ? "%" : ""), number: v, unit: percent ? "%" : nil))
            default:
                // The same target text in the same column reads the same (the column's notation is
                // decided before any row): read once, then its `Target` reused.
                let raw = cellValue.text
                let key = TargetKey(column: ref.column, text: raw)
                if let known = targetValues[key] { return known }
                let t = trimmed(raw)
                var value: Value? = nil
                if !NumberText.isEmptyMarker(t) {
                    var target = Target.parse(t)
                    if target.number != nil, let n = notation[cs.key], let p = NumberText.parse(String(t.prefix { ($0.asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false) || $0 == "." || $0 == "," || $0 == "-" }), hint: .decimal, notation: n) {
                        target = target.with(number: p.value)
                    }
                    value = .target(target)
                }
                if targetValues.count < Target.sharingLimit { targetValues[key] = value }
                return value
            }
        case .rupiah:
            // A footer row (Rata-rata capaian) holds percentages under the money columns.
            if keepText {
                if let p = number(cellValue, key: cs.key, hint: .decimal) { return .number(p.value) }
                let t = trimmed(cellValue.text)
                return NumberText.isEmptyMarker(t) ? nil : .text(t)
            }
            guard let p = number(cellValue, key: cs.key, hint: .money) else {
                if case .text(let s) = cellValue, !NumberText.isEmptyMarker(s) {
                    if keepText { return .text(s.trimmedWhitespace) }
                    badNumber(cell, cs, ref, rowKode, uraian)
                    // Kept as written: sums over it are not judged, the model loses nothing.
                    return .text(trimmed(s))
                }
                return nil
            }
            var v = p.value
            if thousands.contains(cs.key) { v = v * DecimalNumber(1000) }
            return .rupiah(v.integerValue)
        case .percent, .number:
            guard var p = number(cellValue, key: cs.key, hint: .decimal) else {
                if case .text(let s) = cellValue, !NumberText.isEmptyMarker(s) {
                    if keepText { return .text(s.trimmedWhitespace) }
                    badNumber(cell, cs, ref, rowKode, uraian)
                    // Kept as written: sums over it are not judged, the model loses nothing.
                    return .text(trimmed(s))
                }
                return nil
            }
            if cs.type == .percent, cell.style.isPercent, case .number = cellValue { p.value = p.value * DecimalNumber(100) }
            return .number(p.value)
        }
    }

    mutating func badNumber(_ cell: Cell, _ cs: ColumnSpec, _ at: CellRef, _ kode: String, _ uraian: String) {
        let ref = at.a1
        let who = kode.isEmpty ? "'\(uraian.prefix(60))'" : kode
        findings.append(Finding(rule: "value.number", severity: .error, sheet: sheet.name, cell: ref, kode: kode.isEmpty ? nil : kode, column: cs.key,
                                message: "Sel \(ref) (\(cs.key), baris \(who)) berisi '\(cell.value.text)', bukan angka. Tulis angkanya saja, mis. 1.500.000 atau 96,77.",
                                messageEnglish: "Cell \(ref) (\(cs.key), row \(who)) holds '\(cell.value.text)', not a number. Write the number only, e.g. 1.500.000 or 96,77."))
    }

    /// Relative codes (`01.2.01.06`) are placed under the bidang of the document: the bidang of the
    /// absolute codes, else of a bidang row, else of the nomenclature's only bidang.
    mutating func resolveRelativeCodes(perangkatDaerah: String?) {
        // Most documents have no relative code: a code whose first segment is one character (or
        // no code) cannot be one, which a look at its first two bytes tells without parsing
        // every code of a large table (a tenth of a second's CPU at 100,000 rows).
        // Read in place, through a buffer by index: a closure given each row, or an array's
        // element, got a copy (every string of the row retained and released again).
        guard rows.withUnsafeBufferPointer({ rows in rows.indices.contains { Self.mayBeRelative(lead: rows[$0].kodeLead) } }) else { return }
        var counts: [String: Int] = [:]
        let kodes = Self.inHalves(rows) { part in part.map { $0.parsedKode } }.flatMap { $0 }  // once per row, for both passes
        for k in kodes {
            if let k, !k.isRelative, !k.isPlaceholder, let b = k.bidangKode { counts[b, default: 0] += 1 }
        }
        var bidang = counts.max { $0.value < $1.value }?.key
        if bidang == nil, let nomenklatur { bidang = nomenklatur.onlyBidang }
        // No absolute code at all (S3's evaluation: 01.2.01.06 only): the perangkat daerah's name
        // says which bidang ("Dinas Koperasi Usaha kecil dan Menengah" -> 2.17).
        if bidang == nil, let nomenklatur, let pd = perangkatDaerah { bidang = nomenklatur.bidang(ofPerangkatDaerah: pd) }
        guard let b = bidang, let bk = Kode.parse(b) else { return }
        for i in rows.indices {
            if let k = kodes[i], k.isRelative { rows[i].kode = k.resolved(underBidang: bk).description }
        }
    }

    /// False when `kode` cannot parse as a relative code (`Kode.parse`: a relative code's first
    /// segment has two characters): empty, or one code character followed by a separator or
    /// nothing. True for anything else, which is then parsed.
    static func mayBeRelative(_ kode: String) -> Bool {
        var u = kode.utf8.makeIterator()
        return mayBeRelative(lead: (u.next(), u.next()))
    }

    /// `mayBeRelative` on the first two bytes of a code's text (`Row.kodeLead`).
    static func mayBeRelative(lead: (UInt8?, UInt8?)) -> Bool {
        guard let first = lead.0 else { return false }
        let isCodeCharacter = (first >= 0x30 && first <= 0x39) || first == 0x58 || first == 0x78
        guard isCodeCharacter else { return true }
        guard let second = lead.1 else { return false }
        return !(second == 0x2E || second == 0x20 || second == 0x2D || second == 0x09)
    }
}

extension ColumnMatcher {
    /// True when a text is one of the layout's header wordings (to spot repeated header rows).
    static func aliasHit(_ text: String, spec: TemplateSpec) -> Bool {
        guard !text.isEmpty, text.count < 200 else { return false }
        if ["k", "rp", "i", "ii", "iii", "iv"].contains(text) { return true }
        return spec.columns.contains { c in c.aliases.contains { aliasScore($0, in: text) >= 4 } }
    }
}

/// What two threads compute side by side (`inHalves`, the two halves of a mapping), each setting its own.
/// The body rows being mapped, shared by the two halves' threads: each reads and empties only
/// the rows of its own range.
struct BodyRows: @unchecked Sendable {
    let rows: UnsafeMutableBufferPointer<SheetRow>
    init(_ rows: UnsafeMutableBufferPointer<SheetRow>) { self.rows = rows }
}

private final class HalfResults<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: T] = [:]
    func set(_ i: Int, _ value: T) { lock.lock(); results[i] = value; lock.unlock() }
    func get(_ i: Int) -> T { lock.lock(); defer { lock.unlock() }; return results[i]! }
}
