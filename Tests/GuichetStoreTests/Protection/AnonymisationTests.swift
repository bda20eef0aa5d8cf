import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// Retention and anonymisation, erasure on request (issue 13, items 1, 3 and 4), on a real file.
@Suite struct AnonymisationTests {
    @Test func aFileWithoutContactFor24MonthsIsListedThenAnonymisedKeepingTheFigures() throws {
        let f = try ProtectionFixture()
        let candidates = try f.store.retentionCandidates(as: f.chef)
        #expect(candidates.map(\.id) == [f.old])
        #expect(candidates.first?.reason == .noContact)
        #expect(candidates.first?.lastContact == CalendarDay(year: 2024, month: 6, day: 3))
        let figures = try f.figures()
        #expect(figures.reports[0].figures[.visits].map { $0.amount > 0 } == true)
        #expect(figures.reports[3].figures[.loansOut] == FigureValue(1))
        let before = try f.dump()
        for text in ProtectionFixture.personal { #expect(before.contains(text), "the fixture lacks \(text)") }

        let result = try f.store.anonymise(as: f.chef, ids: candidates.map(\.id))
        #expect(result.anonymised.map(\.formatted) == ["PAR-2024-00001"] && result.skipped == 0)

        // Every personal field gone, everywhere (the key's history keeps its return remark, « écran rayé »).
        let after = try f.dump()
        for text in ProtectionFixture.personal { #expect(!after.contains(text), "\(text) is still in the file") }
        let record = try f.store.beneficiary(id: f.old)
        #expect(record.enrolment.status(on: try f.store.today()) == .anonymised)
        #expect(record.beneficiary.lastName == Anonymisation.lastName && record.beneficiary.birthDate == nil)
        #expect(record.beneficiary.phone == nil && record.beneficiary.email == nil && record.beneficiary.notes.isEmpty)
        #expect(record.beneficiary.consent == nil && record.beneficiary.referral.socialWorker == nil)
        // What the statistics keep.
        #expect(record.beneficiary.housing == .homeless && record.beneficiary.activity == .jobSeeker)
        #expect(record.beneficiary.resourceKind == .rsa && record.beneficiary.monthlyResources == Money(cents: 60775))
        #expect(record.beneficiary.referral.structureKind == .ccas)
        #expect(try f.scratch.query { db in try Int.fetchOne(db, sql: "SELECT birth_year FROM beneficiaries WHERE id = ?", arguments: [f.old]) } == 1985)
        #expect(try f.scratch.count("budget_plan_steps", where: "text = '\(DefaultStepTemplate.getRIO.text.french)'") == 1)
        #expect(try f.scratch.count("budget_plan_steps", where: "text = '—'") == 1)
        #expect(try f.figures() == figures, "the reports read the same figures before and after")

        // The search no longer finds the name; the file number still finds the file.
        for query in ["muller", "dupont", "helene", "0612", "x"] {
            #expect(try f.store.searchBeneficiaries(query).allSatisfy { $0.id != f.old }, "« \(query) » found the file")
        }
        #expect(try f.store.searchBeneficiaries("PAR-2024-00001").map(\.id) == [f.old])
        #expect(try f.store.searchBeneficiaries("").map(\.id) == [f.recent], "anonymised files leave the recent list")

        // The journal names the file number; the chains are intact; nothing is listed any more.
        let event = try f.scratch.query { db in
            try Row.fetchOne(db, sql: "SELECT subject, summary FROM journal WHERE action = 'protection.anonymise'")!
        }
        #expect(event["subject"] as String == "PAR-2024-00001")
        #expect(event["summary"] as String == "reason=no_contact last_contact=2024-06-03")
        let report = try f.store.verifyLedger()
        #expect(report.isIntact, "\(report.problems)")
        #expect(try f.store.retentionCandidates(as: f.chef).isEmpty)
        // An anonymised file takes no edit nor visit.
        #expect(throws: GuichetError.refused(EnrolmentText.anonymised)) {
            try f.store.recordVisit(as: f.volunteer, beneficiaryID: f.old, reasons: [.information], note: "")
        }
        #expect(throws: GuichetError.refused(EnrolmentText.anonymised)) {
            _ = try f.store.updateBeneficiary(as: f.chef, id: f.old, People.make("Dupont", "Hélène"))
        }
    }

