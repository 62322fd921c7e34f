import ArgumentParser
import Layouts
import RenjaModel

/// `renja tables`: the table kinds, their titles and known variants.
struct TablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tables", abstract: "Daftar jenis tabel dan variannya / list the table kinds and their variants.")
    @OptionGroup var common: CommonOptions

    func run() throws {
        let catalog = try loadCatalog(common.lang)
        for kind in TableKind.allCases {
            let spec = catalog.spec(kind)
            print("\(kind.rawValue)\t\(spec.code)\t\(spec.title)")
            for v in spec.variants { print("    \(v.id): \(v.description)") }
        }
    }
}

/// The layouts, or exit 2 with a sentence saying where they were looked for.
func loadCatalog(_ lang: Lang) throws -> TemplateCatalog {
    do { return try TemplateCatalog.shared() } catch {
        throw Failure.input("templat tidak dapat dimuat: \(error)", "templates cannot be loaded: \(error)")
    }
}
