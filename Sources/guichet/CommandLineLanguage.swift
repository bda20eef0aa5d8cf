import Foundation
import GuichetCore

/// The language of the command line, decided before parsing so that the help
/// texts, built while parsing, are in it.
enum CommandLineLanguage {
    nonisolated(unsafe) static var current: Language = .french

    /// Reads `--lang X` or `--lang=X` from the raw arguments, else the environment.
    static func detect(arguments: [String], environment: [String: String]) -> Language {
        var option: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { option = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { option = String(argument.dropFirst("--lang=".count)) }
        }
        return Language.resolve(option: option, environment: environment)
    }
}

extension Phrase {
    /// The text in the command line's language.
    var cli: String { text(CommandLineLanguage.current) }
}
