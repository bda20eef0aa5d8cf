internal import GRDB
import GuichetCore

/// Turns whatever a database call threw into the error a user may read.
///
/// A `GuichetError` thrown by a transaction body passes through untouched; a GRDB
/// error keeps only its SQLite code and message, never the statement or its
/// arguments, which could hold personal data. A database still locked by another
/// writer when the busy timeout ends (SQLITE_BUSY, SQLITE_LOCKED and their
/// extended codes) says so in words (`StorageText.busy`), not in SQLite's.
enum StorageFailure {
    static func guichetError(from error: any Error) -> GuichetError {
        switch error {
        case let error as GuichetError:
            return error
        case let error as DatabaseError where isBusy(error):
            return .refused(StorageText.busy)
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

    /// Runs `work`, mapping anything it throws with `guichetError(from:)`.
    static func guarded<T>(_ work: () throws -> T) throws(GuichetError) -> T {
        do {
            return try work()
        } catch {
            throw guichetError(from: error)
        }
    }
}

/// Messages of the storage layer.
public enum StorageText {
    /// The database stayed locked by another writer (a long import, another counter) beyond the wait.
    public static let busy = Phrase(
        fr: "Une autre opération (un import ?) occupe la base de données : patientez quelques secondes, puis recommencez. Rien n’a été enregistré.",
        en: "Another operation (an import?) is keeping the database busy: wait a few seconds, then try again. Nothing was saved.")
}
