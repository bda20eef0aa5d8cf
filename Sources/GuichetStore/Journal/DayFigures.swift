/// A day's activity, counted over the site's local calendar day.
public struct DayFigures: Sendable, Equatable {
    public let logins: Int
    public let journalEvents: Int

    public init(logins: Int, journalEvents: Int) {
        self.logins = logins
        self.journalEvents = journalEvents
    }
}
