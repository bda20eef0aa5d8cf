import GuichetCore
import GuichetStore
import GuichetTerminal

/// The area's first screen: the people followed in budget coaching, those with
/// a step of their plan overdue first, then by the next step's day. F2 picks any
/// file (« Choisir une fiche ») to start with a new person; Enter opens one.
struct BudgetFollowUpScreen: Screen {
    enum Action: Hashable, Sendable { case pick, open, back }

    private var list = BudgetList<BudgetFollowUp>(reserved: 4)

    var title: Phrase { AppText.budgetTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            ScreenAction(.pick, function: 2, control: "n", label: AppText.actionPickFile, help: AppText.actionPickFileHelp,
                         hint: AppText.hintPickFile),
            ScreenAction(.open, function: 4, control: "o", keys: [.enter], label: AppText.actionOpen, help: AppText.actionOpenBudgetHelp,
                         hint: AppText.hintOpen)
                .greyed(AppText.noFileSelected, when: list.selected == nil),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .pick:
            return .push(PickerScreen.beneficiary(title: AppText.budgetPickTitle))
        case .open:
            guard let selected = list.selected else { return .none }
            return .push(BudgetFileScreen(id: selected.id))
        case .back:
            return .pop
        }
    }

    mutating func receive(_ picked: Picked, context: AppContext) -> Effect {
        guard case .beneficiary(let summary) = picked else { return .none }
        return .push(BudgetFileScreen(id: summary.id))
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        list.handle(key, context: context)
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        guard let actor = context.actor else { return }
        list.show(try store.budgetFollowUps(as: actor, on: context.today), context: context)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let language = context.language
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, context)
        let today = context.today
        let rows = list.rows
        let overdue = rows.filter { $0.overdueSteps > 0 }.count
        let status = rows.isEmpty ? context.text(AppText.budgetNobodyFollowed, actions(context).keyName(of: .pick, language))
            : context.text(AppText.budgetFollowedCount, rows.count, overdue)
        TextLine(status, role: overdue > 0 ? .warning : .muted).render(into: &buffer, area: inner.row(1))
        let items = rows.map { row -> ListItem in
            let next = row.nextStep.map { step in
                (step.isOverdue(on: today) ? "! " : "") + step.due.formatted(language) + " " + step.text
            } ?? "—"
            return ListItem(columns: [BudgetDraw.cell(NameDisplay.listed(lastName: row.lastName, firstName: row.firstName), 22), row.fileNumber.formatted,
                                      row.lastSessionOn.formatted(language), row.lastShare.map { ResourceShare.text($0, language) } ?? "—", next],
                            role: row.overdueSteps > 0 ? .warning : .normal)
        }
        let header = ListItem(columns: [AppText.columnPerson, AppText.columnFile, AppText.columnLastSession, AppText.columnShare,
                                        AppText.columnNextStep].map { context.text($0) }, role: .header)
        ListView(items: items, state: list.state, header: header, columnWidths: [22, 15, 11, 8])
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: list.pageSize(context) + 1),
                    glyphs: context.glyphs)
        return nil
    }
}
