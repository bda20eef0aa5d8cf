internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The bare FTS5 query the search is measured against in `guichet-bench`:
    /// `SELECT rowid FROM beneficiary_search WHERE beneficiary_search MATCH ? LIMIT ?`,
    /// each folded word of `query` as a prefix term. Not for the screens: no ranking,
    /// no identifiers, no row data.
    public func bareFullTextSearch(_ query: String, limit: Int = 50) throws(GuichetError) -> [Int64] {
        let words = NameFolding.tokens(query)
        guard !words.isEmpty else { return [] }
        let match = words.map { SearchTokens.term($0, prefix: true) }.joined(separator: " ")
        return try read { db in
            try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT rowid FROM beneficiary_search WHERE beneficiary_search MATCH ? LIMIT ?
                """), arguments: [match, limit])
        }
    }
}
