import ArgumentParser
import Foundation
import Layouts
import Render
import RenjaModel
import Rules
import SheetIO

/// `renja convert INPUT -o OUTPUT [--table KIND] [--sheet NAME] [--report REPORT.json] [--strict]`:
/// any readable input to the official template filled (.xlsx), the plain CSV (.csv) or the model (.json).
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Ubah tabel ke templat resmi, CSV atau JSON / convert a table to the official template, CSV or JSON.")

    @Argument(help: "Berkas masukan / input (.xlsx, .csv, .json).") var input: String
    @Option(name: .shortAndLong, help: "Berkas keluaran / output (.xlsx, .csv, .json).") var output: String
    @Option(help: "Jenis tabel / table kind (renja tables).") var table: String?
    @Option(help: "Nama lembar / sheet name.") var sheet: String?
    @Option(help: "Laporan temuan / findings report (.json).") var report: String?
    @Flag(help: "Jangan tulis keluaran bila ada galat / write nothing when there are errors.") var strict = false
    @Option(help: "Dialek CSV / CSV dialect: plain | excel-id.") var csv: String = "plain"
    @Option(help: "Kertas / paper: a4 | f4.") var kertas: String = "a4"
    @Flag(help: "Kunci sel rumus / protect formula cells.") var kunci = false
    @OptionGroup var common: CommonOptions

    func run() throws {
        let lang = common.lang
        let style: CSVWriter.Style
        switch csv {
        case "plain": style = .plain
        case "excel-id": style = .excelIndonesian
        default: throw Failure.usage("dialek CSV '\(csv)' tidak dikenal; gunakan plain atau excel-id.", "unknown CSV dialect '\(csv)'; use plain or excel-id.")
        }
        let paper = try parsePaper(kertas)
        // The input's digest for the workbook's properties, computed on whatever core is idle.
        let inputURL = URL(fileURLWithPath: input)
        let digest = output.lowercased().hasSuffix(".xlsx") ? Background.thread(nice: 19) { SHA256.hex(ofFile: inputURL) } : nil
        // A large model written by renja is read as a stream when it becomes a workbook: the
        // writing starts on its first rows (with --strict the rules need every row first).
        let writesWorkbook = output.lowercased().hasSuffix(".xlsx")
        let streaming = writesWorkbook && !strict && ProcessInfo.processInfo.environment["RENJA_SEQUENTIAL"] == nil
        // The outputs are checked before the input is read (a streamed input's error comes later).
        let out = try Pipeline.checkOutput(output, notSameAs: inputURL, allowed: ["xlsx", "csv", "json"])
        if let report { _ = try Pipeline.checkOutput(report, notSameAs: inputURL, allowed: ["json"]) }
        let pipeline = try Pipeline(input: input, table: table, sheet: sheet, lang: lang, streaming: streaming)
        Timing.mark("setup")
        // The codes parsed and the derivation (parent sums, derived columns): for a workbook on a
        // thread of their own beside the writing, which needs them only for the cells it writes
        // last; otherwise by the first rule family to run, beside the JSON or CSV writer, which
        // needs neither.
        let validator = writesWorkbook && !strict ? Background.thread { pipeline.validator() } : Background.onDemand { pipeline.validator() }
        ProcessEnd.keep(pipeline, validator)
        let english = lang == .en
        let spec = pipeline.spec
        let sourceName = pipeline.input.lastPathComponent
        let (output, kunci) = (self.output, self.kunci)
        // The rules wait until the workbook's body is decided: until then that work keeps the
        // other core busy; afterwards libxlsxwriter writes and compresses on one core alone.
        let bodyDecided = DispatchSemaphore(value: 0)
        @Sendable func writeTheOutput() throws {
            defer { bodyDecided.signal() }
            try writeOutput(output) {
                switch out.pathExtension.lowercased() {
                case "json":
                    try AtomicOutput.write(to: out) { sink in try ModelJSON.write(pipeline.result.model, keyOrder: spec.valueKeys, to: sink) }
                case "csv":
                    try AtomicOutput.write(to: out) { sink in try ModelCSV.write(pipeline.result.model, spec: spec, style: style, to: sink) }
                default:
                    var options = RenderOptions(paper: paper, protect: kunci, sourceName: sourceName)
                    if let digest { options.pendingSourceSHA256 = { digest.value } }
                    let derivation: @Sendable () -> Derivation = { validator.value.derivation }
                    guard let stream = pipeline.stream else {
                        let renderer = TableRenderer(model: pipeline.result.model, spec: spec, options: options, derivation: derivation)
                        renderer.onBodyDecided = { bodyDecided.signal() }
                        try renderer.write(to: out)
                        return
                    }
                    let renderer = TableRenderer(streaming: stream.head, rows: stream.rows, spec: spec, options: options, derivation: derivation)
                    renderer.onBodyDecided = { bodyDecided.signal() }
                    do {
                        try renderer.write(to: out)
                    } catch {
                        // A model that fails part way is an unreadable input (exit 2), as when read at once.
                        do { _ = try stream.rows.model() } catch let bad {
                            throw Messages.failure(ModelReader.Failure.json(file: pipeline.input.path, detail: "\(bad)"), lang: lang)
                        }
                        throw error
                    }
                }
            }
        }
        let rep: Report
        if strict {
            rep = pipeline.report(pipeline.result.findings + validator.value.run())
            if rep.errors > 0 {
                if let report { try writeOutput(report) { try AtomicOutput.write(rep.json(english: english), to: URL(fileURLWithPath: report)) } }
                FileHandle.standardError.write(Data(rep.text(english: english, colour: false).utf8))
                throw Failure(exitCode: 1, id: "\(rep.errors) galat; --strict: keluaran tidak ditulis.", en: "\(rep.errors) error(s); --strict: no output written.")
            }
            try writeTheOutput()
        } else {
            // The rules and the writer only read the model and its derivation: on two cores they
            // run side by side (the output does not depend on the findings without --strict).
            // A JSON or CSV writer finishes before the rules: it then takes the rule families
            // not yet started (the findings keep the families' order).
            // Two threads of their own, not two iterations of concurrentPerform, which a one-core
            // machine runs in turn (rules waiting for a body not yet written). The validator and
            // the rules allocate the most: on this thread, they reuse the memory reading freed.
            let results = RuleFamilies()
            @Sendable func runRules() { results.runRemaining(validator.value) }
            if writesWorkbook {
                let rules = Background.thread {
                    bodyDecided.wait()
                    runRules()
                }
                do { try writeTheOutput() } catch { results.setError(error) }
                _ = rules.value
            } else {
                let writer = Background.thread {
                    do { try writeTheOutput() } catch { results.setError(error) }
                    runRules()
                }
                runRules()
                _ = writer.value
            }
            if let e = results.error { throw e }
            rep = pipeline.report(pipeline.result.findings + results.findings)
        }
        Timing.mark("validate and write")
        if let report { try writeOutput(report) { try AtomicOutput.write(rep.json(english: english), to: URL(fileURLWithPath: report)) } }
        if rep.errors > 0 || rep.warnings > 0 {
            FileHandle.standardError.write(Data((english
                ? "\(pipeline.input.lastPathComponent): \(rep.errors) error(s), \(rep.warnings) warning(s); see renja validate for details.\n"
                : "\(pipeline.input.lastPathComponent): \(rep.errors) galat, \(rep.warnings) peringatan; rinciannya: renja validate.\n").utf8))
        }
        if rep.errors > 0 { throw ExitCode(1) }
    }
}

func parsePaper(_ s: String) throws -> Paper {
    switch s.lowercased() {
    case "a4": return .a4
    case "f4", "folio": return .f4
    default: throw Failure.usage("kertas '\(s)' tidak dikenal; gunakan a4 atau f4.", "unknown paper '\(s)'; use a4 or f4.")
    }
}
