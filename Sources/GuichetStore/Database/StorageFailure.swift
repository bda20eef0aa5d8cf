internal import GRDB
import GuichetCore

/// Turns whatever a database call threw into the error a user may read.
///
/// A `GuichetError` thrown by a transaction body passes through untouched; a GRDB
/// error keeps only its SQLite code and message, never the statement or its
/// arguments, which could hold personal data. A database still locked by another
/// writer when the busy timeout ends (SQLITE_BUSY, SQLITE_LOCKED and their
/// extended codes) says so in words (`StorageText.busy`), not in SQLite's; so do
/// a damaged file (`StorageText.damaged`) and a full disk (`StorageText.diskFull`).
enum StorageFailure {
    static func guichetError(from error: any Error) -> GuichetError {
        switch error {
        case let error as GuichetError:
            return error
        case let error as DatabaseError where isBusy(error):
            return .refused(StorageText.busy)
        case let error as DatabaseError where isDamage(error):
            return .refused(StorageText.damaged.filled("SQLite \(error.extendedResultCode.rawValue)"))
        case let error as DatabaseError where isDiskFull(error):
            return .refused(StorageText.diskFull)
        case let error as DatabaseError:
            let message = error.message.map { ": \($0)" } ?? ""
            return .storage("SQLite \(error.extendedResultCode.rawValue)\(message)")
        default:
            return .storage("unexpected \(type(of: error))")
        }
    }

    /// Another connection holds the lock: SQLITE_BUSY (5, and BUSY_SNAPSHOT, BUSY_RECOVERY…)
    /// or SQLITE_LOCKED (6, a shared-cache or same-connection conflict).
    static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// The file is not what SQLite expects: SQLITE_CORRUPT (11, and CORRUPT_INDEX…) or
    /// SQLITE_NOTADB (26: a page 1 that is not a database header any more).
    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }

    /// A write the system refused for want of room: SQLITE_FULL (13), or the I/O errors of
    /// writing, syncing, truncating and growing the shared memory file, which is what
    /// SQLite returns when `write` fails with EFBIG (`ulimit -f`, SIGXFSZ ignored) or EDQUOT.
    static func isDiskFull(_ error: DatabaseError) -> Bool {
        switch error.extendedResultCode {
        case .SQLITE_FULL, .SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE, .SQLITE_IOERR_SHMSIZE:
            return true
        default:
            return error.resultCode == .SQLITE_FULL
        }
    }

    /// Runs `work`, mapping anything it throws with `guichetError(from:)`.
    static func guarded<T>(_ work: () throws -> T) throws(GuichetError) -> T {
        do {
            return try work()
        } catch {
            throw guichetError(from: error)
        }
    }
}
