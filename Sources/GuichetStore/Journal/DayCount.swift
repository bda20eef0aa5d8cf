internal import GRDB
import GuichetCore

/// A count of one kind of thing over one of the site's local days, offered by
/// an area for the home screen (and the reports): visits, new files, logins…
/// Its query binds `:day` (the ISO day) or `:start` and `:end` (the UTC bounds).
public struct DayCount: Sendable {
    let sql: String
}

extension DayCount {
    /// Every event of the journal that day.
    public static let journalEvents = DayCount(sql: "SELECT count(*) FROM journal WHERE at >= :start AND at < :end")
    /// Successful logins that day.
    public static let logins = DayCount(sql: """
        SELECT count(*) FROM journal WHERE action = '\(AccountAction.login.rawValue)' AND at >= :start AND at < :end
        """)
}

extension GuichetStore {
    /// The counts over the site's local `day`, in the order asked, read in one snapshot.
    public func counts(_ counts: [DayCount], on day: CalendarDay) throws(GuichetError) -> [Int] {
        let (start, end) = try utcBounds(of: day)
        let arguments: StatementArguments = ["day": day.iso, "start": start, "end": end]
        return try read { db in
            try counts.map { count in try Int.fetchOne(db.cachedStatement(sql: count.sql), arguments: arguments) ?? 0 }
        }
    }
}

/// A count for each day of a range, from the days a query found (0 for a day it did not), for a chart.
enum DaySeries {
    static func fill(_ byDay: [String: Int], from first: CalendarDay, to last: CalendarDay) -> [Int] {
        var days: [Int] = []
        var day = first
        while day <= last {
            days.append(byDay[day.iso] ?? 0)
            day = day.adding(days: 1)
        }
        return days
    }
}
