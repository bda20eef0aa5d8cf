internal import GRDB
internal import GRDBSQLite
import GuichetCore

/// The rows of a statement that selects `BeneficiarySummary.columns` first, read
/// straight from SQLite's columns. Instant search runs a few such statements at
/// every keystroke: a GRDB `Row` cursor builds a table of lowercased column names
/// each time, and decodes each value through generic conversions.
///
/// Each element is ranked by the optional `matched` column after `columns`, else
/// by `search_key`.
final class SummaryCursor: DatabaseCursor {
    typealias Element = Ranked
    let _statement: Statement
    var _isDone = false
    private let keyIndex: Int32

    init(statement: Statement, arguments: StatementArguments) throws {
        _statement = statement
        keyIndex = Int32(statement.columnCount > BeneficiarySummary.columnCount
            ? BeneficiarySummary.columnCount : BeneficiarySummary.searchKeyIndex)
        try statement.setArguments(arguments)
    }

    deinit {
        // A cursor left before its end (a row that could not be read) must not
        // leave its cached statement running; setting the arguments resets it.
        if !_isDone { try? _statement.setArguments(_statement.arguments) }
    }

    func _element(sqliteStatement: SQLiteStatement) throws -> Ranked {
        let columns = Columns(statement: sqliteStatement)
        let stored = StoredSummary(
            id: sqlite3_column_int64(sqliteStatement, 0), fileNumber: columns.text(1) ?? "", lastName: columns.text(2) ?? "",
            firstName: columns.text(3) ?? "", birthDate: columns.text(4), phone: columns.text(5),
            enrolledOn: columns.text(7) ?? "", renewedOn: columns.text(8), closedOn: columns.text(9),
            anonymisedOn: columns.text(10))
        return Ranked(summary: try BeneficiarySummary(stored: stored), key: columns.text(keyIndex) ?? "")
    }

    private struct Columns {
        let statement: SQLiteStatement

        /// The column's text; nil when it is NULL.
        func text(_ index: Int32) -> String? {
            guard sqlite3_column_type(statement, index) != SQLITE_NULL,
                  let bytes = sqlite3_column_text(statement, index) else { return nil }
            let count = Int(sqlite3_column_bytes(statement, index))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }
    }
}
