import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct PerformTests {
    struct Boom: Error {}

    @Test func aBodyThatThrowsLeavesNeitherItsWriteNorItsJournalEvent() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        #expect(throws: GuichetError.storage("unexpected Boom")) {
            try store.perform(as: chef, action: TestAction.action, subject: "x", summary: "") { db in
                try db.execute(sql: "INSERT INTO settings (key, value, changed_at) VALUES ('theme', 'dark', 'now')")
                throw Boom()
            }
        }
        #expect(throws: GuichetError.invalid(CoreText.themeExpected)) {
            try store.perform(as: chef, action: AccountAction.settingChanged, subject: "theme", summary: "dark") { db in
                try db.execute(sql: "INSERT INTO settings (key, value, changed_at) VALUES ('theme', 'dark', 'now')")
                throw GuichetError.invalid(CoreText.themeExpected)
            }
        }
        #expect(try scratch.count("settings") == 0)
        #expect(try scratch.count("journal") == 2)
    }

    @Test func aBodyThatSucceedsIsJournaledWithItsCodeAndReturnsItsValue() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let value = try store.perform(as: chef, action: BeneficiaryAction.created, subject: "PAR-2026-00001",
                                      summary: "housing=street") { db in
            try Int.fetchOne(db, sql: "SELECT 41 + 1")!
        }
        #expect(value == 42)
        let traced: String = try store.perform(as: chef, action: BeneficiaryAction.visitRecorded) { _ in
            Traced("done", subject: "PAR-2026-00002", summary: "reasons=info")
        }
        #expect(traced == "done")
        let rows = try scratch.query { db in
            try Row.fetchAll(db, sql: "SELECT action, subject, summary, user_login FROM journal WHERE id > 2 ORDER BY id")
        }
        #expect(rows.map { $0["action"] as String } == ["beneficiary.create", "visit.record"])
        #expect(rows.map { $0["subject"] as String? } == ["PAR-2026-00001", "PAR-2026-00002"])
        #expect(rows.allSatisfy { $0["user_login"] as String? == "chef" })
    }

    @Test func sqlErrorsBecomeTechnicalStorageErrors() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        do {
            try store.perform(as: chef, action: TestAction.action, subject: nil, summary: "") { db in
                try db.execute(sql: "INSERT INTO users (login) VALUES (?)", arguments: ["secret-person"])
            }
            Issue.record("expected a storage error")
        } catch {
            guard case .storage(let detail) = error else { Issue.record("not storage: \(error)"); return }
            #expect(detail.hasPrefix("SQLite"))
            #expect(!detail.contains("secret-person"))
        }
        #expect(try scratch.count("journal") == 2)
    }
}
