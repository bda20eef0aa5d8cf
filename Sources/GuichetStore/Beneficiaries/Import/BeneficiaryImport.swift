import Foundation
import GRDB
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
    /// The write lock is held only for the writing itself, so that the counters keep
    /// working during a long import: the rows are checked and their values prepared
    /// first, with the duplicate look-ups in a read snapshot (other programs keep
    /// writing meanwhile). Then one IMMEDIATE transaction checks again the files
    /// created or updated since the snapshot (`ImportWrite.recheck`), allocates the
    /// numbers, inserts the rows and appends the journal event.
    public func importBeneficiaries(
        as actor: Actor, file: BeneficiaryImportFile, skipInvalid: Bool, dryRun: Bool,
        progress: ((Int, Int) -> Void)? = nil
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
        let earlier = ImportDuplicateCheck.earlierMatches(rows)

        // 2. In a read snapshot: the duplicates among the files already there, the last id and the numbers.
        let checkedSince = clock.now()
        let (existing, lastID, site) = try read { db in
            var existing: [[BeneficiarySummary]] = []
            existing.reserveCapacity(rows.count)
            for (index, row) in rows.enumerated() {
                existing.append(try Self.likelyDuplicates(db, of: row.beneficiary, excluding: nil))
                progress?(index + 1, rows.count)
            }
            let lastID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM beneficiaries") ?? 0
            return (existing, lastID, try FileSequences.site(db))
        }
        let outcomes = ImportDuplicateCheck.fold(rows, existing: existing, earlier: earlier, lastID: lastID)
        let keptCount = outcomes.filter { $0 == .kept }.count

        if dryRun || blocked {
            let numbers = try read { db in try ImportWrite.numbers(db, site: site, year: today.year, count: keptCount) }
            return report(outcomes, rows: rows, numbers: numbers, committed: false)
        }

        // 3. The write: short, everything prepared.
        let stamp = BeneficiaryInsertion.Stamp(at: Timestamp.utcText(now), by: actor.userID)
        let timer = ContinuousClock()
        let start = timer.now
        let (finalOutcomes, numbers) = try perform(as: actor, action: .beneficiariesImported) { db in
            var finalOutcomes = outcomes
            if let updated = try ImportWrite.recheck(db, rows: rows, existing: existing, lastID: lastID, checkedSince: checkedSince) {
                finalOutcomes = ImportDuplicateCheck.fold(rows, existing: updated, earlier: earlier, lastID: lastID)
            }
            let kept = zip(rows, finalOutcomes).filter { $0.1 == .kept }.map(\.0)
            let numbers = try ImportWrite.numbers(db, site: site, year: today.year, count: kept.count)
            try ImportWrite.insert(db, kept, numbers: numbers, site: site, enrolledOn: today, created: stamp)
            let duplicates = finalOutcomes.count - kept.count
            let summary = "imported=\(kept.count) refused=\(refusedLines.count) "
                + "duplicates=\(duplicates) encoding=\(file.encoding.rawValue)"
            return Traced((finalOutcomes, numbers), subject: nil, summary: summary)
        }
        let writeDuration = timer.now - start
        return report(finalOutcomes, rows: rows, numbers: numbers, committed: true, writeDuration: writeDuration)
    }
}
