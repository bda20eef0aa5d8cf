import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct VisitAndTimelineTests {
    @Test func anonymousVisitsOnlyForInformationAndReasonsRequired() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let volunteer = try scratch.volunteer(store, chef: chef)
        try store.recordVisit(as: volunteer, beneficiaryID: nil, reasons: [.information], note: "")
        #expect(throws: GuichetError.invalid(VisitText.anonymousOnlyInformation)) {
            try store.recordVisit(as: volunteer, beneficiaryID: nil, reasons: [.information, .recharge], note: "")
        }
        #expect(throws: GuichetError.invalid(VisitText.reasonsExpected)) {
            try store.recordVisit(as: volunteer, beneficiaryID: nil, reasons: [], note: "")
        }
        #expect(throws: GuichetError.invalid(BeneficiaryStoreText.unknownFile)) {
            try store.recordVisit(as: volunteer, beneficiaryID: 77, reasons: [.budget], note: "")
        }
        let row = try #require(try scratch.query { db in
            try Row.fetchOne(db, sql: "SELECT subject, summary FROM journal WHERE action = 'visit.record'")
        })
        #expect(row["subject"] as String? == nil)
        #expect(row["summary"] as String == "reasons=information")
        #expect(try scratch.count("visits") == 1)
    }

    @Test func timelineIsTheUnionOfItsSourcesNewestFirst() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let volunteer = try scratch.volunteer(store, chef: chef)
        let file = try store.createBeneficiary(as: volunteer, People.make("Martin", "Paul"),
                                               enrolledOn: CalendarDay(year: 2026, month: 1, day: 10)!)
        let other = try store.createBeneficiary(as: volunteer, People.make("Petit", "Léa"), enrolledOn: People.today)
        scratch.clock.advance(seconds: 60)
        try store.recordVisit(as: volunteer, beneficiaryID: file.id, reasons: [.recharge, .budget, .recharge], note: "carte 10 €")
        try store.recordVisit(as: volunteer, beneficiaryID: other.id, reasons: [.hotspot], note: "")
        scratch.clock.advance(seconds: 60)
        _ = try store.updateBeneficiary(as: volunteer, id: file.id, People.make("Martin", "Paul", phone: "0612345678"))
        scratch.clock.advance(seconds: 60)
        _ = try store.renewEnrolment(as: volunteer, id: file.id, on: People.today)
        scratch.clock.advance(seconds: 60)
        _ = try store.closeEnrolment(as: chef, id: file.id, on: People.today, reason: .movedAway)

        let timeline = try store.timeline(of: file.id)
        #expect(timeline.map { $0.event as? BeneficiaryEvent } == [
            .enrolmentClosed(.movedAway), .enrolmentRenewed, .fileUpdated, .visit(reasons: [.recharge, .budget], note: "carte 10 €"), .fileCreated,
        ])
        #expect(timeline.map(\.userLogin) == ["chef", "benevole", "benevole", "benevole", "benevole"])
        #expect(timeline.first!.at == scratch.clock.now())
        #expect(try store.timeline(of: file.id, limit: 2).count == 2)
        #expect(try store.timeline(of: other.id).map { $0.event as? BeneficiaryEvent } == [.visit(reasons: [.hotspot], note: ""), .fileCreated])
        #expect(timeline[3].event.text(.french) == "Passage : recharge, budget — carte 10 €")
        // The timeline is read from its sources in code: the old view is gone.
        let kind = try scratch.query { db in
            try String.fetchOne(db, sql: "SELECT type FROM sqlite_master WHERE name = 'beneficiary_timeline'")
        }
        #expect(kind == nil)
        // Reopened: the closing stays in the history, the reopening comes on top.
        scratch.clock.advance(seconds: 60)
        _ = try store.reopenEnrolment(as: chef, id: file.id)
        #expect(try store.timeline(of: file.id).prefix(2).map { $0.event as? BeneficiaryEvent } == [
            .enrolmentReopened, .enrolmentClosed(.movedAway),
        ])
        #expect(timeline.first?.event.text(.french) == "Inscription clôturée — déménagement")
    }

    @Test func dayFiguresCountVisitsAndNewFilesOfTheLocalDay() throws {
        // 22:30 UTC on the 26th is 23:30 in Paris.
        let scratch = Scratch(at: Timestamp.parse("2026-11-26T22:30:00Z")!)
        let (store, chef) = try scratch.openSetUp()
        let file = try store.createBeneficiary(as: chef, People.make("Martin", "Paul"), enrolledOn: People.today)
        try store.recordVisit(as: chef, beneficiaryID: file.id, reasons: [.budget], note: "")
        scratch.clock.advance(seconds: 3600)   // the 27th in Paris
        try store.recordVisit(as: chef, beneficiaryID: nil, reasons: [.information], note: "")
        try store.recordVisit(as: chef, beneficiaryID: file.id, reasons: [.recharge], note: "")
        #expect(try store.counts([.visits, .newFiles], on: CalendarDay(year: 2026, month: 11, day: 26)!) == [1, 1])
        #expect(try store.counts([.visits, .newFiles], on: CalendarDay(year: 2026, month: 11, day: 27)!) == [2, 0])
    }
}
