import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// A key's card, as an asset register shows it: its details, its loan under way (to whom,
/// until when, deposit, accessories), and its whole history — loans, returns, repairs,
/// changes of state, who and when — newest first.
struct DeviceCardScreen: Screen {
    enum Action: Hashable, Sendable { case edit, lend, giveBack, renew, state, file, back }

    let id: Int64
    private var row: DeviceListRow?
    private var borrower: BeneficiarySummary?
    private var history: [DeviceHistoryEntry] = []
    private var settings = HotspotSettings()
    private var scroll = 0

    init(id: Int64) {
        self.id = id
    }

    var title: Phrase { AppText.deviceCardTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let supervisor = context.actor?.role.may(.manageDevices) == true
        let reserved = AppText.reservedTo(Permission.manageDevices.minimumRole)
        let state = row?.device.state ?? .available
        var lendRefusal: Phrase?
        do throws(GuichetError) { _ = try DeviceTransition.next(from: state, .lend) } catch { lendRefusal = error.phrase }
        var renewRefusal: Phrase?
        if let loan = row?.loan {
            do throws(GuichetError) { _ = try LoanRenewal.newDueDate(of: loan, today: context.today, settings: settings) } catch {
                renewRefusal = error.phrase
            }
        }
        let lent = row?.loan != nil
        let manual = DeviceTransition.manualEvents(from: state)
        var stateRefusal: Phrase?
        if manual.isEmpty {
            do throws(GuichetError) { _ = try DeviceTransition.manual(from: state, .retire) } catch { stateRefusal = error.phrase }
        }
        return [
            ScreenAction(.edit, function: 4, control: "e", label: AppText.actionEdit, help: AppText.actionEditKeyHelp)
                .greyed(reserved, when: !supervisor),
            ScreenAction(.lend, function: 5, control: "n", label: AppText.actionLend, help: AppText.actionLendThisHelp)
                .greyed(lendRefusal ?? reserved, when: lendRefusal != nil)
                .hidden(when: lent),
            ScreenAction(.giveBack, function: 5, control: "r", label: AppText.actionGiveBack, help: AppText.actionGiveBackHelp)
                .hidden(when: !lent),
            ScreenAction(.renew, function: 6, control: "p", label: AppText.actionRenewLoan, help: AppText.actionRenewLoanHelp)
                .greyed(renewRefusal ?? reserved, when: renewRefusal != nil)
                .hidden(when: !lent),
            ScreenAction(.state, function: 7, control: "t", label: AppText.actionKeyState, help: AppText.actionKeyStateHelp)
                .greyed(stateRefusal ?? reserved, when: !supervisor || stateRefusal != nil),
            ScreenAction(.file, function: 8, control: "k", label: AppText.actionBorrowerFile, help: AppText.actionBorrowerFileHelp)
                .hidden(when: !lent),
            .back(.back),
        ].map { row == nil && $0.action != .back ? $0.hidden(when: true) : $0 }
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        guard let row else { return action == .back ? .pop : .none }
        switch action {
        case .edit: return .push(DeviceFormScreen(editing: row.device, context: context))
        case .lend: return .push(PickerScreen.beneficiary(title: AppText.pickBorrowerTitle))
        case .giveBack:
            guard let loan = row.loan else { return .none }
            return .push(ReturnFormScreen(loanID: loan.id))
        case .renew:
            guard let loan = row.loan else { return .none }
            return HotspotLoanActions.renew(loan, settings: settings, context: context)
        case .state: return .push(DeviceStateScreen(device: row.device))
        case .file:
            guard let loan = row.loan else { return .none }
            return .push(BeneficiaryCardScreen(id: loan.beneficiaryID))
        case .back: return .pop
        }
    }

