import Foundation
internal import GRDB
import GuichetCore

/// A ledger entry as the ledger list shows it.
public struct LedgerLine: Sendable, Equatable, Identifiable {
    public let entry: LedgerEntry
    /// The number of the entry that reversed this one, if any.
    public let reversedBy: Int64?
    /// `entry.at` read as an instant.
    public let date: Date
    public var id: Int64 { entry.id }
}

extension GuichetStore {
    /// Entries, newest first: the latest for an empty query; else by receipt number
    /// (`PAR-R-2026-000123`, or its sequence `123`), entry number, or file number.
    public func searchLedger(_ query: String, limit: Int) throws(GuichetError) -> [LedgerLine] {
        let text = query.trimmingWhitespace()
        let limit = max(0, limit)
        let select = "SELECT \(LedgerWriter.columns), (SELECT r.id FROM ledger r WHERE r.reverses = ledger.id) FROM ledger"
        return try read { db in
            let rows: [Row]
            if text.isEmpty {
                rows = try Row.fetchAll(db, sql: "\(select) ORDER BY id DESC LIMIT ?", arguments: [limit])
            } else if let receipt = ReceiptNumber(text) {
                rows = try Row.fetchAll(db, sql: "\(select) WHERE receipt = ?", arguments: [receipt.description])
            } else if let number = FileNumber(text) {
                rows = try Row.fetchAll(db, sql: "\(select) WHERE beneficiary_id = (SELECT id FROM beneficiaries WHERE file_number = ?)"
                                        + " ORDER BY id DESC LIMIT ?", arguments: [number.formatted, limit])
            } else if text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) {
                let suffix = "-" + String(repeating: "0", count: max(0, 6 - String(value).count)) + String(value)
                rows = try Row.fetchAll(db, sql: "\(select) WHERE id = ? OR receipt LIKE ? ORDER BY id DESC LIMIT ?",
                                        arguments: [value, "%-R-____" + suffix, limit])
            } else {
                rows = []
            }
            return try rows.map { row in
                let entry = try LedgerWriter.entry(row)
                guard let date = StoredTime.parse(entry.at) else { throw GuichetError.storage("unreadable ledger time") }
                return LedgerLine(entry: entry, reversedBy: row[22], date: date)
            }
        }
    }

    /// Cards, value, hours and people over `days` (the site's local days, both ends included).
    public func rechargeIndicators(from first: CalendarDay, to last: CalendarDay) throws(GuichetError) -> RechargeIndicators {
        try read { db in try Self.indicators(db, from: first, to: last) }
    }

    static let indicatorSQL = """
        SELECT coalesce(sum(units), 0), coalesce(sum(amount_cents), 0), coalesce(sum(minutes), 0)
        FROM ledger WHERE day >= ?1 AND day <= ?2 AND kind IN ('sale', 'reversal')
        """
    static let peopleSQL = """
        SELECT count(*) FROM (SELECT beneficiary_id FROM ledger WHERE day >= ?1 AND day <= ?2 AND beneficiary_id IS NOT NULL
                              GROUP BY beneficiary_id HAVING sum(units) > 0)
        """

    static func indicators(_ db: Database, from first: CalendarDay, to last: CalendarDay) throws -> RechargeIndicators {
        let arguments: StatementArguments = [first.iso, last.iso]
        guard let sums = try Row.fetchOne(db.cachedStatement(sql: indicatorSQL), arguments: arguments) else {
            return RechargeIndicators(units: 0, amount: .zero, minutes: 0, people: 0)
        }
        let people = try Int.fetchOne(db.cachedStatement(sql: peopleSQL), arguments: arguments) ?? 0
        return RechargeIndicators(units: sums[0], amount: Money(cents: sums[1]), minutes: sums[2], people: people)
    }

    /// Cards handed out each day from `first` to `last` (0 for a day without any), for a chart.
    public func rechargeUnitsByDay(from first: CalendarDay, to last: CalendarDay) throws(GuichetError) -> [Int] {
        let byDay = try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db.cachedStatement(sql: """
                SELECT day, sum(units) FROM ledger WHERE day >= ? AND day <= ? GROUP BY day
                """), arguments: [first.iso, last.iso]).map { ($0[0] as String, $0[1] as Int) })
        }
        return DaySeries.fill(byDay, from: first, to: last)
    }
}

extension DayCount {
    /// Cards handed out that day, reversals subtracted.
    public static let rechargeUnits = DayCount(sql: """
        SELECT coalesce(sum(units), 0) FROM ledger WHERE day = :day AND kind IN ('sale', 'reversal')
        """)
    /// Minutes of communication handed out that day.
    public static let rechargeMinutes = DayCount(sql: """
        SELECT coalesce(sum(minutes), 0) FROM ledger WHERE day = :day AND kind IN ('sale', 'reversal')
        """)
}
