import GuichetCore
import GuichetTerminal

/// What every form does: save from any field, move between fields, choose in a
/// choice field, go back (asking before throwing changes away).
enum FormAction: Hashable, Sendable {
    case save
    case nextField
    case previousField
    case choosePrevious
    case chooseNext
    case back
}

extension FormState {
    /// The actions of a form in this state; `save` may carry another label (Entrer, Créer…).
    func actions(save: ScreenAction<FormAction> = .save(.save), back: ScreenAction<FormAction> = .back(.back, hint: AppText.hintGiveUp))
        -> [ScreenAction<FormAction>] {
        let hasChoices = fields.contains { !$0.isText }
        return [
            ScreenAction(.nextField, keys: [.enter, .tab, .down], label: AppText.actionNextField,
                         help: AppText.actionNextFieldHelp, hint: AppText.hintNextField),
            ScreenAction(.previousField, keys: [.backTab, .up], label: AppText.actionPreviousField,
                         help: AppText.actionPreviousFieldHelp),
            ScreenAction(.choosePrevious, keys: [.left], label: AppText.actionChoosePrevious,
                         help: AppText.actionChoosePreviousHelp, hint: AppText.hintChoose),
            ScreenAction(.chooseNext, keys: [.right, .character(" ")], label: AppText.actionChooseNext,
                         help: AppText.actionChooseNextHelp, hint: AppText.hintChoose, yieldsToTextInput: true),
            save,
            back,
        ].filter { hasChoices || ($0.action != .choosePrevious && $0.action != .chooseNext) }
    }

    /// Moves or chooses for the navigation actions; nil for `save` and `back`, which are the screen's own.
    mutating func navigate(_ action: FormAction, context: AppContext) -> Effect? {
        switch action {
        case .save, .back: return nil
        case .nextField: return move(by: 1, context: context)
        case .previousField: return move(by: -1, context: context)
        // In a text field the same arrows move the cursor.
        case .choosePrevious: if focusedFieldIsText { edit(.left, language: context.language) } else { choose(by: -1) }
        case .chooseNext: if focusedFieldIsText { edit(.right, language: context.language) } else { choose(by: 1) }
        }
        return Effect.none
    }
}
