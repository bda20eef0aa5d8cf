import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct UserManagementTests {
    @Test func aSupervisorCreatesAUserJournaledByLoginAndRoleOnly() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let created = try store.createUser(as: chef, login: "Coach.1", displayName: "Zoé d’Arc",
                                           role: .coach, password: "coach password")
        #expect(created.login == "coach.1")
        #expect(created.displayName == "Zoé d’Arc")
        #expect(created.role == .coach)
        #expect(created.isActive)
        #expect(try store.users(as: chef).map(\.login) == ["chef", "coach.1"])
        let event = try scratch.query { db in try Row.fetchOne(db, sql: "SELECT * FROM journal ORDER BY id DESC LIMIT 1")! }
        #expect(event["action"] as String == "user.create")
        #expect(event["subject"] as String? == "coach.1")
        #expect(event["summary"] as String == "role=coach")
        #expect(try scratch.count("users", where: "created_by = \(chef.userID)") == 1)
    }

    @Test func aVolunteerCannotCreateUsersAndNothingIsWritten() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        _ = try store.createUser(as: chef, login: "benevole", displayName: "Bénévole", role: .volunteer,
                                 password: "benevole password")
        let volunteer = try store.authenticate(login: "benevole", password: "benevole password")
        let usersBefore = try scratch.count("users")
        let eventsBefore = try scratch.count("journal")
        #expect(throws: GuichetError.forbidden(.manageUsers)) {
            try store.createUser(as: volunteer, login: "intrus", displayName: "Intrus", role: .supervisor,
                                 password: "intrus password")
        }
        #expect(throws: GuichetError.forbidden(.manageUsers)) { try store.users(as: volunteer) }
        #expect(try scratch.count("users") == usersBefore)
        #expect(try scratch.count("journal") == eventsBefore)
    }

    @Test func aTakenLoginIsRefusedAndNothingIsWritten() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        #expect(throws: GuichetError.invalid(CoreText.loginTaken)) {
            try store.createUser(as: chef, login: "CHEF", displayName: "Autre", role: .coach, password: "other password")
        }
        #expect(try scratch.count("users") == 1)
        #expect(try scratch.count("journal") == 2)
    }

    @Test func theLastActiveSupervisorCannotBeDeactivated() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        _ = try store.createUser(as: chef, login: "benevole", displayName: "B", role: .volunteer,
                                 password: "benevole password")
        let eventsBefore = try scratch.count("journal")
        #expect(throws: GuichetError.refused(CoreText.lastSupervisor)) {
            try store.setActive(as: chef, userID: chef.userID, active: false)
        }
        #expect(try scratch.count("users", where: "role = 'supervisor' AND is_active = 1") == 1)
        #expect(try scratch.count("journal") == eventsBefore)
    }

    @Test func nobodyDeactivatesThemselfAndASupervisorLosesAccessOnceDeactivated() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let second = try store.createUser(as: chef, login: "chef2", displayName: "Second", role: .supervisor,
                                          password: "second password")
        let secondActor = try store.authenticate(login: "chef2", password: "second password")
        #expect(throws: GuichetError.refused(CoreText.cannotDeactivateSelf)) {
            try store.setActive(as: chef, userID: chef.userID, active: false)
        }
        try store.setActive(as: secondActor, userID: chef.userID, active: false)
        #expect(try scratch.actions().suffix(1) == ["user.deactivate"])
        // The deactivated chef's open session can no longer act.
        let eventsBefore = try scratch.count("journal")
        #expect(throws: GuichetError.refused(CoreText.userInactive)) {
            try store.setActive(as: chef, userID: second.id, active: false)
        }
        #expect(try scratch.count("journal") == eventsBefore)
        try store.setActive(as: secondActor, userID: chef.userID, active: true)
        #expect(try scratch.actions().suffix(1) == ["user.reactivate"])
        #expect(try scratch.count("users", where: "role = 'supervisor' AND is_active = 1") == 2)
    }

    @Test func resettingAPasswordReplacesTheHashAndLiftsTheThrottle() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let coach = try store.createUser(as: chef, login: "coach", displayName: "C", role: .coach, password: "old password")
        for _ in 1...6 { _ = try? store.authenticate(login: "coach", password: "wrong password") }
        #expect(try scratch.count("login_throttle", where: "login = 'coach'") == 1)
        try store.resetPassword(as: chef, userID: coach.id, newPassword: "new password")
        #expect(try scratch.count("login_throttle") == 0)
        #expect(throws: GuichetError.refused(CoreText.wrongCredentials)) {
            try store.authenticate(login: "coach", password: "old password")
        }
        _ = try store.authenticate(login: "coach", password: "new password")
        #expect(try scratch.count("journal", where: "action = 'user.password_reset' AND subject = 'coach'") == 1)
        #expect(throws: GuichetError.invalid(CoreText.unknownUser)) {
            try store.resetPassword(as: chef, userID: 999, newPassword: "new password")
        }
    }
}
