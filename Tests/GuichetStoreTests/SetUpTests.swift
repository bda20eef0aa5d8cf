import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct SetUpTests {
    @Test func setUpWritesTheSiteTheSupervisorAndTwoJournalEvents() throws {
        let scratch = Scratch()
        let (store, actor) = try scratch.openSetUp()
        #expect(actor.login == "chef")
        #expect(actor.role == .supervisor)
        #expect(actor.siteCode == SiteCode("PAR"))
        #expect(try store.site() == SiteInfo(code: SiteCode("PAR")!, name: "Paris 20e",
                                             timeZone: TimeZone(identifier: "Europe/Paris")!))
        #expect(try scratch.count("site") == 1)
        #expect(try scratch.count("users") == 1)
        #expect(try scratch.actions() == ["site.setup", "user.create"])
        let journal = try scratch.query { db in
            try Row.fetchAll(db, sql: "SELECT user_id, user_login, site_code, subject, summary FROM journal ORDER BY id")
        }
        #expect(journal.allSatisfy { $0["user_id"] as Int64? == actor.userID && $0["site_code"] as String? == "PAR" })
        #expect(journal[1]["subject"] as String? == "chef")
        // The journal never names a person.
        #expect(!journal.contains { ($0["summary"] as String? ?? "").contains("Amélie") })
    }

    @Test func aSecondSetUpIsRefusedAndChangesNothing() throws {
        let scratch = Scratch()
        let (store, _) = try scratch.openSetUp()
        #expect(throws: GuichetError.refused(CoreText.alreadySetUp)) {
            try store.setUp(siteCode: SiteCode("MRS")!, siteName: "Marseille", timeZone: TimeZone(identifier: "UTC")!,
                            supervisorLogin: "autre", supervisorName: "Autre", password: Scratch.password)
        }
        #expect(try scratch.count("site") == 1)
        #expect(try scratch.count("users") == 1)
        #expect(try scratch.count("journal") == 2)
        #expect(try store.site().code == SiteCode("PAR"))
    }

    @Test func beforeSetUpTheSiteAndActionsAreRefused() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        #expect(throws: GuichetError.refused(CoreText.notSetUp)) { try store.site() }
        #expect(throws: GuichetError.refused(CoreText.notSetUp)) {
            try store.authenticate(login: "chef", password: Scratch.password)
        }
        #expect(try scratch.count("journal") == 0)
    }

    @Test func setUpValidatesItsValuesBeforeWriting() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        #expect(throws: GuichetError.invalid(CoreText.loginExpected)) {
            try store.setUp(siteCode: SiteCode("PAR")!, siteName: "Paris", timeZone: TimeZone(identifier: "UTC")!,
                            supervisorLogin: "é", supervisorName: "Chef", password: Scratch.password)
        }
        #expect(throws: GuichetError.self) {
            try store.setUp(siteCode: SiteCode("PAR")!, siteName: "Paris", timeZone: TimeZone(identifier: "UTC")!,
                            supervisorLogin: "chef", supervisorName: "Chef", password: "short")
        }
        #expect(try store.isSetUp() == false)
        #expect(try scratch.count("users") == 0)
    }
}
