import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Renews the enrolment once, in its last days (`Enrolment.renewed(on:windowDays:)`,
    /// the window a setting), journaled `beneficiary.renew`.
    public func renewEnrolment(as actor: Actor, id: Int64, on day: CalendarDay) throws(GuichetError) -> BeneficiaryRecord {
        try actor.require(.renewEnrolment)
        let window = renewalWindowDays()
        return try changeEnrolment(as: actor, id: id, action: .enrolmentRenewed) { before throws(GuichetError) in
            let renewed = try before.enrolment.renewed(on: day, windowDays: window)
            return (["renewed_on": day.iso], "until=\(renewed.endDate.iso)")
        }
    }

    /// Closes the file (supervisors) for `reason`, journaled `beneficiary.close`.
    public func closeEnrolment(as actor: Actor, id: Int64, on day: CalendarDay, reason: ClosingReason) throws(GuichetError)
        -> BeneficiaryRecord {
        try actor.require(.closeEnrolment)
        return try changeEnrolment(as: actor, id: id, action: .enrolmentClosed) { before throws(GuichetError) in
            _ = try before.enrolment.closed(on: day)
            return (["closed_on": day.iso, "closed_reason": reason.rawValue, "#closed": true], "on=\(day.iso) reason=\(reason.rawValue)")
        }
    }

    /// Opens a closed file again (supervisors), journaled `beneficiary.reopen`; the
    /// closing stays in the file's history (it is read from the journal).
    public func reopenEnrolment(as actor: Actor, id: Int64) throws(GuichetError) -> BeneficiaryRecord {
        try actor.require(.closeEnrolment)
        return try changeEnrolment(as: actor, id: id, action: .enrolmentReopened) { before throws(GuichetError) in
            _ = try before.enrolment.reopened()
            let summary = "closed_on=" + (before.enrolment.closedOn?.iso ?? "")
            return (["closed_on": nil, "closed_reason": nil, "closed_at": nil, "closed_by": nil], summary)
        }
    }

    /// The renewal window in days (a setting), the default when unset or unreadable.
    public func renewalWindowDays() -> Int {
        guard let stored = try? setting(.renewalWindowDays), let days = try? RenewalWindow.days(stored) else {
            return RenewalWindow.defaultDays
        }
        return days
    }

    /// Checks the change with `rule` on the stored file inside the transaction (it throws
    /// when the enrolment refuses it, else gives the columns to set and the journal
    /// summary), then writes them with the update stamp. `#closed` stands for
    /// `closed_at`/`closed_by` set to now and the actor.
    private func changeEnrolment(
        as actor: Actor, id: Int64, action: BeneficiaryAction,
        _ rule: (BeneficiaryRecord) throws(GuichetError) -> (columns: [String: (any DatabaseValueConvertible)?], summary: String)
    ) throws(GuichetError) -> BeneficiaryRecord {
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: action) { db in
            guard let before = try BeneficiaryRecord.fetch(db, id: id) else {
                throw GuichetError.invalid(BeneficiaryStoreText.unknownFile)
            }
            var (columns, summary) = try rule(before)
            if columns.removeValue(forKey: "#closed") != nil {
                columns["closed_at"] = now
                columns["closed_by"] = actor.userID
            }
            if columns["renewed_on"] != nil {
                columns["renewed_at"] = now
                columns["renewed_by"] = actor.userID
            }
            columns["updated_at"] = now
            columns["updated_by"] = actor.userID
            let names = columns.keys.sorted()
            try db.execute(
                sql: "UPDATE beneficiaries SET " + names.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?",
                arguments: StatementArguments(names.map { columns[$0] ?? nil } + [id]))
            guard let record = try BeneficiaryRecord.fetch(db, id: id) else { throw GuichetError.storage("file not found") }
            return Traced(record, subject: before.fileNumber.formatted, summary: summary)
        }
    }
}
