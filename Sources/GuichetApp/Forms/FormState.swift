import GuichetCore
import GuichetTerminal

/// The fields of a form, the focus and whether anything was changed.
/// Enter, Tab and ↓ go to the next field, Shift-Tab and ↑ to the previous;
/// a field is checked as it is left, and every field again on save.
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

    /// Handles a key; returns the error of the field just left, if any, as a notice.
    public mutating func handle(_ key: Key, context: AppContext) -> Effect {
        guard !fields.isEmpty else { return .none }
        switch key {
        case .tab, .down, .enter:
            return move(by: 1, context: context)
        case .backTab, .up:
            return move(by: -1, context: context)
        default:
            if fields[focus].edit(key, language: context.language) {
                isDirty = true
                fields[focus].error = nil
            }
            return .none
        }
    }

    private mutating func move(by step: Int, context: AppContext) -> Effect {
        let left = focus
        focus = (focus + step + fields.count) % fields.count
        if let error = fields[left].validate() { return .error(error, context) }
        return .none
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
