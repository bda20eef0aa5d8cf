import GuichetCore
import GuichetStore
import GuichetTerminal

/// The Recharges area: the cash box of the day, today's and this month's figures,
/// the sales of the last 30 days, the stock with its low-stock flags, and the way
/// to every recharge action.
struct RechargesScreen: Screen {
    enum Action: Hashable, Sendable { case sell, open, cashMovement, report, close, products, ledger, back }

    private var state: CashBoxState?
    private var report: CashReport?
    private var today: RechargeIndicators?
    private var month: RechargeIndicators?
    private var lastDays: [Int] = []
    private var products: [RechargeProduct] = []
    private var mayClose = false
    private var dayToClose: CalendarDay?

    var title: Phrase { AppText.rechargesTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let role = context.actor?.role ?? .volunteer
        let supervisorOnly = AppText.reservedTo(Permission.correctLedger.minimumRole)
        var sellRefusal: Phrase?
        if let state {
            let today = context.today
            do throws(GuichetError) { try state.allow(.sale, today: today) } catch { sellRefusal = error.phrase }
        }
        var openRefusal: Phrase?
        if let state {
            do throws(GuichetError) {
                _ = try state.openingFloat(typed: role.may(.correctLedger) ? .zero : nil, today: context.today)
            } catch { openRefusal = error.phrase }
        }
        let isOpen = state == .open
        return [
            ScreenAction(.sell, function: 2, control: "n", label: AppText.actionSell, help: AppText.actionSellHelp)
                .greyed(sellRefusal ?? AppText.cashBoxNotOpenShort, when: sellRefusal != nil),
            ScreenAction(.open, function: 5, control: "p", label: AppText.actionOpenCashBox, help: AppText.actionOpenCashBoxHelp)
                .greyed(openRefusal ?? supervisorOnly, when: openRefusal != nil)
                .hidden(when: isOpen),
            ScreenAction(.cashMovement, function: 5, control: "p", label: AppText.actionCashMovement,
                         help: AppText.actionCashMovementHelp)
                .greyed(supervisorOnly, when: !role.may(.correctLedger))
                .hidden(when: !isOpen),
            ScreenAction(.report, function: 6, control: "x", label: AppText.actionReportX, help: AppText.actionReportXHelp),
            ScreenAction(.close, function: 7, control: "k", label: AppText.actionCloseCashBox, help: AppText.actionCloseCashBoxHelp)
                .greyed(AppText.closeReserved, when: !mayClose)
                .greyed(AppText.nothingToClose, when: mayClose && dayToClose == nil),
            ScreenAction(.products, function: 8, control: "t", label: AppText.actionProducts, help: AppText.actionProductsHelp),
            ScreenAction(.ledger, function: 9, control: "e", label: AppText.actionLedger, help: AppText.actionLedgerHelp),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .sell:
            return .push(PickerScreen.beneficiary(title: AppText.pickSaleBeneficiaryTitle))
        case .open:
            guard case .notOpened(let previous) = state else { return .none }
            guard let previous else { return .push(CashOpenScreen()) }
            let day = context.today.formatted(context.language)
            return .push(ConfirmScreen.action(title: AppText.openCashBoxTitle, question: AppText.openCashBoxQuestion,
                                              arguments: [day, previous.formatted(context.language)]) {
                store, actor, context throws(GuichetError) in
                let float = try store.openCashBox(as: actor)
                return Notice(context.text(AppText.cashBoxOpened, day, float.formatted(context.language)), kind: .success)
            })
        case .cashMovement:
            return .push(CashMovementScreen())
        case .report:
            return .push(CashReportScreen(day: dayToClose ?? context.today))
        case .close:
            guard let dayToClose, let report else { return .none }
            return .push(CashCloseScreen(day: dayToClose, report: report))
        case .products:
            return .push(ProductListScreen())
        case .ledger:
            return .push(LedgerListScreen())
        case .back:
            return .pop
        }
    }

