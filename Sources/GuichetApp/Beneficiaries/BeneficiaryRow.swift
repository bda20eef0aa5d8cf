import GuichetCore
import GuichetStore
import GuichetTerminal

/// One file as a row of 78 columns: name, birth date, phone, file number, status.
enum BeneficiaryRow {
    static let widths = (name: 26, birth: 11, phone: 15, file: 16, status: 10)

    static func header(_ context: AppContext) -> String {
        TextWidth.padded(context.text(AppText.columnPerson), to: widths.name)
            + TextWidth.padded(context.text(AppText.columnBirth), to: widths.birth)
            + TextWidth.padded(context.text(AppText.columnPhone), to: widths.phone)
            + TextWidth.padded(context.text(AppText.columnFile), to: widths.file)
            + context.text(AppText.columnStatus)
    }

    static func item(_ summary: BeneficiarySummary, _ context: AppContext, today: CalendarDay) -> ListItem {
        let status = summary.status(on: today)
        let text = TextWidth.padded(summary.lastName.uppercased() + " " + summary.firstName, to: widths.name)
            + TextWidth.padded(summary.birthDate?.formatted(context.language) ?? "", to: widths.birth)
            + TextWidth.padded(summary.phone?.display ?? "", to: widths.phone)
            + TextWidth.padded(summary.fileNumber.formatted, to: widths.file)
            + (status == .active ? "" : "! ") + context.text(status.label)
        return ListItem(text, role: status == .active ? .normal : (status == .expired ? .warning : .muted))
    }
}
