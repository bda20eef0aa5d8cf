import GuichetCore
import GuichetStore
import GuichetTerminal

/// A day typed (`27/11/2026`, `27112026`, `27/11/26`): the journal shows it.
struct JournalDateScreen: FormScreen {
    var form: FormState
    private let today: CalendarDay

    init(day: CalendarDay, context: AppContext) {
        today = context.today
        form = FormState(fields: [JournalForms.dayField("day", AppText.journalDayField, day, context)])
    }

    var title: Phrase { AppText.journalDateTitle }

    mutating func save(_ context: AppContext) -> Effect {
        let today = self.today
        return JournalForms.deliver(&form, context) { form throws(GuichetError) in .day(try JournalDates.day(form.value("day"), today: today)) }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        JournalForms.render(form, intro: AppText.journalDateIntro, actions: actions(context), into: &buffer, area: area, context: context)
    }
}

/// Any run of days for a report: from one typed day to another.
struct ReportPeriodScreen: FormScreen {
    var form: FormState
    private let today: CalendarDay

    init(period: ReportPeriod, context: AppContext) {
        today = context.today
        form = FormState(fields: [JournalForms.dayField("from", AppText.reportFromField, period.first, context),
                                  JournalForms.dayField("to", AppText.reportToField, period.last, context)])
    }

    var title: Phrase { AppText.reportPeriodTitle }

    mutating func save(_ context: AppContext) -> Effect {
        let today = self.today
        return JournalForms.deliver(&form, context) { form throws(GuichetError) in
            let first = try JournalDates.day(form.value("from"), today: today)
            guard let period = ReportPeriod(from: first, to: try JournalDates.day(form.value("to"), today: today)) else {
                form.flag("to", .invalid(AppText.reportToBeforeFrom))
                throw .invalid(AppText.reportToBeforeFrom)
            }
            return .period(period)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        JournalForms.render(form, intro: AppText.reportPeriodIntro, actions: actions(context), into: &buffer, area: area, context: context)
    }
}

/// The journal's filters: one user, one area, one action (each « tous » by default);
/// the users and actions offered are those of the day shown.
struct JournalFilterScreen: FormScreen {
    var form: FormState

    init(filter: JournalFilter, logins: [String], actions: [String]) {
        let everyone = ChoiceOption(code: "", label: AppText.journalFilterEveryone)
        let allAreas = ChoiceOption(code: "", label: AppText.journalFilterAllAreas)
        let allActions = ChoiceOption(code: "", label: AppText.journalFilterAllActions)
        let actionCodes = Array(Set(actions + (filter.action.map { [$0] } ?? []))).sorted()
        form = FormState(fields: [
            FormField(id: "user", label: AppText.journalFilterUser,
                      options: [everyone] + Array(Set(logins + (filter.login.map { [$0] } ?? []))).sorted()
                        .map { ChoiceOption(code: $0, label: Phrase(fr: $0, en: $0)) },
                      selectedCode: filter.login ?? ""),
            FormField(id: "area", label: AppText.journalFilterArea,
                      options: [allAreas] + AreaID.allCases.map { ChoiceOption(code: String($0.rawValue), label: $0.module.label) },
                      selectedCode: filter.area.map { String($0.rawValue) } ?? ""),
            FormField(id: "action", label: AppText.journalFilterAction,
                      options: [allActions] + actionCodes.map { code in
                          ChoiceOption(code: code, label: Phrase(fr: JournalLine.actionName(code, .french),
                                                                 en: JournalLine.actionName(code, .english)))
                      },
                      selectedCode: filter.action ?? ""),
        ])
    }

    var title: Phrase { AppText.journalFiltersTitle }

    mutating func save(_ context: AppContext) -> Effect {
        let chosen = form
        let value = { (id: String) -> String? in chosen.value(id).isEmpty ? nil : chosen.value(id) }
        let filter = JournalFilter(login: value("user"), area: value("area").flatMap(Int.init).flatMap(AreaID.init(rawValue:)),
                                   action: value("action"))
        return JournalForms.deliver(&form, context) { _ in .filter(JournalFilterChoice(filter: filter)) }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        JournalForms.render(form, intro: AppText.journalFiltersIntro, actions: actions(context), into: &buffer, area: area, context: context)
    }
}

/// Days typed in the journal's forms, with the message of the field.
enum JournalDates {
    static func day(_ text: String, today: CalendarDay) throws(GuichetError) -> CalendarDay {
        switch DayInput.read(text, today: today) {
        case .success(let day): return day
        case .failure(.noSuchDay(let day, let month, let year)):
            throw .invalid(DayInput.noSuchDay(AppText.journalDayField, day: day, month: month, year: year))
        case .failure(.malformed): throw .invalid(AppText.journalDayExpected)
        }
    }
}

/// What the journal's forms share: a day field, handing back what the form chose, the layout.
enum JournalForms {
    /// A field holding a day as typed at the counter, checked as it is left.
    static func dayField(_ id: String, _ label: Phrase, _ day: CalendarDay, _ context: AppContext) -> FormField {
        let today = context.today
        return FormField(id: id, label: label, text: day.formatted(context.language), maxLength: 10,
                         check: FieldChecks.from { (text: String) throws(GuichetError) in try JournalDates.day(text, today: today) })
    }

    /// Every field checked, then what `picked` makes of them handed back to the screen below; an error goes to the message line.
    static func deliver(_ form: inout FormState, _ context: AppContext,
                        _ picked: (inout FormState) throws(GuichetError) -> JournalPicked) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        do throws(GuichetError) {
            return .sequence([.pop, .deliver(.journal(try picked(&form)))])
        } catch {
            return .error(error, context)
        }
    }

    /// What the form is for, its keys, its fields.
    static func render(_ form: FormState, intro: Phrase, actions: [ScreenAction<FormAction>], into buffer: inout Buffer, area: Rect,
                       context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        for (row, line) in TextWrap.wrap(context.text(intro), width: inner.width).prefix(3).enumerated() {
            TextLine(line, role: .muted).render(into: &buffer, area: inner.row(row))
        }
        BudgetDraw.hints(actions, into: &buffer, area: inner, row: 3, rows: 2, context)
        return FormView(form: form, fieldWidth: 40)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 6, width: inner.width, height: form.fields.count), context: context)
    }
}
