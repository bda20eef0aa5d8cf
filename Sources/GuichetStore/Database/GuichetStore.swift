import Foundation
import GRDB
import GuichetCore

/// The counter's SQLite database: one WAL pool shared by the whole process,
/// safe to open from several processes of the same host at once.
public final class GuichetStore: Sendable {
    public let path: String
    let pool: DatabasePool
    let clock: any Clock

    /// Opens the database at `path`, creating it (folder 0700, file 0600) when
    /// missing, and brings its schema up to date.
    public init(path: String, clock: any Clock = SystemClock()) throws(GuichetError) {
        self.path = path
        self.clock = clock
        try PrivateFile.prepare(at: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A second counter on the same host may be writing: wait for it rather than fail.
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        pool = try StorageFailure.guarded {
            try OpeningRetry.run { try Self.openMigrated(path: path, configuration: configuration) }
        }
    }

    private static func openMigrated(path: String, configuration: Configuration) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration)
        // Checking first keeps an up-to-date database read-only at start: no
        // write transaction, no fsync, before the first screen is drawn.
        if try !pool.read(Migrations.migrator.hasCompletedMigrations) {
            try Migrations.migrator.migrate(pool)
        }
        return pool
    }

    /// Reads in a snapshot, mapping failures to `GuichetError`.
    func read<T>(_ body: (Database) throws -> T) throws(GuichetError) -> T {
        try StorageFailure.guarded { try pool.read(body) }
    }

    /// Writes in one IMMEDIATE transaction, mapping failures to `GuichetError`.
    /// Only for writes that journal themselves; actions go through `perform`.
    func write<T>(_ body: (Database) throws -> T) throws(GuichetError) -> T {
        try StorageFailure.guarded { try pool.write(body) }
    }
}
