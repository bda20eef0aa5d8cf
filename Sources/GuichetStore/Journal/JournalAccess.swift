internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The site's local calendar day now.
    public func today() throws(GuichetError) -> CalendarDay {
        CalendarDay(clock.now(), in: try site().timeZone)
    }

    /// `journal(on:limit:)` with the role rule: volunteers and coaches read today's
    /// events of their own site; other days, and other sites' events, need
    /// `.readWholeJournal` (supervisors).
    public func journal(as actor: Actor, on day: CalendarDay, limit: Int = 500) throws(GuichetError) -> [JournalEvent] {
        if day != (try today()) { try actor.require(.readWholeJournal) }
        let events = try journal(on: day, limit: limit)
        guard !actor.role.may(.readWholeJournal) else { return events }
        return events.filter { $0.siteCode == actor.siteCode.value }
    }

    /// The number of the last event written, to tell whether a day read earlier is still whole.
    public func lastJournalEventID() throws(GuichetError) -> Int64 {
        try read { db in try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM journal ORDER BY id DESC LIMIT 1")) ?? 0 }
    }

    /// Every event of `period`, oldest first, handed to `body` one at a time (an export of a
    /// year reads hundreds of thousands); `progress(done, total)` is called as they come.
    /// Supervisors.
    public func forEachJournalEvent(as actor: Actor, in period: ReportPeriod, progress: (Int, Int) -> Void = { _, _ in },
                                    _ body: (JournalEvent) throws -> Void) throws(GuichetError) {
        try actor.require(.readWholeJournal)
        let arguments = try reportArguments(period)
        try read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM journal WHERE at >= :start AND at < :end", arguments: arguments) ?? 0
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, at, user_login, site_code, action, subject, summary FROM journal
                WHERE at >= :start AND at < :end ORDER BY at, id
                """, arguments: arguments)
            var done = 0
            progress(0, total)
            while let row = try rows.next() {
                try body(try Self.event(row))
                done += 1
                if done % 1000 == 0 || done == total { progress(done, total) }
            }
        }
    }

    /// Journals a report or an export of `period` (`ReviewAction`): who did it, what left
    /// the database and where. `deliver` writes the file inside the transaction and returns
    /// where it went (`file`, `stdout`…): if it fails, nothing is journaled, and if the
    /// journal cannot be written, the caller is told. Supervisors.
    public func recordReview(as actor: Actor, _ action: ReviewAction, period: ReportPeriod, summary: String,
                             deliver: () throws -> String) throws(GuichetError) {
        try actor.require(.readWholeJournal)
        try perform(as: actor, action: action) { _ in
            let destination = try deliver()
            return Traced((), subject: period.code, summary: summary + " to=" + destination)
        }
    }
}
