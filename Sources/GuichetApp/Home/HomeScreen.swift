import GuichetCore
import GuichetStore
import GuichetTerminal

/// The home screen: who is at the counter, today's figures, and the areas,
/// each opened by its number or by the arrows and Enter.
struct HomeScreen: Screen {
    private var menu = ListState()
    private var figures: DayFigures?

    init(context: AppContext) {
        reload(context: context)
    }

    var title: Phrase { AppText.homeTitle }

    func actions(_ context: AppContext) -> [ScreenAction] {
        var actions = [
            StandardActions.help,
            ScreenAction(id: "open", functionKey: 4, controlKey: "o", otherKeys: [.enter],
                         label: AppText.actionOpen, help: AppText.actionOpenAreaHelp),
            ScreenAction(id: "signOut", functionKey: 8, controlKey: "l", label: AppText.actionSignOut, help: AppText.actionSignOutHelp),
            StandardActions.quit,
        ]
        for area in CounterArea.allCases {
            let availability: ScreenAction.Availability = area.refusal(for: context.actor).map { .greyed($0) } ?? .enabled
            actions.append(ScreenAction(
                id: "area\(area.rawValue)", otherKeys: [.character(Character(String(area.rawValue)))],
                label: area.label, help: AppText.actionOpenNamedArea, availability: availability))
        }
        return actions
    }

    mutating func perform(_ id: String, context: AppContext) -> Effect {
        switch id {
        case "open":
            return open(CounterArea.allCases[menu.selected], context: context)
        case "signOut":
            return .signOut
        case StandardActions.backID:
            return .push(ConfirmScreen(title: AppText.quitTitle, question: AppText.quitQuestion) { _ in .quit })
        default:
            guard let number = Int(id.dropFirst("area".count)), let area = CounterArea(rawValue: number) else { return .none }
            menu.selected = number - 1
            return open(area, context: context)
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = menu.handle(key, itemCount: CounterArea.allCases.count, pageSize: CounterArea.allCases.count)
        return .none
    }

    mutating func reload(context: AppContext) {
        figures = try? context.store.dayFigures(on: context.today)
    }

    private func open(_ area: CounterArea, context: AppContext) -> Effect {
        if let refusal = area.refusal(for: context.actor) {
            return .notice(Notice(context.text(refusal), kind: .warning))
        }
        return area.openScreen(context).map { .push($0) } ?? .none
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        if let actor = context.actor {
            TextLine(context.text(AppText.homeGreeting, actor.displayName, actor.role.label.text(context.language)), role: .header)
                .render(into: &buffer, area: inner.row(0))
        }
        let siteLine = (context.site?.name ?? "") + " · " + context.today.formatted(context.language)
        TextLine(siteLine, role: .muted).render(into: &buffer, area: inner.row(1))

        TextLine(context.text(AppText.homeToday), role: .header).render(into: &buffer, area: inner.row(3))
        let rows: [(Phrase, Int)] = [
            (AppText.figureVisits, figures?.visits ?? 0),
            (AppText.figureNewFiles, figures?.newFiles ?? 0),
            (AppText.figureLogins, figures?.logins ?? 0),
            (AppText.figureJournalEvents, figures?.journalEvents ?? 0),
        ]
        // Two figures a line, so the menu keeps its place.
        for (offset, row) in rows.enumerated() {
            let line = TextWidth.padded(context.text(row.0), to: 26) + TextWidth.padded(String(row.1), to: 8, alignment: .right)
            let x = inner.x + (offset % 2) * 38
            TextLine(line).render(into: &buffer, area: Rect(x: x, y: inner.y + 4 + offset / 2, width: 36, height: 1))
        }

        TextLine(context.text(AppText.homeMenu), role: .header).render(into: &buffer, area: inner.row(7))
        let items = CounterArea.allCases.map { area -> ListItem in
            let label = "\(area.rawValue)  " + context.text(area.label)
            guard let refusal = area.refusal(for: context.actor) else { return ListItem(label) }
            return ListItem(TextWidth.padded(label, to: 30) + context.text(refusal), role: .disabled)
        }
        let menuArea = Rect(x: inner.x, y: inner.y + 8, width: min(inner.width, 72), height: CounterArea.allCases.count)
        ListView(items: items, state: menu).render(into: &buffer, area: menuArea, glyphs: context.glyphs)
        return nil
    }
}
