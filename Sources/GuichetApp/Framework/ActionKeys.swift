import GuichetCore
import GuichetTerminal

/// The keys of one action: its function key, the Ctrl-letter that does the same
/// (F-keys are lost on some terminals), and other keys (Enter on a list row, Esc
/// for back, Space to tick, ← → to choose…).
public struct ActionKeys: Sendable, Equatable {
    public var function: Int?
    public var control: Character?
    public var others: [Key]
    /// True for plain characters (`?`, Space) that must yield to a focused text field.
    public var yieldsToTextInput: Bool

    public init(function: Int? = nil, control: Character? = nil, others: [Key] = [], yieldsToTextInput: Bool = false) {
        self.function = function
        self.control = control
        self.others = others
        self.yieldsToTextInput = yieldsToTextInput
    }

    /// Every key of the action.
    public var all: [Key] {
        (function.map { [Key.function($0)] } ?? []) + (control.map { [Key.ctrl($0)] } ?? []) + others
    }

    public func matches(_ key: Key, textFieldFocused: Bool) -> Bool {
        if let function, key == .function(function) { return true }
        if let control, key == .ctrl(control) { return true }
        guard others.contains(key) else { return false }
        if case .character = key, textFieldFocused { return false }
        return !(yieldsToTextInput && textFieldFocused)
    }

    /// `F1 / Ctrl-G / ?` — every key, as the help screen lists them.
    public func names(_ language: Language) -> String {
        all.map { KeyNames.name(of: $0, language) }.joined(separator: " / ")
    }

    /// The key a hint or a message names: the one volunteers press — Enter, Esc,
    /// Space, or the arrows together (`← →`) — else the function key, else the Ctrl-letter.
    public func hintName(_ language: Language) -> String {
        if let first = others.first {
            let arrows = others.filter(\.isArrow)
            if first.isArrow { return arrows.map { KeyNames.name(of: $0, language) }.joined(separator: " ") }
            return KeyNames.name(of: first, language)
        }
        if let function { return KeyNames.name(of: .function(function), language) }
        if let control { return KeyNames.name(of: .ctrl(control), language) }
        return ""
    }
}

extension Key {
    var isArrow: Bool {
        switch self {
        case .up, .down, .left, .right: return true
        default: return false
        }
    }
}
