import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// A beneficiary's file: identity, situation, referral, enrolment status and
/// the timeline of everything that happened, newest first.
struct BeneficiaryCardScreen: Screen {
    enum Action: Hashable, Sendable { case edit, visit, renew, close, back }

    let id: Int64
    private(set) var record: BeneficiaryRecord?
    private var timeline: [TimelineEntry] = []
    private var timelineList = ListState()

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
        let closeAvailability: ActionAvailability
        if let actor = context.actor, !actor.role.may(.closeEnrolment) {
            closeAvailability = .greyed(AppText.reservedTo(Permission.closeEnrolment.minimumRole))
        } else if enrolment?.closedOn != nil || enrolment?.anonymisedOn != nil {
            closeAvailability = .greyed(AppText.closeNotPossible)
        } else {
            closeAvailability = .enabled
        }
        return [
            ScreenAction(.edit, function: 4, control: "e", label: AppText.actionEdit, help: AppText.actionEditHelp)
                .hidden(when: unreadable),
            ScreenAction(.visit, function: 5, control: "p", label: AppText.actionVisit, help: AppText.actionVisitHelp)
                .hidden(when: unreadable),
            ScreenAction(.renew, function: 6, control: "r", label: AppText.actionRenew, help: AppText.actionRenewHelp)
                .greyed(AppText.renewNotPossible, when: enrolment?.canRenew(on: today) != true)
                .hidden(when: unreadable),
            ScreenAction(.close, function: 7, control: "k", label: AppText.actionClose, help: AppText.actionCloseHelp,
                         availability: closeAvailability)
                .hidden(when: unreadable),
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
            return .push(ConfirmScreen.action(title: AppText.renewTitle, question: AppText.renewQuestion, arguments: [fileNumber]) {
                store, actor, context throws(GuichetError) in
                let renewed = try store.renewEnrolment(as: actor, id: recordID, on: context.today)
                return Notice(context.text(AppText.renewed, fileNumber, renewed.enrolment.endDate.formatted(context.language)), kind: .success)
            })
        case .close:
            return .push(ConfirmScreen.action(title: AppText.closeTitle, question: AppText.closeQuestion, arguments: [fileNumber]) {
                store, actor, context throws(GuichetError) in
                _ = try store.closeEnrolment(as: actor, id: recordID, on: context.today)
                return Notice(context.text(AppText.closedDone, fileNumber), kind: .success)
            })
        case .back:
            return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = timelineList.handle(key, itemCount: timeline.count, pageSize: 5)
        return .none
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        record = try store.beneficiary(id: id)
        timeline = try store.timeline(of: id)
        timelineList.clamp(itemCount: timeline.count, pageSize: 5)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        // A file that could not be read: the error is on the message line; only Back is left.
        guard let record else { return nil }
        let person = record.beneficiary
        TextLine(record.fileNumber.formatted + "  " + NameDisplay.listed(lastName: person.lastName, firstName: person.firstName), role: .header)
            .render(into: &buffer, area: inner.row(0))
        let (statusText, statusRole) = enrolmentLine(record, context)
        TextLine(statusText, role: statusRole).render(into: &buffer, area: inner.row(1))

        let half = inner.width / 2
        let left = Rect(x: inner.x, y: inner.y + 3, width: half - 1, height: 7)
        let right = Rect(x: inner.x + half, y: inner.y + 3, width: inner.width - half, height: 7)
        CardFields(rows: identityRows(record, context)).render(into: &buffer, area: left)
        CardFields(rows: referralRows(record, context)).render(into: &buffer, area: right)

        let notes = person.notes.isEmpty ? context.text(AppText.cardNone) : person.notes.replacingOccurrences(of: "\n", with: " · ")
        CardFields(rows: [(context.text(AppText.cardNotes), notes)]).render(into: &buffer, area: inner.row(10))
        NotesReminder.render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 11, width: inner.width, height: 2), context: context)

        TextLine(context.text(AppText.timelineHeading), role: .header).render(into: &buffer, area: inner.row(13))
        let items = timeline.isEmpty
            ? [ListItem(context.text(AppText.timelineEmpty), role: .muted)]
            : timeline.map { ListItem(TimelineText.line($0, context)) }
        let listArea = Rect(x: inner.x, y: inner.y + 14, width: inner.width, height: max(0, inner.height - 14))
        ListView(items: items, state: timelineList).render(into: &buffer, area: listArea, glyphs: context.glyphs)
        return nil
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
            return (context.text(AppText.cardClosed, enrolment.closedOn?.formatted(context.language) ?? ""), .muted)
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
        let consent = record.beneficiary.consent.map {
            context.text(AppText.consentKept, $0.date.formatted(context.language), $0.recordedBy)
        } ?? context.text(AppText.consentNone)
        return [
            (context.text(AppText.cardReferral), structure.isEmpty ? none : structure),
            (context.text(AppText.cardSocialWorker), referral.socialWorker ?? none),
            (context.text(AppText.cardContact), referral.contact ?? none),
            (context.text(AppText.cardReferralDate), referral.date?.formatted(context.language) ?? none),
            (context.text(AppText.cardConsent), consent),
        ]
    }
}

/// Label–value rows of the card, labels muted.
struct CardFields {
    let rows: [(String, String)]

    func render(into buffer: inout Buffer, area: Rect) {
        let labelWidth = min(16, (rows.map { TextWidth.of($0.0) }.max() ?? 0) + 2)
        for (index, row) in rows.enumerated() where index < area.height {
            TextLine(row.0, role: .muted).render(into: &buffer, area: Rect(x: area.x, y: area.y + index, width: labelWidth, height: 1))
            TextLine(row.1).render(into: &buffer, area: Rect(x: area.x + labelWidth, y: area.y + index,
                                                            width: max(0, area.width - labelWidth), height: 1))
        }
    }
}

/// How a timeline entry reads: `27/11/2026 10:30  Passage : recharge, budget  (alice)`.
enum TimelineText {
    static func line(_ entry: TimelineEntry, _ context: AppContext) -> String {
        let day = CalendarDay(entry.at, in: context.timeZone).formatted(context.language)
        let time = Timestamp.clockText(entry.at, in: context.timeZone)
        return day + " " + time + "  " + entry.event.text(context.language) + (entry.userLogin.map { "  (" + $0 + ")" } ?? "")
    }
}
