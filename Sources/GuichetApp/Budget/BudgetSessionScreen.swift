import GuichetCore
import GuichetStore
import GuichetTerminal

/// A diagnosis session being entered: its date and resources (F5), the telecom
/// lines (add, edit, remove, choose an offer), the steps it adds to the plan —
/// Tab goes from the lines to the steps — and, live, the total, the share of
/// resources and the saving. F2 saves it all in one transaction, then shows
/// the result to the person.
struct BudgetSessionScreen: Screen {
    enum Action: Hashable, Sendable { case save, header, add, edit, remove, offer, switchSection, back }

    let person: BudgetPerson
    private(set) var header: SessionHeader
    private(set) var lines: [PlannedLine]
    private(set) var steps: [PlanStep] = []
    private(set) var section = BudgetSection.lines
    private var lineList = ListState()
    private var stepList = ListState()
    private var offers: [BudgetOffer] = []
    private var reference = ResourceShare.defaultReference
    private var isDirty = false

    /// A new session for `person`, dated `today`. A follow-up starts from the previous
    /// session's resources and lines (the offers are chosen again); a first one from the
    /// resources of the file.
    init(person: BudgetPerson, previous: BudgetSessionRecord?, fileResources: BudgetResources, today: CalendarDay) {
        self.person = person
        header = SessionHeader(day: today, nextAppointment: nil, resources: previous?.session.header.resources ?? fileResources)
        lines = previous?.session.lines.map { PlannedLine(line: $0.line) } ?? []
    }

    var title: Phrase { AppText.budgetSessionTitle }

    private var figures: BudgetFigures { BudgetFigures(resources: header.resources.total, lines: lines, reference: reference) }
    private var count: Int { section == .lines ? lines.count : steps.count }
    private var selected: Int { section == .lines ? lineList.selected : stepList.selected }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let onLines = section == .lines
        let none = onLines ? AppText.budgetNoLineSelected : AppText.budgetNoStepSelected
        let full = onLines ? lines.count >= BudgetSession.maximumLines : steps.count >= BudgetSession.maximumNewSteps
        return [
            .save(.save, help: AppText.actionSaveSessionHelp),
            ScreenAction(.edit, function: 4, control: "o", keys: [.enter], label: AppText.actionEdit,
                         help: AppText.actionEditBudgetItemHelp, hint: AppText.hintEdit)
                .greyed(none, when: count == 0),
            ScreenAction(.header, function: 5, control: "r", label: AppText.actionResources, help: AppText.actionResourcesHelp,
                         hint: AppText.hintResources),
            ScreenAction(.add, function: 6, control: "a", label: AppText.actionAdd, help: AppText.actionAddBudgetItemHelp,
                         hint: onLines ? AppText.hintAddLine : AppText.hintAddStep)
                .greyed(onLines ? BudgetText.tooManyLines.filled(BudgetSession.maximumLines)
                    : BudgetText.tooManySteps.filled(BudgetSession.maximumNewSteps), when: full),
            ScreenAction(.remove, function: 7, control: "d", keys: [.delete], label: AppText.actionRemove,
                         help: AppText.actionRemoveBudgetItemHelp)
                .greyed(none, when: count == 0),
            ScreenAction(.offer, function: 8, control: "e", label: AppText.actionOffer, help: AppText.actionOfferHelp,
                         hint: AppText.hintOffer)
                .greyed(onLines ? AppText.budgetNoLineSelected : AppText.budgetOfferOnLines, when: !onLines || lines.isEmpty),
            ScreenAction(.switchSection, keys: [.tab, .backTab], label: AppText.actionSwitchSection,
                         help: AppText.actionSwitchSectionHelp, hint: AppText.hintSwitchSection),
            .back(.back, hint: AppText.hintGiveUp),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .save:
            let session = BudgetSession(header: header, lines: lines, newSteps: steps)
            let person = person
            return .asUser { store, actor, context throws(GuichetError) in
                let record = try store.saveBudgetSession(as: actor, beneficiaryID: person.id, session)
                return .sequence([.pop, .push(BudgetResultScreen(person: person, record: record)),
                                  .notice(Notice(context.text(AppText.budgetSessionSaved, person.fileNumber.formatted), kind: .success))])
            }
        case .header:
            return .push(BudgetHeaderFormScreen(header: header, context: context))
        case .add:
            if section == .lines { return .push(BudgetLineFormScreen(index: nil, line: nil, context: context)) }
            return .push(BudgetStepTemplateScreen(from: header.day))
        case .edit:
            guard (0..<count).contains(selected) else { return .none }
            if section == .lines { return .push(BudgetLineFormScreen(index: selected, line: lines[selected].line, context: context)) }
            return .push(BudgetStepFormScreen(index: selected, draft: PlanStepDraft(steps[selected]), context: context))
        case .remove:
            guard (0..<count).contains(selected) else { return .none }
            let index = selected
            let section = section
            let (question, name) = section == .lines
                ? (AppText.budgetRemoveLineQuestion, lines[index].line.title(context.language))
                : (AppText.budgetRemoveStepQuestion, steps[index].text)
            return .push(ConfirmScreen(title: AppText.budgetRemoveTitle, question: question, arguments: [name]) { _ in
                .deliver(.budget(.removal(section, index: index)))
            })
        case .offer:
            guard section == .lines, lines.indices.contains(lineList.selected) else { return .none }
            return .push(BudgetOfferChoiceScreen(index: lineList.selected, planned: lines[lineList.selected], offers: offers,
                                                 benefits: header.resources.benefits, day: header.day))
        case .switchSection:
            section = section == .lines ? .steps : .lines
            return .none
        case .back:
            return isDirty ? .push(ConfirmScreen.discardChanges()) : .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        if section == .lines {
            _ = lineList.handle(key, itemCount: lines.count, pageSize: Self.lineRows)
        } else {
            _ = stepList.handle(key, itemCount: steps.count, pageSize: Self.stepRows)
        }
        return .none
    }

