import Foundation
internal import GRDB
import GuichetCore

/// A person followed in budget coaching, as the coach's list shows them.
public struct BudgetFollowUp: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let fileNumber: FileNumber
    public let lastName: String
    public let firstName: String
    public let sessionCount: Int
    public let lastSessionOn: CalendarDay
    /// The share of resources measured at the last session; nil when not computable.
    public let lastShare: Int?
    public let nextStep: PlanStep?
    public let overdueSteps: Int
}

extension GuichetStore {
    /// Whether a plan is under way for the file and its next step: what a volunteer
    /// may see (no amount), on the card and on the person's budget screen.
    public func budgetGlance(beneficiaryID: Int64, on day: CalendarDay) throws(GuichetError) -> BudgetGlance {
        try read { db in
            let counts = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM budget_sessions WHERE beneficiary_id = ?1),
                       (SELECT count(*) FROM budget_plan_steps WHERE beneficiary_id = ?1 AND status = 'todo'),
                       (SELECT count(*) FROM budget_plan_steps WHERE beneficiary_id = ?1 AND status = 'todo' AND due_on < ?2)
                """, arguments: [beneficiaryID, day.iso])
            let next = try Row.fetchOne(db, sql: """
                SELECT \(BudgetRows.stepColumns) FROM budget_plan_steps WHERE beneficiary_id = ? AND status = 'todo'
                ORDER BY due_on, id LIMIT 1
                """, arguments: [beneficiaryID]).map(BudgetRows.step)
            return BudgetGlance(sessionCount: counts?[0] ?? 0, openSteps: counts?[1] ?? 0, overdueSteps: counts?[2] ?? 0,
                                nextStep: next?.step)
        }
    }

    /// Among the files `ids`, those with a step of their plan overdue on `day` (the marker
    /// of the beneficiary list's rows). One cached statement, run at each keystroke of a search.
    public func filesWithOverdueSteps(among ids: [Int64], on day: CalendarDay) throws(GuichetError) -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        return try readKeepingStatements { db in
            Set(try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT beneficiary_id FROM budget_plan_steps
                WHERE beneficiary_id IN (SELECT value FROM json_each(?)) AND status = 'todo' AND due_on < ?
                """), arguments: [list, day.iso]))
        }
    }

    /// The people followed in budget coaching (at least one session, file not anonymised):
    /// those with an overdue step first, then by the next step's day, then the most recent
    /// session. At most `limit`. Coaches and supervisors (the rows carry the share).
    public func budgetFollowUps(as actor: Actor, on day: CalendarDay, limit: Int = 500) throws(GuichetError) -> [BudgetFollowUp] {
        try actor.require(.budgetCoaching)
        return try read { db in
            // SQLite takes the bare columns of a max() row from the row holding the max: the last session's figures.
            let rows = try Row.fetchAll(db, sql: """
                WITH latest AS (
                    SELECT beneficiary_id, max(session_on) AS last_on, count(*) AS sessions, before_cents, resources_cents
                    FROM budget_sessions GROUP BY beneficiary_id
                ), open AS (
                    SELECT beneficiary_id, min(due_on) AS next_due, sum(due_on < :day) AS overdue
                    FROM budget_plan_steps WHERE status = 'todo' GROUP BY beneficiary_id
                )
                SELECT b.id, b.file_number, b.last_name, b.first_name, l.sessions, l.last_on, l.before_cents, l.resources_cents,
                       coalesce(o.overdue, 0) AS overdue
                FROM latest l JOIN beneficiaries b ON b.id = l.beneficiary_id LEFT JOIN open o ON o.beneficiary_id = l.beneficiary_id
                WHERE b.anonymised_on IS NULL
                ORDER BY coalesce(o.overdue, 0) > 0 DESC, o.next_due IS NULL, o.next_due, l.last_on DESC, b.id
                LIMIT :limit
                """, arguments: ["day": day.iso, "limit": max(0, limit)])
            let next = try db.cachedStatement(sql: """
                SELECT \(BudgetRows.stepColumns) FROM budget_plan_steps WHERE beneficiary_id = ? AND status = 'todo'
                ORDER BY due_on, id LIMIT 1
                """)
            return try rows.map { row in
                guard let number = FileNumber(row["file_number"] as String) else { throw GuichetError.storage("unreadable file number") }
                let id: Int64 = row["id"]
                return BudgetFollowUp(
                    id: id, fileNumber: number, lastName: row["last_name"], firstName: row["first_name"],
                    sessionCount: row["sessions"], lastSessionOn: try StoredDay.required(row["last_on"]),
                    lastShare: ResourceShare.tenths(of: Money(cents: row["before_cents"]), in: Money(cents: row["resources_cents"])),
                    nextStep: try Row.fetchOne(next, arguments: [id]).map(BudgetRows.step)?.step, overdueSteps: row["overdue"])
            }
        }
    }
}

extension DayCount {
    /// Budget sessions held that day.
    public static let budgetSessions = DayCount(sql: "SELECT count(*) FROM budget_sessions WHERE session_on = :day")
    /// Plan steps still to do whose day has passed (the coaches' reminders).
    public static let overduePlanSteps = DayCount(sql: "SELECT count(*) FROM budget_plan_steps WHERE status = 'todo' AND due_on < :day")
}
