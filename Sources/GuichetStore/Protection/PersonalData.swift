import Foundation
internal import GRDB
import GuichetCore

/// One visit of a person, as the right of access lists it.
public struct PersonVisit: Sendable, Equatable {
    public let at: Date
    public let reasons: [VisitReason]
    public let note: String
    public let userLogin: String?
}

/// Everything the database holds about one person (right of access): the file, visits,
/// coaching sessions and plan, purchases and their reversals, loans, and the journal's
/// events about the file — who changed or read it, and when.
public struct PersonalData: Sendable {
    public let record: BeneficiaryRecord
    public let visits: [PersonVisit]
    public let sessions: [BudgetSessionRecord]
    public let plan: [PlanStepRecord]
    /// The ledger's entries of the person: sales, reversals, a key's deposit and its refund.
    public let purchases: [LedgerEntry]
    public let loans: [HotspotLoan]
    /// The journal's events whose subject is the file number, oldest first.
    public let journal: [JournalEvent]
}

extension GuichetStore {
    /// The person's whole file, read in one snapshot (supervisors).
    public func personalData(as actor: Actor, id: Int64) throws(GuichetError) -> PersonalData {
        try actor.require(.protectData)
        return try read { db in
            guard let record = try BeneficiaryRecord.fetch(db, id: id) else { throw GuichetError.invalid(BeneficiaryStoreText.unknownFile) }
            let visits = try Row.fetchAll(db, sql: """
                SELECT v.at, v.reasons, v.note, u.login FROM visits v LEFT JOIN users u ON u.id = v.recorded_by
                WHERE v.beneficiary_id = ? ORDER BY v.at, v.id
                """, arguments: [id]).map { row in
                guard let at = StoredTime.parse(row[0]) else { throw GuichetError.storage("unreadable visit time") }
                let reasons = (row[1] as String).split(separator: ",").compactMap { VisitReason(rawValue: String($0)) }
                return PersonVisit(at: at, reasons: reasons, note: row[2], userLogin: row[3])
            }
            let plan = try Row.fetchAll(db, sql: "SELECT \(BudgetRows.stepColumns) FROM budget_plan_steps WHERE beneficiary_id = ? ORDER BY due_on, id",
                                        arguments: [id]).map(BudgetRows.step)
            let purchases = try Row.fetchAll(db, sql: "SELECT \(LedgerWriter.columns) FROM ledger WHERE beneficiary_id = ? ORDER BY id",
                                             arguments: [id]).map(LedgerWriter.entry)
            let loans = try Row.fetchAll(db, sql: """
                SELECT \(HotspotRows.loanColumns) FROM hotspot_loans l JOIN hotspot_devices d ON d.id = l.device_id
                WHERE l.beneficiary_id = ? ORDER BY l.started_on, l.id
                """, arguments: [id]).map { try HotspotRows.loan($0) }
            let journal = try Row.fetchAll(db, sql: """
                SELECT id, at, user_login, site_code, action, subject, summary FROM journal WHERE subject = ? ORDER BY id
                """, arguments: [record.fileNumber.formatted]).map { row in
                guard let at = StoredTime.parse(row[1]) else { throw GuichetError.storage("unreadable journal time") }
                return JournalEvent(id: row[0], at: at, userLogin: row[2], siteCode: row[3], action: row[4], subject: row[5], summary: row[6])
            }
            return PersonalData(record: record, visits: visits, sessions: try Self.budgetSessions(db, beneficiaryID: id), plan: plan,
                                purchases: purchases, loans: loans, journal: journal)
        }
    }

    /// Records that the file was exported (right of access), journaled `protection.export`
    /// with where it went (`file`, `printer`), never the path.
    public func recordPersonalDataExport(as actor: Actor, id: Int64, destination: String) throws(GuichetError) {
        try actor.require(.protectData)
        try perform(as: actor, action: ProtectionAction.exported) { db in
            guard let number = try String.fetchOne(db, sql: "SELECT file_number FROM beneficiaries WHERE id = ?", arguments: [id]) else {
                throw GuichetError.invalid(BeneficiaryStoreText.unknownFile)
            }
            return Traced((), subject: number, summary: "to=\(destination)")
        }
    }
}
