import GuichetCore
import GuichetStore
import GuichetTerminal

/// A telecom line of the session: kind, operator, offer, cost, commitment,
/// unpaid amount, number and RIO (checked with its key), remarks. F2 hands it
/// back to the session being entered.
struct BudgetLineFormScreen: FormScreen {
    var form: FormState
    /// The line's place in the session; nil for a new line.
    private let index: Int?
    private let today: CalendarDay

    init(index: Int?, line: TelecomLine?, context: AppContext) {
        self.index = index
        today = context.today
        let draft = line.map(TelecomLineDraft.init) ?? TelecomLineDraft()
        let text = { (field: TelecomLineField, length: Int) in BudgetFormFields.text(draft, field, maxLength: length, today: context.today) }
        form = FormState(fields: [
            BudgetFormFields.choice(draft, .kind, BudgetFormFields<TelecomLineDraft>.options(TelecomLineKind.allCases) { $0.label }),
            text(.operatorName, TelecomLine.operatorMaximumLength), text(.offerName, TelecomLine.offerMaximumLength),
            text(.monthlyCost, 14), text(.commitmentStart, 10), text(.commitmentEnd, 10), text(.unpaid, 14),
            text(.phone, 24), text(.rio, 20), text(.notes, TelecomLine.notesMaximumLength),
        ])
    }

    var title: Phrase { index == nil ? AppText.budgetNewLineTitle : AppText.budgetEditLineTitle }

    mutating func save(_ context: AppContext) -> Effect {
        let index = index
        return BudgetFormFields<TelecomLineDraft>.deliver(&form, TelecomLineField.allCases, today: today, context) { .line(index: index, $0) }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, rows: 2, context)
        let formArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: min(form.fields.count, max(0, inner.height - 7)))
        let cursor = FormView(form: form, fieldWidth: 46).render(into: &buffer, area: formArea, context: context)
        let notes = Rect(x: inner.x, y: inner.y + 4 + form.fields.count, width: inner.width, height: 3)
        let used = BudgetDraw.paragraph(context.text(AppText.budgetLineRIOHelp), role: .muted, into: &buffer, area: notes, row: 0)
        BudgetDraw.paragraph(context.text(AppText.budgetLineCommitmentHelp), role: .muted, into: &buffer, area: notes, row: used)
        return cursor
    }
}
