import Foundation
internal import GRDB
import GuichetCore

/// What a restore did.
public struct RestoreResult: Sendable, Equatable {
    /// Where the database that was in place went (with its `-wal` and `-shm`), nil when there was none.
    public let keptAside: String?
    /// The number of migrations the backup had (`PRAGMA user_version`); the restored file is brought up to date.
    public let backupSchema: Int
}

/// Putting a backup in the database's place. It works without opening the database in
/// place, which may be damaged or missing (a new PC).
public enum BackupRestore {
    /// Whether `file` is an encrypted backup (its passphrase is then needed).
    public static func isEncrypted(_ file: String) -> Bool { BackupCipher.isEncrypted(file) }

    /// Restores `backup` at `database`:
    /// 1. refuses while a counter or a command has the database open (`DatabaseUseLock`),
    ///    and keeps everyone out until it is done;
    /// 2. copies (or decrypts) the backup into a hidden private file beside the database,
    ///    and checks that copy: `integrity_check`, a Guichet database that is set up, not
    ///    from a newer Guichet, whose chains `verify` finds intact — nothing is changed
    ///    when a check fails;
    /// 3. moves the database in place, with its `-wal` and `-shm`, aside
    ///    (`guichet.sqlite.avant-restauration-2026-11-27-103000`), then renames the copy
    ///    into its place;
    /// 4. opens it (an older backup is migrated) and journals `protection.restore` in it, as
    ///    `login` (else its first supervisor). `progress(done, total)` in thousandths.
    ///
    /// `makingFolder`: the database is at the default location, Guichet's own, whose folder
    /// is made (0700) when missing — a new PC; a folder someone named must exist.
    public static func restore(_ backup: String, to database: String, passphrase: String?, login: String? = nil,
                               makingFolder: Bool = false, clock: any Clock = SystemClock(),
                               progress: ((Int, Int) -> Void)? = nil) throws(GuichetError) -> RestoreResult {
        let database = database.hasPrefix("/") ? database : FileManager.default.currentDirectoryPath + "/" + database
        let folder = BackupFiles.folder(of: database)
        guard BackupFiles.exists(backup), !BackupFiles.isFolder(backup) else {
            throw .refused(ProtectionStoreText.cannotRead.filled(backup, SystemErrorText.reason(ENOENT)))
        }
        if makingFolder && !BackupFiles.exists(folder) { try BackupFiles.makeFolder(folder) }
        guard BackupFiles.isFolder(folder) else { throw .refused(DatabasePathText.folderMissing.filled(folder)) }
        let lock = try DatabaseUseLock.exclusive(database: database)
        defer { withExtendedLifetime(lock) {} }
        let copy = BackupFiles.temporary(in: folder, "restauration")
        defer { BackupFiles.remove(copy) }
        if BackupCipher.isEncrypted(backup) {
            guard let passphrase, !passphrase.isEmpty else { throw .refused(ProtectionStoreText.passphraseNeeded) }
            try BackupCipher.decrypt(backup, to: copy, passphrase: passphrase) { done, total in progress?(Int(done * 300 / max(total, 1)), 1000) }
        } else {
            guard BackupFiles.head(backup, count: PrivateFile.header.count) == PrivateFile.header else {
                throw .refused(ProtectionStoreText.notABackup.filled(backup))
            }
            try BackupFiles.copy(backup, to: copy) { done, total in progress?(Int(done * 300 / max(total, 1)), 1000) }
        }
        let version: SchemaVersion
        do throws(GuichetError) {
            version = try BackupChecks.check(copy, named: backup, damaged: ProtectionStoreText.backupDamaged) { done, total in
                progress?(300 + done * 600 / max(total, 1), 1000)
            }
        } catch .refused(let phrase) where phrase == StorageText.newerVersion {
            throw .refused(ProtectionStoreText.backupNewer.filled(backup))
        }
        var aside: String?
        if BackupFiles.exists(database) {
            // A second restore within the same second must not replace the database the first put aside.
            var instant = clock.now()
            var name = database + ".avant-restauration-" + BackupName.stamp(instant, in: TimeZone.current)
            while ["", "-wal", "-shm"].contains(where: { BackupFiles.exists(name + $0) }) {
                instant = instant.addingTimeInterval(1)
                name = database + ".avant-restauration-" + BackupName.stamp(instant, in: TimeZone.current)
            }
            for suffix in ["", "-wal", "-shm"] where BackupFiles.exists(database + suffix) {
                try BackupFiles.rename(database + suffix, to: name + suffix)
            }
            aside = name
        }
        try BackupFiles.rename(copy, to: database)
        let store = try GuichetStore(path: database, creating: .nothing, clock: clock)
        let actor = try store.commandLineActor(login: login)
        try store.perform(as: actor, action: ProtectionAction.restored, subject: (backup as NSString).lastPathComponent,
                          summary: "schema=\(version.userVersion) aside=\(aside.map { ($0 as NSString).lastPathComponent } ?? "none")") { _ in }
        progress?(1000, 1000)
        return RestoreResult(keptAside: aside, backupSchema: version.userVersion)
    }
}
