/// Where the cash box of the site stands on a day, from the ledger's openings and closings.
public enum CashBoxState: Sendable, Equatable {
    /// Today is not opened yet; its float will be the previous counted close (nil: none
    /// yet, a supervisor types a first float).
    case notOpened(previousClose: Money?)
    /// Today is open.
    case open
    /// Today is closed: no entry any more today.
    case closed
    /// An earlier day was opened and never closed: it must be closed first.
    case earlierDayOpen(CalendarDay)

    /// The facts the state follows from: the last opened day, whether it is closed, and
    /// the last counted close before today.
    public static func of(today: CalendarDay, lastOpenedDay: CalendarDay?, lastOpenedDayClosed: Bool,
                          previousClose: Money?) -> CashBoxState {
        guard let lastOpenedDay else { return .notOpened(previousClose: previousClose) }
        if lastOpenedDay == today { return lastOpenedDayClosed ? .closed : .open }
        if lastOpenedDay < today && !lastOpenedDayClosed { return .earlierDayOpen(lastOpenedDay) }
        return .notOpened(previousClose: previousClose)
    }

    /// Throws, saying what to do, unless an entry of `kind` may be written today.
    public func allow(_ kind: LedgerKind, today: CalendarDay) throws(GuichetError) {
        switch self {
        case .closed:
            throw .refused(Self.dayText(RechargeText.dayClosed, today))
        case .open:
            return
        case .notOpened, .earlierDayOpen:
            guard kind.needsOpenCashBox else { return }
            if case .earlierDayOpen(let day) = self { throw .refused(Self.dayText(RechargeText.earlierDayOpen, day)) }
            throw .refused(RechargeText.cashBoxNotOpen)
        }
    }

    /// The float the opening takes, or why today cannot be opened. `typed` is a first
    /// float, only when there is no previous close.
    public func openingFloat(typed: Money?, today: CalendarDay) throws(GuichetError) -> Money {
        switch self {
        case .open: throw .refused(RechargeText.alreadyOpen)
        case .closed: throw .refused(Self.dayText(RechargeText.dayClosed, today))
        case .earlierDayOpen(let day): throw .refused(Self.dayText(RechargeText.earlierDayOpen, day))
        case .notOpened(let previous):
            if let previous { return previous }
            guard let typed else { throw .refused(RechargeText.firstFloatNeeded) }
            return typed
        }
    }

    /// A phrase whose `{1}` is a day, filled in each language.
    static func dayText(_ phrase: Phrase, _ day: CalendarDay) -> Phrase {
        phrase.filled(Phrase(fr: day.formatted(.french), en: day.formatted(.english)))
    }
}

/// A first float typed by a supervisor (`150`, `150,00`): from 0 to 10 000 €.
public enum CashFloat {
    public static func amount(_ input: String) throws(GuichetError) -> Money {
        guard let value = Money.parse(input), value.cents >= 0, value.cents <= 1_000_000 else {
            throw .invalid(RechargeText.floatExpected)
        }
        return value
    }
}

/// Cash put in or taken out by a supervisor: an amount and a reason.
public enum CashMovementRule {
    public static func amount(_ input: String) throws(GuichetError) -> Money {
        guard let value = Money.parse(input), value.cents > 0, value.cents <= 1_000_000 else {
            throw .invalid(RechargeText.cashAmountExpected)
        }
        return value
    }

    public static func reason(_ input: String) throws(GuichetError) -> String {
        let checked = FreeText.validate(input, maximum: 120)
        guard let value = checked.value, !checked.tooLong, !checked.badCharacter else { throw .invalid(RechargeText.reasonExpected) }
        return value
    }
}
