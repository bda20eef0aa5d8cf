import GuichetCore
import GuichetStore
import GuichetTerminal

/// A screen that is one form: F2 saves from anywhere, Enter on the last field
/// saves too, Esc asks before throwing changes away. Conforming screens only
/// say how to save and how to draw.
protocol FormScreen: Screen where Action == FormAction {
    var form: FormState { get set }
    mutating func save(_ context: AppContext) -> Effect
    /// After a key changed or moved in the form (a choice made, a field left): a form whose
    /// fields follow one another (a card chosen sets its price) updates them here.
    mutating func formEdited(_ context: AppContext)
}

extension FormScreen {
    var isEditingText: Bool { form.focusedFieldIsText }

    mutating func formEdited(_ context: AppContext) {}

    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions()
    }

    mutating func perform(_ action: FormAction, context: AppContext) -> Effect {
        switch action {
        case .save:
            return save(context)
        case .back:
            return form.isDirty ? .push(ConfirmScreen.discardChanges()) : .pop
        case .nextField where form.isOnLastField:
            return save(context)
        case .nextField, .previousField, .choosePrevious, .chooseNext:
            let effect = form.navigate(action, context: context) ?? .none
            formEdited(context)
            return effect
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        form.edit(key, language: context.language)
        formEdited(context)
        return form.fullFieldNotice(context)
    }
}
