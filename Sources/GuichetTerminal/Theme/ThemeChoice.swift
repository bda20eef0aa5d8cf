/// Which theme to use at start-up.
public enum ThemeChoice {
    /// "monochrome" when `NO_COLOR` is set to a non-empty value (no-color.org)
    /// or the terminal has no colours; otherwise the requested theme, else the
    /// saved one, else "classique". Empty names count as absent.
    public static func resolve(requested: String?, saved: String?, environment: [String: String],
                               terminalHasColors: Bool) -> String {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return Theme.builtinMonochrome.name }
        if !terminalHasColors { return Theme.builtinMonochrome.name }
        if let requested, !requested.isEmpty { return requested }
        if let saved, !saved.isEmpty { return saved }
        return ThemeLoader.defaultName
    }
}
