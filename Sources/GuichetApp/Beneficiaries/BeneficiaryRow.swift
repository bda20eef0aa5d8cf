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
        // Dates, French phones and file numbers have a fixed ASCII width: only the name
        // (and a foreign phone) needs measuring. This runs for every row at every keystroke.
        let text = TextWidth.padded(summary.lastName.uppercased() + " " + summary.firstName, to: widths.name)
            + fixed(summary.birthDate?.formatted(context.language), width: widths.birth)
            + fixed(summary.phone?.display, width: widths.phone)
            + fixed(summary.fileNumber.formatted, width: widths.file)
            + (status == .active ? "" : "! ") + context.text(status.label)
        return ListItem(text, role: status == .active ? .normal : (status == .expired ? .warning : .muted))
    }

    /// `text` then spaces up to `width`; measured only when it may not fit.
    private static func fixed(_ text: String?, width: Int) -> String {
        guard let text else { return String(repeating: " ", count: width) }
        let length = text.utf8.count
        guard length < width, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return TextWidth.padded(text, to: width) }
        return text + String(repeating: " ", count: width - length)
    }
}
