import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// A beneficiary's file: identity, situation, referral, enrolment status and
/// the timeline of everything that happened, newest first.
struct BeneficiaryCardScreen: Screen {
    enum Action: Hashable, Sendable { case edit, visit, renew, close, reopen, sellRecharge, budget, hotspot, back }

    let id: Int64
    private(set) var record: BeneficiaryRecord?
    private var timeline: [TimelineEntry] = []
    /// How many days before its end an enrolment may be renewed (a setting).
    private var renewalWindow = RenewalWindow.defaultDays
    /// The first line of the history shown (↑ ↓ scroll it).
    private var timelineScroll = 0
    /// Whether a budget plan is under way and its next step (anyone may see it; no figures).
    private var budget = BudgetGlance.empty
    /// The 3G key the person has on loan, if any (F11 opens it; else F11 lends one).
    private var hotspotLoan: HotspotLoan?
    /// Files without consent are anonymised 72 hours after they were made (a setting): the card says when.
    private var anonymiseWithoutConsent = false

    /// The card of the file `id`, read when it is shown.
    init(id: Int64) {
        self.id = id
    }

    /// The card of a file just read or written.
    init(record: BeneficiaryRecord) {
        id = record.id
        self.record = record
    }

    var title: Phrase { AppText.cardTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let today = context.today
        let unreadable = record == nil
        let enrolment = record?.enrolment
        // An anonymised file takes nothing any more: only its history is read, and Back.
        let anonymised = enrolment?.anonymisedOn != nil
        let isClosed = enrolment?.closedOn != nil
        let closeAvailability: ActionAvailability
        if let actor = context.actor, !actor.role.may(.closeEnrolment) {
            closeAvailability = .greyed(AppText.reservedTo(Permission.closeEnrolment.minimumRole))
        } else if enrolment?.anonymisedOn != nil {
            closeAvailability = .greyed(AppText.closeNotPossible)
        } else {
            closeAvailability = .enabled
        }
        // Why a renewal is not offered: the core's own reason (too early, already renewed, closed).
        var renewRefusal: Phrase?
        if let enrolment {
            do throws(GuichetError) {
                _ = try enrolment.renewed(on: today, windowDays: renewalWindow)
            } catch {
                renewRefusal = error.phrase
            }
        }
        return [
            ScreenAction(.edit, function: 4, control: "e", label: AppText.actionEdit, help: AppText.actionEditHelp)
                .hidden(when: unreadable || anonymised),
            ScreenAction(.visit, function: 5, control: "p", label: AppText.actionVisit, help: AppText.actionVisitHelp)
                .hidden(when: unreadable || anonymised),
            ScreenAction(.renew, function: 6, control: "r", label: AppText.actionRenew, help: AppText.actionRenewHelp)
                .greyed(renewRefusal ?? AppText.renewNotPossible, when: renewRefusal != nil)
                .hidden(when: unreadable),
            ScreenAction(.close, function: 7, control: "k", label: AppText.actionClose, help: AppText.actionCloseHelp,
                         availability: closeAvailability)
                .hidden(when: unreadable || isClosed),
            ScreenAction(.reopen, function: 7, control: "k", label: AppText.actionReopen, help: AppText.actionReopenHelp,
                         availability: closeAvailability)
                .hidden(when: unreadable || !isClosed),
            ScreenAction(.sellRecharge, function: 8, control: "v", label: AppText.actionSellRecharge, help: AppText.actionSellRechargeHelp)
                .greyed(AppText.reservedTo(Permission.sellRecharges.minimumRole), when: context.actor?.role.may(.sellRecharges) == false)
                .hidden(when: unreadable || anonymised),
            ScreenAction(.budget, function: 9, control: "b", label: AppText.actionBudget, help: AppText.actionBudgetHelp)
                .hidden(when: unreadable || anonymised),
            // F4–F9 are taken on the card: the keys' action comes after F10, with its Ctrl-letter.
            ScreenAction(.hotspot, function: 11, control: "t", label: AppText.actionCardHotspot,
                         help: hotspotLoan == nil ? AppText.actionCardLendHelp : AppText.actionCardLoanHelp)
                .hidden(when: unreadable || anonymised),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        guard let record else { return action == .back ? .pop : .none }
        let fileNumber = record.fileNumber.formatted
        let recordID = record.id
        switch action {
        case .edit:
            return .push(BeneficiaryFormScreen(editing: record, context: context))
        case .visit:
            return .push(VisitScreen(beneficiary: record))
        case .renew:
            let until = record.enrolment.endDateIfRenewed(on: context.today).formatted(context.language)
            return .push(ConfirmScreen.action(title: AppText.renewTitle, question: AppText.renewQuestion, arguments: [fileNumber, until]) {
                store, actor, context throws(GuichetError) in
                let renewed = try store.renewEnrolment(as: actor, id: recordID, on: context.today)
                return Notice(context.text(AppText.renewed, fileNumber, renewed.enrolment.endDate.formatted(context.language)), kind: .success)
            })
        case .close:
            return .push(CloseEnrolmentScreen(record: record))
        case .reopen:
            return .push(ConfirmScreen.action(title: AppText.reopenTitle, question: AppText.reopenQuestion, arguments: [fileNumber]) {
                store, actor, _ throws(GuichetError) in
                _ = try store.reopenEnrolment(as: actor, id: recordID)
                return Notice(context.text(AppText.reopenedDone, fileNumber), kind: .success)
            })
        case .sellRecharge:
            return .push(RechargeSaleScreen(beneficiaryID: recordID))
        case .budget:
            return .push(BudgetFileScreen(id: recordID))
        case .hotspot:
            if let hotspotLoan { return .push(DeviceCardScreen(id: hotspotLoan.deviceID)) }
            return .push(LoanFormScreen(beneficiaryID: recordID))
        case .back:
            return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        let rows = max(1, ScreenChrome.contentArea(of: context.screenSize).height - 15)
        let last = max(0, timelineLines(width: context.screenSize.width - 2, context).count - rows)
        timelineScroll = ScrollKeys.offset(timelineScroll, after: key, page: rows, last: last) ?? timelineScroll
        return .none
    }

    /// The history as lines: each event wrapped under itself, newest first.
    private func timelineLines(width: Int, _ context: AppContext) -> [(text: String, role: StyleRole)] {
        guard !timeline.isEmpty else { return [(context.text(AppText.timelineEmpty), .muted)] }
        return timeline.flatMap { entry in
            let (head, text) = TimelineText.parts(entry, context)
            let wrapped = TextWrap.wrap(text, width: max(10, width - TextWidth.of(head)))
            return wrapped.enumerated().map { index, line in
                ((index == 0 ? head : String(repeating: " ", count: TextWidth.of(head))) + line, StyleRole.normal)
            }
        }
    }

    /// `text` wrapped to `rows` lines at most; when longer, the last line ends with `more`.
    static func wrapped(_ text: String, width: Int, rows: Int, more: String) -> [String] {
        let lines = TextWrap.wrap(text.replacingOccurrences(of: "\n", with: " · "), width: max(1, width))
        guard lines.count > rows else { return lines }
        let room = max(1, width - TextWidth.of(more) - 1)
        return Array(lines.prefix(rows - 1)) + [TextWidth.truncated(lines[rows - 1], to: room) + " " + more]
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        record = try store.beneficiary(id: id)
        renewalWindow = store.renewalWindowDays()
        timeline = try store.timeline(of: id)
        budget = try store.budgetGlance(beneficiaryID: id, on: context.today)
        hotspotLoan = try store.openLoan(beneficiaryID: id)
        anonymiseWithoutConsent = store.protectionSettings().anonymiseWithoutConsent
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        // A file that could not be read: the error is on the message line; only Back is left.
        guard let record else { return nil }
        let person = record.beneficiary
        let name = record.enrolment.anonymisedOn == nil ? NameDisplay.listed(lastName: person.lastName, firstName: person.firstName)
            : context.text(AppText.anonymisedPerson)
        TextLine(record.fileNumber.formatted + "  " + name, role: .header).render(into: &buffer, area: inner.row(0))
        let (statusText, statusRole) = enrolmentLine(record, context)
        TextLine(statusText, role: statusRole).render(into: &buffer, area: inner.row(1))
        if let (budgetText, budgetRole) = PlanGlanceText.cardLine(budget, context) {
            // A cell of the card: the whole step is read on the person's budget screen.
            TextLine(budgetText, role: budgetRole, countsCut: false).render(into: &buffer, area: inner.row(2))
        }

        let half = inner.width / 2
        let left = Rect(x: inner.x, y: inner.y + 3, width: half - 1, height: 6)
        let right = Rect(x: inner.x + half, y: inner.y + 3, width: inner.width - half, height: 6)
        CardFields(rows: identityRows(record, context)).render(into: &buffer, area: left)
        CardFields(rows: referralRows(record, context)).render(into: &buffer, area: right)

        // Consent and notes take the whole width: they are read whole.
        let consent = person.consent.map {
            context.text(AppText.consentKept, $0.date.formatted(context.language), $0.recordedBy)
        } ?? consentMissing(record, context)
        CardFields(rows: [(context.text(AppText.cardConsent), consent)],
                   valueRole: person.consent == nil && record.enrolment.anonymisedOn == nil ? .warning : .normal,
                   labelWidth: 14, cutsCount: true)
            .render(into: &buffer, area: inner.row(9))
        let notes = person.notes.isEmpty ? context.text(AppText.cardNone) : person.notes
        let noteLines = Self.wrapped(notes, width: inner.width - 14, rows: 2,
                                     more: context.text(AppText.cardNotesMore, actions(context).keyName(of: .edit, context.language)))
        for (index, line) in noteLines.enumerated() {
            CardFields(rows: [(index == 0 ? context.text(AppText.cardNotes) : "", line)], labelWidth: 14, cutsCount: true)
                .render(into: &buffer, area: inner.row(10 + index))
        }
        NotesReminder.render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 12, width: inner.width, height: 2), context: context)

        TextLine(context.text(AppText.timelineHeading), role: .header).render(into: &buffer, area: inner.row(14))
        let timelineArea = Rect(x: inner.x, y: inner.y + 15, width: inner.width, height: max(0, inner.height - 15))
        let lines = timelineLines(width: timelineArea.width, context)
        let first = min(timelineScroll, max(0, lines.count - timelineArea.height))
        for (row, line) in lines.dropFirst(first).prefix(timelineArea.height).enumerated() {
            TextLine(line.text, role: line.role).render(into: &buffer, area: timelineArea.row(row))
        }
        return nil
    }

