import ArgumentParser
import Foundation
import Layouts
import Render
import RenjaModel
import Rules
import SheetIO

/// `renja validate INPUT... [--table KIND] [--sheet NAME] [--format text|json] [--annotate OUT.xlsx]`.
/// Several inputs (a kabupaten's OPD files) are read and checked on all cores at once; their
/// reports come in the order given (JSON: an array of reports), and the exit status is the worst.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Periksa tabel / check a table (exit 0 bersih/clean, 1 ada galat/errors, 2 tidak terbaca/unreadable).")

    @Argument(help: "Berkas masukan / input (.xlsx, .csv, .json); boleh beberapa / several allowed.") var inputs: [String]
    @Option(help: "Jenis tabel / table kind.") var table: String?
    @Option(help: "Nama lembar / sheet name.") var sheet: String?
    @Option(help: "Keluaran / output: text | json.") var format: String = "text"
    @Option(help: "Tulis workbook beranotasi / write an annotated workbook (.xlsx).") var annotate: String?
    @Option(help: "Kertas / paper: a4 | f4.") var kertas: String = "a4"
    @OptionGroup var common: CommonOptions

    func run() throws {
        let lang = common.lang
        guard format == "text" || format == "json" else {
            throw Failure.usage("format '\(format)' tidak dikenal; gunakan text atau json.", "unknown format '\(format)'; use text or json.")
        }
        let paper = try parsePaper(kertas)
        guard !inputs.isEmpty else { throw Failure.usage("sebutkan berkas masukan.", "name an input file.") }
        if inputs.count > 1 {
            if annotate != nil {
                throw Failure.usage("--annotate hanya untuk satu berkas masukan.", "--annotate takes a single input file.")
            }
            return try runMany(lang: lang)
        }
        let input = inputs[0]
        let pipeline = try Pipeline(input: input, table: table, sheet: sheet, lang: lang)
        let annotateURL = try annotate.map { try Pipeline.checkOutput($0, notSameAs: pipeline.input, allowed: ["xlsx"]) }
        let findings = pipeline.findings()
        let rep = pipeline.report(findings)
        let english = lang == .en
        if format == "json" {
            FileHandle.standardOutput.write(rep.json(english: english))
        } else {
            print(rep.text(english: english, colour: isatty(1) == 1), terminator: "")
        }
        if let annotateURL {
            try writeOutput(annotate!) {
                let options = RenderOptions(paper: paper, sourceName: pipeline.input.lastPathComponent, sourceSHA256: SHA256.hex(ofFile: pipeline.input))
                try AnnotatedWorkbook.write(model: pipeline.result.model, spec: pipeline.spec, findings: rep.findings, english: english, to: annotateURL, options: options)
            }
        }
        if rep.errors > 0 { throw ExitCode(1) }
    }

    /// Many inputs: each read and checked on its own thread; an unreadable one is reported in
    /// its place (exit 2 at the end) and does not stop the others.
    func runMany(lang: Lang) throws {
        let english = lang == .en
        let results = ResultSlots(count: inputs.count)
        let inputs = self.inputs, table = self.table, sheet = self.sheet
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            do {
                let p = try Pipeline(input: inputs[i], table: table, sheet: sheet, lang: lang, alone: false)
                results.set(i, .success(p.report(p.findings())))
            } catch let f as Failure {
                results.set(i, .failure(f))
            } catch {
                results.set(i, .failure(Failure.input("\(inputs[i]): \(error)", "\(inputs[i]): \(error)")))
            }
        }
        var worst: Int32 = 0
        var json: [Data] = []
        for (i, r) in results.all.enumerated() {
            switch r {
            case .success(let rep):
                if rep.errors > 0 { worst = max(worst, 1) }
                if format == "json" { json.append(rep.json(english: english)) } else {
                    print("== \(inputs[i])")
                    print(rep.text(english: english, colour: isatty(1) == 1), terminator: "")
                }
            case .failure(let f):
                worst = max(worst, f.exitCode)
                if format == "json" {
                    let msg = f.message(lang).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    json.append(Data("{\"input\": \"\(URL(fileURLWithPath: inputs[i]).lastPathComponent)\", \"unreadable\": \"\(msg)\"}".utf8))
                } else {
                    print("== \(inputs[i])")
                    FileHandle.standardError.write(Data((f.message(lang) + "\n").utf8))
                }
            }
        }
        if format == "json" {
            var out = Data("[\n".utf8)
            for (i, d) in json.enumerated() {
                out.append(d)
                out.append(Data((i + 1 < json.count ? ",\n" : "\n").utf8))
            }
            out.append(Data("]\n".utf8))
            FileHandle.standardOutput.write(out)
        }
        if worst > 0 { throw ExitCode(worst) }
    }
}

/// One result per input, filled from several threads.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Report, Failure>?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<Report, Failure>) { lock.lock(); slots[i] = r; lock.unlock() }
    var all: [Result<Report, Failure>] { slots.compactMap { $0 } }
}
