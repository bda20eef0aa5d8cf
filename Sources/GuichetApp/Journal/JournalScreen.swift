import GuichetCore
import GuichetStore
import GuichetTerminal

/// What the journal's forms hand back to the screen that opened them.
public enum JournalPicked: Sendable {
    case day(CalendarDay)
    case filter(JournalFilterChoice)
    case period(ReportPeriod)
}

/// The filters as a form chose them (`JournalFilter`, public for `Picked`).
public struct JournalFilterChoice: Sendable {
    let filter: JournalFilter
}

/// The journal of one day (today by default): every event in words, newest first,
/// searchable and filtered by user, area and action; Enter opens the event's subject
/// (the file, the receipt). ← → change the day and F5 takes a typed one (supervisors:
/// volunteers and coaches read today's events of their site). F7 turns to the day's
/// summary — the same figures for the day before and the same day a week before beside
/// them — and F8 opens the reports.
struct JournalScreen: SearchListScreen {
    enum Action: Hashable, Sendable { case previousDay, nextDay, open, clear, date, filters, summary, reports, back }

    /// The most events read for one day (a day has rarely more than a few thousand).
    static let maximumEvents = 100_000

    private(set) var day: CalendarDay
    private(set) var filter = JournalFilter()
    private(set) var showsSummary = false
    var search: SearchList<JournalSearchSource>
    private let cache = JournalDay()
    private var summary: [ReportContribution] = []

    init(day: CalendarDay) {
        self.day = day
        search = SearchList(source: JournalSearchSource(day: day, filter: JournalFilter(), cache: cache))
    }

    var title: Phrase { showsSummary ? AppText.journalSummaryTitle : AppText.journalTitle }

    var isEditingText: Bool { !showsSummary }

    private func mayReadEveryDay(_ context: AppContext) -> Bool { context.actor?.role.may(.readWholeJournal) == true }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let supervisorOnly = AppText.reservedTo(Permission.readWholeJournal.minimumRole)
        let everyDay = mayReadEveryDay(context)
        return [
            ScreenAction(.previousDay, keys: [.left], label: AppText.actionPreviousDay, help: AppText.actionPreviousDayHelp,
                         hint: AppText.hintChangeDay)
                .greyed(AppText.journalTodayOnly, when: !everyDay),
            ScreenAction(.nextDay, keys: [.right], label: AppText.actionNextDay, help: AppText.actionNextDayHelp,
                         hint: AppText.hintChangeDay)
                .greyed(AppText.journalTodayOnly, when: !everyDay)
                .greyed(AppText.journalNoLaterDay, when: everyDay && day >= context.today),
            ScreenAction(.open, function: 4, control: "o", keys: [.enter], label: AppText.actionOpen, help: AppText.actionOpenEventHelp,
                         hint: AppText.hintOpen)
                .greyed(AppText.noRowSelected, when: search.selected == nil)
                .hidden(when: showsSummary),
            ScreenAction.clearSearch(.clear).hidden(when: showsSummary),
            ScreenAction(.date, function: 5, control: "d", label: AppText.actionJournalDate, help: AppText.actionJournalDateHelp)
                .greyed(AppText.journalTodayOnly, when: !everyDay),
            ScreenAction(.filters, function: 6, control: "t", label: AppText.actionJournalFilters, help: AppText.actionJournalFiltersHelp)
                .hidden(when: showsSummary),
            ScreenAction(.summary, function: 7, control: "u", label: showsSummary ? AppText.actionJournalEvents : AppText.actionDaySummary,
                         help: showsSummary ? AppText.actionJournalEventsHelp : AppText.actionDaySummaryHelp)
                .greyed(supervisorOnly, when: !everyDay),
            ScreenAction(.reports, function: 8, control: "p", label: AppText.actionReports, help: AppText.actionReportsHelp)
                .greyed(supervisorOnly, when: !everyDay),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .previousDay: return show(day.adding(days: -1))
        case .nextDay: return show(min(context.today, day.adding(days: 1)))
        case .open: return open(context)
        case .clear: return clearSearch()
        case .date: return .push(JournalDateScreen(day: day, context: context))
        case .filters: return .push(JournalFilterScreen(filter: filter, logins: cache.logins, actions: cache.actions))
        case .summary:
            showsSummary.toggle()
            return .reload
        case .reports: return .push(ReportScreen(period: ReportPeriod(.month, containing: day)))
        case .back: return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        guard !showsSummary else { return .none }
        return search.handle(key, context: context) ? .reload : .none
    }

    mutating func receive(_ picked: Picked, context: AppContext) -> Effect {
        guard case .journal(let chosen) = picked else { return .none }
        switch chosen {
        case .day(let day): return show(min(day, context.today))
        case .filter(let choice):
            filter = choice.filter
            rebuild()
            return .reload
        case .period: return .none
        }
    }

    private mutating func show(_ day: CalendarDay) -> Effect {
        self.day = day
        rebuild()
        return .reload
    }

