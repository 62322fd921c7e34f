import ArgumentParser
import Foundation
import Render
import SheetIO

/// `renja dpa INPUT -o OUT.xlsx`: DPA data (a SIPD DPA export or any sheet in the DPA layout) into
/// the official DPA workbook, with live totals and anggaran kas per triwulan.
struct DpaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dpa", abstract: "Ekspor DPA ke Excel / export DPA data to Excel.")
    @Argument(help: "Berkas DPA (.xlsx, .csv, .json).") var input: String
    @Option(name: .shortAndLong, help: "Workbook keluaran (.xlsx).") var output: String
    @Option(help: "Kertas / paper: a4 | f4.") var kertas: String = "a4"
    @OptionGroup var common: CommonOptions

    func run() throws {
        let c = try ConvertCommand.parse([input, "-o", output, "--table", "dpa", "--kertas", kertas, "--lang", common.lang.rawValue])
        try c.run()
    }
}