    mutating func receive(_ picked: Picked, context: AppContext) -> Effect {
        guard case .budget(let budget) = picked else { return .none }
        isDirty = true
        switch budget {
        case .header(let value):
            header = value
        case .line(nil, let line):
            lines.append(PlannedLine(line: line))
            lineList.selected = lines.count - 1
        case .line(let index?, let line):
            guard lines.indices.contains(index) else { return .none }
            // The offer chosen stays while it still covers the line's kind.
            let keeps = lines[index].line.kind.service == line.kind.service
            lines[index] = PlannedLine(line: line, choice: keeps ? lines[index].choice : nil)
        case .offer(let index, let choice):
            guard lines.indices.contains(index) else { return .none }
            lines[index].choice = choice
        case .step(nil, let step):
            steps.append(step)
            stepList.selected = steps.count - 1
            section = .steps
        case .step(let index?, let step):
            guard steps.indices.contains(index) else { return .none }
            steps[index] = step
        case .removal(.lines, let index):
            guard lines.indices.contains(index) else { return .none }
            lines.remove(at: index)
            lineList.clamp(itemCount: lines.count, pageSize: Self.lineRows)
        case .removal(.steps, let index):
            guard steps.indices.contains(index) else { return .none }
            steps.remove(at: index)
            stepList.clamp(itemCount: steps.count, pageSize: Self.stepRows)
        }
        return .none
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        offers = try store.budgetOffers()
        reference = store.budgetReference()
    }

    private static let lineRows = 5
    private static let stepRows = 3

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let language = context.language
        let money = { (amount: Money) in amount.formatted(language) }
        TextLine(person.heading, role: .header).render(into: &buffer, area: inner.row(0))
        let next = header.nextAppointment.map { context.text(AppText.budgetNextAppointmentOn, $0.formatted(language)) }
            ?? context.text(AppText.budgetNoNextAppointment)
        TextLine(context.text(AppText.budgetSessionLine, header.day.formatted(language), money(header.resources.total)))
            .render(into: &buffer, area: inner.row(1))
        TextLine(next).render(into: &buffer, area: inner.row(2))
        let table = actions(context)
        BudgetDraw.hints(table, into: &buffer, area: inner, row: 3, rows: 2, context)

        // The lines.
        TextLine(context.text(AppText.budgetLinesHeading, lines.count), role: section == .lines ? .highlight : .header)
            .render(into: &buffer, area: inner.row(5))
        let lineItems = lines.map { planned -> ListItem in
            let end = planned.line.commitment.map { $0.end.formatted(language) } ?? "—"
            let choice = planned.choice?.name ?? context.text(AppText.budgetKept)
            return ListItem(columns: [BudgetDraw.cell(planned.line.title(language), 30), money(planned.line.monthlyCost), end,
                                      BudgetDraw.cell(choice, 15), money(planned.costAfter)])
        }
        let lineHeader = ListItem(columns: [AppText.columnLine, AppText.columnCost, AppText.columnCommitmentEnd, AppText.columnChoice,
                                            AppText.columnAfter].map { context.text($0) }, role: .header)
        var lineState = lineList
        if section != .lines { lineState.selected = -1 }
        let lineArea = Rect(x: inner.x, y: inner.y + 6, width: inner.width, height: Self.lineRows + 1)
        ListView(items: lineItems, state: lineState, header: lineHeader, columnWidths: [30, 11, 11, 15])
            .render(into: &buffer, area: lineArea, glyphs: context.glyphs)
        if lines.isEmpty {
            TextLine(context.text(AppText.budgetNoLinesYet, table.keyName(of: .add, language)), role: .muted)
                .render(into: &buffer, area: lineArea.row(1))
        }

        // The figures, live.
        let figures = self.figures
        TextLine(context.text(AppText.budgetTotalLine, money(figures.before), money(figures.after), money(figures.monthlySaving)),
                 role: .header).render(into: &buffer, area: inner.row(12))
        let share = figures.shareBefore == nil ? context.text(AppText.budgetShareLineNone)
            : context.text(AppText.budgetShareLine, ResourceShare.text(figures.shareBefore, language),
                           ResourceShare.text(figures.shareAfter, language), ResourceShare.referenceText(reference, language))
        TextLine(share, role: figures.shareBefore.map { $0 > reference } == true ? .warning : .normal)
            .render(into: &buffer, area: inner.row(13))

        // The steps this session adds to the plan.
        TextLine(context.text(AppText.budgetNewStepsHeading, steps.count), role: section == .steps ? .highlight : .header)
            .render(into: &buffer, area: inner.row(15))
        let stepItems = steps.map { step in
            ListItem(columns: [BudgetDraw.cell(step.text, 52), step.due.formatted(language), context.text(step.who.label)])
        }
        var stepState = stepList
        if section != .steps { stepState.selected = -1 }
        let stepArea = Rect(x: inner.x, y: inner.y + 16, width: inner.width, height: Self.stepRows)
        ListView(items: stepItems, state: stepState, header: nil, columnWidths: [52, 12])
            .render(into: &buffer, area: stepArea, glyphs: context.glyphs)
        if steps.isEmpty {
            TextLine(context.text(AppText.budgetNoStepsYet, table.keyName(of: .switchSection, language), table.keyName(of: .add, language)),
                     role: .muted).render(into: &buffer, area: stepArea.row(0))
        }
        return nil
    }
}
