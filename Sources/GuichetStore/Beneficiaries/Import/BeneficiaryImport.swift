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
    /// - `dryRun`: everything is checked, numbers allocated and duplicates found in a
    ///   transaction that is then rolled back.
    /// - `progress(done, total)` is called after each valid row.
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
        let valid = file.rows.compactMap { row in row.beneficiary.map { (row.line, $0) } }

        func run(_ db: Database) throws -> (imported: [FileNumber], duplicates: [ImportDuplicate]) {
            let site = try FileSequences.site(db)
            let stamp = BeneficiaryInsertion.Stamp(at: Timestamp.utcText(now), by: actor.userID)
            var imported: [FileNumber] = []
            var duplicates: [ImportDuplicate] = []
            var lineOfFile: [Int64: Int] = [:]
            for (index, (line, beneficiary)) in valid.enumerated() {
                if let existing = try Self.likelyDuplicates(db, of: beneficiary, excluding: nil).first {
                    duplicates.append(ImportDuplicate(line: line, existing: existing.fileNumber, earlierLine: lineOfFile[existing.id]))
                } else {
                    let (id, number) = try BeneficiaryInsertion.insert(db, beneficiary, site: site, enrolledOn: today, created: stamp)
                    lineOfFile[id] = line
                    imported.append(number)
                }
                progress?(index + 1, valid.count)
            }
            return (imported, duplicates)
        }

        func report(_ result: (imported: [FileNumber], duplicates: [ImportDuplicate]), committed: Bool) -> BeneficiaryImportReport {
            BeneficiaryImportReport(encoding: file.encoding, issues: issues, refusedLines: refusedLines,
                                    duplicates: result.duplicates, imported: result.imported,
                                    committed: committed, blocked: blocked)
        }

        if headerBlocked { return report(([], []), committed: false) }
        if dryRun || blocked {
            let result = try StorageFailure.guarded {
                try connection.writeWithoutTransaction { db in
                    var result: (imported: [FileNumber], duplicates: [ImportDuplicate]) = ([], [])
                    try db.inTransaction(.immediate) {
                        result = try run(db)
                        return .rollback
                    }
                    return result
                }
            }
            return report(result, committed: false)
        }
        return try perform(as: actor, action: BeneficiaryAction.imported) { db in
            let result = try run(db)
            let summary = "imported=\(result.imported.count) refused=\(refusedLines.count) "
                + "duplicates=\(result.duplicates.count) encoding=\(file.encoding.rawValue)"
            return Traced(report(result, committed: true), subject: nil, summary: summary)
        }
    }
}
