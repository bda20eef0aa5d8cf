import Foundation
import Testing
@testable import GuichetStore
import GuichetCore

/// Each area's report figures against the hand-computed month of `ReportFixture`, on a
/// real SQLite file: people counted once per period, anonymous visits, a reversed sale,
/// enrolments started, renewed and expired, the day summary's closing.
@Suite struct ReportFiguresTests {
    static func value(_ contribution: ReportContribution, _ id: ReportFigureID) -> FigureValue? { contribution.figures[id] }

    @Test func beneficiariesOfNovember() throws {
        let f = try ReportFixture()
        let november = try f.store.beneficiaryReportFigures(as: f.chef, period: ReportFixture.november, scope: .report)
        let expected: [ReportFigureID: FigureValue] = [
            .visits: FigureValue(4), .visitsNamed: FigureValue(3), .visitsAnonymous: FigureValue(1),
            // A twice, B once: two people; A came in October, B for the first time.
            .peopleAccompanied: FigureValue(2), .newPeople: FigureValue(1), .returningPeople: FigureValue(1),
            .jobSeekers: FigureValue(1, base: 2),
            // B, C, D, E were created on 18/11 (A on 30/10).
            .newFiles: FigureValue(4),
            // B started; C renewed; D expires on 27/11; E was closed before its end.
            .enrolmentsStarted: FigureValue(1), .enrolmentsRenewed: FigureValue(1), .enrolmentsExpired: FigureValue(1),
        ]
        #expect(november.figures == expected)
        #expect(november.breakdowns[.visitsByReason] == ["recharge": 2, "budget": 1, "hotspot": 0, "information": 2, "other": 0])
        #expect(november.breakdowns[.peopleByReferral] == ["ccas": 1, "siao": 1])
        var daily = [Int](repeating: 0, count: 30)
        daily[17] = 3
        daily[19] = 1
        #expect(november.dailyVisits == daily)

        // December: B alone, who came in November too.
        let december = try f.store.beneficiaryReportFigures(as: f.chef, period: ReportPeriod(.month, containing: CalendarDay(year: 2026, month: 12, day: 1)!),
                                                            scope: .report)
        #expect(december.figures[.peopleAccompanied] == FigureValue(1))
        #expect(december.figures[.returningPeople] == FigureValue(1))
        #expect(december.figures[.jobSeekers] == FigureValue(0, base: 1))
        // Both months as one period: A and B once each.
        let both = try f.store.beneficiaryReportFigures(as: f.chef, period: ReportPeriod(from: ReportFixture.november.first,
                                                                                         to: CalendarDay(year: 2026, month: 12, day: 31)!)!,
                                                        scope: .report)
        #expect(both.figures[.peopleAccompanied] == FigureValue(2))
        #expect(both.figures[.visits] == FigureValue(5))
    }

