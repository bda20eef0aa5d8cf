internal import GRDB
import GuichetCore

extension DayCount {
    /// Loans started that day (handovers apart).
    public static let loansStarted = DayCount(sql: "SELECT count(*) FROM hotspot_loans WHERE started_on = :day AND kind = 'loan'")
    /// Loans ended that day by a return of the key (lost and handed over apart).
    public static let loansReturned = DayCount(sql: """
        SELECT count(*) FROM hotspot_loans WHERE closed_on = :day AND outcome IN ('good', 'missing_accessories', 'damaged')
        """)
    /// Loans late on that day: due before it and not ended before it (a renewal moves the day due
    /// of the loan as stored, so a past day counts the loans late by their last day due).
    public static let overdueLoans = DayCount(sql: """
        SELECT count(*) FROM hotspot_loans WHERE kind = 'loan' AND due_on < :day AND started_on <= :day
            AND (closed_on IS NULL OR closed_on >= :day)
        """)
}

extension GuichetStore {
    /// Loans started each day from `first` to `last` (0 for a day without any), for a chart.
    public func loansStartedByDay(from first: CalendarDay, to last: CalendarDay) throws(GuichetError) -> [Int] {
        let byDay = try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT started_on, count(*) FROM hotspot_loans WHERE kind = 'loan' AND started_on BETWEEN ? AND ? GROUP BY started_on
                """, arguments: [first.iso, last.iso]).map { ($0[0] as String, $0[1] as Int) })
        }
        return DaySeries.fill(byDay, from: first, to: last)
    }
}
