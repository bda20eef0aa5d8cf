import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// Budget coaching on a real SQLite file (issue 9): a session with its lines and
/// plan in one transaction, nothing left by a failure, roles, the plan, the
/// catalog, the timeline and journal, the indicators of the reports.
@Suite struct BudgetStoreTests {
    static let day = CalendarDay(year: 2026, month: 11, day: 18)!

    static func line(_ kind: TelecomLineKind, cost: Int64, phone: String? = nil, rio: String? = nil) throws -> TelecomLine {
        var draft = TelecomLineDraft()
        draft.kind = kind.rawValue
        draft.operatorName = "SFR"
        draft.monthlyCost = "\(cost)"
        draft.phone = phone ?? ""
        draft.rio = rio ?? ""
        return try draft.validated(today: day)
    }

    /// The worked example: 850 € of resources, 45 + 30 € of lines, offers at 10 and 23 €, one step.
    static func session(steps: [PlanStep]? = nil) throws -> BudgetSession {
        let header = SessionHeader(day: day, nextAppointment: day.adding(days: 14),
                                   resources: BudgetResources([.rsa: Money(cents: 60775), .housingBenefit: Money(cents: 24225)]))
        let mobile = try line(.mobilePlan, cost: 45, phone: "06 12 34 56 78", rio: "01PEROY4P4TR")
        let box = try line(.internetBox, cost: 30)
        let lines = [PlannedLine(line: mobile, choice: ChosenOffer(offerID: 1, operatorName: "Plusieurs opérateurs",
                                                                   name: "Tarif social mobile", monthlyPrice: Money(cents: 1000))),
                     PlannedLine(line: box, choice: ChosenOffer(offerID: 2, operatorName: "Plusieurs opérateurs",
                                                                name: "Tarif social internet (box)", monthlyPrice: Money(cents: 2300)))]
        let step = PlanStep(text: DefaultStepTemplate.getRIO.text.french, due: day.adding(days: 7), who: .person, status: .toDo)
        return BudgetSession(header: header, lines: lines, newSteps: steps ?? [step])
    }

    func coach(_ store: GuichetStore, chef: Actor) throws -> Actor {
        let account = try store.createUser(as: chef, login: "coach", displayName: "Claire Coach", role: .coach, password: Scratch.password)
        return Actor(userID: account.id, login: account.login, displayName: account.displayName, role: .coach, siteCode: chef.siteCode)
    }

