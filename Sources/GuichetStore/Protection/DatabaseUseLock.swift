import Foundation
import GuichetCore
#if canImport(Glibc)
import Glibc
#endif

/// Who has the database open, told by a lock file beside it (`guichet.sqlite.verrou`).
///
/// Every counter, and every command, holds a shared `flock` on it for as long as it
/// runs; a restore takes it exclusive, so it refuses while anyone holds it, and anyone
/// starting meanwhile is refused. A lock file rather than SQLite's own locks: SQLite
/// holds no lock on an idle connection (a counter waiting for a key holds none), and
/// locking the database file itself would mix `flock` with the POSIX locks SQLite takes,
/// which any `close` of another descriptor of the file drops. `flock` is released by
/// the system when a process ends, even killed: no stale lock to clear by hand.
public final class DatabaseUseLock: @unchecked Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    public static func path(forDatabase database: String) -> String { database + ".verrou" }

    /// The shared lock of a counter or a command. Nil when the lock file cannot be made
    /// (a folder that is not ours): nothing is refused then. Refused while a restore runs.
    public static func shared(database: String) throws(GuichetError) -> DatabaseUseLock? {
        guard let descriptor = openLockFile(database) else { return nil }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else {
            close(descriptor)
            throw .refused(ProtectionStoreText.restoreRunning)
        }
        return DatabaseUseLock(descriptor: descriptor)
    }

    /// The exclusive lock of a restore; refused while a counter or a command has the database open.
    static func exclusive(database: String) throws(GuichetError) -> DatabaseUseLock {
        guard let descriptor = openLockFile(database) else {
            throw .refused(ProtectionStoreText.cannotWrite.filled(BackupFiles.folder(of: database), SystemErrorText.reason(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .refused(ProtectionStoreText.databaseInUse)
        }
        return DatabaseUseLock(descriptor: descriptor)
    }

    private static func openLockFile(_ database: String) -> Int32? {
        let descriptor = open(path(forDatabase: database), O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        return descriptor >= 0 ? descriptor : nil
    }
}
