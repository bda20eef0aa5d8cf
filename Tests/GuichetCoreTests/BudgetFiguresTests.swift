import Testing
@testable import GuichetCore

/// The computations of telecom budget coaching (issue 9, item 2), on the
/// worked examples of the issue and of DOMAIN.md, in integer cents.
@Suite("Budget figures")
struct BudgetFiguresTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 27)!

    static func euros(_ value: Int64) -> Money { Money(cents: value * 100) }

    static func line(_ kind: TelecomLineKind = .mobilePlan, cost: Int64, commitment: Commitment? = nil) -> TelecomLine {
        TelecomLine(kind: kind, operatorName: "SFR", offerName: "", monthlyCost: euros(cost), commitment: commitment,
                    unpaid: .zero, phone: nil, rio: nil, notes: "")
    }

    static func offer(_ price: Int64) -> ChosenOffer {
        ChosenOffer(offerID: nil, operatorName: "Plusieurs", name: "Tarif social", monthlyPrice: euros(price))
    }

    @Test func theIssuesWorkedExample() {
        // Resources 850 €, lines 45 + 30 € → 8,8 %; after the plan 10 + 23 € → 3,9 %; 42 €/month, 504 €/year.
        let lines = [PlannedLine(line: Self.line(cost: 45), choice: Self.offer(10)),
                     PlannedLine(line: Self.line(.internetBox, cost: 30), choice: Self.offer(23))]
        let figures = BudgetFigures(resources: Self.euros(850), lines: lines, reference: ResourceShare.defaultReference)
        #expect(figures.before == Self.euros(75))
        #expect(figures.after == Self.euros(33))
        #expect(figures.shareBefore == 88)
        #expect(figures.shareAfter == 39)
        #expect(ResourceShare.text(figures.shareBefore, .french) == "8,8 %")
        #expect(ResourceShare.text(figures.shareAfter, .english) == "3.9%")
        #expect(figures.monthlySaving == Self.euros(42))
        #expect(figures.yearlySaving == Self.euros(504))
        #expect(ResourceShare.timesReference(figures.shareBefore, reference: 50) == 18)
    }

    @Test func aShareOfNoResourcesIsNotComputable() {
        #expect(ResourceShare.tenths(of: Self.euros(75), in: .zero) == nil)
        #expect(ResourceShare.text(nil, .french) == "non calculable")
        let figures = BudgetFigures(resources: .zero, lines: [PlannedLine(line: Self.line(cost: 20))], reference: 50)
        #expect(figures.shareBefore == nil && figures.shareAfter == nil)
        #expect(figures.monthlySaving == .zero)
    }

    @Test func sharesRoundToTheNearestTenthHalvesUp() {
        // 1 € of 800 € is 0,125 % → 0,1 %; 1 € of 400 € is 0,25 % → 0,3 %; 15 € of 100 € is 15 %.
        #expect(ResourceShare.tenths(of: Self.euros(1), in: Self.euros(800)) == 1)
        #expect(ResourceShare.tenths(of: Self.euros(1), in: Self.euros(400)) == 3)
        #expect(ResourceShare.tenths(of: Self.euros(15), in: Self.euros(100)) == 150)
        #expect(ResourceShare.tenths(of: Money(cents: 1), in: Money(cents: 3)) == 333)
        #expect(ResourceShare.tenths(of: Money(cents: 2), in: Money(cents: 3)) == 667)
    }

    @Test func theCommitmentRuleOfDomain() throws {
        // 18 months at 30 €: after 8 months 4 + 6/4 = 5.5 months = 165 €; after 14 months 4/4 = 30 €.
        let start = CalendarDay(year: 2025, month: 3, day: 15)!
        let eighteen = try Commitment(start: start, end: start.adding(months: 18).adding(days: -1))
        #expect(eighteen.months == 18)
        #expect(eighteen.exitCost(monthly: Self.euros(30), leavingOn: start.adding(months: 8)) == Self.euros(165))
        #expect(eighteen.exitCost(monthly: Self.euros(30), leavingOn: start.adding(months: 14)) == Self.euros(30))
        // A month begun counts as due: in the middle of month 9, ten months remain.
        #expect(eighteen.monthsRemaining(on: start.adding(months: 8).adding(days: 10)) == 10)
        #expect(eighteen.exitCost(monthly: Self.euros(30), leavingOn: start.adding(months: 18)) == .zero)
        #expect(eighteen.exitCost(monthly: Self.euros(30), leavingOn: start.adding(days: -1)) == Money(cents: 3000 * 12 + 3000 * 6 / 4))
        // 12 months left after 5: every remaining month, 7 × 30 € = 210 €.
        let twelve = try Commitment(start: start, end: start.adding(months: 12))
        #expect(twelve.months == 12)
        #expect(twelve.exitCost(monthly: Self.euros(30), leavingOn: start.adding(months: 5)) == Self.euros(210))
        // The quarter rounds to the nearest cent: 5 × 30,01 € / 4 = 37,5125 € → 37,51 €.
        let twentyFour = try Commitment(start: start, end: start.adding(months: 24).adding(days: -1))
        #expect(twentyFour.exitCost(monthly: Money(cents: 3001), leavingOn: start.adding(months: 19)) == Money(cents: 3751))
    }

    @Test func aCommitmentEndsAfterItsStartAndWithin24Months() {
        let start = CalendarDay(year: 2026, month: 1, day: 1)!
        #expect(throws: GuichetError.self) { try Commitment(start: start, end: start) }
        #expect(throws: GuichetError.self) { try Commitment(start: start, end: start.adding(days: -1)) }
        #expect(throws: GuichetError.self) { try Commitment(start: start, end: start.adding(months: 25)) }
        #expect((try? Commitment(start: start, end: CalendarDay(year: 2027, month: 12, day: 31)!))?.months == 24)
    }

    @Test func switchingPaysForItselfWhenTheSavingHasCoveredTheFee() throws {
        let day = Self.today
        #expect(Payback.day(exitCost: Self.euros(165), monthlySaving: Self.euros(35), from: day) == day.adding(months: 5))
        #expect(Payback.day(exitCost: Self.euros(175), monthlySaving: Self.euros(35), from: day) == day.adding(months: 5))
        #expect(Payback.day(exitCost: Money(cents: 17501), monthlySaving: Self.euros(35), from: day) == day.adding(months: 6))
        #expect(Payback.day(exitCost: .zero, monthlySaving: Self.euros(35), from: day) == day)
        #expect(Payback.day(exitCost: Self.euros(10), monthlySaving: .zero, from: day) == nil)
        #expect(Payback.day(exitCost: .zero, monthlySaving: Self.euros(-3), from: day) == nil)
        // A line kept has no exit cost and no payback; a line switched has both.
        let start = CalendarDay(year: 2026, month: 3, day: 27)!
        let commitment = try Commitment(start: start, end: start.adding(months: 18).adding(days: -1))
        let kept = PlannedLine(line: Self.line(cost: 30, commitment: commitment))
        #expect(kept.exitCost(on: day) == .zero && kept.payback(from: day) == nil)
        let switched = PlannedLine(line: Self.line(cost: 30, commitment: commitment), choice: Self.offer(10))
        #expect(switched.exitCost(on: day) == Self.euros(165))
        #expect(switched.payback(from: day) == day.adding(months: 9))
    }

    @Test func theReferenceSettingReadsPercentages() throws {
        #expect(try ResourceShare.reference("5") == 50)
        #expect(try ResourceShare.reference("4,5") == 45)
        #expect(try ResourceShare.reference(" 4.5 % ") == 45)
        #expect(ResourceShare.stored(45) == "4.5" && ResourceShare.stored(50) == "5")
        for bad in ["", "0", "31", "4,55", "abc", "-5", "5,"] {
            #expect(throws: GuichetError.invalid(BudgetText.referenceExpected), "\(bad)") { try ResourceShare.reference(bad) }
        }
    }
}
