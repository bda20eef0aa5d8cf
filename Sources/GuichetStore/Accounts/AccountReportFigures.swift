internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Administration's part of a report or of a day summary: the successful sign-ins
    /// (connections) of the period, from the journal. Supervisors.
    public func accountReportFigures(as actor: Actor, period: ReportPeriod) throws(GuichetError) -> ReportContribution {
        try actor.require(.readWholeJournal)
        return ReportContribution(figures: [.logins: FigureValue(try count(Self.reportLoginsSQL, try reportArguments(period)))])
    }

    static let reportLoginsSQL = """
        SELECT count(*) FROM journal WHERE action = '\(AccountAction.login.rawValue)' AND at >= :start AND at < :end
        """

    static let accountReportQueries = [ReportQuery(sql: reportLoginsSQL, inDaySummary: true)]
}
