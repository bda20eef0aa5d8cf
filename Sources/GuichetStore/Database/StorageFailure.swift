internal import GRDB
import GuichetCore

/// Turns whatever a database call threw into the error a user may read.
///
/// A `GuichetError` thrown by a transaction body passes through untouched; a GRDB
/// error keeps only its SQLite code and message, never the statement or its
/// arguments, which could hold personal data.
enum StorageFailure {
    static func guichetError(from error: any Error) -> GuichetError {
        switch error {
        case let error as GuichetError:
            return error
        case let error as DatabaseError:
            let message = error.message.map { ": \($0)" } ?? ""
            return .storage("SQLite \(error.extendedResultCode.rawValue)\(message)")
        default:
            return .storage("unexpected \(type(of: error))")
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
