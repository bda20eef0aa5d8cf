/// Where a step of the action plan stands. Raw values are stored.
public enum StepStatus: String, Sendable, CaseIterable, Hashable {
    case toDo = "todo"
    case done = "done"
    case abandoned = "abandoned"

    public var label: Phrase {
        switch self {
        case .toDo: return Phrase(fr: "à faire", en: "to do")
        case .done: return Phrase(fr: "fait", en: "done")
        case .abandoned: return Phrase(fr: "abandonné", en: "given up")
        }
    }
}

/// Who does a step: the person, or the counter (the coach or another member of the team).
public enum StepActor: String, Sendable, CaseIterable, Hashable {
    case person = "person"
    case counter = "coach"

    public var label: Phrase {
        switch self {
        case .person: return Phrase(fr: "la personne", en: "the person")
        case .counter: return Phrase(fr: "le guichet", en: "the counter")
        }
    }

    /// As the screens turned toward the person and the printed page say it.
    public var personFacing: Phrase {
        switch self {
        case .person: return Phrase(fr: "vous", en: "you")
        case .counter: return Phrase(fr: "le guichet", en: "the counter")
        }
    }
}

/// One step of a person's action plan.
public struct PlanStep: Sendable, Hashable {
    public var text: String
    public var due: CalendarDay
    public var who: StepActor
    public var status: StepStatus

    public static let textMaximumLength = 200

    /// For the store and the draft's check only.
    public init(text: String, due: CalendarDay, who: StepActor, status: StepStatus) {
        self.text = text
        self.due = due
        self.who = who
        self.status = status
    }

    /// Still to do and its day has passed.
    public func isOverdue(on today: CalendarDay) -> Bool { status == .toDo && due < today }
}

/// The fields of the step form.
public enum PlanStepField: String, BudgetFieldName, CaseIterable {
    public var key: String { rawValue }

    case text
    case due
    case who
    case status

    public var label: Phrase {
        switch self {
        case .text: return Phrase(fr: "Étape", en: "Step")
        case .due: return Phrase(fr: "Pour le", en: "Due on")
        case .who: return Phrase(fr: "Qui", en: "Who")
        case .status: return Phrase(fr: "Où en est-on", en: "Status")
        }
    }
}

/// The step form as typed.
public struct PlanStepDraft: BudgetDraft, Sendable, Hashable {
    public var text = ""
    public var due = ""
    public var who = StepActor.person.rawValue
    public var status = StepStatus.toDo.rawValue

    public init() {}

    /// A new step from `template`, due `delayDays` after `day`, in `language` (its French
    /// text when it has none in English).
    public init(template: PlanStepTemplate, from day: CalendarDay, language: Language) {
        text = template.text(language)
        due = day.adding(days: template.delayDays).formatted(.french)
        who = template.who.rawValue
    }

    public init(_ step: PlanStep) {
        text = step.text
        due = step.due.formatted(.french)
        who = step.who.rawValue
        status = step.status.rawValue
    }

    public static func text(of field: PlanStepField) -> WritableKeyPath<Self, String> {
        switch field {
        case .text: return \.text
        case .due: return \.due
        case .who: return \.who
        case .status: return \.status
        }
    }

    public func check(_ c: inout BudgetChecks<PlanStepField>, today: CalendarDay) -> PlanStep? {
        let textValue = c.run(.text) { () throws(GuichetError) -> String in
            try BudgetFreeText.required(text, field: PlanStepField.text.label, maximum: PlanStep.textMaximumLength,
                                        expected: BudgetText.stepTextExpected)
        }
        let dueValue = c.run(.due) { () throws(GuichetError) -> CalendarDay in
            try BudgetDay.parse(due, field: PlanStepField.due.label, today: today, required: true,
                                earliest: CalendarDay(year: 2000, month: 1, day: 1), latest: today.adding(months: 24)) ?? today
        }
        let whoValue = c.run(.who) { () throws(GuichetError) -> StepActor in
            guard let value = StepActor(rawValue: who) else { throw .invalid(BudgetText.choiceExpected.filled(PlanStepField.who.label)) }
            return value
        }
        let statusValue = c.run(.status) { () throws(GuichetError) -> StepStatus in
            guard let value = StepStatus(rawValue: status) else {
                throw .invalid(BudgetText.choiceExpected.filled(PlanStepField.status.label))
            }
            return value
        }
        guard c.only == nil, let textValue, let dueValue, let whoValue, let statusValue else { return nil }
        return PlanStep(text: textValue, due: dueValue, who: whoValue, status: statusValue)
    }
}
