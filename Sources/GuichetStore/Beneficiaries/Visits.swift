import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Records a visit (passage). `beneficiaryID` nil is an anonymous visit, only for
    /// information (`VisitRule`). Journaled `visit.record` with the file number (or
    /// none) and the reason codes.
    public func recordVisit(as actor: Actor, beneficiaryID: Int64?, reasons: [VisitReason], note: String) throws(GuichetError) {
        try actor.require(.recordVisits)
        let visit = try VisitRule.validated(reasons: reasons, note: note, anonymous: beneficiaryID == nil)
        let now = clock.now()
        let day = CalendarDay(now, in: try site().timeZone)
        let codes = visit.reasons.map(\.rawValue).joined(separator: ",")
        try perform(as: actor, action: BeneficiaryAction.visitRecorded) { db in
            var subject: String?
            if let beneficiaryID {
                guard let row = try Row.fetchOne(
                    db, sql: "SELECT file_number, anonymised_on FROM beneficiaries WHERE id = ?", arguments: [beneficiaryID]) else {
                    throw GuichetError.invalid(BeneficiaryStoreText.unknownFile)
                }
                guard row[1] as String? == nil else { throw GuichetError.refused(EnrolmentText.anonymised) }
                let number: String = row[0]
                subject = number
            }
            try Self.insertVisit(db, beneficiaryID: beneficiaryID, at: Timestamp.utcText(now), day: day,
                                 reasons: codes, note: visit.note, by: actor.userID)
            return Traced((), subject: subject, summary: "reasons=" + codes)
        }
    }

    static func insertVisit(_ db: Database, beneficiaryID: Int64?, at: String, day: CalendarDay,
                            reasons: String, note: String, by userID: Int64?) throws {
        try db.cachedStatement(sql: """
            INSERT INTO visits (beneficiary_id, at, local_day, reasons, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [beneficiaryID, at, day.iso, reasons, note, userID])
    }
}

extension DayCount {
    /// Every visit of the day, anonymous ones included.
    public static let visits = DayCount(sql: "SELECT count(*) FROM visits WHERE local_day = :day")
    /// Files created that day (by the form, an import or demo data).
    public static let newFiles = DayCount(sql: "SELECT count(*) FROM beneficiaries WHERE created_at >= :start AND created_at < :end")
}