    /// A step's text stays when it is one of the site's templates as they are when the file is
    /// anonymised — edited, retired ones too —, or one of the programme's defaults, in either
    /// language; any other text goes.
    @Test func aStepTextOfAnEditedOrRetiredTemplateStays() throws {
        let f = try ProtectionFixture()
        let templates = try f.store.stepTemplates()
        var draft = PlanStepTemplateDraft(templates[0])
        draft.french = "Obtenir le RIO (3179, appel gratuit depuis la ligne)"
        draft.english = "Get the RIO (3179, free call)"
        _ = try f.store.saveStepTemplate(as: f.chef, id: templates[0].id, draft.validated(today: try f.store.today()))
        _ = try f.store.setStepTemplateRetired(as: f.chef, id: templates[4].id!, retired: true)
        let due = try f.store.today()
        for text in ["Obtenir le RIO (3179, appel gratuit depuis la ligne)", "Get the RIO (3179, free call)", templates[4].french,
                     templates[4].english] {
            _ = try f.store.addPlanStep(as: f.chef, beneficiaryID: f.old, PlanStep(text: text, due: due, who: .person, status: .toDo))
        }
        _ = try f.store.anonymise(as: f.chef, ids: [f.old])
        let texts = try f.scratch.query { db in
            try String.fetchAll(db, sql: "SELECT text FROM budget_plan_steps WHERE beneficiary_id = ? ORDER BY id", arguments: [f.old])
        }
        // The session's two steps: the programme's default wording stays though its template was edited; the note by hand goes.
        #expect(texts == [DefaultStepTemplate.getRIO.text.french, "—", "Obtenir le RIO (3179, appel gratuit depuis la ligne)",
                          "Get the RIO (3179, free call)",
                          templates[4].french, templates[4].english])
    }

    @Test func aPersonWhoCameBackSinceTheListIsLeftAsTheyWere() throws {
        let f = try ProtectionFixture()
        let candidates = try f.store.retentionCandidates(as: f.chef)
        try f.store.recordVisit(as: f.volunteer, beneficiaryID: f.old, reasons: [.information], note: "")
        let result = try f.store.anonymise(as: f.chef, ids: candidates.map(\.id))
        #expect(result.anonymised.isEmpty && result.skipped == 1)
        #expect(try f.store.beneficiary(id: f.old).beneficiary.lastName == "Dupont-Müller")
        #expect(try f.scratch.count("journal", where: "action LIKE 'protection.%'") == 0)
    }

    @Test func onlySupervisorsAnonymise() throws {
        let f = try ProtectionFixture()
        #expect(throws: GuichetError.forbidden(.protectData)) { _ = try f.store.retentionCandidates(as: f.volunteer) }
        #expect(throws: GuichetError.forbidden(.protectData)) { _ = try f.store.anonymise(as: f.volunteer, ids: [f.old]) }
        #expect(throws: GuichetError.forbidden(.protectData)) {
            _ = try f.store.eraseBeneficiary(as: f.volunteer, id: f.old, reason: .objection, requester: .person)
        }
    }

    @Test func filesWithoutConsentAreDueAfter72HoursOnlyWhenTheSettingSaysSo() throws {
        let f = try ProtectionFixture()
        #expect(try f.store.retentionCandidates(as: f.chef).map(\.id) == [f.old], "kept flagged by default")
        try f.store.changeSetting(as: f.chef, .anonymiseWithoutConsent, to: "on")
        #expect(try f.store.retentionCandidates(as: f.chef).map(\.id) == [f.old], "not before 72 hours")
        f.scratch.clock.advance(seconds: ConsentRule.delay - 1)
        #expect(try f.store.retentionCandidates(as: f.chef).map(\.id) == [f.old])
        f.scratch.clock.advance(seconds: 2)
        let due = try f.store.retentionCandidates(as: f.chef)
        #expect(due.map(\.id) == [f.old, f.recent])
        #expect(due.last?.reason == .noConsent)
    }

    @Test func theRetentionPeriodIsASetting() throws {
        let f = try ProtectionFixture()
        try f.store.changeSetting(as: f.chef, .retentionMonths, to: "36")
        #expect(try f.store.retentionCandidates(as: f.chef).isEmpty)
        #expect(throws: GuichetError.invalid(ProtectionText.retentionExpected.filled(12, 60))) {
            try f.store.changeSetting(as: f.chef, .retentionMonths, to: "6")
        }
    }

    @Test func erasureRemovesTheSameFieldsAtOnceAndTheLedgerKeepsItsEntries() throws {
        let f = try ProtectionFixture()
        let ledger = try f.scratch.query { db in try Row.fetchAll(db, sql: "SELECT id, beneficiary_id, file_number, hash FROM ledger ORDER BY id") }
        let record = try f.store.eraseBeneficiary(as: f.chef, id: f.recent, reason: .consentWithdrawn, requester: .person)
        #expect(record.enrolment.anonymisedOn == (try f.store.today()))
        #expect(record.beneficiary.lastName == Anonymisation.lastName)
        let event = try f.scratch.query { db in
            try Row.fetchOne(db, sql: "SELECT subject, summary, user_login FROM journal WHERE action = 'protection.erase'")!
        }
        #expect(event["subject"] as String == "PAR-2026-00001")
        #expect(event["summary"] as String == "reason=consent_withdrawn requester=person")
        #expect(event["user_login"] as String == "chef")
        // The old file's purchases and deposits stay in the ledger under its number, chained as they were.
        _ = try f.store.eraseBeneficiary(as: f.chef, id: f.old, reason: .objection, requester: .representative)
        let kept = try f.scratch.query { db in try Row.fetchAll(db, sql: "SELECT id, beneficiary_id, file_number, hash FROM ledger ORDER BY id") }
        #expect(kept == ledger)
        #expect(try f.scratch.count("ledger", where: "file_number = 'PAR-2024-00001'") >= 3)
        #expect(try f.store.verifyLedger().isIntact)
        #expect(throws: GuichetError.refused(ProtectionText.alreadyAnonymised)) {
            _ = try f.store.eraseBeneficiary(as: f.chef, id: f.old, reason: .objection, requester: .person)
        }
    }

    @Test func erasureWaitsForAKeyOnLoanToComeBack() throws {
        let f = try HotspotFixture()
        _ = try f.lend()
        #expect(throws: GuichetError.refused(ProtectionText.keyStillLent.filled("CLE-017"))) {
            _ = try f.store.eraseBeneficiary(as: f.chef, id: f.homeless, reason: .objection, requester: .person)
        }
        #expect(try f.store.beneficiary(id: f.homeless).enrolment.anonymisedOn == nil)
    }
}
