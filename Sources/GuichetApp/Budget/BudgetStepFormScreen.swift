import GuichetCore
import GuichetStore
import GuichetTerminal

/// A step of the action plan: what to do, by when, who does it (and, for a
/// step already in the plan, where it stands). F2 hands it back to the screen
/// that opened the form: the session being entered, or the person's plan.
struct BudgetStepFormScreen: FormScreen {
    var form: FormState
    /// The step's place in the list it comes from; nil for a new step.
    private let index: Int?
    private let today: CalendarDay

    init(index: Int?, draft: PlanStepDraft, context: AppContext) {
        self.index = index
        today = context.today
        var fields = [
            BudgetFormFields.text(draft, .text, maxLength: PlanStep.textMaximumLength, today: context.today),
            BudgetFormFields.text(draft, .due, maxLength: 10, today: context.today),
            BudgetFormFields.choice(draft, .who, BudgetFormFields<PlanStepDraft>.options(StepActor.allCases) { $0.label }),
        ]
        if index != nil {
            fields.append(BudgetFormFields.choice(draft, .status, BudgetFormFields<PlanStepDraft>.options(StepStatus.allCases) { $0.label }))
        }
        form = FormState(fields: fields)
    }

    var title: Phrase { index == nil ? AppText.budgetNewStepTitle : AppText.budgetEditStepTitle }

    mutating func save(_ context: AppContext) -> Effect {
        let index = index
        return BudgetFormFields<PlanStepDraft>.deliver(&form, PlanStepField.allCases, today: today, context) { .step(index: index, $0) }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, context)
        let formArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: form.fields.count)
        let cursor = FormView(form: form, fieldWidth: 58).render(into: &buffer, area: formArea, context: context)
        // The step's whole text, wrapped: the field shows a part of a long one.
        let text = form.value(PlanStepField.text.key)
        if !text.isEmpty {
            BudgetDraw.paragraph(text, role: .muted, into: &buffer, area: inner, row: 3 + form.fields.count, rows: 3)
        }
        return cursor
    }
}
