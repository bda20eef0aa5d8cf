import GuichetCore
import GuichetStore
import GuichetTerminal

/// The person's action plan, across sessions: the steps to do first (those
/// whose day has passed marked « ! en retard »), then those done or given up.
/// Each change is one journaled action: a step added (F2, from a template),
/// edited, marked done, given up, or to do again.
struct BudgetPlanScreen: Screen {
    enum Action: Hashable, Sendable { case add, edit, done, abandon, reopen, print, back }

    let person: BudgetPerson
    private var list = BudgetList<PlanStepRecord>(reserved: 9)
    private var latest: BudgetSessionRecord?

    init(person: BudgetPerson) {
        self.person = person
    }

    var title: Phrase { AppText.budgetPlanTitle }

    private var selected: PlanStepRecord? { list.selected }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let status = selected?.step.status
        return [
            ScreenAction(.add, function: 2, control: "n", label: AppText.actionAdd, help: AppText.actionAddStepHelp,
                         hint: AppText.hintAddStep),
            ScreenAction(.edit, function: 4, control: "o", keys: [.enter], label: AppText.actionEdit, help: AppText.actionEditStepHelp,
                         hint: AppText.hintEdit)
                .greyed(AppText.budgetNoStepSelected, when: selected == nil),
            ScreenAction(.done, function: 5, control: "d", label: AppText.actionStepDone, help: AppText.actionStepDoneHelp,
                         hint: AppText.hintStepDone)
                .greyed(AppText.budgetNoStepSelected, when: selected == nil)
                .greyed(AppText.budgetStepAlready.filled(StepStatus.done.label), when: status == .done),
            ScreenAction(.abandon, function: 6, control: "b", label: AppText.actionStepAbandon, help: AppText.actionStepAbandonHelp)
                .greyed(AppText.budgetNoStepSelected, when: selected == nil)
                .greyed(AppText.budgetStepAlready.filled(StepStatus.abandoned.label), when: status == .abandoned),
            ScreenAction(.reopen, function: 7, control: "t", label: AppText.actionStepReopen, help: AppText.actionStepReopenHelp)
                .greyed(AppText.budgetNoStepSelected, when: selected == nil)
                .greyed(AppText.budgetStepAlready.filled(StepStatus.toDo.label), when: status == .toDo),
            ScreenAction(.print, function: 8, control: "e", label: AppText.actionPrint, help: AppText.actionPrintHelp)
                .greyed(AppText.budgetNoSessionYet, when: latest == nil),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .add:
            return .push(BudgetStepTemplateScreen(from: context.today))
        case .edit:
            guard let selected else { return .none }
            return .push(BudgetStepFormScreen(index: list.selectedIndex, draft: PlanStepDraft(selected.step), context: context))
        case .done: return change(to: .done, context)
        case .abandon: return change(to: .abandoned, context)
        case .reopen: return change(to: .toDo, context)
        case .print:
            guard let latest else { return .none }
            return BudgetPrinting.print(person: person, record: latest)
        case .back:
            return .pop
        }
    }

    private func change(to status: StepStatus, _ context: AppContext) -> Effect {
        guard let selected else { return .none }
        var step = selected.step
        step.status = status
        return save(step, id: selected.id)
    }

    private func save(_ step: PlanStep, id: Int64?) -> Effect {
        let person = person
        return .asUser { store, actor, context throws(GuichetError) in
            if let id {
                _ = try store.updatePlanStep(as: actor, stepID: id, step)
            } else {
                _ = try store.addPlanStep(as: actor, beneficiaryID: person.id, step)
            }
            return .sequence([.reload, .notice(Notice(context.text(AppText.budgetStepSaved, step.text), kind: .success))])
        }
    }

    mutating func receive(_ picked: Picked, context: AppContext) -> Effect {
        guard case .budget(.step(let index, let step)) = picked else { return .none }
        guard let index else { return save(step, id: nil) }
        guard list.rows.indices.contains(index) else { return .none }
        return save(step, id: list.rows[index].id)
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        list.handle(key, context: context)
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        guard let actor = context.actor else { return }
        list.show(try store.budgetPlan(as: actor, beneficiaryID: person.id), context: context)
        latest = try store.budgetSessions(as: actor, beneficiaryID: person.id).last
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let language = context.language
        TextLine(context.text(AppText.budgetPlanFor, person.listed), role: .header).render(into: &buffer, area: inner.row(0))
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 1, rows: 2, context)
        let today = context.today
        let items = list.rows.map { record -> ListItem in
            let step = record.step
            let overdue = step.isOverdue(on: today)
            let state = overdue ? context.text(AppText.budgetOverdue) : context.text(step.status.label)
            let role: StyleRole = overdue ? .warning : (step.status == .toDo ? .normal : .muted)
            return ListItem(columns: [BudgetDraw.cell(step.text, 43), step.due.formatted(language), context.text(step.who.personFacing), state],
                            role: role)
        }
        let header = ListItem(columns: [AppText.columnStep, AppText.columnDue, AppText.columnWho, AppText.columnState]
            .map { context.text($0) }, role: .header)
        let rows = list.pageSize(context)
        let listArea = Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: rows + 1)
        ListView(items: items, state: list.state, header: header, columnWidths: [43, 11, 12])
            .render(into: &buffer, area: listArea, glyphs: context.glyphs)
        if list.rows.isEmpty {
            TextLine(context.text(AppText.budgetEmptyPlan, actions(context).keyName(of: .add, language)), role: .muted)
                .render(into: &buffer, area: listArea.row(1))
        }
        // The highlighted step whole: the list shows the start of a long one.
        if let selected {
            BudgetDraw.paragraph(selected.step.text, role: .muted, into: &buffer, area: inner, row: 6 + rows, rows: 2)
        }
        return nil
    }
}
