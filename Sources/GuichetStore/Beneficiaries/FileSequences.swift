internal import GRDB
import GuichetCore

/// File numbers: one sequence per site and year in `file_sequences`, advanced
/// inside the transaction that creates the file, so a number is never reused
/// and a failed creation consumes none.
enum FileSequences {
    static func next(_ db: Database, site: SiteCode, year: Int) throws -> FileNumber {
        let current = try Int.fetchOne(
            db.cachedStatement(sql: "SELECT last_sequence FROM file_sequences WHERE site_code = ? AND year = ?"),
            arguments: [site.value, year]) ?? 0
        guard let number = FileNumber(site: site, year: year, sequence: current + 1) else {
            throw GuichetError.refused(BeneficiaryStoreText.sequencesExhausted.filled(site.value, year))
        }
        try db.cachedStatement(sql: """
            INSERT INTO file_sequences (site_code, year, last_sequence) VALUES (?, ?, ?)
            ON CONFLICT (site_code, year) DO UPDATE SET last_sequence = excluded.last_sequence
            """).execute(arguments: [site.value, year, number.sequence])
        return number
    }

    /// The site of the database, read inside the transaction.
    static func site(_ db: Database) throws -> SiteCode {
        guard let text = try String.fetchOne(db, sql: "SELECT code FROM site"), let code = SiteCode(text) else {
            throw GuichetError.refused(CoreText.notSetUp)
        }
        return code
    }
}
