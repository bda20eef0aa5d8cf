import GuichetCore
import GuichetStore
import GuichetTerminal

/// The lines of an X or Z report, as the report screen and the closing screen show
/// them: label on the left, amount on the right.
enum CashReportLines {
    static func lines(_ report: CashReport, products: [RechargeProduct], width: Int, _ context: AppContext)
        -> [(text: String, role: StyleRole)] {
        let money = { (value: Money) in value.formatted(context.language) }
        func line(_ label: String, _ value: String, role: StyleRole = .normal) -> (String, StyleRole) {
            let room = max(1, width - TextWidth.of(value) - 1)
            return (TextWidth.padded(label, to: room) + " " + value, role)
        }
        var lines: [(String, StyleRole)] = [line(context.text(AppText.reportFloat), money(report.float))]
        lines.append(line(context.text(AppText.reportSales, report.sales), money(report.salesAmount), role: .header))
        for product in report.products {
            let name = products.first { $0.id == product.productID }?.code ?? "#\(product.productID)"
            lines.append(line("  " + context.text(AppText.reportProductLine, name, product.units, CashReport.hours(product.minutes)),
                              money(product.amount)))
        }
        for payment in report.payments {
            lines.append(line("  " + context.text(AppText.reportPaymentLine, context.text(payment.payment.label), payment.sales),
                              money(payment.amount)))
        }
        lines.append(line(context.text(AppText.reportReversals, report.reversals), money(report.reversedAmount)))
        if report.reversedCash != .zero {
            lines.append(line("  " + context.text(AppText.reportRefunded), money(report.reversedCash)))
        }
        lines.append(line(context.text(AppText.reportNet, report.netUnits, report.hoursText), money(report.netAmount), role: .header))
        lines.append(line(context.text(AppText.reportCashIn), money(report.cashIn)))
        lines.append(line(context.text(AppText.reportCashOut), money(report.cashOut)))
        if report.received != 0 || report.otherStock != 0 {
            lines.append(line(context.text(AppText.reportStock, report.received, report.otherStock), ""))
        }
        lines.append(line(context.text(AppText.reportExpected), money(report.expectedCash), role: .highlight))
        return lines
    }
}

/// The X report of the open cash-box day (or of today): the same calculation as the
/// closing's Z. ↑ ↓ scroll when it is longer than the screen.
struct CashReportScreen: Screen {
    enum Action: Hashable, Sendable { case back }

    let day: CalendarDay
    private var report: CashReport?
    private var products: [RechargeProduct] = []
    private var scroll = 0
    /// A closed day's report is its Z.
    private var isClosed = false

    init(day: CalendarDay) {
        self.day = day
    }

    var title: Phrase { AppText.reportTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] { [.back(.back)] }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .back: return .pop
        }
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        report = try store.cashReport(on: day)
        products = try store.rechargeProducts()
        isClosed = try store.cashBoxState() == .closed && day == context.today
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        let room = max(1, ScreenChrome.contentArea(of: context.screenSize).height - 3)
        let count = report.map { CashReportLines.lines($0, products: products, width: 72, context).count } ?? 0
        let last = max(0, count - room)
        scroll = ScrollKeys.offset(scroll, after: key, page: room, last: last) ?? scroll
        return .none
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: min(area.width - 4, 72), height: area.height)
        TextLine(context.text(isClosed ? AppText.reportHeadingZ : AppText.reportHeading, day.formatted(context.language)), role: .header)
            .render(into: &buffer, area: inner.row(0))
        guard let report else { return nil }
        let lines = CashReportLines.lines(report, products: products, width: inner.width, context)
        let room = max(0, inner.height - 3)
        let first = min(scroll, max(0, lines.count - room))
        for (row, line) in lines.dropFirst(first).prefix(room).enumerated() {
            TextLine(line.text, role: line.role).render(into: &buffer, area: inner.row(2 + row))
        }
        return nil
    }
}
