import Foundation
internal import GRDB
import GuichetCore

/// The moment a ledger action runs: its instant as stored, the site's day, the site.
struct LedgerMoment {
    let at: String
    let today: CalendarDay
    let site: SiteCode
}

extension GuichetStore {
    /// Runs a ledger action: `body` gets the transaction and the moment, and its
    /// journal event is written in the same transaction (`perform`).
    func ledgerAction<T>(as actor: Actor, action: RechargeAction, _ body: (Database, LedgerMoment) throws -> Traced<T>)
        throws(GuichetError) -> T {
        try momentAction(as: actor, action: action, body)
    }

    /// `ledgerAction` for any area's action that may write to the ledger (a key's deposit).
    func momentAction<T>(as actor: Actor, action: some JournalAction, _ body: (Database, LedgerMoment) throws -> Traced<T>)
        throws(GuichetError) -> T {
        let now = clock.now()
        return try perform(as: actor, action: action) { db in
            // Read in the transaction: a sale is a handful of statements, and each read outside it would be one more.
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT code, time_zone FROM site")),
                  let site = SiteCode(row[0] as String), let zone = TimeZone(identifier: row[1]) else {
                throw GuichetError.refused(CoreText.notSetUp)
            }
            return try body(db, LedgerMoment(at: Timestamp.utcText(now), today: CalendarDay(now, in: zone), site: site))
        }
    }

    /// The cash box's state on `today`, read from the ledger's openings and closings.
    static func cashBoxState(_ db: Database, today: CalendarDay) throws -> CashBoxState {
        let lastOpened = try String.fetchOne(db.cachedStatement(sql: """
            SELECT day FROM ledger WHERE kind = 'open' ORDER BY day DESC LIMIT 1
            """)).flatMap(CalendarDay.init(iso:))
        var closed = false
        if let lastOpened {
            closed = try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM ledger WHERE kind = 'close' AND day = ?)
                """), arguments: [lastOpened.iso]) ?? false
        }
        let previous = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT amount_cents FROM ledger WHERE kind = 'close' AND day < ? ORDER BY day DESC, id DESC LIMIT 1
            """), arguments: [today.iso]).map(Money.init(cents:))
        return CashBoxState.of(today: today, lastOpenedDay: lastOpened, lastOpenedDayClosed: closed, previousClose: previous)
    }

    /// The next receipt number of the site for the year of `day`, taken in the transaction.
    static func nextReceipt(_ db: Database, site: SiteCode, day: CalendarDay) throws -> ReceiptNumber {
        let current = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT last_sequence FROM receipt_sequences WHERE site_code = ? AND year = ?
            """), arguments: [site.value, day.year]) ?? 0
        guard let number = ReceiptNumber(site: site, year: day.year, sequence: current + 1) else {
            throw GuichetError.storage("receipt numbers exhausted")
        }
        try db.cachedStatement(sql: """
            INSERT INTO receipt_sequences (site_code, year, last_sequence) VALUES (?, ?, ?)
            ON CONFLICT (site_code, year) DO UPDATE SET last_sequence = excluded.last_sequence
            """).execute(arguments: [site.value, day.year, number.sequence])
        return number
    }

    /// Today's cash-box state.
    public func cashBoxState() throws(GuichetError) -> CashBoxState {
        let today = try today()
        return try read { db in try Self.cashBoxState(db, today: today) }
    }
}
