import Foundation
internal import GRDB
import GuichetCore

/// The short write of an import.
///
/// The rows are staged first, outside the write lock, in a TEMP table of the
/// import's own connection (invisible to other programs, it takes no lock on the
/// database), with the numbers they will get if nothing changes meanwhile. Then ONE
/// immediate transaction looks again at the files changed since the rows were
/// checked, renumbers the staged rows only if needed, and copies them all with
/// ONE `INSERT … SELECT`.
///
/// One statement, not one per row: each INSERT statement that fires the
/// full-text trigger opens a statement savepoint, and FTS5 writes its pending
/// terms to disk at every savepoint. Row by row, 20,000 rows took 1.5 s of
/// SQLite's time inside the lock; in one statement, a third of that.
enum ImportWrite {
    static let stagingTable = "guichet_import_rows"

    /// The file number columns the staging table adds to `ImportRow.columns`.
    static let numberColumns = ["file_number", "site_code", "file_year", "file_sequence", "id_tokens"]

    // MARK: What changed since the snapshot

    /// `PRAGMA data_version`: changes when another connection commits, not when this one does.
    static func dataVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
    }

    /// The files created, updated (their `updated_at` moved) or removed since `snapshot`
    /// was read, with their `updated_at` now (nil: removed). One pass over an index:
    /// about 0.1 s for 100,000 files.
    static func changedFiles(_ db: Database, since snapshot: [Int64: String]) throws -> [Int64: String?] {
        var changed: [Int64: String?] = [:]
        var seen = 0
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: "SELECT id, updated_at FROM beneficiaries"))
        while let row = try cursor.next() {
            let id: Int64 = row[0]
            let updatedAt: String = row[1]
            if let known = snapshot[id] {
                seen += 1
                if known != updatedAt { changed[id] = updatedAt }
            } else {
                changed[id] = updatedAt
            }
        }
        if seen < snapshot.count {
            // A file gone since (none is ever deleted today): forget what was found about it.
            let present = try Set(Int64.fetchAll(db, sql: "SELECT id FROM beneficiaries"))
            for id in snapshot.keys where !present.contains(id) { changed[id] = .some(nil) }
        }
        return changed
    }

    /// A writer stamps `updated_at` just before it waits (5 s at most) for the lock:
    /// a change committed after a moment carries a stamp at most this much earlier.
    static let stampMargin: TimeInterval = 60

    /// `changedFiles` for the last moments, from the indexes: the files created after
    /// `lastID`, or stamped since `since` minus `stampMargin`, that differ from `snapshot`.
    /// For inside the write, after `changedFiles` brought `snapshot` up to date just before.
    static func recentlyChangedFiles(_ db: Database, since snapshot: [Int64: String], lastID: Int64,
                                     since moment: Date) throws -> [Int64: String?] {
        var changed: [Int64: String?] = [:]
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, updated_at FROM beneficiaries WHERE id > ? OR updated_at >= ?"),
                                    arguments: [lastID, Timestamp.utcText(moment.addingTimeInterval(-stampMargin))])
        for row in rows {
            let id: Int64 = row[0]
            let updatedAt: String = row[1]
            if snapshot[id] != updatedAt { changed[id] = updatedAt }
        }
        return changed
    }

    /// The duplicates of each row once the `changed` files are looked at again: what the
    /// snapshot said about them is dropped, and they are checked as they are now.
    /// Nil when nothing changed.
    static func recheck(_ db: Database, rows: [ImportRow], existing: [[StoredFileReference]],
                        changed: Set<Int64>) throws -> [[StoredFileReference]]? {
        guard !changed.isEmpty else { return nil }
        var files = StoredFiles()
        let ids = changed.sorted()
        // In slices: SQLite limits the number of arguments of a statement.
        for start in stride(from: 0, to: ids.count, by: 500) {
            let slice = Array(ids[start..<min(start + 500, ids.count)])
            let part = try StoredFiles.read(db, where: "id IN (\(slice.map { _ in "?" }.joined(separator: ",")))",
                                            arguments: StatementArguments(slice))
            for (reference, entry) in zip(part.references, part.index.entries) {
                files.references.append(reference)
                files.index.add(entry)
            }
        }
        return rows.indices.map { index in
            existing[index].filter { !changed.contains($0.id) } + files.matches(for: rows[index])
        }
    }

    // MARK: Numbers

    /// The last sequence number used for `site` and `year` (0 when none).
    static func currentSequence(_ db: Database, site: SiteCode, year: Int) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT last_sequence FROM file_sequences WHERE site_code = ? AND year = ?"),
            arguments: [site.value, year]) ?? 0
    }

    /// The `count` numbers after `current`; throws when the year's sequence would overflow.
    static func numbers(site: SiteCode, year: Int, after current: Int, count: Int) throws(GuichetError) -> [FileNumber] {
        guard count > 0 else { return [] }
        guard FileNumber(site: site, year: year, sequence: current + count) != nil else {
            throw .refused(BeneficiaryStoreText.sequencesExhausted.filled(site.value, year))
        }
        return (1...count).compactMap { FileNumber(site: site, year: year, sequence: current + $0) }
    }

    /// The number of each row: the kept rows get `numbers` in order, the others nil.
    static func assign(_ outcomes: [ImportOutcome], _ numbers: [FileNumber]) -> [FileNumber?] {
        var next = numbers.makeIterator()
        return outcomes.map { $0 == .kept ? next.next() : nil }
    }

    // MARK: Staging and writing

    /// Creates the staging table and fills it with every row and its planned number
    /// (nil: not inserted). Outside any transaction on the database itself.
    static func stage(_ db: Database, _ rows: [ImportRow], numbers: [FileNumber?]) throws {
        let columns = ImportRow.columns + numberColumns
        try db.execute(sql: "DROP TABLE IF EXISTS temp.\(stagingTable)")
        try db.execute(sql: """
            CREATE TEMP TABLE \(stagingTable) (position INTEGER PRIMARY KEY, kept INTEGER NOT NULL, \
            \(columns.joined(separator: ", ")))
            """)
        try db.inTransaction(.deferred) {
            let statement = try db.makeStatement(sql: """
                INSERT INTO temp.\(stagingTable) (position, kept, \(columns.joined(separator: ", ")))
                VALUES (\(Array(repeating: "?", count: columns.count + 2).joined(separator: ", ")))
                """)
            for (position, row) in rows.enumerated() {
                let values: [DatabaseValue] = [position.databaseValue, (numbers[position] != nil).databaseValue]
                    + row.values + numberValues(numbers[position])
                statement.setUncheckedArguments(StatementArguments(values))
                try statement.execute()
            }
            return .commit
        }
    }

    /// Gives the staged rows whose number changed (`planned` → `numbers`) their new one.
    static func renumber(_ db: Database, planned: [FileNumber?], numbers: [FileNumber?]) throws {
        let statement = try db.makeStatement(sql: """
            UPDATE temp.\(stagingTable) SET kept = ?, \(numberColumns.map { "\($0) = ?" }.joined(separator: ", "))
            WHERE position = ?
            """)
        for position in numbers.indices where numbers[position] != planned[position] {
            let values: [DatabaseValue] = [(numbers[position] != nil).databaseValue] + numberValues(numbers[position])
                + [position.databaseValue]
            try statement.execute(arguments: StatementArguments(values))
        }
    }

    /// Copies the kept staged rows into `beneficiaries`, in file order, in one statement,
    /// and advances the sequence to `last`.
    static func insertStaged(_ db: Database, last: FileNumber?, enrolledOn: CalendarDay,
                             created: BeneficiaryInsertion.Stamp) throws {
        guard let last else { return }
        let columns = ImportRow.columns + numberColumns
        let stamped = ["enrolled_on", "created_at", "created_by", "updated_at", "updated_by"]
        try db.execute(sql: """
            INSERT INTO beneficiaries (\((columns + stamped).joined(separator: ", ")))
            SELECT \(columns.joined(separator: ", ")), ?, ?, ?, ?, ?
            FROM temp.\(stagingTable) WHERE kept ORDER BY position
            """, arguments: [enrolledOn.iso, created.at, created.by, created.at, created.by])
        try db.execute(sql: """
            INSERT INTO file_sequences (site_code, year, last_sequence) VALUES (?, ?, ?)
            ON CONFLICT (site_code, year) DO UPDATE SET last_sequence = excluded.last_sequence
            """, arguments: [last.site.value, last.year, last.sequence])
    }

    static func dropStaging(_ db: Database) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.\(stagingTable)")
    }

    /// `file_number`, `site_code`, `file_year`, `file_sequence`, `id_tokens` of a number (NULLs for none).
    private static func numberValues(_ number: FileNumber?) -> [DatabaseValue] {
        guard let number else { return Array(repeating: .null, count: numberColumns.count) }
        return [number.formatted.databaseValue, number.site.value.databaseValue, number.year.databaseValue,
                number.sequence.databaseValue, SearchTokens.identifiers(number).databaseValue]
    }
}
