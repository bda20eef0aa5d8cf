import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Imports the rows of a spreadsheet read by `BeneficiaryImportFile` (supervisors).
    ///
    /// - If the header is unusable, or any row is invalid and `skipInvalid` is false,
    ///   nothing is stored (`blocked`); the report still lists every issue and duplicate.
    /// - Rows that are likely duplicates (`DuplicateRule`) of an existing file or of an
    ///   earlier row of the file are reported and skipped.
    /// - All files are created in ONE transaction with ONE journal event
    ///   `import.beneficiaries` (counts only), enrolled on the site's today.
    /// - `dryRun`: everything is checked and the numbers the files would get are
    ///   reported; nothing is written.
    /// - `progress(done, total)` is called after each valid row is checked.
    ///
    /// The write lock is held only for the writing itself (about 0.5 s for 20,000 rows
    /// on 100,000 files, see guichet-bench), so that the counters keep working during
    /// a long import. Before it, without any lock: the rows' values are prepared; the
    /// stored files are read once in a read snapshot (other programs keep writing
    /// meanwhile) and the duplicates found in memory (`DuplicateIndex`, the same rule
    /// as the counter's `likelyDuplicates`); the files other programs created or
    /// changed meanwhile are looked at again; the rows are staged with their numbers
    /// in a TEMP table (`ImportWrite`). Then ONE immediate transaction looks at what
    /// changed in the last moments (usually nothing: `PRAGMA data_version`), renumbers
    /// if needed, copies the rows in one statement and appends the journal event.
    public func importBeneficiaries(
        as actor: Actor, file: BeneficiaryImportFile, skipInvalid: Bool, dryRun: Bool,
        progress: ((Int, Int) -> Void)? = nil
    ) throws(GuichetError) -> BeneficiaryImportReport {
        try importBeneficiaries(as: actor, file: file, skipInvalid: skipInvalid, dryRun: dryRun, progress: progress,
                                beforeWrite: {})
    }

    /// `beforeWrite` runs between the staging and the write transaction (for the tests:
    /// another program commits there, and only the check inside the write can see it).
    func importBeneficiaries(
        as actor: Actor, file: BeneficiaryImportFile, skipInvalid: Bool, dryRun: Bool,
        progress: ((Int, Int) -> Void)?, beforeWrite: () -> Void
    ) throws(GuichetError) -> BeneficiaryImportReport {
        try actor.require(.importData)
        let today = try self.today()
        let now = clock.now()
        let refusedLines = file.rows.filter { $0.beneficiary == nil }.map(\.line)
        let headerBlocked = file.headerIssues.contains(where: \.blocking)
        let blocked = headerBlocked || (!refusedLines.isEmpty && !skipInvalid)
        let issues = file.headerIssues + file.rows.flatMap(\.issues)

        func report(_ outcomes: [ImportOutcome], rows: [ImportRow], numbers: [FileNumber], committed: Bool,
                    writeDuration: Duration? = nil) -> BeneficiaryImportReport {
            var numberOfRow: [Int: FileNumber] = [:]
            var kept = numbers.makeIterator()
            var duplicates: [ImportDuplicate] = []
            for (index, outcome) in outcomes.enumerated() {
                switch outcome {
                case .kept:
                    numberOfRow[index] = kept.next()
                case .duplicateOfFile(let number):
                    duplicates.append(ImportDuplicate(line: rows[index].line, existing: number, earlierLine: nil))
                case .duplicateOfRow(let other):
                    if let number = numberOfRow[other] {
                        duplicates.append(ImportDuplicate(line: rows[index].line, existing: number, earlierLine: rows[other].line))
                    }
                }
            }
            return BeneficiaryImportReport(encoding: file.encoding, issues: issues, refusedLines: refusedLines,
                                           duplicates: duplicates, imported: numbers, committed: committed,
                                           blocked: blocked, writeDuration: writeDuration)
        }

        if headerBlocked { return report([], rows: [], numbers: [], committed: false) }

        // 1. Outside any lock: the values of every valid row, and its duplicates within the file.
        let rows = file.rows.compactMap { row in row.beneficiary.map { ImportRow(line: row.line, beneficiary: $0) } }
        let earlier = DuplicateIndex.earlierMatches(rows)

        // 2. In a read snapshot (other programs keep writing): the stored files, read once and
        //    indexed, and the duplicates of each row among them. The index is let go of
        //    afterwards: only each file's `updated_at` is kept, to see what changes.
        var version = try dataVersion()
        var (snapshot, existing, lastID, site, sequence) = try read { db in
            let stored = try StoredFiles.read(db)
            var existing: [[StoredFileReference]] = []
            existing.reserveCapacity(rows.count)
            for (index, row) in rows.enumerated() {
                existing.append(stored.matches(for: row))
                progress?(index + 1, rows.count)
            }
            let site = try FileSequences.site(db)
            return (stored.updatedAt, existing, stored.references.last?.id ?? 0, site,
                    try ImportWrite.currentSequence(db, site: site, year: today.year))
        }
        var outcomes = try StorageFailure.guarded {
            try ImportOutcome.fold(rows, existing: existing, earlier: earlier, lastID: lastID)
        }

        if dryRun || blocked {
            let planned = try ImportWrite.numbers(site: site, year: today.year, after: sequence,
                                                  count: outcomes.filter { $0 == .kept }.count)
            return report(outcomes, rows: rows, numbers: planned, committed: false)
        }

        /// Brings `existing`, `outcomes` and `snapshot` up to date with `changed` files.
        func catchUp(_ db: Database, _ changed: [Int64: String?]) throws {
            guard let updated = try ImportWrite.recheck(db, rows: rows, existing: existing, changed: Set(changed.keys)) else {
                return
            }
            existing = updated
            for (id, updatedAt) in changed { snapshot[id] = updatedAt }
            let lastID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM beneficiaries") ?? 0
            outcomes = try ImportOutcome.fold(rows, existing: existing, earlier: earlier, lastID: lastID)
        }
        let keptCount = { outcomes.filter { $0 == .kept }.count }

        // 3. Still outside the lock: the rows staged with their numbers; then what other
        //    programs changed during the check (a counter at work meanwhile), every file
        //    compared, and the staged rows renumbered if needed.
        var staged = ImportWrite.assign(outcomes, try ImportWrite.numbers(
            site: site, year: today.year, after: sequence, count: keptCount()))
        try StorageFailure.guarded {
            try connection.writeWithoutTransaction { db in try ImportWrite.stage(db, rows, numbers: staged) }
        }
        defer { try? connection.writeWithoutTransaction { db in try ImportWrite.dropStaging(db) } }
        let caughtUpVersion = try dataVersion()
        let caughtUpAt = clock.now()
        var caughtUpLastID = lastID
        if caughtUpVersion != version {
            try StorageFailure.guarded {
                try connection.writeWithoutTransaction { db in
                    try db.inTransaction(.deferred) {
                        try catchUp(db, try ImportWrite.changedFiles(db, since: snapshot))
                        caughtUpLastID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM beneficiaries") ?? 0
                        let current = try ImportWrite.currentSequence(db, site: site, year: today.year)
                        let numbers = ImportWrite.assign(outcomes, try ImportWrite.numbers(
                            site: site, year: today.year, after: current, count: keptCount()))
                        // Only the TEMP table is written: no lock on the database.
                        if numbers != staged { try ImportWrite.renumber(db, planned: staged, numbers: numbers) }
                        staged = numbers
                        return .commit
                    }
                }
            }
            version = caughtUpVersion
        }
        beforeWrite()

        // 4. The write, short: what changed in the last moments (usually nothing, says
        //    `PRAGMA data_version`; else from the indexes), the rows renumbered only if
        //    needed, one copy of them all, the journal event.
        let stamp = BeneficiaryInsertion.Stamp(at: Timestamp.utcText(now), by: actor.userID)
        let timer = ContinuousClock()
        let start = timer.now
        let numbers = try perform(as: actor, action: BeneficiaryAction.imported) { db in
            if try ImportWrite.dataVersion(db) != version {
                try catchUp(db, try ImportWrite.recentlyChangedFiles(db, since: snapshot, lastID: caughtUpLastID,
                                                                     since: caughtUpAt))
            }
            let current = try ImportWrite.currentSequence(db, site: site, year: today.year)
            let numbers = try ImportWrite.numbers(site: site, year: today.year, after: current, count: keptCount())
            let byRow = ImportWrite.assign(outcomes, numbers)
            if byRow != staged { try ImportWrite.renumber(db, planned: staged, numbers: byRow) }
            try ImportWrite.insertStaged(db, last: numbers.last, enrolledOn: today, created: stamp)
            let summary = "imported=\(keptCount()) refused=\(refusedLines.count) "
                + "duplicates=\(outcomes.count - keptCount()) encoding=\(file.encoding.rawValue)"
            return Traced(numbers, subject: nil, summary: summary)
        }
        let writeDuration = timer.now - start
        return report(outcomes, rows: rows, numbers: numbers, committed: true, writeDuration: writeDuration)
    }

    /// `PRAGMA data_version` of the store's connection, read outside any transaction.
    private func dataVersion() throws(GuichetError) -> Int {
        try StorageFailure.guarded { try connection.inDatabase(ImportWrite.dataVersion) }
    }
}
