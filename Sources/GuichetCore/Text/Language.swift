/// The languages the interface speaks. French is the default.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case french = "fr"
    case english = "en"

    /// The language asked for by `--lang`, else by `LANG`/`LC_ALL`/`LC_MESSAGES`, else French.
    public static func resolve(option: String?, environment: [String: String]) -> Language {
        if let option, let chosen = Language(code: option) { return chosen }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .english : .french
            }
        }
        return .french
    }

    /// Accepts `fr`, `en`, `fr_FR.UTF-8`, `english`…; nil when unknown.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("fr") { self = .french } else if lowered.hasPrefix("en") { self = .english } else { return nil }
    }
}