    /// A file without consent: the key to record it, or, when the setting anonymises such files,
    /// the day and time it will be (`ConsentRule`); nothing for a file already anonymised.
    private func consentMissing(_ record: BeneficiaryRecord, _ context: AppContext) -> String {
        if record.enrolment.anonymisedOn != nil { return context.text(AppText.cardNone) }
        if anonymiseWithoutConsent {
            let deadline = ConsentRule.deadline(createdAt: record.createdAt)
            return context.text(AppText.consentDeadlineOnCard, CalendarDay(deadline, in: context.timeZone).formatted(context.language),
                                Timestamp.clockText(deadline, in: context.timeZone))
        }
        return context.text(AppText.consentMissingOnCard, actions(context).keyName(of: .edit, context.language))
    }

    private func enrolmentLine(_ record: BeneficiaryRecord, _ context: AppContext) -> (String, StyleRole) {
        let enrolment = record.enrolment
        switch enrolment.status(on: context.today) {
        case .active:
            var text = context.text(AppText.cardActiveUntil, enrolment.endDate.formatted(context.language))
            if let renewed = enrolment.renewedOn { text += context.text(AppText.cardRenewedNote, renewed.formatted(context.language)) }
            return (text, .success)
        case .expired:
            var text = context.text(AppText.cardExpired, enrolment.endDate.formatted(context.language))
            if enrolment.canRenew(on: context.today) {
                text += context.text(AppText.cardExpiredRenew, actions(context).keyName(of: .renew, context.language))
            }
            return (text, .warning)
        case .closed:
            var text = context.text(AppText.cardClosed, enrolment.closedOn?.formatted(context.language) ?? "")
            if let reason = record.closedReason { text += " — " + context.text(reason.label) }
            return (text, .muted)
        case .anonymised:
            return (context.text(AppText.cardAnonymised), .muted)
        }
    }

