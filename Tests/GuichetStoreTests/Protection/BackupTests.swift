import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// Backups and restores (issue 13, items 6 to 8) on real files.
@Suite struct BackupTests {
    static let writerVariable = "GUICHET_BACKUP_WRITER_DB"

    func files(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? 0
    }

    @Test func aBackupIsCheckedNamedPrivateJournaledAndTheLastNKept() throws {
        let f = try ProtectionFixture()
        #expect(try f.store.lastGoodBackup() == nil)
        var steps: [Int] = []
        let first = try f.store.backUp(as: f.chef) { done, _ in steps.append(done) }
        let folder = f.scratch.folder + "/data/sauvegardes"
        #expect(first.path == folder + "/guichet-PAR-2026-11-27-103000.sqlite")
        #expect(try files(folder) == ["guichet-PAR-2026-11-27-103000.sqlite"], "no partial file left")
        #expect(try mode(first.path) == 0o600)
        #expect(steps.last == 1000 && steps == steps.sorted())
        // The copy is a database of its own (no -wal needed), sound, with the same chains.
        let copy = try DatabaseQueue(path: first.path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        #expect(try copy.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "delete")
        #expect(try copy.read { db in try GuichetStore.verify(db) }.isIntact)
        #expect(try f.store.lastGoodBackup() == LastBackup(at: ProtectionFixture.now, fileName: first.fileName))
        try f.store.changeSetting(as: f.chef, .backupsKept, to: "2")
        for _ in 0..<3 {
            f.scratch.clock.advance(seconds: 60)
            _ = try f.store.automaticBackup(as: f.volunteer)
        }
        #expect(try files(folder) == ["guichet-PAR-2026-11-27-103200.sqlite", "guichet-PAR-2026-11-27-103300.sqlite"])
        #expect(try f.scratch.count("journal", where: "action = 'protection.backup'") == 4)
    }

    @Test func aBackupToAFolderThatIsNotThereOrIsAFileIsRefusedAndLeavesNothing() throws {
        let f = try ProtectionFixture()
        #expect(throws: GuichetError.refused(ProtectionStoreText.folderMissing.filled("/nonexistent/cle"))) {
            _ = try f.store.backUp(as: f.chef, to: "/nonexistent/cle")
        }
        FileManager.default.createFile(atPath: f.scratch.folder + "/a-file", contents: Data())
        #expect(throws: GuichetError.self) { _ = try f.store.backUp(as: f.chef, to: f.scratch.folder + "/a-file") }
        #expect(try f.store.lastGoodBackup() == nil)
        #expect(throws: GuichetError.forbidden(.protectData)) { _ = try f.store.backUp(as: f.volunteer) }
    }

    /// The backup screen fills its folder field with the setting's folder: named, it is made
    /// when missing all the same (the first backup of a new site comes from that screen).
    @Test func theSettingsFolderNamedIsMadeWhenMissing() throws {
        let f = try ProtectionFixture()
        let folder = f.store.backupFolder()
        #expect(!FileManager.default.fileExists(atPath: folder))
        let backup = try f.store.backUp(as: f.chef, to: folder)
        #expect(backup.path == folder + "/guichet-PAR-2026-11-27-103000.sqlite")
        #expect(try mode(folder) == 0o700)
        #expect(try mode(backup.path) == 0o600)
    }

    @Test func anEncryptedBackupComesBackWithItsPassphraseOnlyAndNoPlainCopyIsLeft() throws {
        let f = try ProtectionFixture()
        let key = f.scratch.folder + "/cle-usb"
        try FileManager.default.createDirectory(atPath: key, withIntermediateDirectories: true)
        #expect(throws: GuichetError.invalid(ProtectionText.passphraseTooShort.filled(10))) {
            _ = try f.store.backUp(as: f.chef, to: key, passphrase: "court")
        }
        let backup = try f.store.backUp(as: f.chef, to: key, passphrase: "cheval agrafe pile correcte")
        #expect(backup.fileName == "guichet-PAR-2026-11-27-103000.sqlite.chiffre" && backup.encrypted)
        #expect(try files(key) == [backup.fileName])
        #expect(try files(f.scratch.folder + "/data").allSatisfy { !$0.contains("partiel") })
        let bytes = try Data(contentsOf: URL(fileURLWithPath: backup.path))
        #expect(bytes.prefix(16) == Data("GUICHET-CHIFFRE\n".utf8))
        #expect(bytes.range(of: Data("Dupont".utf8)) == nil && bytes.range(of: Data("SQLite format".utf8)) == nil)

