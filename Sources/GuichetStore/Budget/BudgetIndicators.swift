import Foundation
internal import GRDB
import GuichetCore

/// One person seen in budget coaching over a period: the share of resources
/// spent on telecoms before and after, and the saving the plan declares.
public struct BudgetPersonShares: Sendable, Equatable {
    public let fileNumber: FileNumber
    /// Sessions of the person within the period.
    public let sessions: Int
    /// Measured at the person's first session ever (the diagnosis): « before ».
    public let firstShare: Int?
    /// Measured at the person's last session of the period (a follow-up shows what changed).
    public let latestShare: Int?
    /// Planned at that last session, once its chosen offers are taken: « after ».
    public let plannedShare: Int?
    /// The monthly saving the plan of that last session declares.
    public let plannedSaving: Money
}

/// The figures of budget coaching over a period, for the reports: sessions held,
/// people seen, their shares before and after, the savings declared.
public struct BudgetIndicators: Sendable, Equatable {
    public let from: CalendarDay
    public let to: CalendarDay
    public let sessions: Int
    public let people: [BudgetPersonShares]

    /// The monthly savings the people's latest plans of the period declare, added up.
    public var monthlySavingsDeclared: Money { people.map(\.plannedSaving).reduce(.zero, +) }
    public var yearlySavingsDeclared: Money { Money(cents: monthlySavingsDeclared.cents * 12) }
}

extension GuichetStore {
    /// Budget coaching from `from` to `to` (days of the sessions, both included), per person.
    /// Supervisors, who read the reports.
    public func budgetIndicators(as actor: Actor, from: CalendarDay, to: CalendarDay) throws(GuichetError) -> BudgetIndicators {
        try actor.require(.readWholeJournal)
        return try read { db in
            let arguments: StatementArguments = ["first": from.iso, "last": to.iso]
            let sessions = try Int.fetchOne(db.cachedStatement(sql: Self.budgetSessionsSQL), arguments: arguments) ?? 0
            let rows = try Row.fetchAll(db.cachedStatement(sql: Self.budgetPeopleSQL), arguments: arguments)
            let people = try rows.map { row in
                guard let number = FileNumber(row["file_number"] as String) else { throw GuichetError.storage("unreadable file number") }
                let resources = Money(cents: row["resources_cents"])
                let before = Money(cents: row["before_cents"])
                let after = Money(cents: row["after_cents"])
                return BudgetPersonShares(
                    fileNumber: number, sessions: row["n"],
                    firstShare: ResourceShare.tenths(of: Money(cents: row["first_before"]), in: Money(cents: row["first_resources"])),
                    latestShare: ResourceShare.tenths(of: before, in: resources),
                    plannedShare: ResourceShare.tenths(of: after, in: resources), plannedSaving: before - after)
            }
            return BudgetIndicators(from: from, to: to, sessions: sessions, people: people)
        }
    }

    /// Sessions held from `:first` to `:last` (days of the sessions, both included).
    static let budgetSessionsSQL = "SELECT count(*) FROM budget_sessions WHERE session_on BETWEEN :first AND :last"

    /// One row per person seen in that period: the latest session of the period, the first ever.
    /// Bare columns next to max() / min() come from the row holding it (SQLite).
    static let budgetPeopleSQL = """
        WITH latest AS (
            SELECT beneficiary_id, max(session_on), count(*) AS n, before_cents, after_cents, resources_cents
            FROM budget_sessions WHERE session_on BETWEEN :first AND :last GROUP BY beneficiary_id
        ), first AS (
            SELECT beneficiary_id, min(session_on), before_cents, resources_cents FROM budget_sessions
            WHERE beneficiary_id IN (SELECT beneficiary_id FROM latest) GROUP BY beneficiary_id
        )
        SELECT b.file_number, l.n, f.before_cents AS first_before, f.resources_cents AS first_resources,
               l.before_cents, l.after_cents, l.resources_cents
        FROM latest l JOIN first f ON f.beneficiary_id = l.beneficiary_id JOIN beneficiaries b ON b.id = l.beneficiary_id
        ORDER BY b.file_number
        """

    /// The file of `number` (the command line names a person by it).
    public func beneficiaryID(fileNumber number: FileNumber) throws(GuichetError) -> Int64 {
        guard let id = try read({ db in
            try Int64.fetchOne(db, sql: "SELECT id FROM beneficiaries WHERE file_number = ?", arguments: [number.formatted])
        }) else { throw .invalid(BeneficiaryStoreText.unknownFile) }
        return id
    }

    /// Journals that the summary of a session was printed (`budget.print`): personal data
    /// left the database, and who did it is kept. `destination` says where (`printer`, `file`).
    public func recordBudgetPrint(as actor: Actor, session: BudgetSessionRecord, destination: String) throws(GuichetError) {
        try actor.require(.budgetCoaching)
        try perform(as: actor, action: BudgetAction.summaryPrinted) { db in
            let fileNumber = try Self.budgetFileNumber(db, session.beneficiaryID)
            return Traced((), subject: fileNumber, summary: "session=\(session.id) to=\(destination)")
        }
    }
}
