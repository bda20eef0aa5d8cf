import Foundation
internal import GRDB
import GuichetCore

/// The counter's SQLite database: one serialized connection in WAL mode,
/// safe to open from several processes of the same host at once.
///
/// One connection, not a `DatabasePool`: the counter is single-threaded, so a
/// pool's extra reader connections buy nothing, while opening one cost a third
/// of the time to the first screen (GRDB's pool also writes to the file at
/// every start to create its WAL file, and sets `synchronous` back to NORMAL on
/// its writer). Other processes still read while this one writes: that is
/// WAL's doing, not the pool's.
public final class GuichetStore: Sendable {
    public let path: String
    let connection: DatabaseQueue
    let clock: any Clock
    /// The name words the closest-files search compares, kept between keystrokes.
    let nameWords = NameWordCache()
    let integrity = IntegrityGate()
    let lockWait: LockWait

    /// Opens the database at `path`, creating what `creating` allows when it is
    /// missing (folder 0700, file 0600), and brings its schema up to date. A file
    /// that is not a Guichet database, or comes from a newer Guichet, is refused
    /// before anything is written to it (`SchemaVersion`).
    public init(path: String, creating: DatabaseCreation = .fileAndFolder, clock: any Clock = SystemClock()) throws(GuichetError) {
        self.path = path
        self.clock = clock
        try PrivateFile.prepare(at: path, creating: creating)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another program (an import, a second counter) may be writing: wait for it
        // rather than fail, 5 s at most, and say so after 0.3 s (`onLongWait`).
        let lockWait = LockWait()
        self.lockWait = lockWait
        configuration.busyMode = .callback { tries in lockWait.shouldRetry(tries: tries) }
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        connection = try StorageFailure.guarded {
            try OpeningRetry.run { try Self.openMigrated(path: path, configuration: configuration) }
        }
    }

    private static func openMigrated(path: String, configuration: Configuration) throws -> DatabaseQueue {
        let connection = try DatabaseQueue(path: path, configuration: configuration)
        // Checking first keeps an up-to-date database read-only at start: no
        // write transaction, no fsync, before the first screen is drawn.
        // A failed check (another counter creating the same new file right now) just means "migrate".
        let version = try? connection.inDatabase { db in try SchemaVersion(db) }
        try version?.refuseForeignOrNewer(path: path)
        // After the check, so that a file refused is left as it was. journal_mode is
        // stored in the file: this only writes on a new database.
        try connection.inDatabase { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
        }
        if version?.isUpToDate != true {
            try Migrations.migrator.migrate(connection)
            try connection.writeWithoutTransaction(SchemaVersion.stamp)
        }
        return connection
    }

    /// Reads in a snapshot, mapping failures to `GuichetError`.
    func read<T>(_ body: (Database) throws -> T) throws(GuichetError) -> T {
        try StorageFailure.guarded { try connection.read(body) }
    }

    /// Reads like `read`, in one deferred transaction, but without GRDB's read-only
    /// mode: entering and leaving it runs `PRAGMA query_only`, which expires every
    /// prepared statement of the connection, so the cached statements of instant
    /// search were compiled again at each keystroke. Only for bodies that just SELECT.
    func readKeepingStatements<T>(_ body: (Database) throws -> T) throws(GuichetError) -> T {
        try StorageFailure.guarded {
            try connection.unsafeRead { db in
                if db.isInsideTransaction { return try body(db) }
                // BEGIN and COMMIT from cached statements: `inTransaction` compiles both
                // again at every call, which showed in every keystroke's search.
                try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()
                do {
                    let result = try body(db)
                    try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                    return result
                } catch {
                    if db.isInsideTransaction { try? db.cachedStatement(sql: "ROLLBACK TRANSACTION").execute() }
                    throw error
                }
            }
        }
    }

    /// Writes in one IMMEDIATE transaction, mapping failures to `GuichetError`.
    /// Only for writes that journal themselves; actions go through `perform`.
    /// Refused when the file is known to be damaged (`IntegrityGate`).
    func write<T>(_ body: (Database) throws -> T) throws(GuichetError) -> T {
        try integrity.ensure { () throws(GuichetError) in try integrityProblems(quick: true) }
        return try StorageFailure.guarded { try connection.write(body) }
    }
}

extension GuichetStore {
    /// SQLite's own check of the file: the problems it finds, none when the file is sound.
    /// `quick` runs `quick_check` (no index content check: fast enough before every write command).
    public func integrityProblems(quick: Bool = false) throws(GuichetError) -> [String] {
        let rows = try read { db in try String.fetchAll(db, sql: quick ? "PRAGMA quick_check" : "PRAGMA integrity_check") }
        return rows == ["ok"] ? [] : rows
    }

    /// `hook` is called when a write has waited 0.3 s for another program's lock
    /// (an import), once per wait, on the thread that is writing and before the
    /// write returns; the counter can draw `StorageText.waitingForLock` in it.
    /// nil removes it. The write itself still waits up to 5 s, then fails with
    /// `StorageText.busy`.
    public func onLongWait(_ hook: (() -> Void)?) {
        lockWait.setHook(hook)
    }

    /// Runs `quick_check` now and refuses a damaged file (`StorageText.damaged`); once
    /// known, every later write is refused too. The commands that write call it first.
    public func checkNotDamaged() throws(GuichetError) {
        try integrity.checkNow { () throws(GuichetError) in try integrityProblems(quick: true) }
    }

    /// `quick_check` runs before the first write rather than now (the counter: too slow
    /// before the first screen on a large file, see `IntegrityGate`).
    public func checkBeforeFirstWrite() {
        integrity.requireCheck()
    }

    /// `quick_check` on a thread of its own and a read-only connection, started now
    /// (the counter, while its login screen waits); the first write waits for its outcome.
    public func checkInBackground() {
        let path = self.path
        integrity.startInBackground { () throws(GuichetError) -> [String] in
            try StorageFailure.guarded {
                var configuration = Configuration()
                configuration.readonly = true
                let reader = try DatabaseQueue(path: path, configuration: configuration)
                return try reader.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }.filter { $0 != "ok" }
            }
        }
    }
}
