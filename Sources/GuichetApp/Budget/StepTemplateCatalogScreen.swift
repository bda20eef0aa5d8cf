import GuichetCore
import GuichetStore
import GuichetTerminal

/// The plan's step templates (Administration → Catalogues, supervisors), in the order
/// the sessions propose them, retired ones greyed in their place. F2 adds, Enter edits,
/// F6 retires a template or puts it back, F7 and F8 move it up and down.
struct StepTemplateCatalogScreen: Screen {
    enum Action: Hashable, Sendable { case new, edit, toggleRetired, moveUp, moveDown, back }

    private var list = BudgetList<PlanStepTemplate>(reserved: 9)
    /// The template to highlight once the list is read again (the one just moved).
    private var follow: Int64?

    var title: Phrase { AppText.stepTemplateCatalogTitle }

    private var selected: PlanStepTemplate? { list.selected }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let first = list.selectedIndex == 0
        let last = list.selectedIndex >= list.rows.count - 1
        return [
            ScreenAction(.new, function: 2, control: "n", label: AppText.actionNew, help: AppText.actionNewTemplateHelp),
            ScreenAction(.edit, function: 4, control: "o", keys: [.enter], label: AppText.actionEdit, help: AppText.actionEditTemplateHelp,
                         hint: AppText.hintEdit)
                .greyed(AppText.noRowSelected, when: selected == nil),
            CatalogRetirement.action(.toggleRetired, retired: selected?.isRetired, help: AppText.actionToggleTemplateHelp),
            ScreenAction(.moveUp, function: 7, control: "k", label: AppText.actionMoveUp, help: AppText.actionMoveUpHelp)
                .greyed(AppText.noRowSelected, when: selected == nil)
                .greyed(BudgetStoreText.templateFirst, when: selected != nil && first),
            ScreenAction(.moveDown, function: 8, control: "l", label: AppText.actionMoveDown, help: AppText.actionMoveDownHelp)
                .greyed(AppText.noRowSelected, when: selected == nil)
                .greyed(BudgetStoreText.templateLast, when: selected != nil && last),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .new:
            return .push(StepTemplateFormScreen(template: nil, context: context))
        case .edit:
            guard let selected else { return .none }
            return .push(StepTemplateFormScreen(template: selected, context: context))
        case .toggleRetired:
            guard let selected, let id = selected.id else { return .none }
            let retire = !selected.isRetired
            return CatalogRetirement.confirm(
                retire: retire, name: selected.text(context.language),
                titles: (AppText.retireTemplateTitle, AppText.restoreTemplateTitle),
                questions: (AppText.retireTemplateQuestion, AppText.restoreTemplateQuestion)
            ) { store, actor, context throws(GuichetError) in
                _ = try store.setStepTemplateRetired(as: actor, id: id, retired: retire)
                return Notice(context.text(retire ? AppText.templateRetired : AppText.templateRestored), kind: .success)
            }
        case .moveUp, .moveDown:
            guard let id = selected?.id else { return .none }
            follow = id
            let move: PlanStepTemplate.Move = action == .moveUp ? .up : .down
            return .asUser { store, actor, _ throws(GuichetError) in
                try store.moveStepTemplate(as: actor, id: id, move)
                return .reload
            }
        case .back:
            return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        list.handle(key, context: context)
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        list.show(try store.stepTemplates(), context: context)
        if let follow, let index = list.rows.firstIndex(where: { $0.id == follow }) {
            list.select(index, context: context)
        }
        follow = nil
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, context)
        let items = list.rows.enumerated().map { index, template -> ListItem in
            ListItem(columns: [String(index + 1), template.text(context.language), StepTemplateText.delay(template, context),
                               context.text(template.who.label), template.isRetired ? context.text(AppText.templateStateRetired) : ""],
                     role: template.isRetired ? .muted : .normal)
        }
        let header = ListItem(columns: [AppText.columnNumber, AppText.columnStep, AppText.columnDueIn, AppText.columnWho,
                                        AppText.columnState].map { context.text($0) }, role: .header)
        let rows = list.pageSize(context)
        ListView(items: items, state: list.state, header: header, columnWidths: [4, 40, 14, 13])
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: rows + 1), glyphs: context.glyphs)
        guard let template = selected else { return nil }
        var row = 4 + rows
        row += BudgetDraw.paragraph(template.text(context.language), into: &buffer, area: inner, row: row, rows: 3)
        let notes = [template.isRetired ? AppText.templateRetiredExplained : nil,
                     template.isDefault ? AppText.templateDefaultExplained : nil,
                     template.english.isEmpty ? AppText.templateNoEnglish : nil].compactMap { $0 }
        if let note = notes.first {
            BudgetDraw.paragraph(context.text(note), role: template.isRetired ? .muted : .normal, into: &buffer, area: inner, row: row,
                                 rows: 1)
        }
        return nil
    }
}

/// A new or edited step template: its texts, its delay, who does the step.
struct StepTemplateFormScreen: FormScreen {
    var form: FormState
    private let templateID: Int64?
    private let today: CalendarDay

    init(template: PlanStepTemplate?, context: AppContext) {
        templateID = template?.id
        today = context.today
        let draft = template.map(PlanStepTemplateDraft.init) ?? PlanStepTemplateDraft()
        let text = { (field: PlanStepTemplateField, length: Int) in
            BudgetFormFields.text(draft, field, maxLength: length, today: context.today)
        }
        form = FormState(fields: [
            text(.french, PlanStepTemplate.textMaximumLength), text(.english, PlanStepTemplate.textMaximumLength), text(.delay, 3),
            BudgetFormFields.choice(draft, .who, BudgetFormFields<PlanStepTemplateDraft>.options(StepActor.allCases) { $0.label }),
        ])
    }

    private static let fieldWidth = 58

    var title: Phrase { templateID == nil ? AppText.newStepTemplateTitle : AppText.editStepTemplateTitle }

    mutating func save(_ context: AppContext) -> Effect {
        let id = templateID
        return BudgetFormFields<PlanStepTemplateDraft>.save(&form, PlanStepTemplateField.allCases, today: today, context) {
            store, actor, context, template throws(GuichetError) in
            _ = try store.saveStepTemplate(as: actor, id: id, template)
            return Notice(context.text(AppText.templateSaved), kind: .success)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, context)
        let formArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: form.fields.count)
        let cursor = FormView(form: form, fieldWidth: Self.fieldWidth).render(into: &buffer, area: formArea, context: context)
        var row = 3 + form.fields.count
        // A text longer than its field, whole and wrapped: the field shows a part of it.
        for field in [PlanStepTemplateField.french, .english] {
            let text = form.value(field.key)
            guard TextWidth.of(text) > Self.fieldWidth - 4 else { continue }
            row += BudgetDraw.paragraph(context.text(AppText.templateFieldText, context.text(field.label), text), role: .muted, into: &buffer, area: inner, row: row,
                                        rows: 3)
        }
        BudgetDraw.paragraph(context.text(AppText.templateFormHelp), role: .muted, into: &buffer, area: inner, row: row + 1, rows: 3)
        return cursor
    }
}
