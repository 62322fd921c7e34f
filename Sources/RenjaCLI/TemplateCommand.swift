import ArgumentParser
import Foundation
import Layouts
import Render
import RenjaModel
import SheetIO

/// `renja template KIND -o OUT.xlsx [--tahun N] [--pemda TEXT] [--perangkat-daerah TEXT] [--kertas a4|f4]`:
/// the blank official template of a kind, ready to fill.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Tulis templat resmi kosong / write a blank official template.")

    @Argument(help: "Jenis tabel / table kind (renja tables).") var kind: String
    @Option(name: .shortAndLong, help: "Berkas keluaran / output file (.xlsx).") var output: String
    @Option(help: "Tahun rencana (n) / plan year.") var tahun: Int?
    @Option(help: "Pemerintah daerah, mis. \"Kabupaten Lumajang\".") var pemda: String?
    @Option(name: .customLong("perangkat-daerah"), help: "Nama perangkat daerah.") var perangkatDaerah: String?
    @Option(help: "Kertas / paper: a4 | f4.") var kertas: String = "a4"
    @OptionGroup var common: CommonOptions

    func run() throws {
        let lang = common.lang
        guard let tableKind = TableKind(rawValue: kind) else {
            let known = TableKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw Failure.usage("jenis tabel '\(kind)' tidak dikenal; yang dikenal: \(known).",
                                "unknown table kind '\(kind)'; known kinds: \(known).")
        }
        if let tahun, !(2000...2100).contains(tahun) {
            throw Failure.usage("tahun \(tahun) tidak sah; harus antara 2000 dan 2100.",
                                "invalid year \(tahun); it must be between 2000 and 2100.")
        }
        let paper = try parsePaper(kertas)
        let url = URL(fileURLWithPath: output)
        guard url.pathExtension.lowercased() == "xlsx" else {
            throw Failure.usage("berkas keluaran '\(output)' harus berakhiran .xlsx.", "output file '\(output)' must end in .xlsx.")
        }
        let catalog = try loadCatalog(lang)
        let meta = Meta(tahun: tahun, pemda: pemda, perangkatDaerah: perangkatDaerah)
        do {
            try BlankTemplate.write(spec: catalog.spec(tableKind), meta: meta, to: url, options: RenderOptions(paper: paper))
        } catch {
            throw Failure.output("berkas keluaran '\(output)' tidak dapat ditulis: \(error). Tidak ada yang ditulis.",
                                 "the output file '\(output)' cannot be written: \(error). Nothing was written.")
        }
    }
}
