import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// The plan's step templates on a real SQLite file (issue 9, item 4): seeded with the
/// programme's seven, kept by supervisors, each change one transaction with its event.
@Suite struct StepTemplateStoreTests {
    static let day = CalendarDay(year: 2026, month: 11, day: 18)!

    /// Every column of every row, in id order: what a refused write must leave as it was.
    static func rows(_ scratch: Scratch) throws -> [String] {
        try scratch.query { db in
            try Row.fetchAll(db, sql: "SELECT * FROM budget_step_templates ORDER BY id").map(\.description)
        }
    }

    static func template(_ french: String, delay: Int = 10, who: StepActor = .person) -> PlanStepTemplate {
        PlanStepTemplate(french: french, delayDays: delay, who: who)
    }

    @Test func theProgrammesSevenAreSeededInOrder() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        let seeded = try store.stepTemplates()
        let defaults = DefaultStepTemplate.allCases.map(\.template)
        #expect(seeded.map(\.french) == defaults.map(\.french))
        #expect(seeded.map(\.english) == defaults.map(\.english))
        #expect(seeded.map(\.delayDays) == defaults.map(\.delayDays) && seeded.map(\.who) == defaults.map(\.who))
        #expect(seeded.allSatisfy { $0.isDefault && !$0.isRetired })
        #expect(try store.activeStepTemplates() == seeded)
        #expect(try scratch.query { db in try Int.fetchAll(db, sql: "SELECT position FROM budget_step_templates ORDER BY id") }
            == Array(1...7))
        #expect(try scratch.count("budget_step_templates", where: "created_at GLOB '[0-9][0-9][0-9][0-9]-*Z'") == 7, "UTC instants")
    }

    /// A file of the previous version has every later area's migrations and not this one:
    /// opening it runs `budget.2` alone, out of the list's order, and seeds the seven.
    @Test func aFileOfThePreviousVersionGetsTheSevenWhenOpened() throws {
        let scratch = Scratch()
        _ = try scratch.openSetUp()
        try DatabaseQueue(path: scratch.path).write { db in
            try db.execute(sql: "DROP TABLE budget_step_templates")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'budget.2-step-templates'")
            try db.execute(sql: "PRAGMA user_version = \(Migrations.all.count - 1)")
        }
        let store = try scratch.open()
        #expect(try store.activeStepTemplates().map(\.french) == DefaultStepTemplate.allCases.map(\.text.french))
        #expect(try scratch.query { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == Migrations.all.count)
    }

    @Test func supervisorsAddEditRetireAndMoveEachJournaled() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let seeded = try store.stepTemplates()
        // Edited: the text and the delay; no longer the programme's default.
        var draft = PlanStepTemplateDraft(seeded[0])
        draft.french = "Obtenir le RIO : appeler le 3179 depuis la ligne (gratuit)"
        draft.delay = "3"
        let edited = try store.saveStepTemplate(as: chef, id: seeded[0].id, draft.validated(today: Self.day))
        #expect(edited.id == seeded[0].id && edited.delayDays == 3 && !edited.isDefault)
        #expect(edited.english == "Get the RIO: free call to 3179 from the line", "the English kept as typed")
        // Added at the end.
        let added = try store.saveStepTemplate(as: chef, id: nil, Self.template("Rendre la box à l’ancien opérateur", who: .counter))
        #expect(try store.stepTemplates().last == added && added.id == 8 && !added.isDefault)
        // Retired: still in the catalog, in its place, no longer offered; then restored.
        let retired = try store.setStepTemplateRetired(as: chef, id: seeded[4].id!, retired: true)
        #expect(retired.isRetired)
        #expect(try store.stepTemplates().map(\.id) == Array(1...8).map(Int64.init))
        #expect(try !store.activeStepTemplates().contains { $0.id == seeded[4].id })
        #expect(try !store.setStepTemplateRetired(as: chef, id: seeded[4].id!, retired: false).isRetired)
        // Moved: the new one up to sixth place, the first one down to second.
        try store.moveStepTemplate(as: chef, id: 8, .up)
        try store.moveStepTemplate(as: chef, id: 8, .up)
        try store.moveStepTemplate(as: chef, id: 1, .down)
        #expect(try store.stepTemplates().map(\.id) == [2, 1, 3, 4, 5, 8, 6, 7])
        #expect(try store.activeStepTemplates().map(\.id) == [2, 1, 3, 4, 5, 8, 6, 7])
        #expect(try scratch.actions().suffix(7) == ["budget.template_edit", "budget.template_add", "budget.template_retire",
                                                    "budget.template_restore", "budget.template_move", "budget.template_move",
                                                    "budget.template_move"])
        let events = try scratch.query { db in
            try Row.fetchAll(db, sql: "SELECT subject, summary, user_login FROM journal WHERE action LIKE 'budget.template_%' ORDER BY id")
        }
        #expect(events.map { $0["subject"] as String } == ["#1", "#8", "#5", "#5", "#8", "#8", "#1"])
        #expect(events[0]["summary"] as String == "delay=3 who=person" && events[4]["summary"] as String == "from=8 to=7")
        #expect(events.allSatisfy { $0["user_login"] as String == "chef" })
        #expect(try store.verifyLedger().isIntact, "the journal's chain holds")
    }

    @Test func aVolunteerOrACoachIsRefusedAndNothingIsWritten() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let volunteer = try scratch.volunteer(store, chef: chef)
        let account = try store.createUser(as: chef, login: "coach", displayName: "Claire Coach", role: .coach, password: Scratch.password)
        let coach = Actor(userID: account.id, login: account.login, displayName: account.displayName, role: .coach, siteCode: chef.siteCode)
        let before = try Self.rows(scratch)
        let journal = try scratch.count("journal")
        for actor in [volunteer, coach] {
            #expect(throws: GuichetError.forbidden(.changeSettings)) { try store.saveStepTemplate(as: actor, id: nil, Self.template("Noter")) }
            #expect(throws: GuichetError.forbidden(.changeSettings)) { try store.saveStepTemplate(as: actor, id: 1, Self.template("Noter")) }
            #expect(throws: GuichetError.forbidden(.changeSettings)) { try store.setStepTemplateRetired(as: actor, id: 1, retired: true) }
            #expect(throws: GuichetError.forbidden(.changeSettings)) { try store.moveStepTemplate(as: actor, id: 2, .up) }
        }
        #expect(try Self.rows(scratch) == before && scratch.count("journal") == journal)
        #expect(try store.activeStepTemplates().count == 7, "anyone reads the templates a session proposes")
    }

    @Test func aFailedWriteLeavesTheTableAsItWas() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let before = try Self.rows(scratch)
        let journal = try scratch.count("journal")
        // Values the form cannot make: the schema's CHECKs refuse them inside the transaction.
        #expect(throws: GuichetError.self) { try store.saveStepTemplate(as: chef, id: 1, Self.template(String(repeating: "x", count: 300))) }
        #expect(throws: GuichetError.self) { try store.saveStepTemplate(as: chef, id: nil, Self.template("Trop tard", delay: 400)) }
        #expect(throws: GuichetError.self) { try store.saveStepTemplate(as: chef, id: nil, Self.template("")) }
        // An unknown template, the first one up, the last one down.
        #expect(throws: GuichetError.invalid(BudgetStoreText.unknownTemplate)) { try store.saveStepTemplate(as: chef, id: 99, Self.template("Noter")) }
        #expect(throws: GuichetError.invalid(BudgetStoreText.unknownTemplate)) { try store.setStepTemplateRetired(as: chef, id: 99, retired: true) }
        #expect(throws: GuichetError.refused(BudgetStoreText.templateFirst)) { try store.moveStepTemplate(as: chef, id: 1, .up) }
        #expect(throws: GuichetError.refused(BudgetStoreText.templateLast)) { try store.moveStepTemplate(as: chef, id: 7, .down) }
        #expect(try Self.rows(scratch) == before)
        #expect(try scratch.count("journal") == journal, "no event without its change")
    }
}
