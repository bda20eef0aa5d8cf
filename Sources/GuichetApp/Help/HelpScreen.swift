import GuichetCore
import GuichetTerminal

/// F1: the keys of the screen below, generated from its action table.
struct HelpScreen: Screen {
    enum Action { case back }

    let screenTitle: Phrase
    let entries: [ActionEntry]
    private var list = ListState()

    init(screenTitle: Phrase, entries: [ActionEntry]) {
        self.screenTitle = screenTitle
        self.entries = entries.filter { $0.availability != .hidden }
    }

    var title: Phrase { AppText.helpTitle }
    var offersHelp: Bool { false }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] { [.back(.back)] }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .back: return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = list.handle(key, itemCount: entries.count, pageSize: 10)
        return .none
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(context.text(AppText.helpHeading, context.text(screenTitle)), role: .header)
            .render(into: &buffer, area: area.row(0))
        let keyWidth = min(28, (entries.map { TextWidth.of($0.keys.names(context.language)) }.max() ?? 0) + 2)
        let items = entries.map { entry -> ListItem in
            var text = TextWidth.padded(entry.keys.names(context.language), to: keyWidth)
                + context.text(entry.label) + " — " + context.text(entry.help)
            var role = StyleRole.normal
            if case .greyed(let reason) = entry.availability {
                text += " (" + context.text(reason) + ")"
                role = .muted
            }
            return ListItem(text, role: role)
        }
        let listArea = Rect(x: area.x + 1, y: area.y + 2, width: max(0, area.width - 2), height: max(0, area.height - 4))
        ListView(items: items, state: list).render(into: &buffer, area: listArea, glyphs: context.glyphs)
        let language = context.language
        let footer = AppText.helpFooter.text(language, KeyNames.name(of: .tab, language), "↑ ↓",
                                             ActionKeys(function: 10, others: [.escape]).names(language))
        TextLine(footer, role: .muted).render(into: &buffer, area: area.row(area.height - 1))
        return nil
    }
}
