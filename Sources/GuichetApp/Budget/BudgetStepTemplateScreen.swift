import GuichetCore
import GuichetStore
import GuichetTerminal

/// The site's step templates (Administration → Catalogues), and a free step: Enter
/// opens the step's form filled from the template (its text in the user's language,
/// due its delay after the session's day, who does it), all editable.
struct BudgetStepTemplateScreen: Screen {
    enum Action: Hashable, Sendable { case choose, back }

    /// The day the due dates count from (the session's, or today).
    private let from: CalendarDay
    private var templates: [PlanStepTemplate] = []
    private var list = ListState()

    init(from day: CalendarDay) {
        from = day
    }

    var title: Phrase { AppText.budgetTemplatesTitle }

    /// The templates, then the free step (nil).
    private var choices: [PlanStepTemplate?] { templates + [nil] }

    private var selected: PlanStepTemplate? { choices[min(max(0, list.selected), choices.count - 1)] }

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
            var draft = PlanStepDraft()
            if let template = selected {
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
        _ = list.handle(key, itemCount: choices.count, pageSize: pageSize(context))
        return .none
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        templates = try store.activeStepTemplates()
        list.clamp(itemCount: choices.count, pageSize: pageSize(context))
    }

    /// The rows the list may take: the screen less the hints, the header and the selected template's whole text.
    private func pageSize(_ context: AppContext) -> Int {
        max(1, ScreenChrome.contentArea(of: context.screenSize).height - 7)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, context)
        let items = choices.map { template -> ListItem in
            guard let template else { return ListItem(columns: [context.text(AppText.budgetFreeStep), "", ""], role: .normal) }
            return ListItem(columns: [template.text(context.language), StepTemplateText.delay(template, context),
                                      context.text(template.who.label)])
        }
        let header = ListItem(columns: [AppText.columnStep, AppText.columnDueIn, AppText.columnWho].map { context.text($0) }, role: .header)
        let rows = min(items.count, pageSize(context))
        ListView(items: items, state: list, header: header, columnWidths: [50, 14])
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: rows + 1),
                    glyphs: context.glyphs)
        if let template = selected {
            BudgetDraw.paragraph(template.text(context.language), into: &buffer, area: inner, row: rows + 4, rows: 3)
        } else if templates.isEmpty {
            BudgetDraw.paragraph(context.text(AppText.templateNoneActive), role: .muted, into: &buffer, area: inner, row: rows + 4,
                                 rows: 3)
        }
        return nil
    }
}