    @Test func budgetRechargesAndSignInsOfNovember() throws {
        let f = try ReportFixture()
        let budget = try f.store.budgetReportFigures(as: f.chef, period: ReportFixture.november, scope: .report)
        #expect(budget.figures == [.coachingSessions: FigureValue(1), .peopleCoached: FigureValue(1),
                                   .monthlySavings: FigureValue(42_00), .shareBefore: FigureValue(88, base: 1),
                                   .shareAfter: FigureValue(39, base: 1)])
        let recharges = try f.store.rechargeReportFigures(as: f.chef, period: ReportFixture.november, scope: .report)
        // The Orange card sold by cheque was reversed: it counts for nothing, and B was not served.
        #expect(recharges.figures == [.rechargeCards: FigureValue(2), .rechargeValue: FigureValue(10_00), .rechargeHours: FigureValue(120),
                                      .rechargeCash: FigureValue(10_00), .rechargeCheque: FigureValue(0), .rechargeFree: FigureValue(0),
                                      .peopleServed: FigureValue(1)])
        let logins = try f.store.accountReportFigures(as: f.chef, period: ReportFixture.november)
        #expect(logins.figures == [.logins: FigureValue(1)])
    }

    @Test func daySummaryOfTwoDays() throws {
        let f = try ReportFixture()
        let day18 = ReportPeriod(.day, containing: ReportFixture.day18)
        let recharges18 = try f.store.rechargeReportFigures(as: f.chef, period: day18, scope: .daySummary)
        // 62 € counted, 60 € expected (50 € of float and 10 € of sales).
        #expect(recharges18.figures[.cashClosing] == FigureValue(2_00, base: 1))
        #expect(recharges18.figures[.peopleServed] == nil)
        let day20 = ReportPeriod(.day, containing: ReportFixture.day20)
        let recharges20 = try f.store.rechargeReportFigures(as: f.chef, period: day20, scope: .daySummary)
        #expect(recharges20.figures[.cashClosing] == FigureValue(0, base: 0))
        #expect(recharges20.figures[.rechargeCards] == FigureValue(0) && recharges20.figures[.rechargeCheque] == FigureValue(0))
        let visits18 = try f.store.beneficiaryReportFigures(as: f.chef, period: day18, scope: .daySummary)
        #expect(visits18.figures == [.visits: FigureValue(3), .visitsNamed: FigureValue(2), .visitsAnonymous: FigureValue(1),
                                     .newFiles: FigureValue(4)])
        #expect(visits18.dailyVisits == nil)
    }

    @Test func onlySupervisorsReadTheFigures() throws {
        let f = try ReportFixture()
        #expect(throws: GuichetError.forbidden(.readWholeJournal)) {
            try f.store.beneficiaryReportFigures(as: f.volunteer, period: ReportFixture.november, scope: .report)
        }
        #expect(throws: GuichetError.forbidden(.readWholeJournal)) {
            try f.store.rechargeReportFigures(as: f.volunteer, period: ReportFixture.november, scope: .daySummary)
        }
        #expect(throws: GuichetError.forbidden(.readWholeJournal)) {
            try f.store.forEachJournalEvent(as: f.volunteer, in: ReportFixture.november) { _ in }
        }
    }

    /// An enrolment started on 31/05 ends on the last day of February (not in March, as SQLite's own `+9 months` would say).
    @Test func anEnrolmentOfTheThirtyFirstEndsAtTheMonthsLastDay() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        _ = try store.createBeneficiary(as: chef, People.make("Lefèvre", "Hélène"), enrolledOn: CalendarDay(year: 2026, month: 5, day: 31)!)
        #expect(Enrolment(startDate: CalendarDay(year: 2026, month: 5, day: 31)!).expiresOn == CalendarDay(year: 2027, month: 2, day: 28)!)
        let february = try store.beneficiaryReportFigures(as: chef, period: ReportPeriod(.month, containing: CalendarDay(year: 2027, month: 2, day: 1)!),
                                                          scope: .report)
        let march = try store.beneficiaryReportFigures(as: chef, period: ReportPeriod(.month, containing: CalendarDay(year: 2027, month: 3, day: 1)!),
                                                       scope: .report)
        #expect(february.figures[.enrolmentsExpired] == FigureValue(1))
        #expect(march.figures[.enrolmentsExpired] == FigureValue(0))
    }

    @Test func theBareQueriesRunWithTheSameArguments() throws {
        let f = try ReportFixture()
        #expect(try f.store.bareReportQueries(ReportFixture.november) > 0)
    }

    @Test func aReviewIsJournaledWithItsPeriodAndNothingWhenTheFileFails() throws {
        let f = try ReportFixture()
        try f.store.recordReview(as: f.chef, .exported, period: ReportFixture.november, summary: "what=daily format=csv rows=30") { "file" }
        let last = try f.scratch.query { db in try String.fetchOne(db, sql: "SELECT action || ' ' || subject || ' ' || summary || ' ' || user_login FROM journal ORDER BY id DESC LIMIT 1") }
        #expect(last == "report.export 2026-11-01..2026-11-30 what=daily format=csv rows=30 to=file chef")
        let before = try f.scratch.count("journal")
        #expect(throws: GuichetError.self) {
            try f.store.recordReview(as: f.chef, .exported, period: ReportFixture.november, summary: "") { throw GuichetError.refused(Phrase(fr: "disque plein", en: "disk full")) }
        }
        #expect(try f.scratch.count("journal") == before)
        #expect(throws: GuichetError.forbidden(.readWholeJournal)) {
            try f.store.recordReview(as: f.volunteer, .reportWritten, period: ReportFixture.november, summary: "") { "stdout" }
        }
    }

    @Test func volunteersReadTodaysEventsOfTheirSiteOnly() throws {
        let f = try ReportFixture()
        let today = try f.store.today()
        #expect(try f.store.journal(as: f.volunteer, on: today).count == 1)
        #expect(throws: GuichetError.forbidden(.readWholeJournal)) { try f.store.journal(as: f.volunteer, on: ReportFixture.day18) }
        #expect(try f.store.journal(as: f.chef, on: ReportFixture.day18).count > 10)
        var streamed = 0
        try f.store.forEachJournalEvent(as: f.chef, in: ReportFixture.november) { _ in streamed += 1 }
        #expect(streamed == (try f.store.journal(as: f.chef, on: ReportFixture.day18).count + f.store.journal(as: f.chef, on: ReportFixture.day20).count))
    }
}
