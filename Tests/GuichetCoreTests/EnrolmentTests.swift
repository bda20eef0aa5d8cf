import Testing
@testable import GuichetCore

@Suite struct EnrolmentTests {
    func day(_ d: Int, _ m: Int, _ y: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    @Test func lastsNineMonths() {
        let enrolment = Enrolment(startDate: day(27, 11, 2026))
        #expect(enrolment.expiresOn == day(27, 8, 2027))
        #expect(enrolment.endDate == day(26, 8, 2027))
        #expect(enrolment.status(on: day(27, 11, 2026)) == .active)
        #expect(enrolment.status(on: day(26, 8, 2027)) == .active)
        #expect(enrolment.status(on: day(27, 8, 2027)) == .expired)
        #expect(enrolment.mayBuyOrBorrow(on: day(26, 8, 2027)))
        #expect(!enrolment.mayBuyOrBorrow(on: day(27, 8, 2027)))
    }

    @Test func renewalWhileActiveExtendsFromTheEnd() throws {
        let renewed = try Enrolment(startDate: day(27, 11, 2026)).renewed(on: day(1, 8, 2027))
        #expect(renewed.expiresOn == day(27, 5, 2028))
        #expect(renewed.status(on: day(26, 5, 2028)) == .active)
        #expect(renewed.status(on: day(27, 5, 2028)) == .expired)
    }

    @Test func renewalAfterExpiryRunsFromTheRenewalDay() throws {
        let enrolment = Enrolment(startDate: day(27, 11, 2026))
        #expect(enrolment.canRenew(on: day(1, 10, 2027)))
        let renewed = try enrolment.renewed(on: day(1, 10, 2027))
        #expect(renewed.expiresOn == day(1, 7, 2028))
        #expect(renewed.status(on: day(30, 6, 2028)) == .active)
    }

    @Test func renewableOnlyOnce() throws {
        let renewed = try Enrolment(startDate: day(27, 11, 2026)).renewed(on: day(1, 8, 2027))
        #expect(!renewed.canRenew(on: day(1, 9, 2028)))
        #expect(throws: GuichetError.refused(EnrolmentText.alreadyRenewed)) { try renewed.renewed(on: day(1, 9, 2028)) }
    }

    @Test func closingIsFinal() throws {
        let closed = try Enrolment(startDate: day(27, 11, 2026)).closed(on: day(1, 1, 2027))
        #expect(closed.status(on: day(2, 1, 2027)) == .closed)
        #expect(!closed.mayBuyOrBorrow(on: day(2, 1, 2027)))
        #expect(!closed.canRenew(on: day(2, 1, 2027)))
        #expect(throws: GuichetError.refused(EnrolmentText.closed)) { try closed.renewed(on: day(2, 1, 2027)) }
        #expect(throws: GuichetError.refused(EnrolmentText.alreadyClosed)) { try closed.closed(on: day(2, 1, 2027)) }
        let anonymised = try closed.anonymised(on: day(1, 1, 2029))
        #expect(anonymised.status(on: day(1, 1, 2029)) == .anonymised)
        #expect(throws: GuichetError.self) { try anonymised.closed(on: day(1, 1, 2029)) }
    }

    @Test func refusalSaysWhyAndWhatToDo() {
        let enrolment = Enrolment(startDate: day(27, 11, 2026))
        #expect(throws: Never.self) { try enrolment.requireActive(on: day(1, 12, 2026)) }
        do {
            try enrolment.requireActive(on: day(1, 9, 2027))
            Issue.record("expired enrolment allowed")
        } catch {
            #expect(error.message(.french) == "Inscription expirée (valable jusqu’au 26/08/2027) : ni vente ni prêt possibles. Renouvelez-la d’abord (une fois, pour 9 mois).")
        }
    }

    @Test func endOfMonthStartIsClamped() {
        let enrolment = Enrolment(startDate: day(31, 5, 2027))
        #expect(enrolment.expiresOn == day(29, 2, 2028))
        #expect(enrolment.endDate == day(28, 2, 2028))
    }

    @Test func statusLabels() {
        #expect(EnrolmentStatus.allCases.map(\.label.french) == ["active", "expirée", "clôturée", "anonymisée"])
    }
}
