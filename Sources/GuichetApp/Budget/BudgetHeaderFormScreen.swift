import GuichetCore
import GuichetStore
import GuichetTerminal

/// The session's date, next appointment and monthly resources by kind,
/// pre-filled from the previous session (or the file). F2 hands them back to
/// the session being entered.
struct BudgetHeaderFormScreen: FormScreen {
    var form: FormState
    private let today: CalendarDay

    init(header: SessionHeader, context: AppContext) {
        today = context.today
        let draft = SessionHeaderDraft(header)
        form = FormState(fields: SessionField.allCases.map { field in
            let maxLength: Int
            switch field {
            case .day, .nextAppointment: maxLength = 10
            case .resource: maxLength = 14
            }
            return BudgetFormFields.text(draft, field, maxLength: maxLength, today: context.today)
        })
    }

    var title: Phrase { AppText.budgetHeaderTitle }

    mutating func save(_ context: AppContext) -> Effect {
        BudgetFormFields<SessionHeaderDraft>.deliver(&form, SessionField.allCases, today: today, context) { .header($0) }
    }

    /// The total of the amounts typed so far (those that read as amounts).
    private var total: Money {
        BudgetResourceKind.allCases.compactMap { Money.parse(form.value(SessionField.resource($0).key)) }
            .filter { $0 > .zero && $0 <= BudgetAmount.maximum }.reduce(.zero, +)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, context)
        let formArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: min(form.fields.count, max(0, inner.height - 6)))
        let cursor = FormView(form: form, fieldWidth: 16).render(into: &buffer, area: formArea, context: context)
        let totalRow = 3 + form.fields.count
        TextLine(context.text(AppText.budgetResourcesTotal, total.formatted(context.language)), role: .header)
            .render(into: &buffer, area: inner.row(totalRow))
        BudgetDraw.paragraph(context.text(AppText.budgetResourcesIntro), role: .muted, into: &buffer, area: inner, row: totalRow + 1)
        return cursor
    }
}
