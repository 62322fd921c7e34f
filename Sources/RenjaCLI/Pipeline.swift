import Foundation
import Layouts
import RenjaModel
import Rules

/// What convert, validate and update share: read the input into a model, validate it.
struct Pipeline {
    let catalog: TemplateCatalog
    let nomenklatur: Nomenklatur?
    let input: URL
    /// The only input being read: its reading and its rules may use both cores.
    let alone: Bool
    /// The rows of a large model still being read, with what its document says before them:
    /// a workbook writer may start on the first rows (see `ModelStream`).
    let stream: (rows: ModelStream, head: TableModel)?
    private let read: ReadResult?

    /// What was read. For a streamed model this waits until all its rows are read; a stream
    /// that failed gives the model without rows (its error is the writer's, see `ConvertCommand`).
    var result: ReadResult {
        if let read { return read }
        return ReadResult(model: (try? stream!.rows.model()) ?? stream!.head, findings: [])
    }

    var spec: TemplateSpec { catalog.spec(stream?.head.table ?? result.model.table) }

    /// Sheets of at least this much XML (about 4,000 rows) are mapped while they are read, when
    /// the input is read alone: below it the second thread costs more than it saves.
    static let mapWhileReadingFrom = 2 << 20

    /// `alone`: the only input being read (its reader may then use threads of its own).
    /// `streaming`: a large model written by renja may be read as a stream (see `stream`).
    init(input path: String, table: String?, sheet: String?, lang: Lang, alone: Bool = true, streaming: Bool = false) throws {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw Failure.input("berkas masukan '\(path)' tidak ada.", "input file '\(path)' does not exist.")
        }
        var kind: TableKind? = nil
        if let table {
            guard let k = TableKind(rawValue: table) else {
                let known = TableKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw Failure.usage("jenis tabel '\(table)' tidak dikenal; yang dikenal: \(known).", "unknown table kind '\(table)'; known kinds: \(known).")
            }
            kind = k
        }
        catalog = try loadCatalog(lang)
        nomenklatur = nomenklaturCache.get(catalog.directory.appendingPathComponent("nomenklatur.csv"))
        Timing.mark("load templates")
        input = url
        self.alone = alone
        if streaming, let rows = ModelReader.stream(url, catalog: catalog) {
            stream = rows.head().map { (rows, $0) }
            if stream != nil {
                read = nil
                return
            }
            // Not a stream after all (no rows where renja puts them): the whole model, or its error.
            do {
                read = ReadResult(model: try rows.model(), findings: [])
            } catch {
                throw Messages.failure(ModelReader.Failure.json(file: url.path, detail: "\(error)"), lang: lang)
            }
            return
        }
        stream = nil
        do {
            read = try ModelReader.read(url, catalog: catalog, nomenklatur: nomenklatur, options: ReadOptions(table: kind, sheet: sheet, sharedStringsBeside: alone,
                                                                                                     mapWhileReadingFrom: alone ? Self.mapWhileReadingFrom : nil))
        } catch {
            throw Messages.failure(error, lang: lang)
        }
    }

    /// Reading findings and every rule's findings, in sheet order.
    func findings() -> [Finding] { check().findings }

    /// The findings and the derived values they were judged on (the writer reuses them).
    func check() -> (findings: [Finding], derivation: Derivation) {
        let v = validator()
        // Several inputs read at once keep the cores busy already: their rules run in turn.
        return (result.findings + (alone ? RuleFamilies.run(v) : v.run()), v.derivation)
    }

    /// The validator of the model read, its derivation computed (the rules are run by `run()`).
    func validator() -> Validator {
        Allocator.collect?()
        return Validator(model: result.model, spec: spec, nomenklatur: nomenklatur, printedFormulas: result.printedFormulas)
    }

    func report(_ findings: [Finding]) -> Report {
        Report(input: input.lastPathComponent, table: result.model.table, layout: result.model.layout, findings: findings)
    }

    /// The output must not be the input (the input is never modified).
    static func checkOutput(_ output: String, notSameAs input: URL, allowed: [String]) throws -> URL {
        let out = URL(fileURLWithPath: output)
        guard allowed.contains(out.pathExtension.lowercased()) else {
            throw Failure.usage("berkas keluaran '\(output)' harus berakhiran \(allowed.map { "." + $0 }.joined(separator: ", ")).",
                                "output file '\(output)' must end in \(allowed.map { "." + $0 }.joined(separator: ", ")).")
        }
        if out.standardizedFileURL.resolvingSymlinksInPath().path == input.standardizedFileURL.resolvingSymlinksInPath().path {
            throw Failure.usage("berkas keluaran sama dengan berkas masukan; renja tidak pernah mengubah masukan. Pilih nama lain.",
                                "the output file is the input file; renja never modifies its input. Choose another name.")
        }
        return out
    }

}

/// Writes an output, turning any failure into exit 3 with nothing left behind.
func writeOutput(_ path: String, _ body: () throws -> Void) throws {
    do { try body() } catch let f as Failure { throw f } catch {
        throw Failure.output("berkas keluaran '\(path)' tidak dapat ditulis: \(error). Tidak ada yang ditulis.",
                             "the output file '\(path)' cannot be written: \(error). Nothing was written.")
    }
}

/// The nomenclature, read once per process (validate reads many files at once on both cores).
private final class NomenklaturCache: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: (URL, Nomenklatur?)?

    func get(_ url: URL) -> Nomenklatur? {
        lock.lock(); defer { lock.unlock() }
        if let (u, n) = loaded, u == url { return n }
        let n = try? Nomenklatur(contentsOf: url)
        loaded = (url, n)
        return n
    }
}
private let nomenklaturCache = NomenklaturCache()
