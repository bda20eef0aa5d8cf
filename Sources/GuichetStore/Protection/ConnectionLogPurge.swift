import Foundation
internal import GRDB
import GuichetCore

/// What a purge of connection events removed (or would remove).
public struct LogPurge: Sendable, Equatable {
    /// Events before the start of this day (in the site's zone) are purged.
    public let before: CalendarDay
    public let removed: Int
}

extension GuichetStore {
    /// The connection events older than the setting (`connection_log_months`), counted.
    public func connectionLogsToPurge(as actor: Actor) throws(GuichetError) -> LogPurge {
        try actor.require(.protectData)
        let (before, limit) = try connectionLogLimit()
        let count = try read { db in try Int.fetchOne(db, sql: ConnectionLogSQL.count, arguments: [limit]) ?? 0 }
        return LogPurge(before: before, removed: count)
    }

    /// Removes the connection events (logins, failed logins, logouts, locks) older than the
    /// setting: the only deletion the journal allows (its trigger checks the permit this
    /// transaction writes), journaled `protection.purge_logs`. Each run of consecutive
    /// events removed leaves an anchor (`journal_anchors`, see `ProtectionSchema`), so that
    /// `verify` still follows the chain. Refused when nothing is old enough.
    @discardableResult
    public func purgeConnectionLogs(as actor: Actor) throws(GuichetError) -> LogPurge {
        try actor.require(.protectData)
        let (before, limit) = try connectionLogLimit()
        return try perform(as: actor, action: ProtectionAction.logsPurged) { db in
            // The journal's last event is never removed: the next one is numbered after it.
            let rows = try Row.fetchAll(db, sql: ConnectionLogSQL.removable, arguments: [limit])
            guard !rows.isEmpty else { throw GuichetError.refused(ProtectionStoreText.nothingToPurge) }
            let purgeEvent = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM journal") ?? 0) + 1
            try db.execute(sql: "INSERT INTO journal_purge_permit (id, before) VALUES (1, ?)", arguments: [limit])
            // One anchor per run of consecutive numbers: a kept event, or a gap of an earlier purge, ends a run.
            var anchors: [(first: Int64, last: Int64, previous: String, lastHash: String)] = []
            for row in rows {
                let id: Int64 = row[0]
                let hash: String = row[2] ?? ""
                if let open = anchors.last, open.last + 1 == id {
                    anchors[anchors.count - 1].last = id
                    anchors[anchors.count - 1].lastHash = hash
                } else {
                    anchors.append((id, id, row[1] ?? ChainEncoding.origin, hash))
                }
            }
            for anchor in anchors {
                try db.execute(sql: """
                    INSERT INTO journal_anchors (first_id, last_id, previous_hash, last_hash, purge_event) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [anchor.first, anchor.last, anchor.previous, anchor.lastHash, purgeEvent])
            }
            try db.execute(sql: ConnectionLogSQL.delete, arguments: [limit])
            guard db.changesCount == rows.count else { throw GuichetError.storage("journal purge removed \(db.changesCount) events") }
            try db.execute(sql: "DELETE FROM journal_purge_permit")
            let purge = LogPurge(before: before, removed: rows.count)
            return Traced(purge, subject: nil, summary: "before=\(before.iso) removed=\(rows.count) runs=\(anchors.count)")
        }
    }

    /// The first day kept and its start as UTC text.
    private func connectionLogLimit() throws(GuichetError) -> (CalendarDay, String) {
        let site = try site()
        let day = ConnectionLogRetention.cutoff(today: try today(), months: protectionSettings().connectionLogMonths)
        return (day, Timestamp.utcText(day.start(in: site.timeZone)))
    }
}

/// The statements of the purge; `?` is the UTC text of the first instant kept.
enum ConnectionLogSQL {
    static let condition = """
        action IN (\(ProtectionSchema.connectionActions)) AND at < ?1 AND id < (SELECT max(id) FROM journal)
        """
    static let count = "SELECT count(*) FROM journal WHERE \(condition)"
    static let removable = "SELECT id, prev_hash, hash FROM journal WHERE \(condition) ORDER BY id"
    static let delete = "DELETE FROM journal WHERE \(condition)"
}
