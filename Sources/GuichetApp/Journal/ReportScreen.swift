import GuichetCore
import GuichetStore
import GuichetTerminal

/// The reports (supervisors): the figures of a day, a week (Monday to Sunday), a month,
/// a year or any run of days, as every area gives them (« — » for an area not built);
/// ← → move to the period before or after, PgDn / PgUp turn the pages, F5 changes the
/// kind of period, F6 takes typed dates, F7 exports the period day by day as CSV
/// (beside the database, journaled).
struct ReportScreen: Screen {
    enum Action: Hashable, Sendable { case previousPeriod, nextPeriod, nextPage, previousPage, kind, dates, export, back }

    private(set) var period: ReportPeriod
    private(set) var page = 0
    private var report: SiteReport?
    private var layout: ReportLayout?

    init(period: ReportPeriod) {
        self.period = period
    }

    var title: Phrase { AppText.reviewTitle }

    /// The rows below the period's line and the hints.
    static func pageHeight(_ context: AppContext) -> Int { max(1, ScreenChrome.contentArea(of: context.screenSize).height - 3) }

    private func pageCount(_ context: AppContext) -> Int { layout?.pages(height: Self.pageHeight(context)).count ?? 1 }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let pages = pageCount(context)
        return [
            ScreenAction(.previousPeriod, keys: [.left], label: AppText.actionPreviousPeriod, help: AppText.actionPreviousPeriodHelp,
                         hint: AppText.hintChangePeriod),
            ScreenAction(.nextPeriod, keys: [.right], label: AppText.actionNextPeriod, help: AppText.actionNextPeriodHelp,
                         hint: AppText.hintChangePeriod)
                .greyed(AppText.reportNoLaterPeriod, when: period.last >= context.today),
            ScreenAction(.nextPage, keys: [.pageDown], label: AppText.actionNextPage, help: AppText.actionNextPageHelp,
                         hint: AppText.hintNextPage)
                .greyed(AppText.reportLastPage, when: page >= pages - 1),
            ScreenAction(.previousPage, keys: [.pageUp], label: AppText.actionPreviousPage, help: AppText.actionPreviousPageHelp,
                         hint: AppText.hintPreviousPage)
                .greyed(AppText.reportFirstPage, when: page == 0),
            ScreenAction(.kind, function: 5, control: "p", label: AppText.actionPeriodKind, help: AppText.actionPeriodKindHelp),
            ScreenAction(.dates, function: 6, control: "d", label: AppText.actionPeriodDates, help: AppText.actionPeriodDatesHelp),
            ScreenAction(.export, function: 7, control: "e", label: AppText.actionExport, help: AppText.actionExportHelp)
                .greyed(AppText.reservedTo(Permission.readWholeJournal.minimumRole), when: context.actor?.role.may(.readWholeJournal) != true),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .previousPeriod: return show(period.moved(by: -1))
        case .nextPeriod: return show(period.moved(by: 1))
        case .nextPage:
            page = min(pageCount(context) - 1, page + 1)
            return .none
        case .previousPage:
            page = max(0, page - 1)
            return .none
        case .kind:
            let kinds: [ReportPeriod.Kind] = [.day, .week, .month, .year]
            let next = kinds[((kinds.firstIndex(of: period.kind) ?? 1) + 1) % kinds.count]
            return show(ReportPeriod(next, containing: min(period.last, context.today)))
        case .dates:
            return .push(ReportPeriodScreen(period: period, context: context))
        case .export:
            return ReportExport.daily(period: period)
        case .back:
            return .pop
        }
    }

    mutating func receive(_ picked: Picked, context: AppContext) -> Effect {
        guard case .journal(.period(let chosen)) = picked else { return .none }
        return show(chosen)
    }

    private mutating func show(_ period: ReportPeriod) -> Effect {
        self.period = period
        page = 0
        return .reload
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        guard let actor = context.actor else { return }
        let report = try ReportAssembly.siteReport(store, as: actor, period: period, software: "")
        self.report = report
        layout = ReportLayout(report, language: context.language)
        page = min(page, pageCount(context) - 1)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let pages = layout?.pages(height: Self.pageHeight(context)) ?? []
        let heading = context.text(AppText.reviewHeading, period.label(context.language), page + 1, max(1, pages.count))
        TextLine(heading, role: .header).render(into: &buffer, area: inner.row(0))
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 1, rows: 2, context)
        if pages.indices.contains(page) {
            ReportLayout.render(pages[page], into: &buffer, area: Rect(x: inner.x, y: inner.y + 3, width: inner.width,
                                                                         height: max(0, inner.height - 3)), glyphs: context.glyphs)
        }
        return nil
    }
}
