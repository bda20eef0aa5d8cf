import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct SettingsTests {
    @Test func aSupervisorChangesASettingAndItIsJournaled() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        #expect(try store.setting(.lockMinutes) == nil)
        #expect(store.lockMinutes() == SessionLock.defaultMinutes)
        try store.changeSetting(as: chef, .lockMinutes, to: " 12 ")
        try store.changeSetting(as: chef, .language, to: "en_GB.UTF-8")
        #expect(try store.setting(.lockMinutes) == "12")
        #expect(try store.setting(.language) == "en")
        #expect(store.lockMinutes() == 12)
        let event = try scratch.query { db in
            try Row.fetchOne(db, sql: "SELECT subject, summary FROM journal WHERE action = 'setting.change' ORDER BY id LIMIT 1")!
        }
        #expect(event["subject"] as String? == "lock_minutes")
        #expect(event["summary"] as String == "lock_minutes=12")
        #expect(try scratch.count("settings", where: "changed_by = \(chef.userID)") == 2)
    }

    @Test func invalidValuesAndVolunteersAreRefusedAndNothingIsWritten() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        _ = try store.createUser(as: chef, login: "benevole", displayName: "B", role: .volunteer, password: "benevole password")
        let volunteer = try store.authenticate(login: "benevole", password: "benevole password")
        let eventsBefore = try scratch.count("journal")
        #expect(throws: GuichetError.invalid(CoreText.lockMinutesExpected)) {
            try store.changeSetting(as: chef, .lockMinutes, to: "0")
        }
        #expect(throws: GuichetError.invalid(CoreText.languageExpected)) {
            try store.changeSetting(as: chef, .language, to: "de")
        }
        #expect(throws: GuichetError.invalid(CoreText.themeExpected)) {
            try store.changeSetting(as: chef, .theme, to: "../etc")
        }
        #expect(throws: GuichetError.forbidden(.changeSettings)) {
            try store.changeSetting(as: volunteer, .theme, to: "dark")
        }
        #expect(try scratch.count("settings") == 0)
        #expect(try scratch.count("journal") == eventsBefore)
    }
}