    private func identityRows(_ record: BeneficiaryRecord, _ context: AppContext) -> [(String, String)] {
        let person = record.beneficiary
        let none = context.text(AppText.cardNone)
        let born = person.birthDate.map {
            context.text(AppText.cardAge, $0.formatted(context.language), BirthDate.age(of: $0, on: context.today))
        } ?? none
        var resources = person.resourceKind.map { context.text($0.label) } ?? none
        if let amount = person.monthlyResources { resources += " · " + amount.formatted(context.language) }
        return [
            (context.text(AppText.cardBorn), born),
            (context.text(AppText.cardPhone), person.phone?.display ?? none),
            (context.text(AppText.cardEmail), person.email?.value ?? none),
            (context.text(AppText.cardHousing), person.housing.map { context.text($0.label) } ?? none),
            (context.text(AppText.cardActivity), person.activity.map { context.text($0.label) } ?? none),
            (context.text(AppText.cardResources), resources),
        ]
    }

    private func referralRows(_ record: BeneficiaryRecord, _ context: AppContext) -> [(String, String)] {
        let referral = record.beneficiary.referral
        let none = context.text(AppText.cardNone)
        let structure = [referral.structureKind.map { context.text($0.label) }, referral.structureName]
            .compactMap { $0 }.joined(separator: " · ")
        return [
            (context.text(AppText.cardReferral), structure.isEmpty ? none : structure),
            (context.text(AppText.cardSocialWorker), referral.socialWorker ?? none),
            (context.text(AppText.cardContact), referral.contact ?? none),
            (context.text(AppText.cardReferralDate), referral.date?.formatted(context.language) ?? none),
        ]
    }
}

