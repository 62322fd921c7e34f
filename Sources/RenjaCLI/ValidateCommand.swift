import ArgumentParser
import Foundation
import Layouts
import Render
import RenjaModel
import Rules
import SheetIO

/// `renja validate INPUT [--table KIND] [--sheet NAME] [--format text|json] [--annotate OUT.xlsx]`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Periksa tabel / check a table (exit 0 bersih/clean, 1 ada galat/errors, 2 tidak terbaca/unreadable).")

    @Argument(help: "Berkas masukan / input (.xlsx, .csv, .json).") var input: String
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
}
