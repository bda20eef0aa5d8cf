internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The keys' part of a report or of a day summary: loans started (handovers apart), keys
    /// brought back (lost and handed over apart), loans late on the period's last day; for a
    /// report the people without housing who held a key during the period (each once, by the
    /// housing their file gives today). Supervisors.
    public func hotspotReportFigures(as actor: Actor, period: ReportPeriod, scope: ReportScope) throws(GuichetError) -> ReportContribution {
        try actor.require(.readWholeJournal)
        let arguments = try reportArguments(period)
        return try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) ?? 0 }
            var figures: [ReportFigureID: FigureValue] = [
                .loansOut: FigureValue(try count(Self.reportLoansOutSQL)),
                .loansBack: FigureValue(try count(Self.reportLoansBackSQL)),
                .loansOverdue: FigureValue(try count(Self.reportLoansOverdueSQL)),
            ]
            if case .report = scope {
                figures[.peopleWithoutHousingEquipped] = FigureValue(try count(Self.reportWithoutHousingSQL))
            }
            return ReportContribution(figures: figures)
        }
    }

    static let reportLoansOutSQL = "SELECT count(*) FROM hotspot_loans WHERE kind = 'loan' AND started_on BETWEEN :first AND :last"
    static let reportLoansBackSQL = """
        SELECT count(*) FROM hotspot_loans WHERE outcome IN ('good', 'missing_accessories', 'damaged') AND closed_on BETWEEN :first AND :last
        """
    /// Late on the last day: due before it, not ended before it (`DayCount.overdueLoans` for that day).
    static let reportLoansOverdueSQL = """
        SELECT count(*) FROM hotspot_loans WHERE kind = 'loan' AND due_on < :last AND started_on <= :last
            AND (closed_on IS NULL OR closed_on >= :last)
        """
    /// A loan open at some time of the period, or a key handed over for good before its end.
    static let reportWithoutHousingSQL = """
        SELECT count(DISTINCT l.beneficiary_id) FROM hotspot_loans l JOIN beneficiaries b ON b.id = l.beneficiary_id
        WHERE l.started_on <= :last AND (l.closed_on IS NULL OR l.closed_on >= :first OR l.outcome = 'handed_over')
            AND b.housing IN ('homeless', 'emergency_shelter', 'hosted')
        """

    static let hotspotReportQueries = [
        ReportQuery(sql: reportLoansOutSQL, inDaySummary: true), ReportQuery(sql: reportLoansBackSQL, inDaySummary: true),
        ReportQuery(sql: reportLoansOverdueSQL, inDaySummary: true), ReportQuery(sql: reportWithoutHousingSQL, inDaySummary: false),
    ]
}
