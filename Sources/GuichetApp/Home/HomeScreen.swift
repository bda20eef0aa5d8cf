import GuichetCore
import GuichetStore
import GuichetTerminal

/// The home screen: who is at the counter, today's figures of every area, and
/// the areas, each opened by its number or by the arrows and Enter.
struct HomeScreen: Screen {
    enum Action: Hashable, Sendable {
        case open
        case signOut
        case quit
        case area(AreaID)
    }

    private var menu = ListState()
    private var figures: [(HomeFigure, Int)] = []
    private var alerts: [HomeAlert] = []
    /// Kiosk set-up: only a supervisor quits (`QuitPolicy`).
    private var quitReserved = false

    var title: Phrase { AppText.homeTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        var actions: [ScreenAction<Action>] = [
            ScreenAction(.open, function: 4, control: "o", keys: [.enter],
                         label: AppText.actionOpen, help: AppText.actionOpenAreaHelp, hint: AppText.hintOpen),
            ScreenAction(.signOut, function: 8, control: "l", label: AppText.actionSignOut, help: AppText.actionSignOutHelp),
            ScreenAction.back(.quit, label: AppText.actionQuit, help: AppText.actionQuitHelp, hint: AppText.hintQuit)
                .available(QuitPolicy.availability(reserved: quitReserved, actor: context.actor)),
        ]
        for area in AreaID.allCases {
            let availability: ActionAvailability = area.refusal(for: context.actor).map { .greyed($0) } ?? .enabled
            actions.append(ScreenAction(
                .area(area), keys: [.character(Character(String(area.rawValue)))],
                label: area.module.label, help: AppText.actionOpenNamedArea, availability: availability))
        }
        return actions
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .open:
            return open(AreaID.allCases[menu.selected], context: context)
        case .signOut:
            // Ctrl-L redraws the screen in many programs: ask before ending the session.
            return .push(ConfirmScreen(title: AppText.signOutTitle, question: AppText.signOutQuestion) { _ in .signOut })
        case .quit:
            return .push(ConfirmScreen(title: AppText.quitTitle, question: AppText.quitQuestion) { context in AutomaticBackup.quit(context) })
        case .area(let area):
            menu.selected = area.rawValue - 1
            return open(area, context: context)
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = menu.handle(key, itemCount: AreaID.allCases.count, pageSize: AreaID.allCases.count)
        return .none
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        let wanted = AreaID.allCases.flatMap(\.module.homeFigures)
        quitReserved = store.quitReservedToSupervisors()
        let counts = try store.counts(wanted.map(\.count), on: context.today)
        figures = Array(zip(wanted, counts))
        var read: [HomeAlert] = []
        for area in AreaID.allCases {
            if let alertsOf = area.module.homeAlerts { read += try alertsOf(store, context) }
        }
        // Errors first: when there are more lines than room, a warning gives way, not an error.
        alerts = read.filter(\.isError) + read.filter { !$0.isError }
    }

    /// Lines under the figures; with three, the blank line before the menu goes.
    static let alertRows = 3

    private func open(_ area: AreaID, context: AppContext) -> Effect {
        if let refusal = area.refusal(for: context.actor) {
            return .notice(Notice(context.text(refusal), kind: .warning))
        }
        return area.module.firstScreen.map { .push($0(context)) } ?? .none
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
        // Two figures a line.
        for (offset, (figure, count)) in figures.enumerated() {
            let line = TextWidth.padded(context.text(figure.label), to: 26) + TextWidth.padded(String(count), to: 8, alignment: .right)
            let x = inner.x + (offset % 2) * 38
            TextLine(line).render(into: &buffer, area: Rect(x: x, y: inner.y + 4 + offset / 2, width: 36, height: 1))
        }

        let figureRows = max(2, (figures.count + 1) / 2)
        let shown = alerts.prefix(Self.alertRows)
        for (offset, alert) in shown.enumerated() {
            TextLine((alert.isError ? "! " : "") + alert.text, role: alert.role)
                .render(into: &buffer, area: inner.row(4 + figureRows + offset))
        }
        let menuTop = 4 + figureRows + shown.count + (shown.count < Self.alertRows ? 1 : 0)
        TextLine(context.text(AppText.homeMenu), role: .header).render(into: &buffer, area: inner.row(menuTop))
        let items = AreaID.allCases.map { area -> ListItem in
            let label = "\(area.rawValue)  " + context.text(area.module.label)
            guard let refusal = area.refusal(for: context.actor) else { return ListItem(label) }
            return ListItem(TextWidth.padded(label, to: 30) + context.text(refusal), role: .disabled)
        }
        let menuArea = Rect(x: inner.x, y: inner.y + menuTop + 1, width: min(inner.width, 72), height: AreaID.allCases.count)
        ListView(items: items, state: menu).render(into: &buffer, area: menuArea, glyphs: context.glyphs)
        return nil
    }
}
