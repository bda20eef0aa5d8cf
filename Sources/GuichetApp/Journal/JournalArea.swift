import GuichetCore
import GuichetStore

/// The supervisors' review: the journal of a day (everyone reads today's), the day
/// summary, the reports and their exports. Its figure of the day is the journal's
/// events; in a report it counts the site as one reception point (a network's
/// consolidated report adds them up).
enum JournalArea {
    static let module = AreaModule(
        label: AppText.areaJournal, permission: .useCounter,
        homeFigures: [HomeFigure(label: AppText.figureJournalEvents, count: .journalEvents)],
        firstScreen: { context in JournalScreen(day: context.today) },
        reportFigures: { _, _, _, scope in
            ReportContribution(figures: scope == .report ? [.receptionPoints: FigureValue(1)] : [:])
        })
}
