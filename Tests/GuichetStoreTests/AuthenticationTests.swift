import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct AuthenticationTests {
    @Test func aSuccessfulLoginIsJournaled() throws {
        let scratch = Scratch()
        let (store, supervisor) = try scratch.openSetUp()
        let actor = try store.authenticate(login: "  CHEF ", password: Scratch.password)
        #expect(actor == supervisor)
        let last = try scratch.query { db in try Row.fetchOne(db, sql: "SELECT * FROM journal ORDER BY id DESC LIMIT 1")! }
        #expect(last["action"] as String == "auth.login")
        #expect(last["user_login"] as String? == "chef")
        #expect(last["user_id"] as Int64? == supervisor.userID)
    }

    @Test func unknownLoginAndWrongPasswordGiveTheSameMessageAndAreJournaled() throws {
        let scratch = Scratch()
        let (store, _) = try scratch.openSetUp()
        #expect(throws: GuichetError.refused(CoreText.wrongCredentials)) {
            try store.authenticate(login: "chef", password: "wrong password")
        }
        #expect(throws: GuichetError.refused(CoreText.wrongCredentials)) {
            try store.authenticate(login: "nobody", password: Scratch.password)
        }
        let failures = try scratch.query { db in
            try Row.fetchAll(db, sql: "SELECT subject, user_id FROM journal WHERE action = 'auth.login_failed' ORDER BY id")
        }
        // An unknown login is not journaled as typed (UnknownLoginTests).
        #expect(failures.map { $0["subject"] as String? } == ["chef", nil])
        #expect(failures.allSatisfy { $0["user_id"] as Int64? == nil })
        #expect(try scratch.count("login_throttle") == 2)
        #expect(try scratch.count("journal", where: "action = 'auth.login'") == 0)
    }

    @Test func afterFiveFailuresEvenTheRightPasswordWaitsForTheDelay() throws {
        let scratch = Scratch()
        let (store, _) = try scratch.openSetUp()
        for _ in 1...5 {
            #expect(throws: GuichetError.refused(CoreText.wrongCredentials)) {
                try store.authenticate(login: "chef", password: "wrong password")
            }
        }
        let delay = Int(LoginThrottle.delay(afterFailures: 5))
        let expected = GuichetError.refused(Phrase(
            fr: CoreText.tooManyAttempts.text(.french, delay), en: CoreText.tooManyAttempts.text(.english, delay)))
        #expect(throws: expected) { try store.authenticate(login: "chef", password: Scratch.password) }
        // A throttled try is not counted and not checked.
        #expect(try scratch.count("journal", where: "action = 'auth.login_failed'") == 5)

        scratch.clock.advance(seconds: Double(delay) - 1)
        #expect(throws: GuichetError.self) { try store.authenticate(login: "chef", password: Scratch.password) }
        scratch.clock.advance(seconds: 1.5)
        _ = try store.authenticate(login: "chef", password: Scratch.password)
        #expect(try scratch.count("login_throttle") == 0)
    }

    @Test func theStoredHashIsYescryptAndNotThePassword() throws {
        let scratch = Scratch()
        _ = try scratch.openSetUp()
        let hash = try scratch.query { db in try String.fetchOne(db, sql: "SELECT password_hash FROM users")! }
        #expect(hash.hasPrefix("$y$"))
        #expect(!hash.contains(Scratch.password))
        #expect(PasswordHasher.verify(Scratch.password, against: hash))
        #expect(!PasswordHasher.verify(Scratch.password + "x", against: hash))
        // Two hashes of one password differ by their salt.
        #expect(try PasswordHasher.hash(Scratch.password) != PasswordHasher.hash(Scratch.password))
    }

    @Test func anInactiveAccountIsRefusedWithItsOwnMessage() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let volunteer = try store.createUser(as: chef, login: "benevole", displayName: "Jean-Pierre Müller",
                                             role: .volunteer, password: "benevole password")
        try store.setActive(as: chef, userID: volunteer.id, active: false)
        #expect(throws: GuichetError.refused(CoreText.userInactive)) {
            try store.authenticate(login: "benevole", password: "benevole password")
        }
        #expect(throws: GuichetError.refused(CoreText.wrongCredentials)) {
            try store.authenticate(login: "benevole", password: "wrong password")
        }
    }

    @Test func logoutAndLockAreJournaled() throws {
        let scratch = Scratch()
        let (store, _) = try scratch.openSetUp()
        let actor = try store.authenticate(login: "chef", password: Scratch.password)
        try store.recordSessionLock(actor)
        try store.logout(actor)
        #expect(try scratch.actions().suffix(3) == ["auth.login", "auth.lock", "auth.logout"])
    }
}
