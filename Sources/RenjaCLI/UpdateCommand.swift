import ArgumentParser
import Foundation
import Layouts
import Render
import RenjaModel
import Rules
import SheetIO

/// `renja update WORKBOOK --realisasi FILE --triwulan N [--kumulatif] -o OUT.xlsx`: the quarter of
/// every sub kegiatan filled from a realisation file, every derived column, total, rata-rata
/// capaian and predikat recomputed as formulas with cached values. Any error: nothing written, exit 1.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Isi realisasi satu triwulan / fill one quarter's realisation from a file.")

    @Argument(help: "Workbook evaluasi, realisasi atau rencana-aksi.") var workbook: String
    @Option(help: "Berkas realisasi (CSV/XLSX) dengan kode dan realisasi_rp.") var realisasi: String
    @Option(help: "Triwulan 1-4.") var triwulan: Int
    @Flag(help: "Angka kumulatif s.d. akhir triwulan / cumulative amounts.") var kumulatif = false
    @Flag(help: "Timpa nilai triwulan yang sudah ada / overwrite existing quarter values.") var timpa = false
    @Flag(name: .customLong("dry-run"), help: "Tampilkan perubahan tanpa menulis / show the changes, write nothing.") var dryRun = false
    @Option(name: .shortAndLong, help: "Workbook keluaran (.xlsx).") var output: String?
    @Option(help: "Laporan perubahan (.json).") var report: String?
    @Option(help: "Jenis tabel / table kind.") var table: String?
    @Option(help: "Kertas / paper: a4 | f4.") var kertas: String = "a4"
    @OptionGroup var common: CommonOptions

    func run() throws {
        let lang = common.lang
        let english = lang == .en
        guard (1...4).contains(triwulan) else { throw Failure.usage("triwulan harus 1, 2, 3 atau 4.", "--triwulan must be 1, 2, 3 or 4.") }
        guard dryRun || output != nil else { throw Failure.usage("sebutkan keluaran dengan -o OUT.xlsx (atau --dry-run).", "name the output with -o OUT.xlsx (or use --dry-run).") }
        let paper = try parsePaper(kertas)
        let pipeline = try Pipeline(input: workbook, table: table, sheet: nil, lang: lang)
        let model = pipeline.result.model
        guard QuarterUpdate.keys(model.table, triwulan: triwulan) != nil else {
            throw Failure.usage("\(workbook) adalah tabel \(model.table.rawValue); update hanya untuk evaluasi, realisasi dan rencana-aksi.",
                                "\(workbook) is a \(model.table.rawValue) table; update works on evaluasi, realisasi and rencana-aksi.")
        }
        let out = try output.map { try Pipeline.checkOutput($0, notSameAs: pipeline.input, allowed: ["xlsx"]) }
        let fileURL = URL(fileURLWithPath: realisasi)
        let parsed: RealisasiFileReader.Parsed
        do {
            let grid = try ModelReader.grid(fileURL)
            parsed = try RealisasiFileReader.read(grid, file: fileURL.lastPathComponent, triwulan: triwulan)
        } catch let e as RealisasiFileReader.NoHeader {
            throw Failure.input("\(e.file): tidak ditemukan baris judul dengan kolom kode dan realisasi_rp.", "\(e.file): no header row with the columns kode and realisasi_rp was found.")
        } catch {
            throw Messages.failure(error, lang: lang)
        }
        let update = QuarterUpdate(triwulan: triwulan, cumulative: kumulatif || parsed.cumulative, overwrite: timpa, file: fileURL.lastPathComponent)
        let outcome = update.apply(parsed.lines, to: model, spec: pipeline.spec, workbookName: pipeline.input.lastPathComponent)
        let findings = parsed.findings + outcome.findings
        let errors = findings.filter { $0.severity == .error }
        // Summary: per changed cell old -> new, then counts.
        var text = ""
        for c in outcome.changes {
            text += "  \(c.kode) \(c.key): \(c.old?.text ?? "-") -> \(c.new.text)\n"
        }
        for f in findings { text += "  [\(f.rule)] \(f.message(english: english))\n" }
        text += english
            ? "updated \(outcome.updatedRows) row(s), unchanged \(outcome.unchangedRows), skipped \(outcome.skippedRows); \(outcome.changes.count) cell(s) changed; \(errors.count) error(s)\n"
            : "diperbarui \(outcome.updatedRows) baris, tetap \(outcome.unchangedRows), dilewati \(outcome.skippedRows); \(outcome.changes.count) sel berubah; \(errors.count) galat\n"
        print(text, terminator: "")
        if let report {
            let json = UpdateReport.json(outcome: outcome, findings: findings, english: english, workbook: pipeline.input.lastPathComponent, file: fileURL.lastPathComponent, triwulan: triwulan)
            try writeOutput(report) { try AtomicOutput.write(json, to: URL(fileURLWithPath: report)) }
        }
        if !errors.isEmpty {
            throw Failure(exitCode: 1, id: "\(errors.count) galat: tidak ada yang ditulis.", en: "\(errors.count) error(s): nothing was written.")
        }
        if dryRun { return }
        if let out {
            try writeOutput(output!) {
                let options = RenderOptions(paper: paper, sourceName: pipeline.input.lastPathComponent, sourceSHA256: SHA256.hex(ofFile: pipeline.input))
                try TableRenderer(model: outcome.model, spec: pipeline.spec, options: options).write(to: out)
            }
        }
    }
}

enum UpdateReport {
    static func json(outcome: QuarterUpdate.Outcome, findings: [Finding], english: Bool, workbook: String, file: String, triwulan: Int) -> Data {
        var s = "{\n  \"renja_update\": 1,\n  \"workbook\": \(ModelJSON.quote(workbook)),\n  \"realisasi\": \(ModelJSON.quote(file)),\n  \"triwulan\": \(triwulan),\n"
        s += "  \"updated\": \(outcome.updatedRows),\n  \"unchanged\": \(outcome.unchangedRows),\n  \"skipped\": \(outcome.skippedRows),\n  \"changes\": ["
        s += outcome.changes.map { c in
            "\n    {\"kode\": \(ModelJSON.quote(c.kode)), \"column\": \(ModelJSON.quote(c.key)), \"old\": \(c.old.map { ModelJSON.quote($0.text) } ?? "null"), \"new\": \(ModelJSON.quote(c.new.text))}"
        }.joined(separator: ",")
        s += outcome.changes.isEmpty ? "],\n" : "\n  ],\n"
        s += "  \"findings\": [" + findings.map { f in
            "\n    {\"rule\": \(ModelJSON.quote(f.rule)), \"severity\": \(ModelJSON.quote(f.severity.rawValue)), \"cell\": \(ModelJSON.quote(f.cell)), \"message\": \(ModelJSON.quote(f.message(english: english)))}"
        }.joined(separator: ",") + (findings.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return Data(s.utf8)
    }
}
