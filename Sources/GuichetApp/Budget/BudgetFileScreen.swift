import GuichetCore
import GuichetStore
import GuichetTerminal

/// A person's telecom budget, from the area's list or the file card: the last
/// session's figures, the plan's next step, and the way to a new session, the
/// result, the plan, the history and the printed summary. A volunteer sees
/// only whether a plan is under way and its next step — no figures.
struct BudgetFileScreen: Screen {
    enum Action: Hashable, Sendable { case session, result, plan, history, print, back }

    let id: Int64
    private var person: BudgetPerson?
    private var fileResources = BudgetResources.none
    private var glance = BudgetGlance.empty
    private var sessions: [BudgetSessionRecord] = []

    init(id: Int64) {
        self.id = id
    }

    var title: Phrase { AppText.budgetFileTitle }

    private static func mayCoach(_ context: AppContext) -> Bool { context.actor?.role.may(.budgetCoaching) == true }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let reserved = AppText.reservedTo(Permission.budgetCoaching.minimumRole)
        let coach: ActionAvailability = Self.mayCoach(context) ? .enabled : .greyed(reserved)
        let noSession = sessions.isEmpty
        return [
            ScreenAction(.session, function: 2, control: "n", label: AppText.actionSession, help: AppText.actionSessionHelp,
                         hint: AppText.hintSession, availability: coach),
            ScreenAction(.result, function: 5, control: "r", label: AppText.actionResult, help: AppText.actionResultHelp,
                         hint: AppText.hintResult, availability: coach)
                .greyed(AppText.budgetNoSessionYet, when: noSession && Self.mayCoach(context)),
            ScreenAction(.plan, function: 6, control: "p", label: AppText.actionPlan, help: AppText.actionPlanHelp,
                         hint: AppText.hintPlan, availability: coach),
            ScreenAction(.history, function: 7, control: "t", label: AppText.actionHistory, help: AppText.actionHistoryHelp,
                         availability: coach)
                .greyed(AppText.budgetNoSessionYet, when: noSession && Self.mayCoach(context)),
            ScreenAction(.print, function: 8, control: "e", label: AppText.actionPrint, help: AppText.actionPrintHelp,
                         hint: AppText.hintPrint, availability: coach)
                .greyed(AppText.budgetNoSessionYet, when: noSession && Self.mayCoach(context)),
            .back(.back),
        ]
        .map { person == nil && $0.action != .back ? $0.hidden(when: true) : $0 }
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        guard let person else { return action == .back ? .pop : .none }
        switch action {
        case .session:
            return .push(BudgetSessionScreen(person: person, previous: sessions.last, fileResources: fileResources, today: context.today))
        case .result:
            guard let last = sessions.last else { return .none }
            return .push(BudgetResultScreen(person: person, record: last))
        case .plan:
            return .push(BudgetPlanScreen(person: person))
        case .history:
            return .push(BudgetHistoryScreen(person: person, sessions: sessions))
        case .print:
            guard let last = sessions.last else { return .none }
            return BudgetPrinting.print(person: person, record: last)
        case .back:
            return .pop
        }
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        let record = try store.beneficiary(id: id)
        person = BudgetPerson(record)
        fileResources = BudgetResources(fileResource: record.beneficiary.resourceKind, amount: record.beneficiary.monthlyResources)
        glance = try store.budgetGlance(beneficiaryID: id, on: context.today)
        if let actor = context.actor, Self.mayCoach(context) {
            sessions = try store.budgetSessions(as: actor, beneficiaryID: id)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        guard let person else { return nil }
        TextLine(person.heading, role: .header).render(into: &buffer, area: inner.row(0))
        var row = 2
        if Self.mayCoach(context) {
            row = renderSessions(into: &buffer, inner, context)
        }
        row = PlanGlanceText.render(glance, into: &buffer, area: inner, row: row, context)
        if Self.mayCoach(context) {
            BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: inner.height - 2, rows: 2, context)
        } else {
            BudgetDraw.paragraph(context.text(AppText.budgetFiguresReserved, Role.coach.label), role: .muted,
                                 into: &buffer, area: inner, row: row + 1)
        }
        return nil
    }

    /// The last session's figures; returns the next free row.
    private func renderSessions(into buffer: inout Buffer, _ area: Rect, _ context: AppContext) -> Int {
        let language = context.language
        guard let last = sessions.last else {
            TextLine(context.text(AppText.budgetNoSessionStart, actions(context).keyName(of: .session, language)), role: .muted)
                .render(into: &buffer, area: area.row(2))
            return 4
        }
        let figures = last.figures
        let count = context.text(sessions.count == 1 ? AppText.budgetOneSession : AppText.budgetSessions, sessions.count)
        TextLine(context.text(AppText.budgetLastSession, count, last.day.formatted(language), last.coachName ?? "—"), role: .muted)
            .render(into: &buffer, area: area.row(1))
        let money = { (amount: Money) in amount.formatted(language) }
        let rows: [(String, String)] = [
            (context.text(AppText.budgetSpending),
             context.text(AppText.budgetSpendingValue, money(figures.before), last.session.lines.count)),
            (context.text(AppText.budgetShareOfResources),
             context.text(AppText.budgetShareValue, ResourceShare.text(figures.shareBefore, language), money(figures.resources),
                          ResourceShare.referenceText(figures.reference, language))),
            (context.text(AppText.budgetWithPlan),
             context.text(AppText.budgetWithPlanValue, money(figures.after), ResourceShare.text(figures.shareAfter, language))),
            (context.text(AppText.budgetSaving),
             context.text(AppText.budgetSavingValue, money(figures.monthlySaving), money(figures.yearlySaving))),
            (context.text(AppText.budgetNextAppointment),
             last.session.header.nextAppointment?.formatted(language) ?? context.text(AppText.cardNone)),
        ]
        TextLine(context.text(AppText.budgetLastSessionHeading), role: .header).render(into: &buffer, area: area.row(3))
        CardFields(rows: rows, labelWidth: 24).render(into: &buffer, area: Rect(x: area.x, y: area.y + 4, width: area.width, height: rows.count))
        return 4 + rows.count + 1
    }
}

