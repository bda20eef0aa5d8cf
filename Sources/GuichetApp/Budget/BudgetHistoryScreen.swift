import GuichetCore
import GuichetStore
import GuichetTerminal

/// The person's sessions side by side: the share of resources spent on telecoms
/// at each session, then what the lines cost a month, as bars (the last six
/// sessions; a longer history adds a line of levels for all of them).
struct BudgetHistoryScreen: Screen {
    enum Action: Hashable, Sendable { case back }

    let person: BudgetPerson
    private var sessions: [BudgetSessionRecord]

    init(person: BudgetPerson, sessions: [BudgetSessionRecord]) {
        self.person = person
        self.sessions = sessions
    }

    var title: Phrase { AppText.budgetHistoryTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] { [.back(.back)] }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .back: return .pop
        }
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        guard let actor = context.actor else { return }
        sessions = try store.budgetSessions(as: actor, beneficiaryID: person.id)
    }

    static let shown = 6

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        let language = context.language
        TextLine(context.text(AppText.budgetHistoryFor, person.listed, sessions.count), role: .header)
            .render(into: &buffer, area: inner.row(0))
        guard !sessions.isEmpty else {
            TextLine(context.text(AppText.budgetNoSessionYet), role: .muted).render(into: &buffer, area: inner.row(2))
            return nil
        }
        let recent = sessions.suffix(Self.shown)
        let label = { (record: BudgetSessionRecord) in context.text(AppText.budgetSessionNumber, record.number, record.day.formatted(language)) }
        let reference = recent.last?.reference ?? ResourceShare.defaultReference
        TextLine(context.text(AppText.budgetHistoryShares, ResourceShare.referenceText(reference, language)), role: .header)
            .render(into: &buffer, area: inner.row(2))
        let shares = recent.map { record in
            BarChart.Bar(label: label(record), value: record.figures.shareBefore ?? 0,
                         text: ResourceShare.text(record.figures.shareBefore, language),
                         role: (record.figures.shareBefore ?? 0) > record.reference ? .warning : .chart)
        }
        let topShare = max(reference * 3, shares.map(\.value).max() ?? 0)
        BarChart(bars: shares, maximum: topShare).render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 3, width: inner.width,
                                                                                  height: shares.count), glyphs: context.glyphs)
        let totalsRow = 4 + shares.count
        TextLine(context.text(AppText.budgetHistoryTotals), role: .header).render(into: &buffer, area: inner.row(totalsRow))
        let totals = recent.map { record in
            BarChart.Bar(label: label(record), value: Int(record.figures.before.cents), text: record.figures.before.formatted(language))
        }
        BarChart(bars: totals).render(into: &buffer, area: Rect(x: inner.x, y: inner.y + totalsRow + 1, width: inner.width,
                                                                 height: totals.count), glyphs: context.glyphs)
        if sessions.count > Self.shown {
            Sparkline(values: sessions.map { $0.figures.shareBefore ?? 0 }, label: context.text(AppText.budgetAllSessions, sessions.count))
                .render(into: &buffer, area: inner.row(totalsRow + 2 + totals.count), glyphs: context.glyphs)
        }
        return nil
    }
}
