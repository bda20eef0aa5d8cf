internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The recharges' part of a report or of a day summary, reversals subtracted: cards
    /// sold, the value taken (in cash, by cheque), cards given free, hours of calls
    /// distributed; for a report the people served (each once); for a day its cash-box
    /// closing and discrepancy. Supervisors.
    public func rechargeReportFigures(as actor: Actor, period: ReportPeriod, scope: ReportScope) throws(GuichetError) -> ReportContribution {
        try actor.require(.readWholeJournal)
        let arguments = try reportArguments(period)
        return try read { db in
            var cards = 0, value: Int64 = 0, minutes = 0
            var paid: [PaymentMethod: (units: Int, amount: Int64)] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: Self.reportSalesSQL), arguments: arguments) {
                let units: Int = row[1]
                let amount: Int64 = row[2]
                cards += units
                value += amount
                minutes += row[3] as Int
                if let payment = (row[0] as String?).flatMap(PaymentMethod.init) { paid[payment] = (units, amount) }
            }
            var figures: [ReportFigureID: FigureValue] = [
                .rechargeCards: FigureValue(cards), .rechargeValue: FigureValue(value), .rechargeHours: FigureValue(minutes),
                .rechargeCash: FigureValue(paid[.cash]?.amount ?? 0), .rechargeCheque: FigureValue(paid[.cheque]?.amount ?? 0),
                .rechargeFree: FigureValue(paid[.free]?.units ?? 0),
            ]
            switch scope {
            case .report:
                figures[.peopleServed] = FigureValue(try Int.fetchOne(db.cachedStatement(sql: Self.reportServedSQL), arguments: arguments) ?? 0)
            case .daySummary:
                // The closing of the period's last day: counted − expected (the Z totals end with `expected=`).
                if let close = try Row.fetchOne(db.cachedStatement(sql: Self.reportClosingSQL), arguments: arguments) {
                    let counted: Int64 = close[0]
                    let detail: String = close[1]
                    let expected = detail.components(separatedBy: "expected=").last.flatMap { Int64($0) } ?? counted
                    figures[.cashClosing] = FigureValue(counted - expected, base: 1)
                } else {
                    figures[.cashClosing] = FigureValue(0, base: 0)
                }
            }
            return ReportContribution(figures: figures)
        }
    }

    /// Sales and reversals by payment method, on the covering index `ledger_report`.
    static let reportSalesSQL = """
        SELECT payment, coalesce(sum(units), 0), coalesce(sum(amount_cents), 0), coalesce(sum(minutes), 0)
        FROM ledger WHERE day >= :first AND day <= :last AND kind IN ('sale', 'reversal') GROUP BY payment
        """
    /// People with cards left after reversals.
    static let reportServedSQL = """
        SELECT count(*) FROM (SELECT beneficiary_id FROM ledger WHERE day >= :first AND day <= :last AND beneficiary_id IS NOT NULL
                              GROUP BY beneficiary_id HAVING sum(units) > 0)
        """
    static let reportClosingSQL = "SELECT amount_cents, detail FROM ledger WHERE kind = 'close' AND day = :last"

    static let rechargeReportQueries = [
        ReportQuery(sql: reportSalesSQL, inDaySummary: true), ReportQuery(sql: reportServedSQL, inDaySummary: false),
    ]
}
