import Foundation
internal import GRDB
import GuichetCore

/// Failed logins counted per login in `login_throttle`, for `LoginThrottle`.
enum ThrottleTable {
    struct State {
        var failures: Int
        var lastFailure: Date?
    }

    static func state(_ db: Database, login: String) throws -> State {
        let row = try Row.fetchOne(
            db, sql: "SELECT failures, last_failure_at FROM login_throttle WHERE login = ?", arguments: [login])
        guard let row else { return State(failures: 0, lastFailure: nil) }
        return State(failures: row["failures"], lastFailure: StoredTime.parse(row["last_failure_at"]))
    }

    static func recordFailure(_ db: Database, login: String, at: Date) throws {
        try db.execute(
            sql: """
                INSERT INTO login_throttle (login, failures, last_failure_at) VALUES (?, 1, ?)
                ON CONFLICT (login) DO UPDATE SET failures = failures + 1, last_failure_at = excluded.last_failure_at
                """,
            arguments: [login, Timestamp.utcText(at)])
    }

    static func clear(_ db: Database, login: String) throws {
        try db.execute(sql: "DELETE FROM login_throttle WHERE login = ?", arguments: [login])
    }
}
