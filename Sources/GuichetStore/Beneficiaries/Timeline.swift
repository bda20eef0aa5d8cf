import Foundation
import GRDB
import GuichetCore

/// What happened in a file's life.
public enum TimelineKind: Sendable, Equatable {
    case visit(reasons: [VisitReason], note: String)
    case fileCreated
    case fileUpdated
    case enrolmentRenewed
    case enrolmentClosed
}

/// One event of a file's timeline, with who recorded it.
public struct TimelineEntry: Sendable, Equatable {
    public let at: Date
    public let kind: TimelineKind
    public let userLogin: String?

    public init(at: Date, kind: TimelineKind, userLogin: String?) {
        self.at = at
        self.kind = kind
        self.userLogin = userLogin
    }
}

extension GuichetStore {
    /// The file's events, newest first, read from the view `beneficiary_timeline`:
    /// a UNION over its sources (visits, the file's own dated events, its updates in
    /// the journal). Coaching sessions, recharges and loans join by adding a SELECT to the view.
    public func timeline(of id: Int64, limit: Int = 200) throws(GuichetError) -> [TimelineEntry] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT t.at, t.kind, t.reasons, t.note, u.login
                FROM beneficiary_timeline t LEFT JOIN users u ON u.id = t.user_id
                WHERE t.beneficiary_id = ?
                ORDER BY t.at DESC, CASE t.kind WHEN 'file_created' THEN 1 ELSE 0 END
                LIMIT ?
                """, arguments: [id, max(0, limit)])
            return try rows.map { row in
                guard let at = StoredTime.parse(row["at"]) else { throw GuichetError.storage("unreadable timeline time") }
                let kind: TimelineKind
                switch row["kind"] as String {
                case "visit":
                    let codes = (row["reasons"] as String? ?? "").split(separator: ",")
                    kind = .visit(reasons: codes.compactMap { VisitReason(rawValue: String($0)) }, note: row["note"] ?? "")
                case "file_created": kind = .fileCreated
                case "file_updated": kind = .fileUpdated
                case "enrolment_renewed": kind = .enrolmentRenewed
                case "enrolment_closed": kind = .enrolmentClosed
                default: throw GuichetError.storage("unknown timeline kind")
                }
                return TimelineEntry(at: at, kind: kind, userLogin: row["login"])
            }
        }
    }
}
