import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct BeneficiaryFileTests {
    @Test func createAllocatesSequentialNumbersPerYearAndJournalsWithoutNames() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let helene = try People.make("Dupont-Müller", "Hélène", birth: "05/03/1978", phone: "06 12 34 56 78", housing: "SDF")
        let first = try store.createBeneficiary(as: chef, helene, enrolledOn: People.today)
        let second = try store.createBeneficiary(as: chef, People.make("Martin", "Paul"), enrolledOn: People.today)
        let lastYear = try store.createBeneficiary(as: chef, People.make("Petit", "Léa"),
                                                   enrolledOn: CalendarDay(year: 2025, month: 12, day: 1)!)
        #expect(first.fileNumber.formatted == "PAR-2026-00001")
        #expect(second.fileNumber.formatted == "PAR-2026-00002")
        #expect(lastYear.fileNumber.formatted == "PAR-2025-00001")
        #expect(first.beneficiary == helene)
        #expect(try store.beneficiary(id: first.id) == first)
        #expect(first.enrolment == Enrolment(startDate: People.today))

        let rows = try scratch.query { db in
            try Row.fetchAll(db, sql: "SELECT action, subject, summary FROM journal WHERE action = 'beneficiary.create' ORDER BY id")
        }
        #expect(rows.map { $0["subject"] as String } == ["PAR-2026-00001", "PAR-2026-00002", "PAR-2025-00001"])
        for row in rows {
            let summary: String = row["summary"]
            #expect(!summary.localizedCaseInsensitiveContains("dupont") && !summary.localizedCaseInsensitiveContains("hélène"))
            #expect(!summary.contains("Martin") && !summary.contains("Paul"))
        }
        #expect(rows[0]["summary"] as String == "enrolled=2026-11-18")
    }

    @Test func aFailingCreateLeavesNoRowNoJournalAndNoConsumedNumber() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let volunteer = try scratch.volunteer(store, chef: chef)
        try store.setActive(as: chef, userID: volunteer.userID, active: false)
        let before = try scratch.count("journal")
        #expect(throws: GuichetError.refused(CoreText.userInactive)) {
            try store.createBeneficiary(as: volunteer, People.make("Martin", "Paul"), enrolledOn: People.today)
        }
        // A failure inside the transaction after the number was taken: the row's CHECK refuses a 0 sequence.
        #expect(throws: GuichetError.self) {
            try store.perform(as: chef, action: BeneficiaryAction.created) { db -> Traced<Void> in
                _ = try FileSequences.next(db, site: SiteCode("PAR")!, year: 2026)
                try db.execute(sql: "INSERT INTO beneficiaries (file_number) VALUES ('x')")
                return Traced((), subject: nil, summary: "")
            }
        }
        #expect(try scratch.count("beneficiaries") == 0)
        #expect(try scratch.count("file_sequences") == 0)
        #expect(try scratch.count("journal") == before)
        let created = try store.createBeneficiary(as: chef, People.make("Martin", "Paul"), enrolledOn: People.today)
        #expect(created.fileNumber.sequence == 1)
    }

    @Test func duplicatesBySpellingSwappedNamesAndPhoneButNotOtherBirthDates() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let helene = try store.createBeneficiary(
            as: chef, People.make("Dupont", "Hélène", birth: "05/03/1978", phone: "06 12 34 56 78"), enrolledOn: People.today)
        let nguyen = try store.createBeneficiary(as: chef, People.make("Nguyen", "Van"), enrolledOn: People.today)
        func duplicates(_ b: ValidBeneficiary, excluding: Int64? = nil) throws -> [String] {
            try store.likelyDuplicates(of: b, excluding: excluding).map(\.fileNumber.formatted)
        }
        #expect(try duplicates(People.make("Dupond", "Helene")) == [helene.fileNumber.formatted])           // 1 letter
        #expect(try duplicates(People.make("Dupon", "Hélèn", birth: "05/03/1978")) == [helene.fileNumber.formatted]) // 2 letters
        #expect(try duplicates(People.make("Hélène", "Dupont")) == [helene.fileNumber.formatted])          // swapped
        #expect(try duplicates(People.make("Ngyuen", "Van")) == [nguyen.fileNumber.formatted])             // transposed
        #expect(try duplicates(People.make("Autre", "Personne", phone: "+33 6 12 34 56 78")) == [helene.fileNumber.formatted])
        #expect(try duplicates(People.make("Dupont", "Hélène", birth: "06/03/1978")).isEmpty)            // other birth date
        #expect(try duplicates(People.make("Dupontel", "Hélèna")).isEmpty)                                // 3 letters
        #expect(try duplicates(People.make("Dupont", "Hélène"), excluding: helene.id).isEmpty)

        // Confirming a duplicate is journaled with the other file numbers.
        let confirmed = try store.createBeneficiary(as: chef, People.make("Dupond", "Hélène"), enrolledOn: People.today,
                                                    confirmedDuplicates: [helene.fileNumber])
        let row = try #require(try scratch.query { db in
            try Row.fetchOne(db, sql: "SELECT subject, summary FROM journal WHERE action = 'beneficiary.duplicate_confirmed'")
        })
        #expect(row["subject"] as String == confirmed.fileNumber.formatted)
        #expect(row["summary"] as String == "others=PAR-2026-00001")
    }

    @Test func updateJournalsTheChangedFieldsOnlyAndKeepsTheSearchInStep() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let created = try store.createBeneficiary(as: chef, People.make("Martin", "Paul", phone: "0612345678"), enrolledOn: People.today)
        let edited = try People.make("Martin", "Paul", phone: "07 98 76 54 32", housing: "SDF")
        scratch.clock.advance(seconds: 5)
        let updated = try store.updateBeneficiary(as: chef, id: created.id, edited)
        #expect(updated.beneficiary == edited)
        #expect(updated.updatedAt > created.updatedAt)
        _ = try store.updateBeneficiary(as: chef, id: created.id, edited)   // unchanged: nothing journaled
        let renamed = try store.updateBeneficiary(as: chef, id: created.id, People.make("Martin-Durand", "Paul", phone: "0798765432", housing: "SDF"))
        let summaries = try scratch.query { db in
            try String.fetchAll(db, sql: "SELECT summary FROM journal WHERE action = 'beneficiary.update' ORDER BY id")
        }
        #expect(summaries == ["fields=phone,housing", "fields=lastName"])
        #expect(try store.searchBeneficiaries("durand").map(\.id) == [renamed.id])
        #expect(try store.searchBeneficiaries("0798").map(\.id) == [renamed.id])
        #expect(try store.searchBeneficiaries("0612").isEmpty)
        #expect(try store.searchBeneficiaries("martin").map(\.id) == [renamed.id])
        // The external-content index is still in step with the table (FTS5 checks it).
        try DatabaseQueue(path: scratch.path).write { db in
            try db.execute(sql: "INSERT INTO beneficiary_search (beneficiary_search, rank) VALUES ('integrity-check', 1)")
        }
        #expect(throws: GuichetError.invalid(BeneficiaryStoreText.unknownFile)) {
            try store.updateBeneficiary(as: chef, id: 999, edited)
        }
    }

    @Test func renewOnceThenRefusedAndCloseOnlyForSupervisors() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let volunteer = try scratch.volunteer(store, chef: chef)
        let created = try store.createBeneficiary(as: volunteer, People.make("Martin", "Paul"),
                                                  enrolledOn: CalendarDay(year: 2026, month: 1, day: 10)!)
        #expect(created.enrolment.status(on: People.today) == .expired)
        let renewed = try store.renewEnrolment(as: volunteer, id: created.id, on: People.today)
        #expect(renewed.enrolment.renewedOn == People.today)
        #expect(renewed.enrolment.status(on: People.today) == .active)
        #expect(throws: GuichetError.refused(EnrolmentText.alreadyRenewed)) {
            try store.renewEnrolment(as: volunteer, id: created.id, on: People.today)
        }
        #expect(throws: GuichetError.forbidden(.closeEnrolment)) {
            try store.closeEnrolment(as: volunteer, id: created.id, on: People.today, reason: .movedAway)
        }
        let closed = try store.closeEnrolment(as: chef, id: created.id, on: People.today, reason: .movedAway)
        #expect(closed.enrolment.status(on: People.today) == .closed)
        #expect(closed.closedReason == .movedAway)
        #expect(try store.searchBeneficiaries("martin").first?.status(on: People.today) == .closed)
        #expect(throws: GuichetError.forbidden(.closeEnrolment)) { try store.reopenEnrolment(as: volunteer, id: created.id) }
        let reopened = try store.reopenEnrolment(as: chef, id: created.id)
        #expect(reopened.enrolment.status(on: People.today) == .active)
        #expect(reopened.closedReason == nil && reopened.enrolment.renewedOn == People.today)
        #expect(throws: GuichetError.refused(EnrolmentText.notClosed)) { try store.reopenEnrolment(as: chef, id: created.id) }
        let actions = try scratch.query { db in
            try Row.fetchAll(db, sql: "SELECT action, summary FROM journal WHERE action LIKE 'beneficiary.%' ORDER BY id")
        }
        #expect(actions.map { $0["action"] as String } == ["beneficiary.create", "beneficiary.renew", "beneficiary.close", "beneficiary.reopen"])
        #expect(actions[1]["summary"] as String == "until=2027-08-17")
        #expect(actions[2]["summary"] as String == "on=2026-11-18 reason=moved_away")
        #expect(actions[3]["summary"] as String == "closed_on=2026-11-18")
    }

    /// Renewing on the day a file is created would use up its only renewal: it is
    /// offered in the enrolment's last days only (30 by default, a setting).
    @Test func aRenewalIsOfferedOnlyNearTheEnd() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let fresh = try store.createBeneficiary(as: chef, People.make("Martin", "Paul"), enrolledOn: People.today)
        // Enrolled on 18/11/2026: it expires on 18/08/2027, renewals open on 19/07/2027.
        #expect(throws: GuichetError.refused(EnrolmentText.renewalTooEarly.filled(Phrase(fr: "19/07/2027", en: "19/07/2027"), 30))) {
            try store.renewEnrolment(as: chef, id: fresh.id, on: People.today)
        }
        try store.changeSetting(as: chef, .renewalWindowDays, to: "280")
        #expect(store.renewalWindowDays() == 280)
        let renewed = try store.renewEnrolment(as: chef, id: fresh.id, on: People.today)
        #expect(renewed.enrolment.endDate == CalendarDay(year: 2028, month: 5, day: 17))
        #expect(throws: GuichetError.invalid(EnrolmentText.windowExpected.filled(1, 280))) {
            try store.changeSetting(as: chef, .renewalWindowDays, to: "400")
        }
    }
}
