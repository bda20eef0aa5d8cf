import GuichetCore

extension GuichetStore {
    /// The site's local calendar day now.
    public func today() throws(GuichetError) -> CalendarDay {
        CalendarDay(clock.now(), in: try site().timeZone)
    }

    /// `journal(on:limit:)` with the role rule: anyone reads today's journal,
    /// other days need `.readWholeJournal`.
    public func journal(as actor: Actor, on day: CalendarDay, limit: Int = 500) throws(GuichetError) -> [JournalEvent] {
        if day != (try today()) { try actor.require(.readWholeJournal) }
        return try journal(on: day, limit: limit)
    }
}
