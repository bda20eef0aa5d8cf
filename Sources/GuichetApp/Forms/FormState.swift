import GuichetCore
import GuichetTerminal

/// The fields of a form, the focus and whether anything was changed.
/// A field is checked as it is left, and every field again on save.
public struct FormState {
    public var fields: [FormField]
    public private(set) var focus = 0
    public private(set) var isDirty = false

    public init(fields: [FormField]) {
        self.fields = fields
    }

    public func value(_ id: String) -> String {
        fields.first { $0.id == id }?.value ?? ""
    }

    public var isOnLastField: Bool { focus == fields.count - 1 }

    public var focusedFieldIsText: Bool { fields.indices.contains(focus) && fields[focus].isText }

    public mutating func setText(_ id: String, _ text: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }), case .text(var state) = fields[index].kind else { return }
        state.text = text
        state.cursor = text.count
        fields[index].kind = .text(state)
    }

    public mutating func focus(on id: String) {
        if let index = fields.firstIndex(where: { $0.id == id }) { focus = index }
    }

    /// Edits the focused field with a key no action took (typing, Backspace, ← → in
    /// a text, a first letter in a choice); true when the key was used.
    @discardableResult
    public mutating func edit(_ key: Key, language: Language) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        let before = fields[focus].value
        guard fields[focus].edit(key, language: language) else { return false }
        // Moving the cursor changes nothing worth asking about before leaving.
        if fields[focus].value != before {
            isDirty = true
            fields[focus].error = nil
        }
        return true
    }

    /// « Nom : 80 caractères au plus » when the last key was refused because the focused field is full.
    func fullFieldNotice(_ context: AppContext) -> Effect {
        guard fields.indices.contains(focus), let maximum = fields[focus].refusedForLength else { return .none }
        return .notice(Notice(context.text(AppText.fieldFull, fields[focus].label, maximum), kind: .warning))
    }

    /// Moves the focus; the field left is checked and its error, if any, returned as a notice.
    mutating func move(by step: Int, context: AppContext) -> Effect {
        guard !fields.isEmpty else { return .none }
        let left = focus
        focus = (focus + step + fields.count) % fields.count
        if let error = fields[left].validate() { return .error(error, context) }
        return .none
    }

    /// Picks the previous or next option of the focused choice field.
    mutating func choose(by step: Int) {
        guard fields.indices.contains(focus), fields[focus].choose(by: step) else { return }
        isDirty = true
        fields[focus].error = nil
    }

    /// Checks every field; on the first error, focuses it and returns the error.
    public mutating func validateAll() -> GuichetError? {
        var first: (Int, GuichetError)?
        for index in fields.indices {
            if let error = fields[index].validate(), first == nil { first = (index, error) }
        }
        guard let first else { return nil }
        focus = first.0
        return first.1
    }

    /// Marks the field `id` as wrong (an error found on save by a rule spanning fields) and focuses it.
    public mutating func flag(_ id: String, _ error: GuichetError) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[index].error = error
        focus = index
    }
}
