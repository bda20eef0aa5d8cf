/// The columns an import knows (beneficiaries, devices): a name to match header
/// cells against, its other usual names, and whether it is required.
public protocol ImportColumnName: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String, AllCases == [Self] {
    var isRequired: Bool { get }
    /// Other header names met in spreadsheets.
    var aliases: [String] { get }
}

extension ImportColumnName {
    /// The column a header cell names, after folding (`Prénom`, `PRENOM` and `prenom` match `prenom`).
    static func match(_ headerCell: String) -> Self? {
        let key = NameFolding.fold(headerCell)
        guard !key.isEmpty else { return nil }
        return allCases.first { column in
            ([column.rawValue] + column.aliases).contains { NameFolding.fold($0) == key }
        }
    }
}

/// The header of an import mapped to its known columns: one reading for every kind of import.
public struct ImportHeader<Column: ImportColumnName>: Sendable, Equatable {
    /// The header cells as written in the file (trimmed).
    public let names: [String]
    /// The known column of each cell, nil for an unknown (ignored) one.
    public let columns: [Column?]

    /// The header, and its issues: a required column missing or a column given twice
    /// (blocking: then the header is nil), unknown columns (notices: they are ignored).
    public static func read(_ row: CSVRow) -> (header: ImportHeader?, issues: [ImportIssue]) {
        let names = row.fields.map { $0.trimmingWhitespace() }
        var columns: [Column?] = []
        var issues: [ImportIssue] = []
        var seen: Set<Column> = []
        let known = Column.allCases.map(\.rawValue).joined(separator: ", ")
        for name in names {
            let column = Column.match(name)
            if let column {
                if seen.contains(column) {
                    issues.append(ImportIssue(line: row.line, column: name, message: ImportText.columnTwice.filled(column.rawValue)))
                }
                seen.insert(column)
            } else if !name.isEmpty {
                issues.append(ImportIssue(line: row.line, column: name, message: ImportText.unknownColumn.filled(known), blocking: false))
            }
            columns.append(column)
        }
        for required in Column.allCases where required.isRequired && !seen.contains(required) {
            issues.append(ImportIssue(line: row.line, column: required.rawValue, message: ImportText.missingColumn.filled(required.rawValue)))
        }
        let header = issues.contains(where: \.blocking) ? nil : ImportHeader(names: names, columns: columns)
        return (header, issues)
    }

    /// The header cell of `column` as written in the file.
    public func name(of column: Column) -> String? {
        columns.firstIndex(of: column).map { names[$0] }
    }

    /// The trimmed values of a data row, by column.
    public func values(of row: CSVRow) -> [Column: String] {
        var values: [Column: String] = [:]
        for (index, column) in columns.enumerated() {
            guard let column, index < row.fields.count else { continue }
            values[column] = row.fields[index].trimmingWhitespace()
        }
        return values
    }

    /// A quote left open, or more values than columns: the issues of the row's shape.
    public func shapeIssues(of row: CSVRow) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        if row.unclosedQuote {
            issues.append(ImportIssue(line: row.line, column: nil, message: ImportText.unclosedQuote))
        }
        if row.fields.count > names.count, row.fields[names.count...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
            issues.append(ImportIssue(line: row.line, column: nil, message: ImportText.tooManyFields.filled(row.fields.count, names.count)))
        }
        return issues
    }
}

/// The records of a CSV file read whole: the encoding decided on the whole file, the
/// separator from the first line. Throws, without reading any line, when a file that is
/// UTF-8 holds invalid bytes.
public struct CSVFile: Sendable {
    public let encoding: DetectedEncoding
    public let separator: Character
    public let records: [CSVRow]

    public init(bytes: [UInt8], encoding choice: EncodingChoice? = nil) throws(GuichetError) {
        let text: String
        do throws(InvalidUTF8) {
            (text, encoding) = try CSVText.decode(bytes, as: choice)
        } catch {
            throw .invalid(error.message)
        }
        let firstLine = text.prefix(while: { $0 != "\n" && $0 != "\r\n" && $0 != "\r" })
        separator = CSVText.detectSeparator(headerLine: String(firstLine))
        records = CSVText.parseRows(text, separator: separator)
    }
}
