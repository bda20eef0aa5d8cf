internal import GRDB
import GuichetCore

/// The SQL of the reports, declared by each area next to its tables. Every query
/// binds the same named arguments: `:first` and `:last` (the period's ISO days,
/// both included) and `:start` and `:end` (the UTC bounds of those days, `[start, end)`).
/// `guichet-bench` runs these very statements bare (`bareReportQueries`) to measure
/// what the report adds to them.
struct ReportQuery: Sendable {
    let sql: String
    /// Run for the day summary too (else for the reports only).
    let inDaySummary: Bool
}

extension GuichetStore {
    func reportArguments(_ period: ReportPeriod) throws(GuichetError) -> StatementArguments {
        let (start, _) = try utcBounds(of: period.first)
        let (_, end) = try utcBounds(of: period.last)
        return ["first": period.first.iso, "last": period.last.iso, "start": start, "end": end]
    }

    /// The one count `sql` gives with the report's `arguments`.
    func count(_ sql: String, _ arguments: StatementArguments) throws(GuichetError) -> Int {
        try read { db in try Int.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) ?? 0 }
    }

    /// Every area's report query for `period`, run bare: rows fetched and counted,
    /// nothing built. What `guichet-bench` measures a report against.
    public func bareReportQueries(_ period: ReportPeriod) throws(GuichetError) -> Int {
        let arguments = try reportArguments(period)
        let queries = Self.beneficiaryReportQueries + Self.budgetReportQueries + Self.rechargeReportQueries
            + Self.hotspotReportQueries + Self.accountReportQueries
        return try read { db in
            var rows = 0
            for query in queries { rows += try Row.fetchAll(db.cachedStatement(sql: query.sql), arguments: arguments).count }
            return rows
        }
    }
}
