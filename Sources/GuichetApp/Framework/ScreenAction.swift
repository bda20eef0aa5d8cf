import GuichetCore
import GuichetTerminal

/// One action of a screen, declared once: its keys, its short label for the
/// function-key bar and its help text. The bar and the F1 help are both
/// generated from the screen's table of these, so they cannot drift apart.
public struct ScreenAction: Sendable {
    public enum Availability: Equatable, Sendable {
        case enabled
        /// Shown greyed; pressing its key says why.
        case greyed(Phrase)
        /// Not shown in the bar or the help, and its keys do nothing.
        case hidden
    }

    public let id: String
    public let functionKey: Int?
    /// The Ctrl-letter that does the same (F-keys are lost on some terminals).
    public let controlKey: Character?
    /// Further keys: Enter on a list row, Esc for back, `?` for help…
    public let otherKeys: [Key]
    public let label: Phrase
    public let help: Phrase
    public var availability: Availability
    /// True for keys that are plain characters (like `?`) and must yield to a focused text field.
    public let yieldsToTextInput: Bool

    public init(
        id: String, functionKey: Int? = nil, controlKey: Character? = nil, otherKeys: [Key] = [],
        label: Phrase, help: Phrase, availability: Availability = .enabled, yieldsToTextInput: Bool = false
    ) {
        self.id = id
        self.functionKey = functionKey
        self.controlKey = controlKey
        self.otherKeys = otherKeys
        self.label = label
        self.help = help
        self.availability = availability
        self.yieldsToTextInput = yieldsToTextInput
    }

    public func matches(_ key: Key, textFieldFocused: Bool) -> Bool {
        if let functionKey, key == .function(functionKey) { return true }
        if let controlKey, key == .ctrl(controlKey) { return true }
        guard otherKeys.contains(key) else { return false }
        if case .character = key, textFieldFocused { return false }
        return !(yieldsToTextInput && textFieldFocused)
    }

    /// `F1 / Ctrl-G / ?` — the keys as the help screen lists them.
    public func keyNames(_ language: Language) -> String {
        var names: [String] = []
        if let functionKey { names.append("F\(functionKey)") }
        if let controlKey { names.append("Ctrl-" + String(controlKey).uppercased()) }
        names += otherKeys.map { KeyNames.name(of: $0, language) }
        return names.joined(separator: " / ")
    }
}
