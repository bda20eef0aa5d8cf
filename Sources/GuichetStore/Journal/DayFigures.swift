/// A day's activity, counted over the site's local calendar day.
public struct DayFigures: Sendable, Equatable {
    public let logins: Int
    public let journalEvents: Int
    /// Every visit of the day, anonymous ones included.
    public let visits: Int
    /// Files created that day (by the form, an import or demo data).
    public let newFiles: Int

    public init(logins: Int, journalEvents: Int, visits: Int = 0, newFiles: Int = 0) {
        self.logins = logins
        self.journalEvents = journalEvents
        self.visits = visits
        self.newFiles = newFiles
    }
}
