import Foundation
internal import GRDB
import GuichetCore

/// One event of a file's history, with who recorded it.
public struct TimelineEntry: Sendable {
    public let at: Date
    public let event: any TimelineEvent
    public let userLogin: String?

    public init(at: Date, event: any TimelineEvent, userLogin: String?) {
        self.at = at
        self.event = event
        self.userLogin = userLogin
    }
}

extension GuichetStore {
    /// The file's events, newest first: the events of every area's timeline sources
    /// (`AreaSchema.timelineSources`), each read with its own indexed query.
    public func timeline(of id: Int64, limit: Int = 200) throws(GuichetError) -> [TimelineEntry] {
        let limit = max(0, limit)
        let sources = AreaID.allCases.flatMap(\.schema.timelineSources)
        let found = try read { db in
            try sources.enumerated().flatMap { order, source in
                try Row.fetchAll(db.cachedStatement(sql: source.sql), arguments: [id, limit]).map { row in
                    guard let at = StoredTime.parse(row[0]) else { throw GuichetError.storage("unreadable timeline time") }
                    return (order: order, entry: TimelineEntry(at: at, event: try source.event(row), userLogin: row[1]))
                }
            }
        }
        // Newest first; at the same instant, in the order the sources are declared.
        return found.sorted { ($0.entry.at, -$0.order) > ($1.entry.at, -$1.order) }.prefix(limit).map(\.entry)
    }
}