        let target = f.scratch.folder + "/ailleurs/guichet.sqlite"
        try FileManager.default.createDirectory(atPath: f.scratch.folder + "/ailleurs", withIntermediateDirectories: true)
        #expect(throws: GuichetError.refused(ProtectionStoreText.wrongPassphrase)) {
            _ = try BackupRestore.restore(backup.path, to: target, passphrase: "cheval agrafe pile fausse", clock: f.scratch.clock)
        }
        #expect(throws: GuichetError.refused(ProtectionStoreText.passphraseNeeded)) {
            _ = try BackupRestore.restore(backup.path, to: target, passphrase: nil, clock: f.scratch.clock)
        }
        #expect(try files(f.scratch.folder + "/ailleurs") == ["guichet.sqlite.verrou"], "nothing but the lock file")
        let result = try BackupRestore.restore(backup.path, to: target, passphrase: "cheval agrafe pile correcte", clock: f.scratch.clock)
        #expect(result.keptAside == nil)
        let restored = try GuichetStore(path: target, creating: .nothing, clock: f.scratch.clock)
        #expect(try restored.beneficiary(id: f.old).beneficiary.lastName == "Dupont-Müller")
        #expect(try restored.verifyLedger().isIntact)
    }

    @Test func aBackupCutShortOrTamperedIsRefusedAndNothingChanges() throws {
        let f = try ProtectionFixture()
        let plain = try f.store.backUp(as: f.chef)
        let key = f.scratch.folder + "/cle"
        try FileManager.default.createDirectory(atPath: key, withIntermediateDirectories: true)
        let encrypted = try f.store.backUp(as: f.chef, to: key, passphrase: "cheval agrafe pile correcte")
        let before = try Data(contentsOf: URL(fileURLWithPath: f.scratch.path))
        for (source, keep) in [(plain.path, 0.5), (encrypted.path, 0.5), (encrypted.path, 0.999)] {
            let data = try Data(contentsOf: URL(fileURLWithPath: source))
            let cut = f.scratch.folder + "/coupee-" + UUID().uuidString + (source.hasSuffix("chiffre") ? ".sqlite.chiffre" : ".sqlite")
            try data.prefix(Int(Double(data.count) * keep)).write(to: URL(fileURLWithPath: cut))
            do {
                _ = try BackupRestore.restore(cut, to: f.scratch.path, passphrase: "cheval agrafe pile correcte", clock: f.scratch.clock)
                Issue.record("a backup cut at \(keep) was restored")
            } catch {
                #expect(error.message(.french).contains("n’a pas été restaurée") || error.message(.french).contains("Rien n’a été"),
                        "\(error.message(.french))")
            }
        }
        // One byte changed in the middle of an encrypted backup.
        var data = try Data(contentsOf: URL(fileURLWithPath: encrypted.path))
        data[data.count / 2] ^= 0x01
        let changed = f.scratch.folder + "/modifiee.sqlite.chiffre"
        try data.write(to: URL(fileURLWithPath: changed))
        #expect(throws: GuichetError.self) {
            _ = try BackupRestore.restore(changed, to: f.scratch.path, passphrase: "cheval agrafe pile correcte", clock: f.scratch.clock)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: f.scratch.path)) == before)
        #expect(try files(f.scratch.folder + "/data").allSatisfy { !$0.contains("restauration") })
    }

    @Test func aBackupFromANewerGuichetIsRefused() throws {
        let f = try ProtectionFixture()
        let backup = try f.store.backUp(as: f.chef)
        try runSQLite(backup.path, "PRAGMA user_version = \(SchemaVersion.current + 1)")
        #expect(throws: GuichetError.refused(ProtectionStoreText.backupNewer.filled(backup.path))) {
            _ = try BackupRestore.restore(backup.path, to: f.scratch.path, passphrase: nil, clock: f.scratch.clock)
        }
        try runSQLite(backup.path, "PRAGMA user_version = \(SchemaVersion.current); INSERT INTO grdb_migrations VALUES ('future.1');")
        #expect(throws: GuichetError.refused(ProtectionStoreText.backupNewer.filled(backup.path))) {
            _ = try BackupRestore.restore(backup.path, to: f.scratch.path, passphrase: nil, clock: f.scratch.clock)
        }
    }

    @Test func aGoodBackupIsRestoredTheCurrentBaseKeptAsideAndTheRestoreJournaled() throws {
        let f = try ProtectionFixture()
        let backup = try f.store.backUp(as: f.chef)
        // Written after the backup: gone once it is restored, but kept in the database put aside.
        _ = try f.store.createBeneficiary(as: f.chef, People.make("Après", "Sauvegarde"), enrolledOn: try f.store.today())
        f.scratch.clock.advance(seconds: 3600)
        let result = try BackupRestore.restore(backup.path, to: f.scratch.path, passphrase: nil, login: "chef", clock: f.scratch.clock)
        #expect(result.backupSchema == SchemaVersion.current)
        let aside = try #require(result.keptAside)
        #expect(aside.hasPrefix(f.scratch.path + ".avant-restauration-"))
        let restored = try GuichetStore(path: f.scratch.path, creating: .nothing, clock: f.scratch.clock)
        #expect(try restored.searchBeneficiaries("sauvegarde").isEmpty)
        #expect(try GuichetStore(path: aside, creating: .nothing).searchBeneficiaries("sauvegarde").count == 1)
        let event = try f.scratch.query { db in try Row.fetchOne(db, sql: "SELECT action, subject, summary, user_login FROM journal ORDER BY id DESC LIMIT 1")! }
        #expect(event["action"] as String == "protection.restore")
        #expect(event["subject"] as String == backup.fileName)
        #expect((event["summary"] as String).hasPrefix("schema=\(SchemaVersion.current) aside=guichet.sqlite.avant-restauration-"))
        #expect(try restored.verifyLedger().isIntact)
        #expect(try mode(f.scratch.path) == 0o600)
    }

    /// A new PC: the default location's folder does not exist yet. A restore there makes it
    /// (0700); to a folder someone named, it is refused as before, nothing made.
    @Test func aRestoreOnANewPCMakesTheDefaultFolder() throws {
        let f = try ProtectionFixture()
        let backup = try f.store.backUp(as: f.chef)
        let named = f.scratch.folder + "/ailleurs/guichet.sqlite"
        #expect(throws: GuichetError.refused(DatabasePathText.folderMissing.filled(f.scratch.folder + "/ailleurs"))) {
            _ = try BackupRestore.restore(backup.path, to: named, passphrase: nil, clock: f.scratch.clock)
        }
        #expect(!FileManager.default.fileExists(atPath: f.scratch.folder + "/ailleurs"))
        let fresh = f.scratch.folder + "/nouveau-pc/.local/share/guichet/guichet.sqlite"
        let result = try BackupRestore.restore(backup.path, to: fresh, passphrase: nil, makingFolder: true, clock: f.scratch.clock)
        #expect(result.keptAside == nil)
        #expect(try mode(f.scratch.folder + "/nouveau-pc/.local/share/guichet") == 0o700)
        #expect(try mode(fresh) == 0o600)
        #expect(try GuichetStore(path: fresh, creating: .nothing).verifyLedger().isIntact)
    }

    /// Two restores in the same second: the database the first put aside is not replaced by the second's.
    @Test func twoRestoresInTheSameSecondKeepBothFormerDatabases() throws {
        let f = try ProtectionFixture()
        let backup = try f.store.backUp(as: f.chef)
        _ = try f.store.createBeneficiary(as: f.chef, People.make("Avant", "Restauration"), enrolledOn: try f.store.today())
        let first = try #require(try BackupRestore.restore(backup.path, to: f.scratch.path, passphrase: nil, clock: f.scratch.clock).keptAside)
        let second = try #require(try BackupRestore.restore(backup.path, to: f.scratch.path, passphrase: nil, clock: f.scratch.clock).keptAside)
        #expect(first != second)
        #expect(try GuichetStore(path: first, creating: .nothing).searchBeneficiaries("restauration").count == 1)
        #expect(try GuichetStore(path: second, creating: .nothing).searchBeneficiaries("restauration").isEmpty)
    }

    @Test func aRestoreIsRefusedWhileACounterHasTheDatabaseOpen() throws {
        let f = try ProtectionFixture()
        let backup = try f.store.backUp(as: f.chef)
        let before = try Data(contentsOf: URL(fileURLWithPath: f.scratch.path))
        var counter = try DatabaseUseLock.shared(database: f.scratch.path)
        #expect(counter != nil)
        #expect(throws: GuichetError.refused(ProtectionStoreText.databaseInUse)) {
            _ = try BackupRestore.restore(backup.path, to: f.scratch.path, passphrase: nil, clock: f.scratch.clock)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: f.scratch.path)) == before)
        // A counter that starts while a restore runs is refused too.
        counter = nil
        let restoring = try DatabaseUseLock.exclusive(database: f.scratch.path)
        #expect(throws: GuichetError.refused(ProtectionStoreText.restoreRunning)) { _ = try DatabaseUseLock.shared(database: f.scratch.path) }
        withExtendedLifetime(restoring) {}
    }

    @Test func aRestoreRunsOnceTheCounterHasQuit() throws {
        let f = try ProtectionFixture()
        let backup = try f.store.backUp(as: f.chef)
        do {
            let counter = try DatabaseUseLock.shared(database: f.scratch.path)
            #expect(counter != nil)
        }
        _ = try BackupRestore.restore(backup.path, to: f.scratch.path, passphrase: nil, clock: f.scratch.clock)
    }

    /// The second process of the next test: this test binary run again with only this test and
    /// the variable set; it records visits as fast as it can until it is killed.
    @Test func writerForTheBackup() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.writerVariable] else { return }
        let store = try GuichetStore(path: path)
        let writer = try store.commandLineActor(login: "benevole")
        let people = try store.searchBeneficiaries("", limit: 50).map(\.id)
        for index in 0..<100_000 {
            try store.recordVisit(as: writer, beneficiaryID: people[index % people.count], reasons: [.information], note: "")
            if index == 20 { FileHandle.standardOutput.write(Data("writing\n".utf8)) }
        }
    }

    @Test func aBackupTakenWhileAnotherProcessWritesIsSoundAndVerifies() throws {
        let f = try ProtectionFixture()
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        child.arguments = ["--testing-library", "swift-testing", "--filter", "writerForTheBackup"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.writerVariable] = f.scratch.path
        child.environment = environment
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()
        defer {
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
        }
        var seen = ""
        while !seen.contains("writing") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        #expect(seen.contains("writing"), "the writer did not start")
        var visits: [Int] = []
        for _ in 0..<3 {
            f.scratch.clock.advance(seconds: 1)
            let backup = try f.store.backUp(as: f.chef)
            let copy = try DatabaseQueue(path: backup.path)
            #expect(try copy.read { db in try GuichetStore.verify(db) }.isIntact)
            visits.append(try copy.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM visits")! })
        }
        #expect(child.isRunning, "the writer was still writing during the backups")
        #expect(visits.last! > 1, "the copies hold the visits written meanwhile: \(visits)")
    }
}
