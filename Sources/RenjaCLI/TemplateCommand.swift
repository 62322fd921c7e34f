import ArgumentParser

/// `renja template KIND -o OUT.xlsx`: a blank official template.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "template", abstract: "Templat resmi kosong / a blank official template.")
    @OptionGroup var common: CommonOptions
    func run() throws {}
}