    @Test func theCatalogIsSeededWithMarkedExamples() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        let offers = try store.budgetOffers()
        #expect(offers.count == 4)
        #expect(offers.allSatisfy { $0.isExample })
        #expect(Set(offers.map(\.name)) == ["Tarif social mobile", "Tarif social internet (box)", "Forfait 2 €",
                                            "Réduction sociale téléphonique (fixe)"])
        #expect(offers.first { $0.name == "Tarif social mobile" }?.monthlyPrice == Money(cents: 1000))
        #expect(offers.first { $0.service == .landline }?.benefits == [.rsa, .aah, .ass])
    }

    @Test func aSessionIsStoredWithItsLinesAndPlanInOneTransaction() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let coach = try coach(store, chef: chef)
        let id = try People.create(store, chef, [("Dupont", "Marie")])[0]
        let record = try store.saveBudgetSession(as: coach, beneficiaryID: id, Self.session())
        #expect(record.number == 1 && record.coachName == "Claire Coach")
        #expect(record.figures.shareBefore == 88 && record.figures.shareAfter == 39)
        #expect(record.figures.monthlySaving == Money(cents: 4200) && record.figures.yearlySaving == Money(cents: 50400))
        #expect(record.session == (try Self.session()), "everything reads back as it was entered")
        #expect(try scratch.count("budget_sessions") == 1)
        #expect(try scratch.count("budget_resources") == 2)
        #expect(try scratch.count("budget_lines") == 2)
        #expect(try scratch.count("budget_plan_steps", where: "session_id = \(record.id)") == 1)
        let journal = try scratch.query { db in
            try Row.fetchOne(db, sql: "SELECT action, subject, summary, user_login FROM journal ORDER BY id DESC LIMIT 1")!
        }
        #expect(journal["action"] as String == "budget.session")
        #expect(journal["subject"] as String == "PAR-2026-00001")
        #expect(journal["summary"] as String == "session=\(record.id) lines=2 steps=1")
        #expect(journal["user_login"] as String == "coach")
        #expect(try scratch.count("journal", where: "summary LIKE '%Dupont%' OR summary LIKE '%Marie%'") == 0)
        // A follow-up is the file's second session.
        let second = try store.saveBudgetSession(as: chef, beneficiaryID: id, Self.session(steps: []))
        #expect(second.number == 2)
        #expect(try store.budgetSessions(as: coach, beneficiaryID: id).map(\.id) == [record.id, second.id])
    }

    @Test func aFailureMidSessionLeavesNothing() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let id = try People.create(store, chef, [("Dupont", "Marie")])[0]
        let good = PlanStep(text: "Obtenir le RIO", due: Self.day, who: .person, status: .toDo)
        // A step the forms cannot make: the schema's CHECK refuses it after the session and its lines are written.
        let bad = PlanStep(text: String(repeating: "x", count: 300), due: Self.day, who: .person, status: .toDo)
        #expect(throws: GuichetError.self) { try store.saveBudgetSession(as: chef, beneficiaryID: id, Self.session(steps: [good, bad])) }
        for table in ["budget_sessions", "budget_resources", "budget_lines", "budget_plan_steps"] {
            #expect(try scratch.count(table) == 0, "\(table) kept a row")
        }
        #expect(try scratch.count("journal", where: "action LIKE 'budget.%'") == 0)
        // An unknown or anonymised file is refused the same way.
        #expect(throws: GuichetError.invalid(BeneficiaryStoreText.unknownFile)) {
            try store.saveBudgetSession(as: chef, beneficiaryID: 999, Self.session())
        }
    }

    @Test func coachesWriteAndAVolunteerSeesOnlyThatAPlanExists() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let volunteer = try scratch.volunteer(store, chef: chef)
        let id = try People.create(store, chef, [("Dupont", "Marie")])[0]
        #expect(throws: GuichetError.forbidden(.budgetCoaching)) { try store.saveBudgetSession(as: volunteer, beneficiaryID: id, Self.session()) }
        _ = try store.saveBudgetSession(as: chef, beneficiaryID: id, Self.session())
        #expect(throws: GuichetError.forbidden(.budgetCoaching)) { try store.budgetSessions(as: volunteer, beneficiaryID: id) }
        #expect(throws: GuichetError.forbidden(.budgetCoaching)) { try store.budgetPlan(as: volunteer, beneficiaryID: id) }
        #expect(throws: GuichetError.forbidden(.budgetCoaching)) { try store.budgetFollowUps(as: volunteer, on: Self.day) }
        let step = PlanStep(text: "Appeler", due: Self.day, who: .counter, status: .toDo)
        #expect(throws: GuichetError.forbidden(.budgetCoaching)) { try store.addPlanStep(as: volunteer, beneficiaryID: id, step) }
        let glance = try store.budgetGlance(beneficiaryID: id, on: Self.day)
        #expect(glance == BudgetGlance(sessionCount: 1, openSteps: 1, overdueSteps: 0,
                                       nextStep: PlanStep(text: DefaultStepTemplate.getRIO.text.french, due: Self.day.adding(days: 7),
                                                          who: .person, status: .toDo)))
        #expect(try store.budgetGlance(beneficiaryID: id, on: Self.day.adding(days: 8)).overdueSteps == 1)
        #expect(try store.budgetGlance(beneficiaryID: 12345, on: Self.day) == .empty)
    }

    @Test func thePlanChangesOneStepAtATimeAndTheTimelineTellsIt() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let id = try People.create(store, chef, [("Dupont", "Marie")])[0]
        _ = try store.saveBudgetSession(as: chef, beneficiaryID: id, Self.session())
        let added = try store.addPlanStep(as: chef, beneficiaryID: id,
                                          PlanStep(text: "Mettre une alerte", due: Self.day.adding(days: 30), who: .counter, status: .toDo))
        var step = added.step
        step.status = .done
        let done = try store.updatePlanStep(as: chef, stepID: added.id, step)
        #expect(done.step.status == .done)
        let journaled = try scratch.count("journal")
        _ = try store.updatePlanStep(as: chef, stepID: added.id, step)
        #expect(try scratch.count("journal") == journaled, "an unchanged step journals nothing")
        #expect(try scratch.actions().suffix(3) == ["budget.session", "budget.plan_step", "budget.plan_step_update"])
        #expect(try scratch.query { db in try String.fetchOne(db, sql: "SELECT summary FROM journal ORDER BY id DESC LIMIT 1") }
            == "step=\(added.id) status=done")
        let plan = try store.budgetPlan(as: chef, beneficiaryID: id)
        #expect(plan.map(\.step.status) == [.toDo, .done], "steps to do first")
        let history = try store.timeline(of: id).map { $0.event.text(.french) }
        #expect(history.contains("Séance budget télécom : 2 lignes, 1 étape au plan"))
        #expect(history.contains("Plan : étape ajoutée — Mettre une alerte"))
        #expect(history.contains("Plan : Mettre une alerte — fait"))
        #expect(!history.joined().contains("€"), "the history names no amount")
        #expect(throws: GuichetError.invalid(BudgetStoreText.unknownStep)) { try store.updatePlanStep(as: chef, stepID: 999, step) }
    }

    @Test func overdueStepsMarkTheirFilesAndCountForTheDay() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let ids = try People.create(store, chef, [("Dupont", "Marie"), ("Martin", "Paul"), ("Petit", "Léa")])
        _ = try store.saveBudgetSession(as: chef, beneficiaryID: ids[0], Self.session())
        _ = try store.saveBudgetSession(as: chef, beneficiaryID: ids[1], Self.session(steps: []))
        let later = Self.day.adding(days: 8)
        #expect(try store.filesWithOverdueSteps(among: ids, on: Self.day) == [])
        #expect(try store.filesWithOverdueSteps(among: ids, on: later) == [ids[0]])
        #expect(try store.filesWithOverdueSteps(among: [], on: later) == [])
        #expect(try store.counts([.overduePlanSteps, .budgetSessions], on: later) == [1, 0])
        #expect(try store.counts([.overduePlanSteps, .budgetSessions], on: Self.day) == [0, 2])
        let followed = try store.budgetFollowUps(as: chef, on: later)
        #expect(followed.map(\.id) == [ids[0], ids[1]], "an overdue step first")
        #expect(followed[0].overdueSteps == 1 && followed[0].lastShare == 88 && followed[0].nextStep?.due == Self.day.adding(days: 7))
        #expect(followed[1].nextStep == nil)
    }

    @Test func supervisorsKeepTheCatalog() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let coach = try coach(store, chef: chef)
        var draft = OfferDraft(try store.budgetOffers()[0])
        draft.monthlyPrice = "9,50"
        let edited = try draft.validated(today: Self.day)
        let first = try store.budgetOffers()[0]
        #expect(throws: GuichetError.forbidden(.changeSettings)) { try store.saveBudgetOffer(as: coach, id: first.id, edited) }
        let saved = try store.saveBudgetOffer(as: chef, id: first.id, edited)
        #expect(saved.monthlyPrice == Money(cents: 950) && !saved.isExample, "saved once, an example is checked")
        draft.name = "Forfait solidaire"
        let created = try store.saveBudgetOffer(as: chef, id: nil, try draft.validated(today: Self.day))
        #expect(try store.budgetOffers().count == 5)
        let retired = try store.setBudgetOfferRetired(as: chef, id: created.id!, retired: true)
        #expect(retired.isRetired && !retired.isAvailable(on: Self.day))
        #expect(try store.budgetOffers().last?.id == created.id, "retired offers come last")
        #expect(try !store.setBudgetOfferRetired(as: chef, id: created.id!, retired: false).isRetired)
        #expect(try scratch.actions().suffix(4) == ["budget.offer_update", "budget.offer_create", "budget.offer_retire", "budget.offer_restore"])
        #expect(try scratch.query { db in try String.fetchOne(db, sql: "SELECT subject FROM journal ORDER BY id DESC LIMIT 1") }
            == "#\(created.id!)")
    }

    @Test func theReferenceShareIsASetting() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        #expect(store.budgetReference() == 50)
        try store.changeSetting(as: chef, .budgetReferenceShare, to: "4,5 %")
        #expect(try store.setting(.budgetReferenceShare) == "4.5")
        #expect(store.budgetReference() == 45)
        #expect(throws: GuichetError.invalid(BudgetText.referenceExpected)) { try store.changeSetting(as: chef, .budgetReferenceShare, to: "50") }
        let id = try People.create(store, chef, [("Dupont", "Marie")])[0]
        #expect(try store.saveBudgetSession(as: chef, beneficiaryID: id, Self.session()).reference == 45)
    }

    @Test func indicatorsPerPersonAndPeriod() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let ids = try People.create(store, chef, [("Dupont", "Marie"), ("Martin", "Paul")])
        _ = try store.saveBudgetSession(as: chef, beneficiaryID: ids[0], Self.session())
        // Marie's follow-up a month later: she pays 33 € now, nothing more to change.
        var followUp = try Self.session(steps: [])
        followUp.header.day = Self.day.adding(days: 30)
        followUp.lines = followUp.lines.map { planned in
            PlannedLine(line: TelecomLine(kind: planned.line.kind, operatorName: "Plusieurs opérateurs", offerName: "",
                                          monthlyCost: planned.choice!.monthlyPrice, commitment: nil, unpaid: .zero, phone: nil,
                                          rio: nil, notes: ""))
        }
        _ = try store.saveBudgetSession(as: chef, beneficiaryID: ids[0], followUp)
        // Paul has no resources recorded: his share is not computable.
        var paul = try Self.session(steps: [])
        paul.header.resources = .none
        _ = try store.saveBudgetSession(as: chef, beneficiaryID: ids[1], paul)
        let november = try store.budgetIndicators(as: chef, from: CalendarDay(year: 2026, month: 11, day: 1)!,
                                                  to: CalendarDay(year: 2026, month: 11, day: 30)!)
        #expect(november.sessions == 2)
        #expect(november.people.map(\.fileNumber.formatted) == ["PAR-2026-00001", "PAR-2026-00002"])
        #expect(november.people[0].firstShare == 88 && november.people[0].plannedShare == 39)
        #expect(november.people[1].firstShare == nil && november.people[1].plannedShare == nil)
        #expect(november.monthlySavingsDeclared == Money(cents: 8400) && november.yearlySavingsDeclared == Money(cents: 100_800))
        let december = try store.budgetIndicators(as: chef, from: CalendarDay(year: 2026, month: 12, day: 1)!,
                                                  to: CalendarDay(year: 2026, month: 12, day: 31)!)
        #expect(december.sessions == 1)
        #expect(december.people.count == 1)
        #expect(december.people[0].firstShare == 88 && december.people[0].latestShare == 39 && december.people[0].plannedSaving == .zero)
        let volunteer = try scratch.volunteer(store, chef: chef)
        #expect(throws: GuichetError.forbidden(.readWholeJournal)) { try store.budgetIndicators(as: volunteer, from: Self.day, to: Self.day) }
    }

    @Test func demoDataCoachesAThirdOfThePeopleTheSameOnAnyDay() throws {
        func run(on day: String) throws -> (summary: DemoSummary, rows: [String]) {
            let scratch = Scratch(at: Timestamp.parse(day)!)
            let (store, chef) = try scratch.openSetUp()
            let summary = try store.generateDemoData(as: chef, count: 300, seed: 5)
            let rows = try scratch.query { db in
                try String.fetchAll(db, sql: """
                    SELECT b.file_number || ' ' || l.kind || ' ' || l.operator || ' ' || l.monthly_cents || ' ' ||
                           coalesce(l.chosen_name, '-') || ' ' || coalesce(l.rio, '-')
                    FROM budget_lines l JOIN budget_sessions s ON s.id = l.session_id JOIN beneficiaries b ON b.id = s.beneficiary_id
                    ORDER BY b.last_name, b.first_name, s.id, l.position
                    """)
            }
            // Every stored session reads back through the core's values.
            for id in try scratch.query({ db in try Int64.fetchAll(db, sql: "SELECT DISTINCT beneficiary_id FROM budget_sessions") }) {
                _ = try store.budgetSessions(as: chef, beneficiaryID: id)
            }
            #expect(try scratch.count("budget_plan_steps") > 0)
            #expect(try scratch.count("budget_lines", where: "chosen_name IS NOT NULL") > 0)
            #expect(try scratch.count("budget_lines", where: "rio IS NOT NULL") > 0)
            #expect(try scratch.count("budget_sessions", where: "session_on > '\(day.prefix(10))'") == 0, "no session after today")
            return (summary, rows.map { String($0.split(separator: " ").dropFirst().joined(separator: " ")) })
        }
        let november = try run(on: "2026-11-27T10:00:00Z")
        let june = try run(on: "2027-06-01T10:00:00Z")
        #expect((60...200).contains(november.summary.budgetSessions), "\(november.summary)")
        #expect(november.summary == june.summary)
        #expect(november.rows == june.rows)
    }
}