/// Label–value rows of the card, labels muted. The values of the two columns
/// are cells of a table (their whole text is in the form: a cut there is not
/// counted); consent and notes, on rows of their own, must be read whole.
struct CardFields {
    let rows: [(String, String)]
    var valueRole: StyleRole = .normal
    var labelWidth: Int?
    var cutsCount = false

    func render(into buffer: inout Buffer, area: Rect) {
        let labelWidth = self.labelWidth ?? min(16, (rows.map { TextWidth.of($0.0) }.max() ?? 0) + 2)
        for (index, row) in rows.enumerated() where index < area.height {
            TextLine(row.0, role: .muted).render(into: &buffer, area: Rect(x: area.x, y: area.y + index, width: labelWidth, height: 1))
            TextLine(row.1, role: valueRole, countsCut: cutsCount)
                .render(into: &buffer, area: Rect(x: area.x + labelWidth, y: area.y + index,
                                                  width: max(0, area.width - labelWidth), height: 1))
        }
    }
}

/// How a timeline entry reads: `27/11/2026 10:30 alice  Passage : recharge, budget`
/// — the author before the text, so a long remark never hides who recorded it.
enum TimelineText {
    static func parts(_ entry: TimelineEntry, _ context: AppContext) -> (head: String, text: String) {
        let day = CalendarDay(entry.at, in: context.timeZone).formatted(context.language)
        let time = Timestamp.clockText(entry.at, in: context.timeZone)
        let author = entry.userLogin ?? "—"
        return (day + " " + time + " " + TextWidth.padded(author, to: 10) + " ", entry.event.text(context.language))
    }
}
