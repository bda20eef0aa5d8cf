import Foundation
internal import GRDB

/// The indexed name words starting with each two letters, as the closest-files
/// search reads them at every keystroke of a name that finds nothing. Kept in
/// memory as long as the database has not changed: `PRAGMA data_version` (other
/// connections' commits) and `total_changes()` (this connection's) tell.
final class NameWordCache: @unchecked Sendable {
    /// A word and its letters, ready to be compared.
    struct Word {
        let text: String
        let letters: [Unicode.Scalar]
    }

    private let lock = NSLock()
    private var version: (data: Int64, changes: Int64) = (-1, -1)
    private var words: [String: [Word]] = [:]

    /// The words starting with `start`, read from FTS5's vocabulary the first time.
    func words(startingWith start: String, _ db: Database) throws -> [Word] {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT data_version, total_changes() FROM pragma_data_version()"))
        let current: (Int64, Int64) = (row?[0] ?? 0, row?[1] ?? 0)
        if let cached = lock.withLock({ () -> [Word]? in
            if version != current {
                version = current
                words = [:]
            }
            return words[start]
        }) {
            return cached
        }
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.beneficiary_words USING fts5vocab(main, beneficiary_search, 'row')")
        let found = try String.fetchAll(db.cachedStatement(sql: """
            SELECT term FROM temp.beneficiary_words WHERE term >= ? AND term < ?
            """), arguments: [start, start + "\u{10FFFF}"]).map { Word(text: $0, letters: Array($0.unicodeScalars)) }
        lock.withLock { words[start] = found }
        return found
    }
}
