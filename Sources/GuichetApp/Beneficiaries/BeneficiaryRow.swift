import GuichetCore
import GuichetStore
import GuichetTerminal

/// One file as a row of columns: name, birth date, phone, file number, status
/// (« ! en retard » for an active file with a budget plan step overdue).
enum BeneficiaryRow {
    /// The widths of the columns but the last (the status takes the rest: 11 columns at 80).
    static let columnWidths = [26, 11, 15, 15]

    static func header(_ context: AppContext) -> ListItem {
        ListItem(columns: [AppText.columnPerson, AppText.columnBirth, AppText.columnPhone, AppText.columnFile,
                           AppText.columnStatus].map { context.text($0) }, role: .header)
    }

    /// This runs for every row on screen at every keystroke: the columns are
    /// written straight into the buffer by the list, nothing is padded here.
    static func item(_ summary: BeneficiarySummary, _ context: AppContext, today: CalendarDay, planOverdue: Bool = false) -> ListItem {
        let status = summary.status(on: today)
        let marked = status == .active && planOverdue
        return ListItem(columns: [
            status == .anonymised ? context.text(AppText.anonymisedPerson) : NameDisplay.listed(lastName: summary.lastName, firstName: summary.firstName),
            summary.birthDate?.formatted(context.language) ?? "",
            summary.phone?.display ?? "",
            summary.fileNumber.formatted,
            marked ? context.text(AppText.budgetOverdue) : (status == .active ? "" : "! ") + context.text(status.label),
        ], role: marked || status == .expired ? .warning : (status == .active ? .normal : .muted))
    }

    /// The list of files, its header and columns laid out.
    static func list(_ items: [ListItem], state: ListState, context: AppContext) -> ListView {
        ListView(items: items, state: state, header: header(context), columnWidths: columnWidths)
    }
}
