import Foundation
internal import GRDB
import GuichetCore

/// Inserting a new file's row (used by creation, import and demo data).
enum BeneficiaryInsertion {
    struct Stamp {
        var at: String
        var by: Int64?
    }

    /// Allocates the next number of `site` for the year of `enrolledOn` and inserts the row.
    static func insert(_ db: Database, _ beneficiary: ValidBeneficiary, site: SiteCode, enrolledOn: CalendarDay,
                       created: Stamp, extra: [String: (any DatabaseValueConvertible)?] = [:]) throws -> (id: Int64, number: FileNumber) {
        let number = try FileSequences.next(db, site: site, year: enrolledOn.year)
        var values = StoredBeneficiary.values(beneficiary)
        values["file_number"] = number.formatted
        values["site_code"] = site.value
        values["file_year"] = number.year
        values["file_sequence"] = number.sequence
        values["id_tokens"] = SearchTokens.identifiers(number)
        values["enrolled_on"] = enrolledOn.iso
        values["created_at"] = created.at
        values["created_by"] = created.by
        values["updated_at"] = created.at
        values["updated_by"] = created.by
        values.merge(extra) { _, new in new }
        let columns = values.keys.sorted()
        let statement = try db.cachedStatement(sql: """
            INSERT INTO beneficiaries (\(columns.joined(separator: ", ")))
            VALUES (\(columns.map { ":" + $0 }.joined(separator: ", ")))
            """)
        try statement.execute(arguments: StatementArguments(values))
        return (db.lastInsertedRowID, number)
    }
}

extension GuichetStore {
    /// Creates a file numbered `SITE-YYYY-NNNNN` (the year of `enrolledOn`), journaled
    /// `beneficiary.create` with the file number and no name. Confirmed duplicates are
    /// journaled `beneficiary.duplicate_confirmed` in the same transaction.
    public func createBeneficiary(
        as actor: Actor, _ beneficiary: ValidBeneficiary, enrolledOn: CalendarDay, confirmedDuplicates: [FileNumber] = []
    ) throws(GuichetError) -> BeneficiaryRecord {
        try actor.require(.editBeneficiaries)
        let now = clock.now()
        return try perform(as: actor, action: BeneficiaryAction.created) { db in
            let site = try FileSequences.site(db)
            let (id, number) = try BeneficiaryInsertion.insert(
                db, beneficiary, site: site, enrolledOn: enrolledOn,
                created: .init(at: Timestamp.utcText(now), by: actor.userID))
            if !confirmedDuplicates.isEmpty {
                try JournalWriter.append(
                    db, at: now, actor: actor, siteCode: site.value, action: BeneficiaryAction.duplicateConfirmed.code,
                    subject: number.formatted,
                    summary: "others=" + confirmedDuplicates.map(\.formatted).joined(separator: ","))
            }
            guard let record = try BeneficiaryRecord.fetch(db, id: id) else { throw GuichetError.storage("created file not found") }
            return Traced(record, subject: number.formatted, summary: "enrolled=\(enrolledOn.iso)")
        }
    }
}
