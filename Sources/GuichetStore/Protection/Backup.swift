import Foundation
internal import GRDB
import GuichetCore

/// A backup made and checked.
public struct BackupResult: Sendable, Equatable {
    /// The backup's file, by its full path.
    public let path: String
    public let bytes: Int64
    public let encrypted: Bool
    /// Older backups of the site removed from the folder so that the last N remain.
    public let removed: [String]

    public var fileName: String { (path as NSString).lastPathComponent }
}

/// The last backup that was checked and kept, as the journal recorded it.
public struct LastBackup: Sendable, Equatable {
    public let at: Date
    public let fileName: String
}

extension GuichetStore {
    /// A backup to `folder` (the setting's folder when nil), encrypted with `passphrase`
    /// when given (supervisors). See `makeBackup`.
    public func backUp(as actor: Actor, to folder: String? = nil, passphrase: String? = nil,
                       progress: ((Int, Int) -> Void)? = nil) throws(GuichetError) -> BackupResult {
        try actor.require(.protectData)
        if let passphrase { try BackupPassphrase.validate(passphrase) }
        return try makeBackup(as: actor, to: folder, passphrase: passphrase, progress: progress)
    }

    /// The automatic backup (after a cash closing, when a supervisor quits): to the setting's
    /// folder, not encrypted, whoever's action it follows.
    public func automaticBackup(as actor: Actor, progress: ((Int, Int) -> Void)? = nil) throws(GuichetError) -> BackupResult {
        try makeBackup(as: actor, to: nil, passphrase: nil, progress: progress)
    }

    /// SQLite's online backup of the database as it is now (other counters go on writing:
    /// the copy reads one snapshot) into a hidden file of the destination, or of the
    /// database's folder when it is to be encrypted (no plain copy on a USB key); then the
    /// copy is checked — `PRAGMA integrity_check` and `verify`'s chains — before it gets
    /// its name (`BackupName`) by a rename in its folder. A failure removes what was
    /// written: no file ever looks like a backup that is not whole and checked. The oldest
    /// backups of the site beyond the setting's number are removed; journaled
    /// `protection.backup`. `progress(done, total)` in thousandths.
    private func makeBackup(as actor: Actor, to folder: String?, passphrase: String?,
                            progress: ((Int, Int) -> Void)?) throws(GuichetError) -> BackupResult {
        let settings = protectionSettings()
        let setting = backupFolder()
        let destination = folder ?? setting
        if !BackupFiles.isFolder(destination) {
            // The setting's folder is Guichet's own: made when missing, even when named (the
            // backup screen shows it in its field). Another folder asked for must exist.
            guard destination == setting, !BackupFiles.exists(destination) else {
                throw .refused(ProtectionStoreText.folderMissing.filled(destination))
            }
            try BackupFiles.makeFolder(destination)
        }
        let site = try site()
        var instant = clock.now()
        var name = BackupName(site: site.code, at: instant, in: site.timeZone, encrypted: passphrase != nil)
        while BackupFiles.exists(destination + "/" + name.fileName) {
            instant = instant.addingTimeInterval(1)
            name = BackupName(site: site.code, at: instant, in: site.timeZone, encrypted: passphrase != nil)
        }
        let target = destination + "/" + name.fileName
        let databaseFolder = BackupFiles.folder(of: absolutePath)
        let plain = BackupFiles.temporary(in: passphrase == nil ? destination : databaseFolder, "sauvegarde")
        let partial = BackupFiles.temporary(in: destination, "sauvegarde")
        defer {
            BackupFiles.remove(plain)
            BackupFiles.remove(partial)
        }
        try copyChecked(to: plain, progress: progress.map { report in { report($0 * 8 / 10, 1000) } })
        if let passphrase {
            try BackupCipher.encrypt(plain, to: partial, passphrase: passphrase) { done, total in
                progress?(800 + Int(done * 200 / max(total, 1)), 1000)
            }
            try BackupFiles.rename(partial, to: target)
        } else {
            try BackupFiles.rename(plain, to: target)
        }
        progress?(1000, 1000)
        var status = stat()
        let bytes = stat(target, &status) == 0 ? Int64(status.st_size) : 0
        let removed = pruneBackups(in: destination, site: site.code, keep: settings.backupsKept)
        try perform(as: actor, action: ProtectionAction.backedUp, subject: name.fileName,
                    summary: "bytes=\(bytes) encrypted=\(passphrase == nil ? 0 : 1) removed=\(removed.count)") { _ in }
        return BackupResult(path: target, bytes: bytes, encrypted: passphrase != nil, removed: removed)
    }

