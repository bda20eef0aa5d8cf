import GuichetCore
import GuichetTerminal

/// F1: the keys of the screen below, generated from its action table.
struct HelpScreen: Screen {
    let screenTitle: Phrase
    let entries: [ScreenAction]
    private var list = ListState()

    init(screenTitle: Phrase, actions: [ScreenAction]) {
        self.screenTitle = screenTitle
        self.entries = actions.filter { $0.availability != .hidden }
    }

    var title: Phrase { AppText.helpTitle }

    func actions(_ context: AppContext) -> [ScreenAction] { [StandardActions.back] }

    mutating func perform(_ id: String, context: AppContext) -> Effect { .pop }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = list.handle(key, itemCount: entries.count, pageSize: 10)
        return .none
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(context.text(AppText.helpHeading, context.text(screenTitle)), role: .header)
            .render(into: &buffer, area: area.row(0))
        let keyWidth = min(28, (entries.map { TextWidth.of($0.keyNames(context.language)) }.max() ?? 0) + 2)
        let items = entries.map { action -> ListItem in
            var text = TextWidth.padded(action.keyNames(context.language), to: keyWidth)
                + context.text(action.label) + " — " + context.text(action.help)
            var role = StyleRole.normal
            if case .greyed(let reason) = action.availability {
                text += " (" + context.text(reason) + ")"
                role = .muted
            }
            return ListItem(text, role: role)
        }
        let listArea = Rect(x: area.x + 1, y: area.y + 2, width: max(0, area.width - 2), height: max(0, area.height - 4))
        ListView(items: items, state: list).render(into: &buffer, area: listArea, glyphs: context.glyphs)
        TextLine(context.text(AppText.helpFooter), role: .muted)
            .render(into: &buffer, area: area.row(area.height - 1))
        return nil
    }
}
