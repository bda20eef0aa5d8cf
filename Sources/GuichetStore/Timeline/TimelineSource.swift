internal import GRDB
import GuichetCore

/// Where one kind of event of a person's history comes from: a query that
/// selects `at` (UTC text) and the author's login, then its own columns, for
/// the file `?1`, newest first, at most `?2` rows; and how a row reads as an event.
struct TimelineSource: Sendable {
    let sql: String
    let event: @Sendable (Row) throws -> any TimelineEvent
}
