import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// The purge of old connection events (issue 13, item 5): the only deletion in the journal,
/// after which `verify` is still clean.
@Suite struct LogPurgeTests {
    /// Logins and locks in June 2024, other events between them, and again today.
    static func journalOfTwoYears() throws -> (Scratch, GuichetStore, Actor) {
        let scratch = Scratch(at: ProtectionFixture.then)
        let (store, chef) = try scratch.openSetUp()
        for round in 0..<3 {
            let signedIn = try store.authenticate(login: "chef", password: Scratch.password)
            _ = try store.createBeneficiary(as: signedIn, People.make("Personne", "Léa" + String(repeating: "a", count: round + 1)),
                                            enrolledOn: try store.today())
            try store.recordSessionLock(signedIn)
            try store.logout(signedIn)
            _ = try? store.authenticate(login: "chef", password: "wrong password")
            scratch.clock.advance(seconds: 3600)
        }
        scratch.clock.advance(seconds: ProtectionFixture.now.timeIntervalSince(scratch.clock.now()))
        _ = try store.authenticate(login: "chef", password: Scratch.password)
        return (scratch, store, chef)
    }

    @Test func oldConnectionEventsGoAndTheChainStillVerifies() throws {
        let (scratch, store, chef) = try Self.journalOfTwoYears()
        let before = try scratch.count("journal")
        let due = try store.connectionLogsToPurge(as: chef)
        #expect(due.removed == 12 && due.before == CalendarDay(year: 2025, month: 11, day: 27))
        let purge = try store.purgeConnectionLogs(as: chef)
        #expect(purge.removed == 12)
        #expect(try scratch.count("journal") == before - 12 + 1)
        #expect(try scratch.count("journal", where: "action IN ('auth.login', 'auth.login_failed', 'auth.logout', 'auth.lock')") == 1,
                "today's login stays")
        #expect(try scratch.count("journal", where: "action = 'beneficiary.create'") == 3, "nothing else goes")
        #expect(try scratch.count("journal_anchors") == 4, "one anchor per run of consecutive events removed")
        let report = try store.verifyLedger()
        #expect(report.isIntact, "\(report.problems)")
        #expect(try store.verifyLedger(lastEntries: 5).isIntact)
        let event = try scratch.query { db in try Row.fetchOne(db, sql: "SELECT summary FROM journal ORDER BY id DESC LIMIT 1")! }
        #expect(event[0] as String == "before=2025-11-27 removed=12 runs=4")
        #expect(throws: GuichetError.refused(ProtectionStoreText.nothingToPurge)) { try store.purgeConnectionLogs(as: chef) }

        // A year later, a second purge takes today's login too, next to the gaps of the first: still clean.
        scratch.clock.advance(seconds: 400 * 86_400)
        _ = try store.authenticate(login: "chef", password: Scratch.password)
        #expect(try store.purgeConnectionLogs(as: chef).removed == 1)
        let again = try store.verifyLedger()
        #expect(again.isIntact, "\(again.problems)")
    }

    @Test func theTriggerStillRefusesEveryOtherDeletionAndEveryUpdate() throws {
        let (scratch, store, chef) = try Self.journalOfTwoYears()
        try store.purgeConnectionLogs(as: chef)
        let queue = try DatabaseQueue(path: scratch.path)
        for statement in ["DELETE FROM journal WHERE action = 'beneficiary.create'", "DELETE FROM journal WHERE action = 'auth.login'",
                          "UPDATE journal SET summary = 'forged' WHERE id = 1", "DELETE FROM journal_anchors",
                          "UPDATE journal_anchors SET last_hash = previous_hash",
                          "INSERT INTO journal_anchors VALUES (999, 999, '\(ChainEncoding.origin)', '\(ChainEncoding.origin)', 1)"] {
            do {
                try queue.write { db in try db.execute(sql: statement) }
                Issue.record("\(statement) was accepted")
            } catch let error as DatabaseError {
                #expect(error.message?.contains("append-only") == true || error.message?.contains("purge only") == true, "\(statement)")
            }
        }
        // Even a connection event goes only with a purge's permit, never the journal's last one.
        try queue.write { db in try db.execute(sql: "INSERT INTO journal_purge_permit VALUES (1, '9999')") }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "DELETE FROM journal WHERE id = (SELECT max(id) FROM journal)") }
        }
    }

    @Test func anEventRemovedOutsideAPurgeShowsInVerify() throws {
        let (scratch, store, chef) = try Self.journalOfTwoYears()
        try store.purgeConnectionLogs(as: chef)
        try runSQLite(scratch.path, """
            DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE id = (SELECT min(id) FROM journal WHERE action = 'beneficiary.create');
            """)
        let report = try store.verifyLedger()
        #expect(!report.isIntact)
        #expect(report.problems.first?.french.contains("manquants, et aucune purge") == true, "\(report.problems)")
    }

    @Test func aPurgeThatLiesAboutItsCountShowsInVerify() throws {
        let (scratch, store, chef) = try Self.journalOfTwoYears()
        try store.purgeConnectionLogs(as: chef)
        try runSQLite(scratch.path, "DROP TRIGGER journal_anchors_no_delete; DELETE FROM journal_anchors WHERE first_id = (SELECT max(first_id) FROM journal_anchors);")
        #expect(!(try store.verifyLedger().isIntact))
    }

    @Test func theRetentionOfConnectionLogsIsASettingOf6To12Months() throws {
        let (_, store, chef) = try Self.journalOfTwoYears()
        #expect(throws: GuichetError.invalid(ProtectionText.logMonthsExpected.filled(6, 12))) {
            try store.changeSetting(as: chef, .connectionLogMonths, to: "24")
        }
        try store.changeSetting(as: chef, .connectionLogMonths, to: "6")
        #expect(try store.connectionLogsToPurge(as: chef).before == CalendarDay(year: 2026, month: 5, day: 27))
    }
}
