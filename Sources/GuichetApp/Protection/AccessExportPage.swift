import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// The right of access as a page of plain text the person can read and take away: 80
/// columns at most, UTF-8 or Latin-1 for old printers (`PrintEncoding`, the budget
/// summary's), with everything the database holds about them (`PersonalData`).
public struct AccessExportPage {
    let data: PersonalData
    let siteName: String
    let exportedAt: Date
    let timeZone: TimeZone
    let exportedBy: String
    let language: Language
    let encoding: PrintEncoding

    public init(data: PersonalData, siteName: String, exportedAt: Date, timeZone: TimeZone, exportedBy: String, language: Language,
                encoding: PrintEncoding = .utf8) {
        self.data = data
        self.siteName = siteName
        self.exportedAt = exportedAt
        self.timeZone = timeZone
        self.exportedBy = exportedBy
        self.language = language
        self.encoding = encoding
    }

    private var width: Int { BudgetPrintPage.width }
    private func say(_ phrase: Phrase, _ arguments: any CustomStringConvertible...) -> String {
        encoding.printable(phrase.text(language, arguments: arguments))
    }
    private func fit(_ text: String) -> String { encoding.printable(text) }
    private func day(_ day: CalendarDay) -> String { day.formatted(language) }
    private func instant(_ date: Date) -> String {
        CalendarDay(date, in: timeZone).formatted(language) + " " + Timestamp.clockText(date, in: timeZone)
    }
    private var none: String { say(AppText.cardNone) }

    /// The page's lines, none wider than 80 columns, ending with a line break.
    public var text: String { lines.joined(separator: "\n") + "\n" }
    public var bytes: [UInt8] { encoding.bytes(text) }

    var lines: [String] {
        let record = data.record
        let person = record.beneficiary
        let rule = String(repeating: "=", count: width)
        var lines = [rule]
        lines.append(BudgetPrintPage.spread("  " + fit(siteName + " — ") + say(AppText.accessHeading), day(CalendarDay(exportedAt, in: timeZone))))
        lines.append("  " + fit(person.firstName + " " + NameDisplay.capitals(person.lastName) + " — ") + say(AppText.printFile, record.fileNumber.formatted))
        lines += [rule, ""]

        section(&lines, AppText.accessIdentity, fields([
            (.lastName, person.lastName), (.firstName, person.firstName), (.birthDate, person.birthDate.map(day)),
            (.phone, person.phone?.display), (.email, person.email?.value),
        ]))
        var resources = person.resourceKind.map { say($0.label) }
        if let amount = person.monthlyResources { resources = (resources.map { $0 + " · " } ?? "") + fit(amount.formatted(language)) }
        section(&lines, AppText.accessSituation, fields([
            (.housing, person.housing.map { say($0.label) }), (.activity, person.activity.map { say($0.label) }), (.resourceKind, resources),
        ]))
        let referral = person.referral
        section(&lines, AppText.accessReferral, fields([
            (.referralStructureKind, referral.structureKind.map { say($0.label) }), (.referralStructureName, referral.structureName),
            (.referralSocialWorker, referral.socialWorker), (.referralContact, referral.contact), (.referralDate, referral.date.map(day)),
        ]))
        section(&lines, AppText.accessConsent, [person.consent.map { say(AppText.consentKept, day($0.date), fit($0.recordedBy)) }
            ?? say(AppText.accessConsentMissing)])
        section(&lines, AppText.accessNotes, [person.notes.isEmpty ? none : fit(person.notes)])
        section(&lines, AppText.accessEnrolment, [enrolment(record)])

        section(&lines, AppText.accessVisits, data.visits.map { visit in
            instant(visit.at) + "  " + fit(BeneficiaryEvent.visit(reasons: visit.reasons, note: visit.note).text(language))
        }, count: data.visits.count)
        section(&lines, AppText.accessSessions, data.sessions.flatMap { session -> [String] in
            let figures = session.figures
            var text = [day(session.day) + "  " + say(AppText.accessSessionFigures, fit(figures.resources.formatted(language)),
                                                       fit(figures.before.formatted(language)), fit(figures.after.formatted(language)))]
            for planned in session.session.lines {
                var line = say(AppText.accessLineCost, fit(planned.line.title(language)), fit(planned.line.monthlyCost.formatted(language)))
                if let choice = planned.choice { line += " → " + fit(choice.title) }
                if let phone = planned.line.phone {
                    line = say(AppText.accessThen, line, say(AppText.accessLineNumber, phone.display, planned.line.rio?.display ?? none))
                }
                text.append(line)
            }
            return text
        }, count: data.sessions.count)
        section(&lines, AppText.accessPlan, data.plan.map { record in
            let step = record.step
            return day(step.due) + "  " + say(step.status.label) + " — " + fit(step.text)
        }, count: data.plan.count)
        section(&lines, AppText.accessLedger, data.purchases.map { entry in
            var text = day(entry.day) + "  " + (entry.receipt ?? "") + "  " + say(entry.kind.label)
            if entry.units != 0, let product = entry.productCode { text += " " + String(abs(entry.units)) + " × " + product }
            let amount = entry.kind == .cashIn || entry.kind == .cashOut ? entry.cash : entry.amount
            text += "  " + fit(amount.formatted(language))
            if let payment = entry.payment { text += " (" + say(payment.label) + ")" }
            if !entry.note.isEmpty { text += " — " + fit(entry.note) }
            return text
        }, count: data.purchases.count)
        section(&lines, AppText.accessLoans, data.loans.map { loan in
            var text = say(AppText.accessLoanFrom, loan.deviceCode, day(loan.startedOn))
            if let closed = loan.closedOn, let outcome = loan.outcome {
                text = say(AppText.accessThen, text, say(AppText.accessLoanEnded, day(closed), say(outcome.label)))
            } else {
                text = say(AppText.accessThen, text, say(AppText.accessLoanOpen, loan.dueOn.map(day) ?? none))
            }
            if loan.deposit > .zero { text = say(AppText.accessThen, text, say(AppText.accessLoanDeposit, fit(loan.deposit.formatted(language)))) }
            return text
        }, count: data.loans.count)
        section(&lines, AppText.accessJournal, data.journal.map { event in
            let wording = ActionCode.named(event.action)?.wording.text(language, event.subject ?? "") ?? event.action
            return instant(event.at) + "  " + BudgetPrintPage.pad(event.userLogin ?? "—", 10) + " " + fit(wording)
        }, count: data.journal.count)
        lines += BudgetPrintPage.wrap(say(AppText.accessFooter, day(CalendarDay(exportedAt, in: timeZone)),
                                          Timestamp.clockText(exportedAt, in: timeZone), exportedBy), width: width - 2).map { "  " + $0 }
        lines.append(rule)
        return lines
    }

