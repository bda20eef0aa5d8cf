import Foundation
internal import GRDB

/// Two counters starting at once on a new file race to switch it to WAL and to
/// migrate it. SQLite answers some of these steps with SQLITE_BUSY without
/// calling the busy handler, and GRDB reads the applied migrations before it
/// locks the file, so the loser of the race starts over: by then the winner's
/// work is visible and there is nothing left to do.
enum OpeningRetry {
    static let attempts = 20

    static func run<T>(_ open: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try open()
            } catch let error as DatabaseError where attempt < attempts && isRace(error) {
                attempt += 1
                usleep(UInt32.random(in: 20_000...80_000))
            }
        }
    }

    private static func isRace(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return true
        case .SQLITE_ERROR:
            // The other counter committed a migration first: « table … already exists »,
            // « no such view » (a view it dropped), « duplicate column name » (a column it added).
            let message = error.message ?? ""
            return message.contains("already exists") || message.contains("no such") || message.contains("duplicate column")
        case .SQLITE_CONSTRAINT:
            // A migration without DDL (a step in code) recorded by the other counter first.
            return error.message?.contains("grdb_migrations") == true
        default:
            return false
        }
    }
}
