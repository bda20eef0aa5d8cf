import GuichetCore

/// A row skipped because it duplicates a file already there, or an earlier row of the same file.
public struct ImportDuplicate: Sendable, Equatable {
    /// The line of the skipped row.
    public let line: Int
    /// The file it duplicates.
    public let existing: FileNumber
    /// The line of the earlier row when that file comes from the same import, else nil.
    public let earlierLine: Int?

    public init(line: Int, existing: FileNumber, earlierLine: Int?) {
        self.line = line
        self.existing = existing
        self.earlierLine = earlierLine
    }
}

/// What an import found and did.
public struct BeneficiaryImportReport: Sendable, Equatable {
    public let encoding: DetectedEncoding
    /// Header notices and problems, then each refused row's issues, in file order.
    public let issues: [ImportIssue]
    /// The lines of the refused (invalid) data rows.
    public let refusedLines: [Int]
    public let duplicates: [ImportDuplicate]
    /// The files created (or that would be, in a dry run or a blocked import: then nothing is stored).
    public let imported: [FileNumber]
    /// True when the files were stored.
    public let committed: Bool

    /// True when the header could not be read, or rows were refused and not skipped:
    /// then nothing is stored.
    public let blocked: Bool

    /// How long the write transaction lasted (waiting for the lock included), when there was one:
    /// the time the counters may have had to wait. For the bench.
    public let writeDuration: Duration?
}
