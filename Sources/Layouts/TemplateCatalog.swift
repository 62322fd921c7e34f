import Foundation
import RenjaModel

/// The nine layouts, loaded once from the `templates/` folder.
public struct TemplateCatalog: Sendable {
    public let directory: URL
    public let specs: [TableKind: TemplateSpec]

    public enum LoadError: Error, CustomStringConvertible {
        case notFound(searched: [String])
        case unreadable(file: String, reason: String)
        case invalid(file: String, problems: [String])

        public var description: String {
            switch self {
            case .notFound(let s): "templates/ folder not found (searched: \(s.joined(separator: ", "))); set RENJA_TEMPLATES"
            case .unreadable(let f, let r): "\(f): \(r)"
            case .invalid(let f, let p): "\(f): " + p.joined(separator: "; ")
            }
        }
    }

    public func spec(_ kind: TableKind) -> TemplateSpec { specs[kind]! }

    /// Every alias of every layout, once (header detection asks "is this any known header?").
    public let allAliases: [String]
    /// The same aliases split at `|` once, for the many cells header detection looks at.
    public let allAliasParts: [[String]]

    /// Loads every kind from `directory`, validating each file (see `TemplateValidator`).
    public init(directory: URL) throws {
        self.directory = directory
        var specs: [TableKind: TemplateSpec] = [:]
        for kind in TableKind.allCases {
            let file = directory.appendingPathComponent("\(kind.rawValue).json")
            let data: Data
            do { data = try Data(contentsOf: file) } catch {
                throw LoadError.unreadable(file: file.path, reason: "cannot read (\(error.localizedDescription))")
            }
            var spec: TemplateSpec
            do { spec = try JSONDecoder().decode(TemplateSpec.self, from: data) } catch {
                throw LoadError.unreadable(file: file.path, reason: "not a valid template: \(error)")
            }
            let problems = TemplateValidator.problems(in: spec, expectedKind: kind)
            if !problems.isEmpty { throw LoadError.invalid(file: file.path, problems: problems) }
            spec.indexColumns()
            specs[kind] = spec
        }
        self.specs = specs
        var seen = Set<String>()
        self.allAliases = specs.values.flatMap { $0.columns.flatMap(\.aliases) }.filter { seen.insert($0).inserted }.sorted()
        self.allAliasParts = allAliases.map { $0.split(separator: "|").map(String.init) }
    }

    /// Where the templates are: `$RENJA_TEMPLATES`, next to the installed executable
    /// (`../share/renja/templates`), above the executable (a build folder inside the checkout), above
    /// the working directory, or the checkout this code was compiled from.
    public static func locate() throws -> URL {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["RENJA_TEMPLATES"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(exe.appendingPathComponent("../share/renja/templates").standardized)
        for start in [exe, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            var dir = start
            for _ in 0..<8 {
                candidates.append(dir.appendingPathComponent("templates"))
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../templates").standardized)
        for c in candidates where FileManager.default.fileExists(atPath: c.appendingPathComponent("tc33.json").path) {
            return c
        }
        throw LoadError.notFound(searched: candidates.prefix(4).map(\.path))
    }

    /// The catalog at the located folder, loaded once per process.
    public static func shared() throws -> TemplateCatalog {
        try cache.get()
    }

    private static let cache = CatalogCache()
}

private final class CatalogCache: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<TemplateCatalog, Error>?

    func get() throws -> TemplateCatalog {
        lock.lock(); defer { lock.unlock() }
        if let value { return try value.get() }
        let r = Result { try TemplateCatalog(directory: TemplateCatalog.locate()) }
        value = r
        return try r.get()
    }
}
