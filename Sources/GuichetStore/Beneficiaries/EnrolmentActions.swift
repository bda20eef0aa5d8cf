import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Renews the enrolment once (`Enrolment.renewed(on:)`), journaled `beneficiary.renew`.
    public func renewEnrolment(as actor: Actor, id: Int64, on day: CalendarDay) throws(GuichetError) -> BeneficiaryRecord {
        try actor.require(.renewEnrolment)
        return try changeEnrolment(as: actor, id: id, on: day, action: BeneficiaryAction.enrolmentRenewed, column: "renewed") { enrolment throws(GuichetError) in
            "until=\(try enrolment.renewed(on: day).endDate.iso)"
        }
    }

    /// Closes the file (supervisors), journaled `beneficiary.close`.
    public func closeEnrolment(as actor: Actor, id: Int64, on day: CalendarDay) throws(GuichetError) -> BeneficiaryRecord {
        try actor.require(.closeEnrolment)
        return try changeEnrolment(as: actor, id: id, on: day, action: BeneficiaryAction.enrolmentClosed, column: "closed") { enrolment throws(GuichetError) in
            _ = try enrolment.closed(on: day)
            return "on=\(day.iso)"
        }
    }

    /// Checks the change with `rule` (it throws when the enrolment refuses it, else gives
    /// the journal summary) on the stored enrolment inside the transaction, then stores
    /// `day` in `<column>_on`, the instant and the user in `<column>_at` / `<column>_by`.
    private func changeEnrolment(
        as actor: Actor, id: Int64, on day: CalendarDay, action: BeneficiaryAction, column: String,
        _ rule: (Enrolment) throws(GuichetError) -> String
    ) throws(GuichetError) -> BeneficiaryRecord {
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: action) { db in
            guard let before = try BeneficiaryRecord.fetch(db, id: id) else {
                throw GuichetError.invalid(BeneficiaryStoreText.unknownFile)
            }
            let summary = try rule(before.enrolment)
            try db.execute(
                sql: """
                    UPDATE beneficiaries SET \(column)_on = ?, \(column)_at = ?, \(column)_by = ?, updated_at = ?, updated_by = ?
                    WHERE id = ?
                    """,
                arguments: [day.iso, now, actor.userID, now, actor.userID, id])
            guard let record = try BeneficiaryRecord.fetch(db, id: id) else { throw GuichetError.storage("file not found") }
            return Traced(record, subject: before.fileNumber.formatted, summary: summary)
        }
    }
}
