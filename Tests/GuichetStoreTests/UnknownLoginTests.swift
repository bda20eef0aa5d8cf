import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// Issue 7, item 14: a password typed in the login field by mistake is never
/// stored as typed, neither in the journal nor in the throttle table.
@Suite struct UnknownLoginTests {
    /// Every text and blob value of every table of the file, as text.
    func everyValue(_ scratch: Scratch) throws -> [String] {
        try scratch.query { db in
            var values: [String] = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    for (_, value) in row {
                        switch value.storage {
                        case .string(let text): values.append(text)
                        case .blob(let data): values.append(String(decoding: data, as: UTF8.self))
                        default: break
                        }
                    }
                }
            }
            return values
        }
    }

    /// The bytes of the database and its write-ahead log.
    func fileBytes(_ scratch: Scratch) -> Data {
        [scratch.path, scratch.path + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }.reduce(Data(), +)
    }

    @Test func aPasswordTypedAsTheLoginIsStoredNowhere() throws {
        let scratch = Scratch()
        let (store, _) = try scratch.openSetUp()
        for _ in 1...2 {
            #expect(throws: GuichetError.refused(CoreText.wrongCredentials)) {
                try store.authenticate(login: "soleil-2026", password: "soleil-2026")
            }
        }
        let values = try everyValue(scratch)
        #expect(values.count > 20, "the dump found the tables")
        #expect(!values.contains { $0.contains("soleil") })
        #expect(fileBytes(scratch).range(of: Data("soleil".utf8)) == nil)

        let events = try scratch.query { db in
            try Row.fetchAll(db, sql: "SELECT subject, summary, user_login FROM journal WHERE action = 'auth.login_failed'")
        }
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0["subject"] as String? == nil && $0["user_login"] as String? == nil })
        #expect(events.allSatisfy { $0["summary"] as String == "reason=unknown_login" })
        let throttle = try scratch.query { db in try Row.fetchAll(db, sql: "SELECT login, failures FROM login_throttle") }
        #expect(throttle.count == 1)
        #expect(throttle.first?["failures"] as Int? == 2)
        let key = throttle.first?["login"] as String? ?? ""
        #expect(key.hasPrefix("#") && key.count == 65)
    }

    @Test func anUnknownLoginIsThrottledLikeAKnownOne() throws {
        let scratch = Scratch()
        let (store, _) = try scratch.openSetUp()
        for _ in 1...LoginThrottle.freeAttempts {
            #expect(throws: GuichetError.refused(CoreText.wrongCredentials)) {
                try store.authenticate(login: "Soleil-2026", password: "x")
            }
        }
        // The same login in another case is the same row; another login is not held back.
        let wait = Int(LoginThrottle.delay(afterFailures: LoginThrottle.freeAttempts))
        #expect(throws: GuichetError.refused(CoreText.tooManyAttempts.filled(wait))) {
            try store.authenticate(login: "soleil-2026", password: "x")
        }
        #expect(throws: GuichetError.refused(CoreText.wrongCredentials)) {
            try store.authenticate(login: "lune-2026", password: "x")
        }
        _ = try store.authenticate(login: "chef", password: Scratch.password)
    }

    @Test func theKeyIsMadeOncePerDatabase() throws {
        let one = Scratch()
        let two = Scratch()
        _ = try one.openSetUp()
        _ = try two.openSetUp()
        let key = { (scratch: Scratch) in try scratch.query { db in try Data.fetchAll(db, sql: "SELECT key FROM secret_keys") } }
        #expect(try key(one).count == 1)
        #expect(try key(one).first?.count == 32)
        #expect(try key(one) != key(two))
        _ = try one.open()
        #expect(try key(one) == key(one))
    }

    /// A database throttled before the key existed: the rows of logins no account
    /// has (typed text) go, an account's own row stays.
    @Test func theMigrationForgetsTheRowsOfLoginsNoAccountHas() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.folder + "/data", withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: scratch.path)
        try Migrations.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO users (login, display_name, role, password_hash, created_at)
                VALUES ('chef', 'Amélie Poulain', 'supervisor', '$y$placeholder', '2026-11-18T10:00:00.000Z');
                INSERT INTO login_throttle VALUES ('chef', 2, '2026-11-18T10:00:00.000Z');
                INSERT INTO login_throttle VALUES ('soleil-2026', 3, '2026-11-18T10:00:00.000Z');
                """)
        }
        try queue.close()
        _ = try scratch.open()
        #expect(try scratch.query { db in try String.fetchAll(db, sql: "SELECT login FROM login_throttle") } == ["chef"])
    }
}
