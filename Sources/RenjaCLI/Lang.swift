import ArgumentParser

/// The language of messages: Indonesian by default, English with `--lang en`.
public enum Lang: String, ExpressibleByArgument, Sendable, CaseIterable {
    case id, en

    /// Reads `--lang` before parsing, so that even a parse error is reported in the chosen language.
    static func from(arguments: [String]) -> Lang {
        for (i, a) in arguments.enumerated() {
            if a == "--lang", i + 1 < arguments.count, let l = Lang(rawValue: arguments[i + 1]) { return l }
            if a.hasPrefix("--lang="), let l = Lang(rawValue: String(a.dropFirst(7))) { return l }
        }
        return .id
    }

    /// Picks the sentence in this language.
    func pick(_ id: String, _ en: String) -> String { self == .en ? en : id }
}

/// A command's failure with its exit status (contract §4) and a sentence in both languages.
struct Failure: Error {
    var exitCode: Int32
    var id: String
    var en: String

    func message(_ lang: Lang) -> String { "renja: " + lang.pick(id, en) }

    static func usage(_ id: String, _ en: String) -> Failure { Failure(exitCode: 2, id: id, en: en) }
    static func input(_ id: String, _ en: String) -> Failure { Failure(exitCode: 2, id: id, en: en) }
    static func output(_ id: String, _ en: String) -> Failure { Failure(exitCode: 3, id: id, en: en) }
}

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Bahasa pesan / message language: id | en.")
    var lang: Lang = .id
}