/// What anyone may read of a person's plan (the volunteer's view, the card's line):
/// whether a plan is under way, how many steps are late, and the next step.
enum PlanGlanceText {
    /// Draws the plan's state from `row`; returns the next free row.
    static func render(_ glance: BudgetGlance, into buffer: inout Buffer, area: Rect, row: Int, _ context: AppContext) -> Int {
        TextLine(context.text(AppText.budgetPlanHeading), role: .header).render(into: &buffer, area: area.row(row))
        guard let next = glance.nextStep else {
            TextLine(context.text(glance.sessionCount == 0 ? AppText.budgetNoPlan : AppText.budgetPlanDone), role: .muted)
                .render(into: &buffer, area: area.row(row + 1))
            return row + 3
        }
        var line = row + 1
        let open = context.text(glance.openSteps == 1 ? AppText.budgetOneOpenStep : AppText.budgetOpenSteps, glance.openSteps)
        TextLine(open).render(into: &buffer, area: area.row(line))
        line += 1
        if glance.overdueSteps > 0 {
            TextLine(context.text(glance.overdueSteps == 1 ? AppText.budgetOneOverdue : AppText.budgetOverdueSteps, glance.overdueSteps),
                     role: .warning).render(into: &buffer, area: area.row(line))
            line += 1
        }
        let language = context.language
        line += BudgetDraw.paragraph(context.text(AppText.budgetNextStep, next.due.formatted(language), context.text(next.who.label),
                                                  next.text),
                                     role: next.isOverdue(on: context.today) ? .warning : .normal, into: &buffer, area: area, row: line)
        return line + 1
    }

    /// One line for the file card: « Budget : 3 étapes à faire, prochaine le 04/12/2026 » (warning when one is late); nil without a plan.
    static func cardLine(_ glance: BudgetGlance, _ context: AppContext) -> (String, StyleRole)? {
        guard glance.sessionCount > 0 || glance.openSteps > 0 else { return nil }
        guard let next = glance.nextStep else { return (context.text(AppText.budgetCardNoStep, glance.sessionCount), .muted) }
        let language = context.language
        if glance.overdueSteps > 0 {
            return (context.text(AppText.budgetCardOverdue, glance.overdueSteps, next.due.formatted(language), next.text), .warning)
        }
        return (context.text(AppText.budgetCardNext, glance.openSteps, next.due.formatted(language), next.text), .normal)
    }
}