    mutating func receive(_ picked: Picked, context: AppContext) -> Effect {
        switch picked {
        case .beneficiary(let summary): return .push(LoanFormScreen(beneficiaryID: summary.id, deviceID: id))
        case .budget, .journal: return .none
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        let rows = historyRows(context)
        let last = max(0, historyLines(width: context.screenSize.width - 2, context).count - rows)
        scroll = ScrollKeys.offset(scroll, after: key, page: rows, last: last) ?? scroll
        return .none
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        let row = try store.device(id: id)
        self.row = row
        settings = store.hotspotSettings()
        history = try store.deviceHistory(id: id)
        if let loan = row.loan {
            let record = try store.beneficiary(id: loan.beneficiaryID)
            borrower = BeneficiarySummary(id: record.id, fileNumber: record.fileNumber, lastName: record.beneficiary.lastName,
                                          firstName: record.beneficiary.firstName, birthDate: nil, phone: record.beneficiary.phone,
                                          enrolment: record.enrolment)
        } else {
            borrower = nil
        }
    }

    /// The rows the history takes: what the details leave.
    private func historyRows(_ context: AppContext) -> Int {
        max(1, ScreenChrome.contentArea(of: context.screenSize).height - 10)
    }

    private func historyLines(width: Int, _ context: AppContext) -> [String] {
        guard !history.isEmpty else { return [context.text(AppText.timelineEmpty)] }
        return history.flatMap { entry in
            let day = CalendarDay(entry.at, in: context.timeZone).formatted(context.language)
            let head = day + " " + Timestamp.clockText(entry.at, in: context.timeZone) + " "
                + TextWidth.padded(entry.userLogin ?? "—", to: 10) + " "
            let lines = TextWrap.wrap(entry.event.deviceText(context.language), width: max(10, width - TextWidth.of(head)))
            return lines.enumerated().map { ($0.offset == 0 ? head : String(repeating: " ", count: TextWidth.of(head))) + $0.element }
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        guard let row else { return nil }
        let device = row.device
        let none = context.text(AppText.cardNone)
        let late = row.loan?.daysLate(on: context.today) ?? 0
        TextLine(device.code + "  " + device.model + "  —  " + context.text(device.state.label), role: .header)
            .render(into: &buffer, area: inner.row(0))
        let half = inner.width / 2
        var came = context.text(device.acquisition.label)
        if let day = device.acquiredOn { came += " · " + day.formatted(context.language) }
        CardFields(rows: [
            (context.text(DeviceField.imei.label), device.imei.digits),
            (context.text(AppText.cardICCID), device.iccid?.digits ?? none),
            (context.text(AppText.cardSIMNumber), device.phone?.display ?? none),
            (context.text(DeviceField.acquisition.label), came),
            (context.text(AppText.cardDonor), device.donor.isEmpty ? none : device.donor),
        ], labelWidth: 13).render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: half - 1, height: 5))
        if let loan = row.loan {
            var due = loan.dueOn?.formatted(context.language) ?? none
            if late > 0 { due += " · " + context.text(AppText.daysLate, late) }
            let person = borrower.map { NameDisplay.listed(lastName: $0.lastName, firstName: $0.firstName) } ?? ""
            CardFields(rows: [
                (context.text(AppText.cardLentTo), loan.fileNumber + " " + person),
                (context.text(AppText.cardBorrowerPhone), borrower?.phone?.display ?? none),
                (context.text(AppText.cardDue), due),
                (context.text(AppText.cardDeposit), loan.deposit.cents == 0 ? context.text(AppText.cardNoDeposit)
                    : loan.deposit.formatted(context.language)),
                (context.text(AppText.cardAccessories), Accessory.listed(loan.accessoriesOut, context.language)),
            ], valueRole: late > 0 ? .warning : .normal)
                .render(into: &buffer, area: Rect(x: inner.x + half, y: inner.y + 2, width: inner.width - half, height: 5))
        } else {
            TextLine(context.text(AppText.deviceNotLent), role: .muted)
                .render(into: &buffer, area: Rect(x: inner.x + half, y: inner.y + 2, width: inner.width - half, height: 1))
        }
        CardFields(rows: [(context.text(DeviceField.notes.label), device.notes.isEmpty ? none : device.notes)], labelWidth: 13)
            .render(into: &buffer, area: inner.row(7))
        TextLine(context.text(AppText.timelineHeading), role: .header).render(into: &buffer, area: inner.row(9))
        let historyArea = Rect(x: inner.x, y: inner.y + 10, width: inner.width, height: max(0, inner.height - 10))
        let lines = historyLines(width: historyArea.width, context)
        let first = min(scroll, max(0, lines.count - historyArea.height))
        for (index, line) in lines.dropFirst(first).prefix(historyArea.height).enumerated() {
            TextLine(line, countsCut: false).render(into: &buffer, area: historyArea.row(index))
        }
        return nil
    }
}

/// A supervisor's change of a key's state by hand: the changes the state machine allows
/// from its state (repair, back from repair, lost, found, retired), and the reason.
struct DeviceStateScreen: FormScreen {
    let device: HotspotDevice
    var form: FormState

    init(device: HotspotDevice) {
        self.device = device
        let events = DeviceTransition.manualEvents(from: device.state)
        form = FormState(fields: [
            FormField(id: "event", label: AppText.deviceStateField,
                      options: events.map { ChoiceOption(code: $0.rawValue, label: $0.label) }),
            FormField(id: "reason", label: HotspotText.reasonField, maxLength: DeviceStateChangeRule.reasonMaximum,
                      check: FieldChecks.from(DeviceStateChangeRule.reason)),
        ])
    }

    var title: Phrase { AppText.deviceStateTitle.filled(device.code) }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        guard let event = DeviceEvent(rawValue: form.value("event")) else { return .none }
        let id = device.id
        let reason = form.value("reason")
        let code = device.code
        return .asUser { store, actor, context throws(GuichetError) in
            let state = try store.changeDeviceState(as: actor, id: id, event: event, reason: reason)
            return .popWith(Notice(context.text(AppText.deviceStateChanged, code, context.text(state.label)), kind: .success))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, rows: 2, context)
        TextLine(context.text(AppText.deviceStateNow, device.code, context.text(device.state.label)), role: .header)
            .render(into: &buffer, area: inner.row(3))
        return FormView(form: form, fieldWidth: 44)
            .render(into: &buffer, area: Rect(x: inner.x + 1, y: inner.y + 5, width: inner.width - 1, height: form.fields.count),
                    context: context)
    }
}
