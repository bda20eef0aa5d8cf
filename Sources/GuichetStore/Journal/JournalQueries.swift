import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The events of the site's local `day`, newest first.
    public func journal(on day: CalendarDay, limit: Int = 500) throws(GuichetError) -> [JournalEvent] {
        let (start, end) = try utcBounds(of: day)
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, at, user_login, site_code, action, subject, summary FROM journal
                    WHERE at >= ? AND at < ? ORDER BY at DESC, id DESC LIMIT ?
                    """,
                arguments: [start, end, max(0, limit)]
            ).map(Self.event)
        }
    }

    /// The UTC text bounds `[start, end)` of the site's local `day`; text compares in time order.
    func utcBounds(of day: CalendarDay) throws(GuichetError) -> (String, String) {
        let timeZone = try site().timeZone
        return (Timestamp.utcText(day.start(in: timeZone)),
                Timestamp.utcText(day.adding(days: 1).start(in: timeZone)))
    }

    static func event(_ row: Row) throws -> JournalEvent {
        let atText: String = row["at"]
        guard let at = StoredTime.parse(atText) else {
            throw GuichetError.storage("unreadable journal time")
        }
        return JournalEvent(
            id: row["id"], at: at, userLogin: row["user_login"], siteCode: row["site_code"],
            action: row["action"], subject: row["subject"], summary: row["summary"])
    }
}