    /// The list of the day and filters shown, the typed query kept.
    private mutating func rebuild() {
        search = SearchList(source: JournalSearchSource(day: day, filter: filter, cache: cache), query: search.query.text)
    }

    /// The event's subject: the receipt of a sale or a reversal (the ledger, at that receipt),
    /// else the key (`CLE-017`) or the file it names; an event about something else has nothing to open.
    private func open(_ context: AppContext) -> Effect {
        guard let event = search.selected?.event else { return .none }
        let receipt = event.summary.split(separator: " ").first { $0.hasPrefix("receipt=") }.map { String($0.dropFirst("receipt=".count)) }
        if let receipt, ReceiptNumber(receipt) != nil {
            guard context.actor?.role.may(.sellRecharges) == true else {
                return .notice(Notice(context.text(AppText.reservedTo(Permission.sellRecharges.minimumRole)), kind: .warning))
            }
            return .push(LedgerListScreen(search: SearchList(source: LedgerSearchSource(), query: receipt)))
        }
        if let subject = event.subject, subject.hasPrefix(InventoryCode.prefix) {
            guard context.actor?.role.may(.lendHotspots) == true else {
                return .notice(Notice(context.text(AppText.reservedTo(Permission.lendHotspots.minimumRole)), kind: .warning))
            }
            return .store { store, _ throws(GuichetError) in .push(DeviceCardScreen(id: try store.deviceID(code: subject))) }
        }
        if let subject = event.subject, let number = FileNumber(subject) {
            guard context.actor?.role.may(.editBeneficiaries) == true else {
                return .notice(Notice(context.text(AppText.reservedTo(Permission.editBeneficiaries.minimumRole)), kind: .warning))
            }
            return .store { store, _ throws(GuichetError) in .push(BeneficiaryCardScreen(id: try store.beneficiaryID(fileNumber: number))) }
        }
        return .notice(Notice(context.text(AppText.journalNothingToOpen), kind: .warning))
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        if !mayReadEveryDay(context) && day != context.today {
            // A volunteer's journal left open past midnight turns to the new day.
            day = context.today
            rebuild()
        }
        guard showsSummary else {
            try search.load(from: store, context: context)
            return
        }
        guard let actor = context.actor else { return }
        summary = try ReportAssembly.daySummary(store, as: actor, day: day)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        var dayLine = ReportPeriod(.day, containing: day).label(context.language)
        if day == context.today { dayLine += context.text(AppText.journalTodayMark) }
        if !showsSummary { dayLine += " · " + context.text(cache.lines.count == 1 ? AppText.journalOneEvent : AppText.journalEvents,
                                                           ReportText.grouped(Int64(cache.lines.count), context.language)) }
        TextLine(dayLine, role: .header).render(into: &buffer, area: inner.row(0))
        guard !showsSummary else {
            TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: inner.row(1))
            DaySummaryTable(day: day, columns: summary).render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width,
                                                                                        height: max(0, inner.height - 2)), context: context)
            return nil
        }
        TextLine(context.text(AppText.journalFilterLine, filter.text(context)), role: filter.isEmpty ? .muted : .warning)
            .render(into: &buffer, area: inner.row(1))
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: inner.row(2))
        return search.render(into: &buffer, area: Rect(x: area.x, y: area.y + 3, width: area.width, height: max(0, area.height - 3)),
                             context: context, noResult: context.text(AppText.journalNoEvent))
    }
}

/// The day summary: each figure of the areas for the day, the day before and the same
/// day a week before; « — » for an area that gives none.
struct DaySummaryTable {
    let day: CalendarDay
    let columns: [ReportContribution]

    static let labelWidth = 36
    static let valueWidth = 14

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let language = context.language
        let days = [day, day.adding(days: -1), day.adding(days: -7)]
        var header = TextWidth.padded(context.text(AppText.journalSummaryFigure), to: Self.labelWidth)
        for shown in days {
            let text = ReportText.shortWeekdays[shown.weekdayFromMonday].text(language) + " " + String(shown.formatted(language).prefix(5))
            header += TextWidth.padded(text, to: Self.valueWidth, alignment: .right)
        }
        TextLine(header, role: .header).render(into: &buffer, area: area.row(0))
        for (index, figure) in ReportFigureID.allCases.filter(\.inDaySummary).enumerated() where index + 1 < area.height {
            let label = (figure.isDetail ? "  " : "") + context.text(figure.label)
            var line = TextWidth.padded(label, to: Self.labelWidth)
            for column in 0..<days.count {
                let value = columns.indices.contains(column) ? columns[column].figures[figure] : nil
                line += TextWidth.padded(FigureValue.text(value, figure.unit, language), to: Self.valueWidth, alignment: .right)
            }
            let built = columns.first?.figures[figure] != nil
            TextLine(line, role: built ? (figure.isDetail ? .muted : .normal) : .disabled).render(into: &buffer, area: area.row(1 + index))
        }
    }
}
