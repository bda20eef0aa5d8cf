import Foundation
internal import GRDB
import GuichetCore

/// A file listed for anonymisation: why, and its last contact.
public struct RetentionCandidate: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let fileNumber: FileNumber
    public let lastName: String
    public let firstName: String
    /// The last day of a contact: enrolment, renewal, visit, session, purchase, loan or return.
    public let lastContact: CalendarDay
    public let reason: RetentionReason
}

/// The query of the files due for anonymisation, shared by the list and by the
/// anonymisation itself, which asks again inside its transaction (a person may have
/// come back since the list was read).
enum RetentionQuery {
    /// A file's last contact, as ISO day text: the latest of its enrolment, renewal, visits,
    /// budget sessions, ledger entries (purchases, a key's deposit) and loans (lent, ended).
    static let lastContact = """
        max(b.enrolled_on, coalesce(b.renewed_on, ''),
            coalesce((SELECT max(local_day) FROM visits WHERE beneficiary_id = b.id), ''),
            coalesce((SELECT max(session_on) FROM budget_sessions WHERE beneficiary_id = b.id), ''),
            coalesce((SELECT max(day) FROM ledger WHERE beneficiary_id = b.id), ''),
            coalesce((SELECT max(max(started_on, coalesce(closed_on, ''))) FROM hotspot_loans WHERE beneficiary_id = b.id), ''))
        """

    /// `:cutoff` the retention's first kept day, `:consent` 1 when files without consent are due,
    /// `:createdBefore` the instant before which such a file was created; `extra` narrows the files.
    static func sql(extra: String = "") -> String {
        """
        SELECT id, file_number, last_name, first_name, consent_date, last_contact FROM (
            SELECT b.id, b.file_number, b.last_name, b.first_name, b.consent_date, b.created_at, \(lastContact) AS last_contact
            FROM beneficiaries b
            WHERE b.anonymised_on IS NULL \(extra)
                AND ((b.enrolled_on < :cutoff AND coalesce(b.renewed_on, '') < :cutoff)
                     OR (:consent AND b.consent_date IS NULL AND b.created_at < :createdBefore))
                AND NOT EXISTS (SELECT 1 FROM hotspot_loans l WHERE l.beneficiary_id = b.id AND l.closed_on IS NULL)
        )
        WHERE last_contact < :cutoff OR (:consent AND consent_date IS NULL AND created_at < :createdBefore)
        ORDER BY last_contact, id
        """
    }

    static func arguments(today: CalendarDay, now: Date, settings: ProtectionSettings) -> StatementArguments {
        ["cutoff": RetentionRule.cutoff(today: today, months: settings.retentionMonths).iso,
         "consent": settings.anonymiseWithoutConsent,
         "createdBefore": Timestamp.utcText(ConsentRule.createdBefore(now: now))]
    }

    static func candidates(_ db: Database, extra: String = "", today: CalendarDay, now: Date, settings: ProtectionSettings,
                           limit: Int? = nil) throws -> [RetentionCandidate] {
        let cutoff = RetentionRule.cutoff(today: today, months: settings.retentionMonths)
        let sql = sql(extra: extra) + (limit.map { " LIMIT \(max(0, $0))" } ?? "")
        return try Row.fetchAll(db, sql: sql, arguments: arguments(today: today, now: now, settings: settings)).map { row in
            guard let number = FileNumber(row[1] as String), let last = CalendarDay(iso: row[5]) else {
                throw GuichetError.storage("unreadable retention row")
            }
            return RetentionCandidate(id: row[0], fileNumber: number, lastName: row[2], firstName: row[3], lastContact: last,
                                      reason: last < cutoff ? .noContact : .noConsent)
        }
    }
}

extension GuichetStore {
    /// The files due for anonymisation today (supervisors), the longest without contact first.
    public func retentionCandidates(as actor: Actor, limit: Int? = nil) throws(GuichetError) -> [RetentionCandidate] {
        try actor.require(.protectData)
        let today = try today()
        let now = clock.now()
        let settings = protectionSettings()
        return try read { db in try RetentionQuery.candidates(db, today: today, now: now, settings: settings, limit: limit) }
    }
}
