internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Budget coaching's part of a report or of a day summary: sessions held; for a
    /// report also the people coached (each once), the monthly savings their latest
    /// plans declare, and the mean share of resources spent on telecoms before (at the
    /// person's first session) and after (planned at the latest session of the period),
    /// over the people whose share can be computed. Supervisors.
    public func budgetReportFigures(as actor: Actor, period: ReportPeriod, scope: ReportScope) throws(GuichetError) -> ReportContribution {
        try actor.require(.readWholeJournal)
        guard case .report = scope else {
            let arguments = try reportArguments(period)
            return ReportContribution(figures: [.coachingSessions: FigureValue(try count(Self.budgetSessionsSQL, arguments))])
        }
        let indicators = try budgetIndicators(as: actor, from: period.first, to: period.last)
        let before = indicators.people.compactMap(\.firstShare)
        let after = indicators.people.compactMap(\.plannedShare)
        return ReportContribution(figures: [
            .coachingSessions: FigureValue(indicators.sessions),
            .peopleCoached: FigureValue(indicators.people.count),
            .monthlySavings: FigureValue(indicators.monthlySavingsDeclared.cents),
            .shareBefore: FigureValue(before.reduce(0, +), base: before.count),
            .shareAfter: FigureValue(after.reduce(0, +), base: after.count),
        ])
    }

    static let budgetReportQueries = [
        ReportQuery(sql: budgetSessionsSQL, inDaySummary: true), ReportQuery(sql: budgetPeopleSQL, inDaySummary: false),
    ]
}
