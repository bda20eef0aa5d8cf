import Foundation
internal import GRDB
import GuichetCore

/// What a closing wrote.
public struct ClosingResult: Sendable, Equatable {
    public let day: CalendarDay
    public let expected: Money
    public let counted: Money
    public var gap: Money { counted - expected }
}

extension GuichetStore {
    /// Opens today's cash box with the previous counted close as float. A first float
    /// (`typedFloat`, no close before) is a supervisor's. Journaled `cashbox.open`.
    @discardableResult
    public func openCashBox(as actor: Actor, typedFloat: Money? = nil) throws(GuichetError) -> Money {
        try actor.require(.sellRecharges)
        if typedFloat != nil { try actor.require(.correctLedger) }
        return try ledgerAction(as: actor, action: .cashBoxOpened) { db, moment in
            let float = try Self.cashBoxState(db, today: moment.today).openingFloat(typed: typedFloat, today: moment.today)
            let (entry, hash) = try LedgerWriter.append(db, LedgerEntry(
                at: moment.at, day: moment.today, kind: .open, amount: float, cash: float,
                detail: typedFloat == nil ? "float=previous_close" : "float=typed", userID: actor.userID, userLogin: actor.login))
            return Traced(float, subject: moment.today.iso, summary: "float=\(float.cents) " + LedgerWriter.trace(entry, hash: hash))
        }
    }

    /// Cash put in or taken out by a supervisor with a reason; the box must be open.
    public func recordCashMovement(as actor: Actor, kind: CashMovementKind, amount: Money, reason: String) throws(GuichetError) {
        try actor.require(.correctLedger)
        let reason = try CashMovementRule.reason(reason)
        try ledgerAction(as: actor, action: .cashMoved) { db, moment in
            let (entry, hash) = try Self.appendCashMovement(db, moment: moment, kind: kind, amount: amount, note: reason, actor: actor)
            return Traced((), subject: moment.today.iso, summary: "kind=\(kind.rawValue) cash=\(entry.cash.cents) "
                          + LedgerWriter.trace(entry, hash: hash))
        }
    }

    /// Appends a cash movement of `amount` (positive) in or out of today's box, which must be
    /// open: a supervisor's with a reason, or a 3G key's deposit taken or given back (with
    /// its receipt, the person's file and `detail`). Runs in the caller's transaction.
    static func appendCashMovement(_ db: Database, moment: LedgerMoment, kind: CashMovementKind, amount: Money, note: String,
                                   receipt: String? = nil, beneficiaryID: Int64? = nil, fileNumber: String? = nil,
                                   detail: String = "", actor: Actor) throws -> (entry: LedgerEntry, hash: String) {
        try cashBoxState(db, today: moment.today).allow(kind.ledgerKind, today: moment.today)
        let signed = kind == .cashIn ? amount : Money(cents: -amount.cents)
        return try LedgerWriter.append(db, LedgerEntry(
            at: moment.at, day: moment.today, kind: kind.ledgerKind, receipt: receipt, beneficiaryID: beneficiaryID,
            fileNumber: fileNumber, cash: signed, note: note, detail: detail, userID: actor.userID, userLogin: actor.login))
    }

    /// A supervisor closes; a coach too when the setting `cashbox_close_by_coach` is on.
    public func mayCloseCashBox(_ actor: Actor) -> Bool {
        actor.role.may(.closeCashBox) || (actor.role >= .coach && (try? setting(.cashBoxCloseByCoach)) == "on")
    }

    /// The X report of `day` (any time) — the same calculation as the closing's Z.
    public func cashReport(on day: CalendarDay) throws(GuichetError) -> CashReport {
        try read { db in try Self.cashReport(db, day: day) }
    }

    static func cashReport(_ db: Database, day: CalendarDay) throws -> CashReport {
        CashReport(rows: try Row.fetchAll(db.cachedStatement(sql: reportSQL), arguments: [day.iso]).compactMap(sums))
    }

    /// The one query of the X/Z report, on the covering index `ledger_report`.
    static let reportSQL = """
        SELECT kind, product_id, payment, count(*), sum(quantity), sum(units), sum(amount_cents), sum(cash_cents), sum(minutes)
        FROM ledger WHERE day = ? GROUP BY kind, product_id, payment
        """

    static func sums(_ row: Row) -> LedgerSums? {
        guard let kind = LedgerKind(rawValue: row[0]) else { return nil }
        return LedgerSums(kind: kind, productID: row[1], payment: (row[2] as String?).flatMap(PaymentMethod.init), entries: row[3],
                          quantity: row[4], units: row[5], amount: Money(cents: row[6]), cash: Money(cents: row[7]), minutes: row[8])
    }

    /// The day the next closing closes: the last opened day, while it is not closed.
    public func dayToClose() throws(GuichetError) -> CalendarDay? {
        let today = try today()
        return try read { db in try Self.dayToClose(db, today: today) }
    }

    static func dayToClose(_ db: Database, today: CalendarDay) throws -> CalendarDay? {
        switch try cashBoxState(db, today: today) {
        case .open: return today
        case .earlierDayOpen(let day): return day
        case .notOpened, .closed: return nil
        }
    }

    /// Closes the open cash-box day (today, or an earlier day left open) with the cash
    /// counted: the Z report is computed in the transaction, a discrepancy needs a note,
    /// and the closing is itself a chained entry. Journaled `cashbox.close`.
    public func closeCashBox(as actor: Actor, count: CashCount, note: String) throws(GuichetError) -> ClosingResult {
        guard mayCloseCashBox(actor) else { throw .forbidden(.closeCashBox) }
        return try ledgerAction(as: actor, action: .cashBoxClosed) { db, moment in
            guard let day = try Self.dayToClose(db, today: moment.today) else {
                throw GuichetError.refused(RechargeText.notOpenToClose)
            }
            let report = try Self.cashReport(db, day: day)
            let checkedNote = try CashClosing.note(note, counted: count.total, expected: report.expectedCash)
            let (entry, hash) = try LedgerWriter.append(db, LedgerEntry(
                at: moment.at, day: day, kind: .close, amount: count.total, note: checkedNote,
                detail: count.detail + Self.totalsSeparator + report.totals, userID: actor.userID, userLogin: actor.login))
            let result = ClosingResult(day: day, expected: report.expectedCash, counted: count.total)
            return Traced(result, subject: day.iso, summary: "expected=\(result.expected.cents) counted=\(result.counted.cents) "
                          + LedgerWriter.trace(entry, hash: hash))
        }
    }

    /// Between the count and the Z totals in a closing's `detail`.
    static let totalsSeparator = "|"
}
