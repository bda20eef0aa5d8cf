import Foundation
import GRDB
import GuichetCore

/// The short write of an import: inside ONE immediate transaction, what could
/// have changed since the rows were checked is checked again, then the numbers
/// are allocated and the rows inserted with one prepared statement.
enum ImportWrite {
    /// Files updated this long before the check began are looked at again: a
    /// counter stamps `updated_at` just before it waits (5 s at most) for the write lock,
    /// so its change may be committed after our snapshot with an earlier stamp.
    static let updateMargin: TimeInterval = 600

    /// The files created since the check (`id > lastID`) or updated around or after
    /// it; for each, the rows it is now a likely duplicate of replace what the check
    /// found about that file. Returns the new duplicate lists, or nil when nothing changed.
    static func recheck(_ db: Database, rows: [ImportRow], existing: [[BeneficiarySummary]], lastID: Int64,
                        checkedSince: Date) throws -> [[BeneficiarySummary]]? {
        let changed = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(ExistingFile.columns) FROM beneficiaries WHERE id > ? OR updated_at >= ?
            """), arguments: [lastID, Timestamp.utcText(checkedSince.addingTimeInterval(-updateMargin))])
        guard !changed.isEmpty else { return nil }
        let files = try changed.map(ExistingFile.init(row:))
        let changedIDs = Set(files.map(\.summary.id))
        var updated = existing
        var differs = false
        for index in rows.indices {
            var list = updated[index].filter { !changedIDs.contains($0.id) }
            for file in files where ImportDuplicateCheck.isLikelyDuplicate(
                rows[index], of: file.key, tokens: file.tokens, searchKeyLength: file.searchKeyLength) {
                list.append(file.summary)
            }
            if list.map(\.id).sorted() != updated[index].map(\.id).sorted() {
                differs = true
                updated[index] = list
            }
        }
        return differs ? updated : nil
    }

    /// The next `count` numbers of `site` for `year`, without writing; throws when the year's sequence would overflow.
    static func numbers(_ db: Database, site: SiteCode, year: Int, count: Int) throws -> [FileNumber] {
        let current = try Int.fetchOne(
            db.cachedStatement(sql: "SELECT last_sequence FROM file_sequences WHERE site_code = ? AND year = ?"),
            arguments: [site.value, year]) ?? 0
        guard count > 0 else { return [] }
        guard let last = FileNumber(site: site, year: year, sequence: current + count) else {
            throw GuichetError.refused(BeneficiaryStoreText.sequencesExhausted.filled(site.value, year))
        }
        return ((current + 1)..<(current + count)).compactMap { FileNumber(site: site, year: year, sequence: $0) } + [last]
    }

    /// Inserts `rows` numbered `numbers`, enrolled on `enrolledOn`, and advances the sequence once.
    static func insert(_ db: Database, _ rows: [ImportRow], numbers: [FileNumber], site: SiteCode, enrolledOn: CalendarDay,
                       created: BeneficiaryInsertion.Stamp) throws {
        guard let last = numbers.last else { return }
        let fixed = ["file_number", "site_code", "file_year", "file_sequence", "id_tokens", "enrolled_on",
                     "created_at", "created_by", "updated_at", "updated_by"]
        let columns = ImportRow.columns + fixed
        let statement = try db.cachedStatement(sql: """
            INSERT INTO beneficiaries (\(columns.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            """)
        let by = created.by.databaseValue
        let at = created.at.databaseValue
        for (row, number) in zip(rows, numbers) {
            let values = row.values + [
                number.formatted.databaseValue, site.value.databaseValue, number.year.databaseValue,
                number.sequence.databaseValue, SearchTokens.identifiers(number).databaseValue, enrolledOn.iso.databaseValue,
                at, by, at, by,
            ]
            try statement.execute(arguments: StatementArguments(values))
        }
        try db.cachedStatement(sql: """
            INSERT INTO file_sequences (site_code, year, last_sequence) VALUES (?, ?, ?)
            ON CONFLICT (site_code, year) DO UPDATE SET last_sequence = excluded.last_sequence
            """).execute(arguments: [site.value, last.year, last.sequence])
    }
}
