import GuichetCore
import GuichetStore
import GuichetTerminal

/// A yes/no question drawn over the screen below. `o` (oui) or `y` says yes;
/// `n`, Esc and F10 say no and close the dialog.
struct ConfirmScreen: Screen {
    enum Action { case yes, no }

    let title: Phrase
    let question: Phrase
    let arguments: [String]
    /// What happens on yes, once the dialog is closed.
    let onYes: (AppContext) -> Effect

    init(title: Phrase, question: Phrase, arguments: [String] = [], onYes: @escaping (AppContext) -> Effect) {
        self.title = title
        self.question = question
        self.arguments = arguments
        self.onYes = onYes
    }

    var isModal: Bool { true }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        // « o » for oui first in French, « y » for yes first in English: the hint names the first.
        let yesKeys: [Key] = context.language == .french
            ? [.character("o"), .character("O"), .character("y"), .character("Y")]
            : [.character("y"), .character("Y"), .character("o"), .character("O")]
        return [
            ScreenAction(.yes, keys: yesKeys,
                         label: AppText.actionYes, help: AppText.actionYesHelp, hint: AppText.hintYes),
            ScreenAction(.no, function: 10, keys: [.character("n"), .character("N"), .escape],
                         label: AppText.actionNo, help: AppText.actionNoHelp, hint: AppText.hintNo),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .yes: return .sequence([.pop, onYes(context)])
        case .no: return .pop
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        ConfirmDialog(title: context.text(title), lines: [question.text(context.language, arguments: arguments)],
                      hint: KeyHints.line(actions(context), context.language))
            .render(into: &buffer, area: area, glyphs: context.glyphs)
        return nil
    }

    /// Asks, then on yes runs a store action as the signed-in user: its success
    /// notice shows on the screen below, which reads its data again; its error
    /// shows the same way as every command's.
    static func action(
        title: Phrase, question: Phrase, arguments: [String],
        _ run: @escaping (GuichetStore, Actor, AppContext) throws(GuichetError) -> Notice
    ) -> ConfirmScreen {
        ConfirmScreen(title: title, question: question, arguments: arguments) { _ in
            .asUser { store, actor, context throws(GuichetError) in
                .sequence([.notice(try run(store, actor, context)), .reload])
            }
        }
    }

    /// Asks before throwing away a form's changes; yes closes the form too.
    static func discardChanges() -> ConfirmScreen {
        ConfirmScreen(title: AppText.discardTitle, question: AppText.discardQuestion) { _ in .pop }
    }
}
