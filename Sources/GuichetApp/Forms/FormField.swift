import GuichetCore
import GuichetTerminal

/// One choice of a choice field: a stable code and its label.
public struct ChoiceOption: Equatable {
    public let code: String
    public let label: Phrase
    public init(code: String, label: Phrase) {
        self.code = code
        self.label = label
    }
}

/// One labelled field of a form: free text (possibly masked) or a fixed list of choices.
public struct FormField {
    public enum Kind {
        case text(TextFieldState)
        case choice(options: [ChoiceOption], selected: Int)
    }

    public let id: String
    public let label: Phrase
    public var kind: Kind
    /// Checks the value when the field is left and again on save; nil when valid.
    public let check: ((String) -> GuichetError?)?
    public var error: GuichetError?

    public init(id: String, label: Phrase, text: String = "", masked: Bool = false, maxLength: Int? = 80,
                check: ((String) -> GuichetError?)? = nil) {
        self.id = id
        self.label = label
        self.kind = .text(TextFieldState(text: text, isMasked: masked, maxLength: maxLength))
        self.check = check
    }

    public init(id: String, label: Phrase, options: [ChoiceOption], selectedCode: String? = nil) {
        self.id = id
        self.label = label
        let index = options.firstIndex { $0.code == selectedCode } ?? 0
        self.kind = .choice(options: options, selected: index)
        self.check = nil
    }

    /// The text typed, or the code of the chosen option.
    public var value: String {
        switch kind {
        case .text(let state): return state.text
        case .choice(let options, let selected): return options.isEmpty ? "" : options[selected].code
        }
    }

    public var isText: Bool {
        if case .text = kind { return true }
        return false
    }

    mutating func validate() -> GuichetError? {
        error = check?(value)
        return error
    }

    /// Edits the field with `key`; true when the key was used. A choice field
    /// takes the first letter of an option (← → are the form's actions).
    mutating func edit(_ key: Key, language: Language) -> Bool {
        switch kind {
        case .text(var state):
            let used = state.handle(key)
            kind = .text(state)
            return used
        case .choice(let options, let selected):
            guard case .character(let typed) = key, !options.isEmpty else { return false }
            let initial = NameInitial.of(String(typed))
            let start = selected + 1
            guard let found = (0..<options.count).map({ (start + $0) % options.count })
                .first(where: { NameInitial.of(options[$0].label.text(language)) == initial }) else { return false }
            kind = .choice(options: options, selected: found)
            return true
        }
    }

    /// The longest text the field takes, when the last key was refused because it is full.
    var refusedForLength: Int? {
        guard case .text(let state) = kind, state.isFull else { return nil }
        return state.maxLength
    }

    /// Picks the option `step` away (wrapping); false for a text field.
    mutating func choose(by step: Int) -> Bool {
        guard case .choice(let options, let selected) = kind, !options.isEmpty else { return false }
        kind = .choice(options: options, selected: (selected + step + options.count) % options.count)
        return true
    }
}

/// The first letter of a label, folded, so that typing `e` picks "État" or "Émis".
enum NameInitial {
    static func of(_ text: String) -> String {
        String(NameFolding.fold(text).prefix(1))
    }
}
