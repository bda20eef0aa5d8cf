import Foundation

/// The options of the interactive counter, read directly when they are all
/// there is on the command line. swift-argument-parser builds its whole
/// command tree by reflection before it parses anything — a quarter of the
/// time to the first screen on an old PC — so the everyday launch skips it;
/// anything else (help, version, a subcommand, a mistake) goes through it.
struct CounterOptions: Equatable {
    var database: String?
    var theme: String?

    static func parseDirectly(_ arguments: [String]) -> CounterOptions? {
        var options = CounterOptions()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name: String
            let value: String
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
                index += 1
            } else {
                guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") else { return nil }
                name = argument
                value = arguments[index + 1]
                index += 2
            }
            guard !value.isEmpty else { return nil }
            switch name {
            case "--db": options.database = value
            case "--theme": options.theme = value
            case "--lang": break // already read by CommandLineLanguage
            default: return nil
            }
        }
        return options
    }
}

enum ProcessEnvironment {
    /// Every variable the counter reads (database path, themes, colours, terminal,
    /// language); a new one must be added here.
    static let names = ["GUICHET_DB", "XDG_DATA_HOME", "HOME", "GUICHET_THEMES", "NO_COLOR", "TERM",
                        "LC_ALL", "LC_MESSAGES", "LANG"]

    /// Those variables, read once with `getenv`: Foundation's dictionary of the whole
    /// environment cost a twentieth of the start-up.
    static let current: [String: String] = Dictionary(
        uniqueKeysWithValues: names.compactMap { name in getenv(name).map { (name, String(cString: $0)) } })
}
