/// A line's commitment (« engagement »): from its start to its end, at most
/// 24 months (loi Chatel, Code de la consommation L224-28), and what leaving
/// it early costs.
public struct Commitment: Sendable, Hashable {
    public static let maximumMonths = 24

    public let start: CalendarDay
    public let end: CalendarDay

    /// Checked: `end` after `start`, at most 24 months later.
    public init(start: CalendarDay, end: CalendarDay) throws(GuichetError) {
        guard end > start else {
            throw .invalid(BudgetText.commitmentEndBeforeStart.filled(end.formatted(.french), start.formatted(.french)))
        }
        let months = Self.wholeMonths(from: start, to: end.adding(days: 1))
        guard months <= Self.maximumMonths else {
            throw .invalid(BudgetText.commitmentTooLong.filled(months, Self.maximumMonths))
        }
        self.start = start
        self.end = end
    }

    /// Its length in months, the end day included: 01/01/2026–31/12/2026 is 12 months,
    /// and so is 01/01/2026–01/01/2027 (contracts write it either way).
    public var months: Int { Self.wholeMonths(from: start, to: end.adding(days: 1)) }

    /// Whole months from `start` to `day` (0 before the start), at most the length.
    public func monthsElapsed(on day: CalendarDay) -> Int {
        min(months, Self.wholeMonths(from: start, to: day))
    }

    /// The months still due when leaving on `day`: a month begun counts as due
    /// (the estimate errs on the side of the person being warned), so after
    /// 8 whole months of 18, 10 remain.
    public func monthsRemaining(on day: CalendarDay) -> Int {
        day > end ? 0 : months - monthsElapsed(on: day)
    }

    /// What leaving on `day` costs (DOMAIN.md): the monthly fees still due up to the
    /// end of month 12, plus a quarter of those due after month 12; for a
    /// commitment of 12 months or less, every remaining month.
    ///
    /// 18 months at 30 € left after 8 months: 4 + 6/4 = 5.5 months = 165 €;
    /// after 14 months: 4/4 = 1 month = 30 €. The quarter is taken of the cents
    /// due after month 12 and rounded to the nearest cent, halves up, in
    /// integers: round(x / 4) = floor((x + 2) / 4) for x ≥ 0 — a quarter of
    /// 5 × 30,01 € = 150,05 € is 37,5125 €, counted 37,51 €.
    public func exitCost(monthly: Money, leavingOn day: CalendarDay) -> Money {
        let remaining = monthsRemaining(on: day)
        guard remaining > 0 else { return .zero }
        let elapsed = months - remaining
        let untilTwelve = max(0, min(12, months) - elapsed)
        let afterTwelve = max(0, months - max(12, elapsed))
        let full = monthly.cents * Int64(untilTwelve)
        let quarter = (monthly.cents * Int64(afterTwelve) + 2) / 4
        return Money(cents: full + quarter)
    }

    /// Whole months from `a` to `b`: the largest m with a + m months ≤ b (0 when b is before a).
    /// A month added to 31 January lands on the last day of February.
    static func wholeMonths(from a: CalendarDay, to b: CalendarDay) -> Int {
        guard b > a else { return 0 }
        var months = (b.year - a.year) * 12 + (b.month - a.month)
        while months > 0 && a.adding(months: months) > b { months -= 1 }
        return months
    }
}

/// When switching pays for itself: the exit fee paid back by the monthly saving.
public enum Payback {
    /// The day from which leaving now has paid for itself: `day` plus as many months
    /// as the saving needs to cover `exitCost` (⌈cost ÷ saving⌉ months, in integers);
    /// `day` itself when leaving is free; nil when the switch saves nothing.
    public static func day(exitCost: Money, monthlySaving: Money, from day: CalendarDay) -> CalendarDay? {
        months(exitCost: exitCost, monthlySaving: monthlySaving).map { day.adding(months: $0) }
    }

    /// The whole months the saving takes to cover the fee (0 when leaving is free); nil when it never does.
    public static func months(exitCost: Money, monthlySaving: Money) -> Int? {
        guard monthlySaving.cents > 0 else { return nil }
        guard exitCost.cents > 0 else { return 0 }
        return Int((exitCost.cents + monthlySaving.cents - 1) / monthlySaving.cents)
    }
}
