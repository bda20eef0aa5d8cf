import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// One person's file for the right of access and erasure (supervisors): what the database
/// keeps about them, F5 to export it (text and JSON files), F6 to print its page, F7 to
/// erase it at their request.
struct PersonDataScreen: Screen {
    enum Action: Hashable, Sendable { case export, print, erase, back }

    let id: Int64
    private var data: PersonalData?

    init(id: Int64) {
        self.id = id
    }

    var title: Phrase { AppText.accessTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let unreadable = data == nil
        let anonymised = data?.record.enrolment.anonymisedOn != nil
        return [
            ScreenAction(.export, function: 5, control: "e", label: AppText.actionExportPerson, help: AppText.actionExportPersonHelp)
                .hidden(when: unreadable),
            ScreenAction(.print, function: 6, control: "p", label: AppText.actionPrintAccess, help: AppText.actionPrintAccessHelp)
                .hidden(when: unreadable),
            ScreenAction(.erase, function: 7, control: "k", label: AppText.actionErase, help: AppText.actionEraseHelp)
                .greyed(ProtectionText.alreadyAnonymised, when: anonymised)
                .hidden(when: unreadable),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        guard let data else { return action == .back ? .pop : .none }
        let id = id
        switch action {
        case .export:
            return .asUser { store, actor, context throws(GuichetError) in
                let fresh = try store.personalData(as: actor, id: id)
                let now = context.clock.now()
                let page = Self.page(fresh, actor: actor, now: now, context: context)
                let paths = try AccessExportOutput.write(
                    page: page.bytes, json: AccessExportJSON.bytes(fresh, siteCode: actor.siteCode.value, exportedAt: now),
                    number: fresh.record.fileNumber, folder: BudgetPrintOutput.folder(forDatabase: store.path))
                try store.recordPersonalDataExport(as: actor, id: id, destination: "file")
                return .sequence([.reload, .notice(Notice(context.text(AppText.exportDone, paths.text, paths.json), kind: .success))])
            }
        case .print:
            return .asUser { store, actor, context throws(GuichetError) in
                let fresh = try store.personalData(as: actor, id: id)
                let page = Self.page(fresh, actor: actor, now: context.clock.now(), context: context)
                let destination = try BudgetPrintOutput.deliver(
                    page.bytes, output: nil, folder: BudgetPrintOutput.folder(forDatabase: store.path),
                    name: AccessExportOutput.baseName(fresh.record.fileNumber) + ".txt")
                try store.recordPersonalDataExport(as: actor, id: id, destination: destination.code)
                return .sequence([.reload, .notice(Notice(destination.message(context.language), kind: .success))])
            }
        case .erase:
            return .push(ErasureScreen(record: data.record))
        case .back:
            return .pop
        }
    }

    static func page(_ data: PersonalData, actor: Actor, now: Date, context: AppContext) -> AccessExportPage {
        AccessExportPage(data: data, siteName: context.site?.name ?? "", exportedAt: now, timeZone: context.timeZone,
                         exportedBy: actor.login, language: context.language)
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        guard let actor = context.actor else { return }
        data = try store.personalData(as: actor, id: id)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        guard let data else { return nil }
        let record = data.record
        let name = record.enrolment.anonymisedOn == nil
            ? NameDisplay.listed(lastName: record.beneficiary.lastName, firstName: record.beneficiary.firstName)
            : context.text(AppText.anonymisedPerson)
        TextLine(record.fileNumber.formatted + "  " + name, role: .header).render(into: &buffer, area: inner.row(0))
        TextLine(context.text(AppText.accessHolds), role: .header).render(into: &buffer, area: inner.row(2))
        let counts = [
            context.text(AppText.accessCountsCoaching, data.visits.count, data.sessions.count, data.plan.count),
            context.text(AppText.accessCountsLedger, data.purchases.count, data.loans.count),
            context.text(AppText.accessCountsJournal, data.journal.count),
        ]
        for (index, line) in counts.enumerated() { TextLine(line).render(into: &buffer, area: inner.row(3 + index)) }
        let rights = [AppText.accessRightOfAccess, AppText.accessRightOfErasure].flatMap { TextWrap.wrap(context.text($0), width: inner.width) }
        for (index, line) in rights.prefix(4).enumerated() {
            TextLine(line, role: .muted).render(into: &buffer, area: inner.row(7 + index))
        }
        return nil
    }
}

/// Erasing a file at the person's request: the consequence stated, the reason and who
/// asked chosen from short lists, F2 then a last confirmation. Journaled with both codes.
struct ErasureScreen: FormScreen {
    let record: BeneficiaryRecord
    var form = FormState(fields: [
        FormField(id: "reason", label: AppText.erasureReasonField,
                  options: ErasureReason.allCases.map { ChoiceOption(code: $0.rawValue, label: $0.label) }),
        FormField(id: "requester", label: AppText.erasureRequesterField,
                  options: ErasureRequester.allCases.map { ChoiceOption(code: $0.rawValue, label: $0.label) }),
    ])

    init(record: BeneficiaryRecord) {
        self.record = record
    }

    var title: Phrase { AppText.erasureTitle }

    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions(save: .save(.save, label: AppText.actionEraseConfirm, help: AppText.actionEraseConfirmHelp, hint: AppText.hintErase))
    }

    mutating func save(_ context: AppContext) -> Effect {
        guard let reason = ErasureReason(rawValue: form.value("reason")),
              let requester = ErasureRequester(rawValue: form.value("requester")) else { return .none }
        let id = record.id
        let number = record.fileNumber.formatted
        return .push(ConfirmScreen(title: AppText.eraseTitle, question: AppText.eraseQuestion, arguments: [number]) { _ in
            .asUser { store, actor, context throws(GuichetError) in
                _ = try store.eraseBeneficiary(as: actor, id: id, reason: reason, requester: requester)
                return .popWith(Notice(context.text(AppText.erasedDone, number), kind: .success))
            }
        })
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        let person = record.beneficiary
        TextLine(record.fileNumber.formatted + "  " + NameDisplay.listed(lastName: person.lastName, firstName: person.firstName),
                 role: .header).render(into: &buffer, area: inner.row(0))
        let intro = TextWrap.wrap(context.text(AppText.erasureIntro, record.fileNumber.formatted), width: inner.width)
            + TextWrap.wrap(context.text(AppText.erasureKeeps), width: inner.width)
        for (index, line) in intro.prefix(5).enumerated() {
            TextLine(line, role: index < 2 ? .warning : .muted).render(into: &buffer, area: inner.row(2 + index))
        }
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: inner.row(8))
        let formArea = Rect(x: inner.x, y: inner.y + 10, width: inner.width, height: form.fields.count)
        return FormView(form: form, fieldWidth: 36).render(into: &buffer, area: formArea, context: context)
    }
}
