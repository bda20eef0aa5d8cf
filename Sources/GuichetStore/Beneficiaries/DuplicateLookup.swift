internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Likely duplicates of `beneficiary` per `DuplicateRule`, excluding the file `id`.
    ///
    /// Candidates come from indexes only: the same phone (`phone_key`), and names
    /// sharing a word's first three letters (FTS prefix index; a typo of 2 letters
    /// rarely touches the start of every word) with a key length within 2 letters
    /// and, when both have one, the same birth date. `DuplicateRule` decides in Swift.
    public func likelyDuplicates(of beneficiary: ValidBeneficiary, excluding id: Int64? = nil) throws(GuichetError) -> [BeneficiarySummary] {
        try read { db in try Self.likelyDuplicates(db, of: beneficiary, excluding: id) }
    }

    static func likelyDuplicates(_ db: Database, of beneficiary: ValidBeneficiary, excluding id: Int64?) throws -> [BeneficiarySummary] {
        let key = beneficiary.personKey
        var candidates: [Row] = []
        let columns = BeneficiarySummary.columns + ", phone"
        if let phone = beneficiary.phone {
            candidates += try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(columns) FROM beneficiaries WHERE phone_key = ? AND phone = ?
                """), arguments: [phone.searchKey, phone.e164])
        }
        let words = Set(NameFolding.tokens(beneficiary.lastName) + NameFolding.tokens(beneficiary.firstName))
        if !words.isEmpty {
            let match = words.sorted().map { "name_tokens : " + SearchTokens.term(String($0.prefix(3)), prefix: true) }
                .joined(separator: " OR ")
            let length = key.fullName.count
            candidates += try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(columns) FROM beneficiaries
                WHERE id IN (SELECT rowid FROM beneficiary_search WHERE beneficiary_search MATCH ?)
                  AND length(search_key) BETWEEN ? AND ?
                  AND (?4 IS NULL OR birth_date IS NULL OR birth_date = ?4)
                """), arguments: [match, length - DuplicateRule.maximumDifferences,
                                  length + DuplicateRule.maximumDifferences, beneficiary.birthDate?.iso])
        }
        var seen: Set<Int64> = []
        var found: [BeneficiarySummary] = []
        for row in candidates {
            let rowID: Int64 = row["id"]
            guard rowID != id, seen.insert(rowID).inserted else { continue }
            let existing = PersonKey(lastName: row["last_name"], firstName: row["first_name"],
                                     birthDate: try StoredDay.optional(row["birth_date"]), phoneE164: row["phone"])
            if DuplicateRule.isLikelyDuplicate(candidate: key, existing: existing) {
                found.append(try BeneficiarySummary(row: row))
            }
        }
        return found.sorted { ($0.lastName, $0.firstName, $0.id) < ($1.lastName, $1.firstName, $1.id) }
    }
}
