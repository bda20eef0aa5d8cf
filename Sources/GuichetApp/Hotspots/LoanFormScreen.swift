import GuichetCore
import GuichetStore
import GuichetTerminal

/// Lending a key to a person, from the area, the key's card or the file card: the key
/// (among those available), a loan or a handover for good, the day due (the loan's length
/// by default), the accessories given, the agreement ticked. Before anything is written
/// the screen says whether the person may borrow (enrolment, housing, a loan already
/// open) and what the deposit asks of the cash box; F2 asks to confirm.
struct LoanFormScreen: FormScreen {
    let beneficiaryID: Int64
    /// The key chosen on its card, if any.
    let deviceID: Int64?
    var form = FormState(fields: [])
    private var record: BeneficiaryRecord?
    private var loan: LoanContext?
    private let fields = LoanField.allCases

    init(beneficiaryID: Int64, deviceID: Int64? = nil) {
        self.beneficiaryID = beneficiaryID
        self.deviceID = deviceID
    }

    var title: Phrase { AppText.loanTitle }

    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions(save: .save(.save, label: AppText.actionLend, help: AppText.actionLendConfirmHelp, hint: AppText.hintLend))
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        record = try store.beneficiary(id: beneficiaryID)
        let fresh = try store.loanContext(beneficiaryID: beneficiaryID)
        // Built once: coming back from the confirmation keeps what was typed.
        if loan == nil { form = FormState(fields: Self.fields(fresh, deviceID: deviceID, context: context)) }
        loan = fresh
    }

    static func fields(_ loan: LoanContext, deviceID: Int64?, context: AppContext) -> [FormField] {
        var draft = LoanDraft()
        let chosen = loan.devices.first { $0.id == deviceID } ?? loan.devices.first
        draft.device = chosen.map { String($0.id) } ?? ""
        draft.due = context.today.adding(days: loan.settings.loanDays).formatted(.french)
        let yesNo = BudgetFormFields<LoanDraft>.options(YesNo.allCases) { $0.label }
        let devices = loan.devices.map { ChoiceOption(code: String($0.id), label: Phrase(fr: $0.code + " · " + $0.model, en: $0.code + " · " + $0.model)) }
        return [
            BudgetFormFields.choice(draft, .device, devices),
            BudgetFormFields.choice(draft, .kind, BudgetFormFields<LoanDraft>.options(LoanKind.allCases) { $0.label }),
            BudgetFormFields.text(draft, .due, maxLength: 10, today: context.today),
            BudgetFormFields.choice(draft, .charger, yesNo), BudgetFormFields.choice(draft, .cable, yesNo),
            BudgetFormFields.choice(draft, .pouch, yesNo), BudgetFormFields.choice(draft, .agreement, yesNo),
        ]
    }

    private var isHandover: Bool { form.value(LoanField.kind.key) == LoanKind.handover.rawValue }

    /// Why nothing can be lent now: the person, no key, or the cash box for the deposit.
    private func problem(_ context: AppContext) -> GuichetError? {
        guard let loan else { return nil }
        if let refusal = loan.refusal(on: context.today) { return refusal }
        if loan.devices.isEmpty { return .refused(HotspotText.noDeviceAvailable) }
        if !isHandover, loan.settings.deposit.cents > 0 {
            do throws(GuichetError) { try loan.cashBox.allow(.cashIn, today: context.today) } catch { return error }
        }
        return nil
    }

    mutating func save(_ context: AppContext) -> Effect {
        if let problem = problem(context) { return .error(problem, context) }
        guard let loan, let record else { return .none }
        switch BudgetFormFields<LoanDraft>.validated(&form, fields, today: context.today, context) {
        case .refused(let notice):
            return .notice(notice)
        case .valid(let valid):
            let device = loan.devices.first { $0.id == valid.deviceID }?.code ?? ""
            let id = beneficiaryID
            let deposit = valid.kind == .handover ? Money.zero : loan.settings.deposit
            let question = valid.kind == .handover ? AppText.handoverQuestion : AppText.loanQuestion
            let arguments = [device, record.fileNumber.formatted, valid.dueOn?.formatted(context.language) ?? "",
                             deposit.formatted(context.language)]
            return .push(ConfirmScreen(title: AppText.loanConfirmTitle, question: question, arguments: arguments) { _ in
                .asUser { store, actor, context throws(GuichetError) in
                    let receipt = try store.lendHotspot(as: actor, beneficiaryID: id, loan: valid)
                    return .popWith(Notice(Self.done(receipt, context), kind: .success))
                }
            })
        }
    }

    static func done(_ receipt: LoanReceipt, _ context: AppContext) -> String {
        guard let due = receipt.dueOn else { return context.text(AppText.handedOverDone, receipt.deviceCode) }
        var text = context.text(AppText.loanDone, receipt.deviceCode, due.formatted(context.language))
        if let number = receipt.receipt {
            text += " " + context.text(AppText.depositTaken, receipt.deposit.formatted(context.language), number)
        }
        return text
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        guard let record, let loan else { return nil }
        let person = record.beneficiary
        let identity = record.fileNumber.formatted + "  " + NameDisplay.listed(lastName: person.lastName, firstName: person.firstName)
        TextLine(identity, role: .header, countsCut: false).render(into: &buffer, area: inner.row(0))
        let housing = person.housing.map { context.text($0.label) } ?? context.text(AppText.housingUnknownShort)
        TextLine(context.text(AppText.loanHousingLine, housing), role: .muted).render(into: &buffer, area: inner.row(1))
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 2, context)
        let cursor = FormView(form: form, fieldWidth: 44)
            .render(into: &buffer, area: Rect(x: inner.x + 1, y: inner.y + 4, width: inner.width - 1, height: form.fields.count),
                    context: context)
        let depositText: String
        if isHandover {
            depositText = context.text(AppText.handoverNoDeposit)
        } else if loan.settings.deposit.cents == 0 {
            depositText = context.text(AppText.noDeposit)
        } else {
            depositText = context.text(AppText.depositLine, loan.settings.deposit.formatted(context.language))
        }
        BudgetDraw.paragraph(depositText, role: .muted, into: &buffer, area: inner, row: 5 + form.fields.count)
        let status: (String, StyleRole)
        if let problem = problem(context) {
            status = ("! " + problem.message(context.language), .error)
        } else {
            status = (context.text(AppText.mayBorrow, loan.settings.loanDays, loan.settings.renewalLimit), .success)
        }
        BudgetDraw.paragraph(status.0, role: status.1, into: &buffer, area: inner, row: 8 + form.fields.count, rows: 3)
        return cursor
    }
}

