import GuichetStore

/// A row chosen in a picker (`PickerScreen`), handed back to the screen that
/// asked for it. One case per kind of thing an area can ask another to choose.
public enum Picked: Sendable {
    case beneficiary(BeneficiarySummary)
    /// What a budget form or list hands back to the screen that opened it.
    case budget(BudgetPicked)
    /// What the journal's forms hand back: a day, filters, a period.
    case journal(JournalPicked)
}
