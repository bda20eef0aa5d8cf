import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// Issue 7, items 16 and 18: a damaged file is refused before writing, with what
/// to do; SQLite's corruption and disk-full codes are said in words.
@Suite struct DamagedFileTests {
    /// A set-up file with 300 demo files, checkpointed, then 8 KiB of garbage over
    /// the first pages of the beneficiaries' B-tree.
    func damagedFile() throws -> (Scratch, Actor) {
        let scratch = Scratch()
        let chef = try {
            let (store, chef) = try scratch.openSetUp()
            _ = try store.generateDemoData(as: chef, count: 300, seed: 3)
            return chef
        }()
        let queue = try DatabaseQueue(path: scratch.path)
        let (root, pageSize) = try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            return (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'beneficiaries'")!,
                    try Int.fetchOne(db, sql: "PRAGMA page_size")!)
        }
        try queue.close()
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
        let handle = try #require(FileHandle(forUpdatingAtPath: scratch.path))
        try handle.seek(toOffset: UInt64((root - 1) * pageSize))
        try handle.write(contentsOf: garbage)
        try handle.close()
        return (scratch, chef)
    }

    static func isDamage(_ error: GuichetError) -> Bool {
        guard case .refused(let phrase) = error else { return false }
        return phrase.french.hasPrefix("La base est endommagée (")
            && phrase.french.hasSuffix("arrêtez la saisie et restaurez la dernière sauvegarde (README, « Restaurer »). Rien n’a été enregistré.")
    }

    @Test func aWritingCommandsCheckRefusesTheFileAndEveryLaterWrite() throws {
        let (scratch, chef) = try damagedFile()
        let store = try scratch.open()
        let journal = try scratch.count("journal")
        let refusal = try #require(throwing(try store.checkNotDamaged()))
        #expect(Self.isDamage(refusal))
        let write = try #require(throwing(try store.logout(chef)))
        #expect(write == refusal)
        #expect(try scratch.count("journal") == journal)
    }

    @Test func theCounterChecksBeforeItsFirstWriteTheLogin() throws {
        let (scratch, _) = try damagedFile()
        let store = try scratch.open()
        store.checkBeforeFirstWrite()
        let journal = try scratch.count("journal")
        let refusal = try #require(throwing(_ = try store.authenticate(login: "chef", password: Scratch.password)))
        #expect(Self.isDamage(refusal))
        #expect(try scratch.count("journal") == journal)
    }

    /// The counter: the check runs on its own thread while the login screen waits;
    /// the login (the first write) waits for its outcome and is refused on a damaged file.
    @Test func theCounterChecksInTheBackgroundAndItsFirstWriteWaitsForIt() throws {
        let (scratch, _) = try damagedFile()
        let store = try scratch.open()
        store.checkInBackground()
        let journal = try scratch.count("journal")
        let refusal = try #require(throwing(_ = try store.authenticate(login: "chef", password: Scratch.password)))
        #expect(Self.isDamage(refusal))
        #expect(try scratch.count("journal") == journal)

        let sound = Scratch()
        let (soundStore, chef) = try sound.openSetUp()
        soundStore.checkInBackground()
        try soundStore.logout(chef)
        #expect(try sound.actions().last == "auth.logout")
    }

    @Test func aSoundFileIsCheckedOnceAndWritten() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        store.checkBeforeFirstWrite()
        try store.logout(chef)
        try store.checkNotDamaged()
        try store.logout(chef)
        #expect(try scratch.actions().suffix(2) == ["auth.logout", "auth.logout"])
    }

    @Test func readingADamagedPageSaysSoInWords() throws {
        let (scratch, _) = try damagedFile()
        let store = try scratch.open()
        let refusal = try #require(throwing(_ = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT sum(length(last_name)) FROM beneficiaries")
        }))
        #expect(Self.isDamage(refusal))
        #expect(refusal.message(.french).contains("(SQLite 11)"))
    }

    @Test func sqliteCodesOfDamageAndOfAFullDiskAreSaidInWords() {
        for code in [ResultCode.SQLITE_CORRUPT, .SQLITE_CORRUPT_INDEX, .SQLITE_NOTADB] {
            #expect(Self.isDamage(StorageFailure.guichetError(from: DatabaseError(resultCode: code))))
        }
        for code in [ResultCode.SQLITE_FULL, .SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE] {
            #expect(StorageFailure.guichetError(from: DatabaseError(resultCode: code)) == .refused(StorageText.diskFull))
        }
        #expect(StorageText.diskFull.french == "Le disque est plein (ou la taille de fichier permise est atteinte) : "
            + "libérez de la place puis recommencez. Rien n’a été enregistré.")
        let other = StorageFailure.guichetError(from: DatabaseError(resultCode: .SQLITE_IOERR_READ))
        #expect(other != .refused(StorageText.diskFull))
    }
}

/// The error `work` throws, nil when it throws none.
func throwing(_ work: @autoclosure () throws(GuichetError) -> Void) -> GuichetError? {
    do {
        try work()
        return nil
    } catch {
        return error
    }
}
