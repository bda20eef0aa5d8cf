import GuichetCore
import GuichetTerminal

/// A yes/no question drawn over the screen below. `o` (oui) or `y` says yes;
/// `n`, Esc and F10 say no and close the dialog.
struct ConfirmScreen: Screen {
    let title: Phrase
    let question: Phrase
    let arguments: [String]
    /// What happens on yes, run once the dialog is closed.
    let onYes: (AppContext) -> Effect

    init(title: Phrase, question: Phrase, arguments: [String] = [], onYes: @escaping (AppContext) -> Effect) {
        self.title = title
        self.question = question
        self.arguments = arguments
        self.onYes = onYes
    }

    var isModal: Bool { true }

    func actions(_ context: AppContext) -> [ScreenAction] {
        [
            StandardActions.help,
            ScreenAction(id: "yes", otherKeys: [.character("o"), .character("O"), .character("y"), .character("Y")],
                         label: AppText.actionYes, help: AppText.actionYesHelp),
            ScreenAction(id: "no", functionKey: 10, otherKeys: [.character("n"), .character("N"), .escape],
                         label: AppText.actionNo, help: AppText.actionNoHelp),
        ]
    }

    mutating func perform(_ id: String, context: AppContext) -> Effect {
        id == "yes" ? .sequence([.pop, onYes(context)]) : .pop
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        ConfirmDialog(title: context.text(title), lines: [question.text(context.language, arguments: arguments)],
                      hint: context.text(AppText.confirmHint))
            .render(into: &buffer, area: area, glyphs: context.glyphs)
        return nil
    }

    /// Asks, then on yes runs a store action as the signed-in user: its success
    /// notice, or its error, shows on the screen below.
    static func action(
        title: Phrase, question: Phrase, arguments: [String],
        _ run: @escaping (AppContext, Actor) throws(GuichetError) -> Notice
    ) -> ConfirmScreen {
        ConfirmScreen(title: title, question: question, arguments: arguments) { context in
            guard let actor = context.actor else { return .none }
            do throws(GuichetError) {
                return .notice(try run(context, actor))
            } catch {
                return .error(error, context)
            }
        }
    }

    /// Asks before throwing away a form's changes; yes closes the form too.
    static func discardChanges() -> ConfirmScreen {
        ConfirmScreen(title: AppText.discardTitle, question: AppText.discardQuestion) { _ in .pop }
    }
}
