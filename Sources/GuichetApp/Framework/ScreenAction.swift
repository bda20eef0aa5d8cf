import GuichetCore
import GuichetTerminal

/// Whether an action can be used now.
public enum ActionAvailability: Equatable, Sendable {
    case enabled
    /// Shown greyed in the bar and the help; pressing its key says why.
    case greyed(Phrase)
    /// Not in the bar nor the help; its keys go on to the screen (Space types a
    /// space in a text field instead of ticking a reason).
    case hidden
}

/// One action of a screen, declared once: the value the screen's `perform`
/// switches on, its keys, its short label (function-key bar), its help (F1),
/// the words of a hint line and whether it is available. The bar, the F1
/// help, the hint lines and every message that names a key are made from
/// these, so keys and texts cannot drift apart.
public struct ScreenAction<Action: Hashable & Sendable>: Sendable {
    public let action: Action
    public var keys: ActionKeys
    public let label: Phrase
    public let help: Phrase
    /// After the key in a hint line: « enregistrer » in `F2 : enregistrer`; nil: never in a hint.
    public let hint: Phrase?
    public var availability: ActionAvailability

    public init(_ action: Action, function: Int? = nil, control: Character? = nil, keys others: [Key] = [],
                label: Phrase, help: Phrase, hint: Phrase? = nil, availability: ActionAvailability = .enabled,
                yieldsToTextInput: Bool = false) {
        self.action = action
        self.keys = ActionKeys(function: function, control: control, others: others, yieldsToTextInput: yieldsToTextInput)
        self.label = label
        self.help = help
        self.hint = hint
        self.availability = availability
    }

    /// The action without its value, as the bar, the help and the tests read it.
    public var entry: ActionEntry {
        ActionEntry(keys: keys, label: label, help: help, hint: hint, availability: availability)
    }

    /// The same action, greyed with `reason` when `condition` holds.
    public func greyed(_ reason: Phrase, when condition: Bool) -> ScreenAction {
        guard condition else { return self }
        var copy = self
        copy.availability = .greyed(reason)
        return copy
    }

    /// The same action with `availability` (unless it is already hidden).
    public func available(_ availability: ActionAvailability) -> ScreenAction {
        guard self.availability != .hidden else { return self }
        var copy = self
        copy.availability = availability
        return copy
    }

    /// The same action, hidden when `condition` holds.
    public func hidden(when condition: Bool) -> ScreenAction {
        guard condition else { return self }
        var copy = self
        copy.availability = .hidden
        return copy
    }
}

/// An action of any screen, without the value its screen switches on.
public struct ActionEntry: Sendable, Equatable {
    public let keys: ActionKeys
    public let label: Phrase
    public let help: Phrase
    public let hint: Phrase?
    public let availability: ActionAvailability
}

extension ScreenAction {
    /// Esc or F10: back, or on a screen with nothing behind it, quit.
    public static func back(_ action: Action, label: Phrase = AppText.actionBack, help: Phrase = AppText.actionBackHelp,
                            hint: Phrase = AppText.hintBack) -> ScreenAction {
        ScreenAction(action, function: 10, keys: [.escape], label: label, help: help, hint: hint)
    }

    /// F2 or Ctrl-N in a form: save from any field.
    public static func save(_ action: Action, label: Phrase = AppText.actionSave, help: Phrase = AppText.actionSaveHelp,
                            hint: Phrase = AppText.hintSave) -> ScreenAction {
        ScreenAction(action, function: 2, control: "n", label: label, help: help, hint: hint)
    }
}

extension ActionEntry {
    /// F1, Ctrl-G or `?` out of a text field: every screen's help, opened by the run loop.
    public static let help = ActionEntry(
        keys: ActionKeys(function: 1, control: "g", others: [.character("?")], yieldsToTextInput: true),
        label: AppText.actionHelp, help: AppText.actionHelpHelp, hint: AppText.hintHelp, availability: .enabled)
}

extension Array {
    /// The key of `action` as a hint or a message names it (`F2`, `Entrée`, `← →`).
    public func keyName<Action>(of action: Action, _ language: Language) -> String where Element == ScreenAction<Action> {
        first { $0.action == action }?.keys.hintName(language) ?? ""
    }
}