    /// The database's path, absolute.
    var absolutePath: String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// The online backup into the new private file `copy`, then its checks; `progress` in thousandths of the copy.
    private func copyChecked(to copy: String, progress: ((Int) -> Void)?) throws(GuichetError) {
        // Created private first: SQLite then opens a file that already has mode 0600.
        let descriptor = try BackupFiles.create(copy)
        close(descriptor)
        do {
            let target = try DatabaseQueue(path: copy)
            try connection.backup(to: target, pagesPerStep: 256) { step in
                progress?(step.totalPageCount == 0 ? 500 : step.completedPageCount * 500 / step.totalPageCount)
            }
            // A file of its own: no -wal beside it to carry along.
            try target.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try target.close()
        } catch {
            throw BackupChecks.mapped(error, path: copy)
        }
        try BackupFiles.sync(copy)
        try BackupChecks.check(copy, named: copy, damaged: ProtectionStoreText.copyDamaged) { done, total in
            progress?(500 + done * 500 / max(total, 1))
        }
    }

    /// Removes the oldest backups of `site` in `folder` beyond `keep`; the names removed.
    private func pruneBackups(in folder: String, site: SiteCode, keep: Int) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { BackupName(fileName: $0)?.site == site.value }
        let surplus = BackupPolicy.surplus(names, keep: keep)
        for name in surplus { unlink(folder + "/" + name) }
        return surplus
    }

    /// The last backup made and checked, from the journal; nil when there was none.
    public func lastGoodBackup() throws(GuichetError) -> LastBackup? {
        let row = try read { db in
            try Row.fetchOne(db, sql: "SELECT at, subject FROM journal WHERE action = ? ORDER BY id DESC LIMIT 1",
                             arguments: [ProtectionAction.backedUp.rawValue])
        }
        guard let row, let at = StoredTime.parse(row[0]) else { return nil }
        return LastBackup(at: at, fileName: row[1] ?? "")
    }
}

/// The checks a backup's copy passes before it is kept, and a restore's before it is used.
enum BackupChecks {
    /// SQLite's `integrity_check`, a Guichet database not newer than this program, set up,
    /// and `verify`'s chains, on a read-only connection. The messages call the file `named`
    /// (a restore checks its hidden copy of the backup) and say it with `damaged`.
    @discardableResult
    static func check(_ path: String, named: String, damaged: Phrase, progress: ((Int, Int) -> Void)? = nil) throws(GuichetError)
        -> SchemaVersion {
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db throws -> SchemaVersion in
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                guard integrity == ["ok"] else {
                    throw GuichetError.refused(damaged.filled(named, integrity.prefix(2).joined(separator: " ; ")))
                }
                let version = try SchemaVersion(db)
                try version.refuseForeignOrNewer(path: named)
                guard version.hasMigrationTable,
                      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'site')") == true,
                      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM site)") == true else {
                    throw GuichetError.refused(ProtectionStoreText.notABackup.filled(named))
                }
                let report = try GuichetStore.verify(db, progress: progress)
                if let first = report.problems.first { throw GuichetError.refused(ProtectionStoreText.chainBroken.filled(named, first)) }
                return version
            }
        } catch {
            throw mapped(error, path: named, damaged: damaged)
        }
    }

    /// An error of SQLite on a backup's file in words: a full disk, a damaged file, else as `StorageFailure` says.
    static func mapped(_ error: any Error, path: String, damaged: Phrase = ProtectionStoreText.copyDamaged) -> GuichetError {
        if let error = error as? GuichetError { return error }
        if let error = error as? DatabaseError {
            if StorageFailure.isDiskFull(error) { return .refused(ProtectionStoreText.destinationFull.filled(BackupFiles.folder(of: path))) }
            if StorageFailure.isDamage(error) { return .refused(damaged.filled(path, "SQLite \(error.extendedResultCode.rawValue)")) }
            if error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_PERM {
                return .refused(ProtectionStoreText.cannotWrite.filled(BackupFiles.folder(of: path), "SQLite \(error.extendedResultCode.rawValue)"))
            }
        }
        return StorageFailure.guichetError(from: error)
    }
}
