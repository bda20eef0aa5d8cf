import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Saves an edited file, journaled `beneficiary.update` with the names of the
    /// changed fields only (`fields=phone,housing`), never their values. Saving an
    /// unchanged file writes nothing and journals nothing.
    public func updateBeneficiary(as actor: Actor, id: Int64, _ beneficiary: ValidBeneficiary) throws(GuichetError) -> BeneficiaryRecord {
        try actor.require(.editBeneficiaries)
        let current = try self.beneficiary(id: id)
        if StoredBeneficiary.changedFields(from: current.beneficiary, to: beneficiary).isEmpty { return current }
        let now = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: BeneficiaryAction.updated) { db in
            // Compared again inside the write lock: someone may have saved in between.
            guard let before = try BeneficiaryRecord.fetch(db, id: id) else {
                throw GuichetError.invalid(BeneficiaryStoreText.unknownFile)
            }
            // An anonymised file takes no personal data again.
            guard before.enrolment.anonymisedOn == nil else { throw GuichetError.refused(EnrolmentText.anonymised) }
            let changed = StoredBeneficiary.changedFields(from: before.beneficiary, to: beneficiary)
            var values = StoredBeneficiary.values(beneficiary)
            values["updated_at"] = now
            values["updated_by"] = actor.userID
            values["id"] = id
            let columns = values.keys.filter { $0 != "id" }.sorted()
            try db.execute(
                sql: "UPDATE beneficiaries SET \(columns.map { "\($0) = :\($0)" }.joined(separator: ", ")) WHERE id = :id",
                arguments: StatementArguments(values))
            guard let record = try BeneficiaryRecord.fetch(db, id: id) else { throw GuichetError.storage("updated file not found") }
            return Traced(record, subject: before.fileNumber.formatted,
                          summary: "fields=" + changed.map(\.rawValue).joined(separator: ","))
        }
    }
}
