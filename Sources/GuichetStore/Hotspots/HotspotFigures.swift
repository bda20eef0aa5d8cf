internal import GRDB
import GuichetCore

/// The figures of the keys over a period of the site's days, for the reports.
public struct HotspotIndicators: Sendable, Equatable {
    public let from: CalendarDay
    public let to: CalendarDay
    /// Loans started in the period (handovers apart).
    public let loansStarted: Int
    /// Keys handed over for good in the period (at once or at the end of a loan).
    public let handedOver: Int
    /// Loans ended by a return in the period (in good condition, accessories missing, damaged).
    public let loansReturned: Int
    /// Loans ended with the key declared lost in the period.
    public let keysLost: Int
    /// Loans late at the end of the period (on its last day).
    public let overdueAtEnd: Int
    /// Different people who held a key (a loan open or a handover) during the period.
    public let peopleEquipped: Int
    /// Among them, the people without housing (sans domicile, hébergement d’urgence / CHRS, hébergé chez un tiers).
    public let peopleWithoutHousingEquipped: Int
}

extension DayCount {
    /// Loans started that day (handovers apart).
    public static let loansStarted = DayCount(sql: "SELECT count(*) FROM hotspot_loans WHERE started_on = :day AND kind = 'loan'")
    /// Loans ended that day by a return of the key (lost and handed over apart).
    public static let loansReturned = DayCount(sql: """
        SELECT count(*) FROM hotspot_loans WHERE closed_on = :day AND outcome IN ('good', 'missing_accessories', 'damaged')
        """)
    /// Loans late on that day: due before it and not ended before it (a renewal moves the day due
    /// of the loan as stored, so a past day counts the loans late by their last day due).
    public static let overdueLoans = DayCount(sql: """
        SELECT count(*) FROM hotspot_loans WHERE kind = 'loan' AND due_on < :day AND started_on <= :day
            AND (closed_on IS NULL OR closed_on >= :day)
        """)
    /// People without housing holding a key that day: a loan open, or a key handed over for good.
    public static let peopleWithoutHousingEquipped = DayCount(sql: """
        SELECT count(DISTINCT l.beneficiary_id) FROM hotspot_loans l JOIN beneficiaries b ON b.id = l.beneficiary_id
        WHERE l.started_on <= :day AND (l.closed_on IS NULL OR l.closed_on > :day OR l.outcome = 'handed_over')
            AND b.housing IN ('homeless', 'emergency_shelter', 'hosted')
        """)
}

extension GuichetStore {
    /// The keys' figures from `from` to `to` (the site's days, both included).
    public func hotspotIndicators(from: CalendarDay, to: CalendarDay) throws(GuichetError) -> HotspotIndicators {
        let after = to.adding(days: 1)
        return try read { db in
            let arguments: StatementArguments = ["from": from.iso, "to": to.iso, "after": after.iso]
            guard let row = try Row.fetchOne(db, sql: """
                SELECT
                    (SELECT count(*) FROM hotspot_loans WHERE kind = 'loan' AND started_on BETWEEN :from AND :to),
                    (SELECT count(*) FROM hotspot_loans WHERE outcome = 'handed_over' AND closed_on BETWEEN :from AND :to),
                    (SELECT count(*) FROM hotspot_loans WHERE outcome IN ('good', 'missing_accessories', 'damaged')
                        AND closed_on BETWEEN :from AND :to),
                    (SELECT count(*) FROM hotspot_loans WHERE outcome = 'lost' AND closed_on BETWEEN :from AND :to)
                """, arguments: arguments) else { throw GuichetError.storage("no figures") }
            let overdue = try Int.fetchOne(db, sql: DayCount.overdueLoans.sql, arguments: ["day": to.iso]) ?? 0
            let held = """
                FROM hotspot_loans l JOIN beneficiaries b ON b.id = l.beneficiary_id
                WHERE l.started_on <= :to AND (l.closed_on IS NULL OR l.closed_on >= :from OR l.outcome = 'handed_over')
                """
            let people = try Int.fetchOne(db, sql: "SELECT count(DISTINCT l.beneficiary_id) \(held)", arguments: arguments) ?? 0
            let withoutHousing = try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT l.beneficiary_id) \(held) AND b.housing IN ('homeless', 'emergency_shelter', 'hosted')
                """, arguments: arguments) ?? 0
            return HotspotIndicators(from: from, to: to, loansStarted: row[0], handedOver: row[1], loansReturned: row[2],
                                     keysLost: row[3], overdueAtEnd: overdue, peopleEquipped: people,
                                     peopleWithoutHousingEquipped: withoutHousing)
        }
    }

    /// Loans started each day from `first` to `last` (0 for a day without any), for a chart.
    public func loansStartedByDay(from first: CalendarDay, to last: CalendarDay) throws(GuichetError) -> [Int] {
        let byDay = try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT started_on, count(*) FROM hotspot_loans WHERE kind = 'loan' AND started_on BETWEEN ? AND ? GROUP BY started_on
                """, arguments: [first.iso, last.iso]).map { ($0[0] as String, $0[1] as Int) })
        }
        return DaySeries.fill(byDay, from: first, to: last)
    }
}
