import GuichetCore
import GuichetTerminal

/// A screen that is one form: F2 saves from anywhere, Enter on the last field
/// saves too, Esc asks before throwing changes away. Conforming screens only
/// say how to save and how to draw.
protocol FormScreen: Screen {
    var form: FormState { get set }
    mutating func save(_ context: AppContext) -> Effect
}

extension FormScreen {
    var isEditingText: Bool { form.focusedFieldIsText }

    func actions(_ context: AppContext) -> [ScreenAction] {
        [StandardActions.help, StandardActions.save(), StandardActions.back]
    }

    mutating func perform(_ id: String, context: AppContext) -> Effect {
        switch id {
        case "save": return save(context)
        default: return form.isDirty ? .push(ConfirmScreen.discardChanges()) : .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        if key == .enter && form.isOnLastField { return save(context) }
        return form.handle(key, context: context)
    }
}
