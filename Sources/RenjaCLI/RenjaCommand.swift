import ArgumentParser
import Foundation

/// `renja`: the planning spreadsheets of Perangkat Daerah and Bappeda, read, checked and written
/// back as the official templates (contract §4).
public struct RenjaCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "renja",
        abstract: "Renja, DPA dan realisasi: baca, periksa dan tulis tabel resmi (Permendagri 86/2017).",
        version: version,
        subcommands: [TablesCommand.self, TemplateCommand.self, ConvertCommand.self, ValidateCommand.self, UpdateCommand.self, DpaCommand.self]
    )

    public init() {}

    /// Runs the command line with the contract's exit statuses: 0 done, 1 error-level findings,
    /// 2 unreadable input or wrong command line, 3 output not written. (ArgumentParser's own
    /// usage exit code is 64; the contract says 2.)
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        let args = arguments ?? Array(CommandLine.arguments.dropFirst())
        let lang = Lang.from(arguments: args)
        do {
            var command = try parseAsRoot(args)
            try command.run()
            Foundation.exit(0)
        } catch let failure as Failure {
            FileHandle.standardError.write(Data((failure.message(lang) + "\n").utf8))
            Foundation.exit(failure.exitCode)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if code == .success {
                print(text)
                Foundation.exit(0)
            }
            let prefix = lang == .en ? "renja: wrong command line" : "renja: baris perintah salah"
            FileHandle.standardError.write(Data("\(prefix): \(text)\n".utf8))
            Foundation.exit(2)
        }
    }
}

/// The large values a command built (the grid's model, its derivation), kept until the process
/// exits: the system takes back a process's memory at once, while releasing a 100,000-row model
/// object by object takes a tenth of a second or more.
enum ProcessEnd {
    nonisolated(unsafe) private static var kept: [Any] = []
    static func keep(_ values: Any...) { kept.append(contentsOf: values) }
}