    /// A heading in capitals, its lines wrapped under it, and a blank line.
    private func section(_ lines: inout [String], _ heading: Phrase, _ body: [String], count: Int? = nil) {
        lines.append("  " + (count.map { say(heading, $0) } ?? say(heading)).uppercased())
        let shown = body.isEmpty ? [say(AppText.accessNothing)] : body
        for text in shown {
            // A line that fits keeps its spaces (the columns of `fields`); a longer one is wrapped
            // under its text, after its head (its columns: a day, a time, a receipt, a login —
            // what comes before the last run of spaces near the start), which keeps its spaces.
            guard TextWidth.of(text) > width - 4 else {
                lines.append("  " + text)
                continue
            }
            let split = Self.headLength(text)
            let head = String(text.prefix(split))
            let indent = head.isEmpty ? 2 : TextWidth.of(head)
            let wrapped = BudgetPrintPage.wrap(String(text.dropFirst(head.count)), width: width - 2 - indent)
            lines.append("  " + head + wrapped[0])
            lines += wrapped.dropFirst().map { "  " + String(repeating: " ", count: indent) + $0 }
        }
        lines.append("")
    }

    /// The characters of `text`'s columns: up to the end of its last run of two spaces or
    /// more that ends within the first 32 characters; 0 when there is none.
    static func headLength(_ text: String) -> Int {
        var end = 0, run = 0
        for (offset, character) in text.prefix(32).enumerated() {
            if character == " " {
                run += 1
            } else {
                if run >= 2 { end = offset }
                run = 0
            }
        }
        return end
    }

    /// `Label    value` lines, a dash for what is empty.
    private func fields(_ rows: [(BeneficiaryField, String?)]) -> [String] {
        rows.map { field, value in BudgetPrintPage.pad(say(field.label), 26) + (value.map(fit) ?? none) }
    }

    private func enrolment(_ record: BeneficiaryRecord) -> String {
        let enrolment = record.enrolment
        var parts: [String] = []
        if let renewed = enrolment.renewedOn { parts.append(say(AppText.accessRenewedOn, day(renewed))) }
        if let closed = enrolment.closedOn { parts.append(say(AppText.accessClosedOn, day(closed))) }
        if let anonymised = enrolment.anonymisedOn { parts.append(say(AppText.accessAnonymisedOn, day(anonymised))) }
        if parts.isEmpty { parts.append(say(AppText.accessActiveUntil, day(enrolment.endDate))) }
        return say(AppText.accessEnrolled, day(enrolment.startDate), parts.joined(separator: ", "))
    }
}