    mutating func receive(_ picked: Picked, context: AppContext) -> Effect {
        switch picked {
        case .beneficiary(let summary): return .push(RechargeSaleScreen(beneficiaryID: summary.id))
        case .budget, .journal: return .none
        }
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        let day = context.today
        state = try store.cashBoxState()
        dayToClose = try store.dayToClose()
        report = try store.cashReport(on: dayToClose ?? day)
        today = try store.rechargeIndicators(from: day, to: day)
        let monthDays = MonthlyCap.month(of: day)
        month = try store.rechargeIndicators(from: monthDays.lowerBound, to: day)
        lastDays = try store.rechargeUnitsByDay(from: day.adding(days: -29), to: day)
        products = try store.rechargeProducts(includeRetired: false)
        if let actor = context.actor { mayClose = store.mayCloseCashBox(actor) }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let (line, role) = cashBoxLine(context)
        TextLine(line, role: role).render(into: &buffer, area: inner.row(0))

        let monthName = DayText.monthNames[context.today.month - 1].text(context.language) + " \(context.today.year)"
        TextLine(TextWidth.padded("", to: 24) + TextWidth.padded(context.text(AppText.columnToday), to: 16, alignment: .right)
                 + TextWidth.padded(monthName, to: 20, alignment: .right), role: .header)
            .render(into: &buffer, area: inner.row(2))
        let rows: [(Phrase, (RechargeIndicators) -> String)] = [
            (AppText.indicatorUnits, { String($0.units) }),
            (AppText.indicatorAmount, { $0.amount.formatted(context.language) }),
            (AppText.indicatorHours, { CashReport.hours($0.minutes) }),
            (AppText.indicatorPeople, { String($0.people) }),
        ]
        for (index, (label, value)) in rows.enumerated() {
            let text = TextWidth.padded(context.text(label), to: 24)
                + TextWidth.padded(today.map(value) ?? "", to: 16, alignment: .right)
                + TextWidth.padded(month.map(value) ?? "", to: 20, alignment: .right)
            TextLine(text).render(into: &buffer, area: inner.row(3 + index))
        }
        Sparkline(values: lastDays, label: context.text(AppText.lastThirtyDays), labelRole: .muted)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 7, width: min(inner.width, 70), height: 1), glyphs: context.glyphs)

        let low = products.filter(\.isLow).count
        TextLine(low == 0 ? context.text(AppText.stockHeading) : context.text(AppText.stockHeadingLow, low),
                 role: low == 0 ? .header : .warning).render(into: &buffer, area: inner.row(9))
        let room = max(0, inner.height - 11)
        let shown = products.count > room ? max(0, room - 1) : products.count
        let items = products.prefix(shown).map { product in
            ListItem(columns: [product.label, product.price.formatted(context.language), String(product.stock),
                               product.isLow ? context.text(AppText.lowStockFlag, product.lowStock) : ""],
                     role: product.isLow ? .warning : .normal)
        }
        ListView(items: items, state: ListState(selected: -1, offset: 0), header: nil, columnWidths: [40, 12, 8])
            .render(into: &buffer, area: Rect(x: inner.x + 2, y: inner.y + 10, width: inner.width - 2, height: shown),
                    glyphs: context.glyphs)
        if shown < products.count {
            TextLine(context.text(AppText.moreProducts, products.count - shown, actions(context).keyName(of: .products, context.language)),
                     role: .muted).render(into: &buffer, area: inner.row(10 + shown))
        }
        return nil
    }

    private func cashBoxLine(_ context: AppContext) -> (String, StyleRole) {
        let day = context.today.formatted(context.language)
        switch state {
        case .none:
            return ("", .normal)
        case .open:
            let expected = report?.expectedCash.formatted(context.language) ?? ""
            let float = report?.float.formatted(context.language) ?? ""
            return (context.text(AppText.cashBoxOpenLine, day, float, expected), .success)
        case .closed:
            return (context.text(AppText.cashBoxClosedLine, day), .muted)
        case .notOpened(let previous):
            let key = actions(context).keyName(of: .open, context.language)
            guard let previous else { return (context.text(AppText.cashBoxFirstLine, key), .warning) }
            return (context.text(AppText.cashBoxNotOpenLine, day, previous.formatted(context.language), key), .warning)
        case .earlierDayOpen(let earlier):
            return (context.text(AppText.cashBoxEarlierLine, earlier.formatted(context.language)), .error)
        }
    }
}