/// The end of a loan: the key back in good condition, with accessories missing, damaged
/// (to repair), declared lost (the deposit is kept) or handed over for good; the
/// accessories that went out ticked back; a remark. F2 asks to confirm.
struct ReturnFormScreen: FormScreen {
    let loanID: Int64
    var form = FormState(fields: [])
    private var loan: HotspotLoan?
    private var person: BeneficiaryRecord?

    init(loanID: Int64) {
        self.loanID = loanID
    }

    var title: Phrase { AppText.returnTitle }

    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions(save: .save(.save, label: AppText.actionGiveBack, help: AppText.actionGiveBackConfirmHelp, hint: AppText.hintGiveBack))
    }

    private var fields: [ReturnField] {
        [ReturnField.outcome] + Accessory.allCases.filter { loan?.accessoriesOut.contains($0) == true }.map(ReturnField.accessory)
            + [ReturnField.note]
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        let fresh = try store.loan(id: loanID)
        person = try store.beneficiary(id: fresh.beneficiaryID)
        if loan == nil {
            loan = fresh
            let draft = ReturnDraft()
            let yesNo = BudgetFormFields<ReturnDraft>.options(YesNo.allCases) { $0.label }
            form = FormState(fields: fields.map { field in
                switch field {
                case .outcome: return BudgetFormFields.choice(draft, .outcome, BudgetFormFields<ReturnDraft>.options(LoanOutcome.allCases) { $0.label })
                case .note: return BudgetFormFields.text(draft, .note, maxLength: ReturnDraft.noteMaximum, today: context.today)
                case .charger, .cable, .pouch: return BudgetFormFields.choice(draft, field, yesNo)
                }
            })
        }
        loan = fresh
    }

    mutating func save(_ context: AppContext) -> Effect {
        guard let loan else { return .none }
        guard loan.isOpen else { return .error(.refused(HotspotText.loanNotOpen), context) }
        switch BudgetFormFields<ReturnDraft>.validated(&form, fields, today: context.today, context) {
        case .refused(let notice):
            return .notice(notice)
        case .valid(let end):
            let refund = end.outcome.refund(of: loan.deposit)
            let question = end.outcome == .lost ? AppText.lostQuestion : AppText.returnQuestion
            let arguments = [loan.deviceCode, loan.fileNumber, context.text(end.outcome.label),
                             (end.outcome == .lost ? loan.deposit : refund).formatted(context.language)]
            let id = loanID
            return .push(ConfirmScreen(title: AppText.returnConfirmTitle, question: question, arguments: arguments) { _ in
                .asUser { store, actor, context throws(GuichetError) in
                    let done = try store.endLoan(as: actor, loanID: id, end)
                    var text = context.text(AppText.returnDone, done.deviceCode, context.text(done.state.label))
                    if let receipt = done.receipt {
                        text += " " + context.text(AppText.depositGivenBack, done.refund.formatted(context.language), receipt)
                    }
                    return .popWith(Notice(text, kind: .success))
                }
            })
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        guard let loan, let person else { return nil }
        let name = NameDisplay.listed(lastName: person.beneficiary.lastName, firstName: person.beneficiary.firstName)
        TextLine(loan.deviceCode + "  " + loan.fileNumber + "  " + name, role: .header).render(into: &buffer, area: inner.row(0))
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 1, context)
        var due = context.text(AppText.returnDueLine, loan.dueOn?.formatted(context.language) ?? "—",
                               Accessory.listed(loan.accessoriesOut, context.language))
        let late = loan.daysLate(on: context.today)
        if late > 0 { due += " · " + context.text(AppText.daysLate, late) }
        TextLine(due, role: late > 0 ? .warning : .muted).render(into: &buffer, area: inner.row(3))
        let cursor = FormView(form: form, fieldWidth: 44)
            .render(into: &buffer, area: Rect(x: inner.x + 1, y: inner.y + 5, width: inner.width - 1, height: form.fields.count),
                    context: context)
        let deposit = loan.deposit.cents == 0 ? context.text(AppText.noDepositTaken)
            : context.text(AppText.depositBackLine, loan.deposit.formatted(context.language))
        BudgetDraw.paragraph(deposit, role: .muted, into: &buffer, area: inner, row: 6 + form.fields.count, rows: 2)
        return cursor
    }
}
