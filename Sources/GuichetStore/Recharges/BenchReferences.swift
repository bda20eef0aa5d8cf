import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The bare query of the X/Z report (`reportSQL` on the covering index), its rows
    /// counted and nothing built: what `guichet-bench` measures `cashReport` against.
    public func bareReportQuery(on day: CalendarDay) throws(GuichetError) -> Int {
        try read { db in try Row.fetchAll(db.cachedStatement(sql: Self.reportSQL), arguments: [day.iso]).count }
    }

    /// The bare queries of the indicators (`indicatorSQL`, `peopleSQL`): what `guichet-bench`
    /// measures `rechargeIndicators` against.
    public func bareIndicatorQueries(from first: CalendarDay, to last: CalendarDay) throws(GuichetError) -> [Int] {
        try read { db in
            let arguments: StatementArguments = [first.iso, last.iso]
            let sums = try Row.fetchOne(db.cachedStatement(sql: Self.indicatorSQL), arguments: arguments)
            let people = try Int.fetchOne(db.cachedStatement(sql: Self.peopleSQL), arguments: arguments) ?? 0
            return [sums?[0] ?? 0, people]
        }
    }
}

/// A bare single-row INSERT in its own transaction on a file of its own, WAL and
/// `synchronous = FULL` like the counter's: what `guichet-bench` measures a sale against.
public final class BareInsertProbe {
    private let connection: DatabaseQueue

    public init(path: String) throws(GuichetError) {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" { try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        connection = try StorageFailure.guarded {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in try db.execute(sql: "CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, at TEXT NOT NULL)") }
            return queue
        }
    }

    public func insert() throws(GuichetError) {
        try StorageFailure.guarded {
            try connection.write { db in
                try db.cachedStatement(sql: "INSERT INTO probe (at) VALUES (?)").execute(arguments: [Timestamp.utcText(Date())])
            }
        }
    }
}
