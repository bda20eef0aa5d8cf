import GuichetCore
import GuichetStore
import GuichetTerminal

/// The Clés 3G area, like a library's circulation desk: the fleet by state, then the
/// loans to look after — late ones first (days late, file number, phone, last contact),
/// those due within 3 days, or every open loan — and a loan or a return in a few keys.
struct HotspotsScreen: Screen {
    enum Action: Hashable, Sendable { case lend, open, giveBack, renew, filter, fleet, back }

    private var filter = OpenLoanFilter.overdue
    private var counts: [DeviceState: Int] = [:]
    private var sizes: [OpenLoanFilter: Int] = [:]
    private var list = BudgetList<OpenLoanRow>(reserved: 7)
    private var settings = HotspotSettings()

    var title: Phrase { AppText.hotspotsTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let none = list.selected == nil
        var renewRefusal: Phrase?
        if let loan = list.selected?.loan {
            do throws(GuichetError) { _ = try LoanRenewal.newDueDate(of: loan, today: context.today, settings: settings) } catch {
                renewRefusal = error.phrase
            }
        }
        return [
            ScreenAction(.lend, function: 2, control: "n", label: AppText.actionLend, help: AppText.actionLendHelp,
                         hint: AppText.hintLend),
            ScreenAction(.open, function: 4, control: "o", keys: [.enter], label: AppText.actionOpen, help: AppText.actionOpenKeyHelp,
                         hint: AppText.hintOpen)
                .greyed(AppText.noRowSelected, when: none),
            ScreenAction(.giveBack, function: 5, control: "r", label: AppText.actionGiveBack, help: AppText.actionGiveBackHelp,
                         hint: AppText.hintGiveBack)
                .greyed(AppText.noRowSelected, when: none),
            ScreenAction(.renew, function: 6, control: "p", label: AppText.actionRenewLoan, help: AppText.actionRenewLoanHelp)
                .greyed(renewRefusal ?? AppText.noRowSelected, when: none || renewRefusal != nil),
            ScreenAction(.filter, function: 7, control: "t", label: AppText.actionLoanFilter, help: AppText.actionLoanFilterHelp,
                         hint: AppText.hintLoanFilter),
            ScreenAction(.fleet, function: 8, control: "k", label: AppText.actionFleet, help: AppText.actionFleetHelp),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .lend:
            return .push(PickerScreen.beneficiary(title: AppText.pickBorrowerTitle))
        case .open:
            guard let row = list.selected else { return .none }
            return .push(DeviceCardScreen(id: row.loan.deviceID))
        case .giveBack:
            guard let row = list.selected else { return .none }
            return .push(ReturnFormScreen(loanID: row.loan.id))
        case .renew:
            guard let loan = list.selected?.loan else { return .none }
            return HotspotLoanActions.renew(loan, settings: settings, context: context)
        case .filter:
            let all = OpenLoanFilter.allCases
            filter = all[(all.firstIndex(of: filter)! + 1) % all.count]
            return .reload
        case .fleet:
            return .push(DeviceListScreen())
        case .back:
            return .pop
        }
    }

    mutating func receive(_ picked: Picked, context: AppContext) -> Effect {
        switch picked {
        case .beneficiary(let summary): return .push(LoanFormScreen(beneficiaryID: summary.id))
        case .budget, .journal: return .none
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        list.handle(key, context: context)
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        counts = try store.deviceCounts()
        settings = store.hotspotSettings()
        for kind in OpenLoanFilter.allCases where kind != filter {
            sizes[kind] = try store.openLoans(kind, on: context.today).count
        }
        let rows = try store.openLoans(filter, on: context.today)
        sizes[filter] = rows.count
        list.show(rows, context: context)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let total = counts.values.reduce(0, +)
        TextLine(context.text(total == 1 ? AppText.fleetOne : AppText.fleetTotal, total), role: .header).render(into: &buffer, area: inner.row(0))
        let states = DeviceState.allCases.map { state in
            let count = counts[state] ?? 0
            let singular = context.language == .french ? count < 2 : count == 1
            return context.text(AppText.stateCount, count, context.text(singular ? state.label : state.pluralLabel))
        }
        TextLine(states.joined(separator: "  "), role: .muted).render(into: &buffer, area: inner.row(1))
        let tabs = OpenLoanFilter.allCases.map { kind in
            (kind == filter ? "[" : " ") + context.text(Self.label(kind), sizes[kind] ?? 0) + (kind == filter ? "]" : " ")
        }
        TextLine(tabs.joined(separator: " "), role: .header).render(into: &buffer, area: inner.row(3))
        let listArea = Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: max(0, list.pageSize(context) + 1))
        if list.rows.isEmpty {
            let key = actions(context).keyName(of: .filter, context.language)
            TextLine(context.text(filter == .overdue ? AppText.noOverdueLoan : AppText.noLoanHere, key), role: .muted)
                .render(into: &buffer, area: listArea.row(1))
        }
        OpenLoanRows.list(list.rows, state: list.state, context: context).render(into: &buffer, area: listArea, glyphs: context.glyphs)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: max(0, inner.height - 2), rows: 2, context)
        return nil
    }

    static func label(_ filter: OpenLoanFilter) -> Phrase {
        switch filter {
        case .overdue: return AppText.filterOverdue
        case .dueSoon: return AppText.filterDueSoon
        case .all: return AppText.filterAll
        }
    }
}

/// The open loans as rows: key, file, name, phone, day due, days late, last contact.
enum OpenLoanRows {
    static let columnWidths = [8, 15, 12, 15, 11, 7]

    static func list(_ rows: [OpenLoanRow], state: ListState, context: AppContext) -> ListView {
        let header = ListItem(columns: [AppText.columnKey, AppText.columnFile, AppText.columnName, AppText.columnPhone,
                                        AppText.columnDueBack, AppText.columnLate, AppText.columnLastSeen].map { context.text($0) },
                              role: .header)
        let today = context.today
        let items = rows.map { row in
            let late = row.loan.daysLate(on: today)
            return ListItem(columns: [
                row.loan.deviceCode, row.loan.fileNumber,
                BudgetDraw.cell(NameDisplay.listed(lastName: row.lastName, firstName: row.firstName), columnWidths[2]),
                row.phone?.display ?? context.text(AppText.cardNone), row.loan.dueOn?.formatted(context.language) ?? "",
                late > 0 ? context.text(AppText.daysLate, late) : "", row.lastContact?.formatted(context.language) ?? "",
            ], role: late > 0 ? .warning : .normal)
        }
        return ListView(items: items, state: state, header: header, columnWidths: columnWidths)
    }
}

/// The loan actions several screens offer: a renewal asked for and confirmed.
enum HotspotLoanActions {
    static func renew(_ loan: HotspotLoan, settings: HotspotSettings, context: AppContext) -> Effect {
        let due: CalendarDay
        do throws(GuichetError) { due = try LoanRenewal.newDueDate(of: loan, today: context.today, settings: settings) } catch {
            return .error(error, context)
        }
        let loanID = loan.id
        return .push(ConfirmScreen.action(
            title: AppText.renewLoanTitle, question: AppText.renewLoanQuestion,
            arguments: [loan.deviceCode, loan.fileNumber, due.formatted(context.language), String(loan.renewals + 1),
                        String(settings.renewalLimit)]) { store, actor, context throws(GuichetError) in
            let renewed = try store.renewLoan(as: actor, loanID: loanID)
            return Notice(context.text(AppText.loanRenewed, renewed.formatted(context.language)), kind: .success)
        })
    }
}
