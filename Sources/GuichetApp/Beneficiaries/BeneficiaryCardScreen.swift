import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// A beneficiary's file: identity, situation, referral, enrolment status and
/// the timeline of everything that happened, newest first.
struct BeneficiaryCardScreen: Screen {
    private(set) var record: BeneficiaryRecord
    private var timeline: [TimelineEntry] = []
    private var timelineList = ListState()

    /// Opens the file `id`, or says why it cannot be read.
    static func open(id: Int64, context: AppContext) -> Effect {
        do throws(GuichetError) {
            return .push(BeneficiaryCardScreen(record: try context.store.beneficiary(id: id), context: context))
        } catch {
            return .error(error, context)
        }
    }

    init(record: BeneficiaryRecord, context: AppContext) {
        self.record = record
        timeline = (try? context.store.timeline(of: record.id)) ?? []
    }

    var title: Phrase { AppText.cardTitle }

    func actions(_ context: AppContext) -> [ScreenAction] {
        let today = context.today
        let renew: ScreenAction.Availability = record.enrolment.canRenew(on: today) ? .enabled : .greyed(AppText.renewNotPossible)
        var close: ScreenAction.Availability = record.enrolment.closedOn == nil && record.enrolment.anonymisedOn == nil
            ? .enabled : .greyed(AppText.closeNotPossible)
        if let actor = context.actor, !actor.role.may(.closeEnrolment) {
            close = .greyed(CounterArea.reservedTo(Permission.closeEnrolment.minimumRole))
        }
        return [
            StandardActions.help,
            ScreenAction(id: "edit", functionKey: 4, controlKey: "e", label: AppText.actionEdit, help: AppText.actionEditHelp),
            ScreenAction(id: "visit", functionKey: 5, controlKey: "p", label: AppText.actionVisit, help: AppText.actionVisitHelp),
            ScreenAction(id: "renew", functionKey: 6, controlKey: "r", label: AppText.actionRenew, help: AppText.actionRenewHelp,
                         availability: renew),
            ScreenAction(id: "close", functionKey: 7, controlKey: "k", label: AppText.actionClose, help: AppText.actionCloseHelp,
                         availability: close),
            StandardActions.back,
        ]
    }

    mutating func perform(_ id: String, context: AppContext) -> Effect {
        let fileNumber = record.fileNumber.formatted
        let recordID = record.id
        switch id {
        case "edit":
            return .push(BeneficiaryFormScreen(editing: record, context: context))
        case "visit":
            return .push(VisitScreen(beneficiary: record))
        case "renew":
            return .push(ConfirmScreen.action(title: AppText.renewTitle, question: AppText.renewQuestion, arguments: [fileNumber]) {
                context, actor throws(GuichetError) in
                let renewed = try context.store.renewEnrolment(as: actor, id: recordID, on: context.today)
                return Notice(context.text(AppText.renewed, fileNumber, renewed.enrolment.endDate.formatted(context.language)), kind: .success)
            })
        case "close":
            return .push(ConfirmScreen.action(title: AppText.closeTitle, question: AppText.closeQuestion, arguments: [fileNumber]) {
                context, actor throws(GuichetError) in
                _ = try context.store.closeEnrolment(as: actor, id: recordID, on: context.today)
                return Notice(context.text(AppText.closedDone, fileNumber), kind: .success)
            })
        default:
            return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = timelineList.handle(key, itemCount: timeline.count, pageSize: 5)
        return .none
    }

    mutating func reload(context: AppContext) {
        if let fresh = try? context.store.beneficiary(id: record.id) { record = fresh }
        timeline = (try? context.store.timeline(of: record.id)) ?? []
        timelineList.clamp(itemCount: timeline.count, pageSize: 5)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let person = record.beneficiary
        TextLine(record.fileNumber.formatted + "  " + NameDisplay.listed(lastName: person.lastName, firstName: person.firstName), role: .header)
            .render(into: &buffer, area: inner.row(0))
        let (statusText, statusRole) = enrolmentLine(context)
        TextLine(statusText, role: statusRole).render(into: &buffer, area: inner.row(1))

        let half = inner.width / 2
        let left = Rect(x: inner.x, y: inner.y + 3, width: half - 1, height: 7)
        let right = Rect(x: inner.x + half, y: inner.y + 3, width: inner.width - half, height: 7)
        CardFields(rows: identityRows(context)).render(into: &buffer, area: left)
        CardFields(rows: referralRows(context)).render(into: &buffer, area: right)

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

    private func enrolmentLine(_ context: AppContext) -> (String, StyleRole) {
        let enrolment = record.enrolment
        switch enrolment.status(on: context.today) {
        case .active:
            var text = context.text(AppText.cardActiveUntil, enrolment.endDate.formatted(context.language))
            if let renewed = enrolment.renewedOn { text += context.text(AppText.cardRenewedNote, renewed.formatted(context.language)) }
            return (text, .success)
        case .expired:
            var text = context.text(AppText.cardExpired, enrolment.endDate.formatted(context.language))
            if enrolment.canRenew(on: context.today) { text += context.text(AppText.cardExpiredRenew) }
            return (text, .warning)
        case .closed:
            return (context.text(AppText.cardClosed, enrolment.closedOn?.formatted(context.language) ?? ""), .muted)
        case .anonymised:
            return (context.text(AppText.cardAnonymised), .muted)
        }
    }

    private func identityRows(_ context: AppContext) -> [(String, String)] {
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

    private func referralRows(_ context: AppContext) -> [(String, String)] {
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
        let what: String
        switch entry.kind {
        case .visit(let reasons, let note):
            what = context.text(AppText.timelineVisit, reasons.map { context.text($0.label) }.joined(separator: ", "))
                + (note.isEmpty ? "" : " — " + note)
        case .fileCreated: what = context.text(AppText.timelineCreated)
        case .fileUpdated: what = context.text(AppText.timelineUpdated)
        case .enrolmentRenewed: what = context.text(AppText.timelineRenewed)
        case .enrolmentClosed: what = context.text(AppText.timelineClosed)
        }
        return day + " " + time + "  " + what + (entry.userLogin.map { "  (" + $0 + ")" } ?? "")
    }
}
