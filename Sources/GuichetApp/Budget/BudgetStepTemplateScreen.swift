import GuichetCore
import GuichetStore
import GuichetTerminal

/// The steps every plan draws on, and a free step: Enter opens the step's form
/// filled from the template (its text, a due date, who does it), all editable.
struct BudgetStepTemplateScreen: Screen {
    enum Action: Hashable, Sendable { case choose, back }

    /// The day the due dates count from (the session's, or today).
    private let from: CalendarDay
    private var list = ListState()

    init(from day: CalendarDay) {
        from = day
    }

    var title: Phrase { AppText.budgetTemplatesTitle }

    /// The templates, then the free step (nil).
    private var choices: [StepTemplate?] { StepTemplate.allCases + [nil] }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            ScreenAction(.choose, function: 4, control: "o", keys: [.enter], label: AppText.actionChoose,
                         help: AppText.actionChooseTemplateHelp, hint: AppText.hintChooseRow),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .choose:
            let template = choices[min(max(0, list.selected), choices.count - 1)]
            var draft = PlanStepDraft()
            if let template {
                draft = PlanStepDraft(template: template, from: from, language: context.language)
            } else {
                draft.due = from.adding(days: 7).formatted(.french)
            }
            return .sequence([.pop, .push(BudgetStepFormScreen(index: nil, draft: draft, context: context))])
        case .back:
            return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = list.handle(key, itemCount: choices.count, pageSize: choices.count)
        return .none
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, context)
        let items = choices.map { template -> ListItem in
            guard let template else { return ListItem(columns: [context.text(AppText.budgetFreeStep), "", ""], role: .normal) }
            return ListItem(columns: [context.text(template.text), context.text(AppText.budgetStepInDays, template.delayDays),
                                      context.text(template.who.label)])
        }
        let header = ListItem(columns: [AppText.columnStep, AppText.columnDueIn, AppText.columnWho].map { context.text($0) }, role: .header)
        ListView(items: items, state: list, header: header, columnWidths: [50, 14])
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: items.count + 1),
                    glyphs: context.glyphs)
        if let template = choices[min(max(0, list.selected), choices.count - 1)] {
            BudgetDraw.paragraph(context.text(template.text), into: &buffer, area: inner, row: items.count + 4, rows: 3)
        }
        return nil
    }
}
