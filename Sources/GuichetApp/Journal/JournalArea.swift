import GuichetCore
import GuichetStore

/// The supervisors' review of the day (its screens are not built yet: greyed on the
/// home screen); its figure of the day is already on home.
enum JournalArea {
    static let module = AreaModule(
        label: AppText.areaJournal, permission: .useCounter,
        homeFigures: [HomeFigure(label: AppText.figureJournalEvents, count: .journalEvents)])
}
