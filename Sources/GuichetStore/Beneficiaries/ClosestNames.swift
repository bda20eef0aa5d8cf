internal import GRDB
import GuichetCore

extension GuichetStore {
    /// « Fiches proches »: when a name search finds nothing (`muler`), the files whose
    /// names come closest, by the duplicate rule's distance (`DuplicateRule.editDistance`):
    /// each word typed is within 1 letter of a word of the name (2 letters from 5
    /// letters on; the last word, perhaps still being typed, also against the start
    /// of longer words). Fewest differences first.
    ///
    /// Run only when the search found nothing, at a keystroke: the indexed words
    /// starting with the same two letters are read from FTS5's vocabulary (a b-tree
    /// range, a few hundred words), compared in memory, and the files holding the
    /// close words are found through the index.
    public func closestBeneficiaries(_ query: String, limit: Int) throws(GuichetError) -> [BeneficiarySummary] {
        let words = NameFolding.tokens(query)
        guard !words.isEmpty, limit > 0, !query.contains(where: { $0.isASCII && $0.isWholeNumber }) else { return [] }
        return try readKeepingStatements { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.beneficiary_words USING fts5vocab(main, beneficiary_search, 'row')")
            var alternatives: [[String]] = []
            for (index, word) in words.enumerated() {
                let close = try Self.closeWords(db, to: word, mayBeUnfinished: index == words.count - 1)
                guard !close.isEmpty else { return [] }
                alternatives.append(close)
            }
            let match = alternatives.map { terms in
                "(" + terms.map { "name_tokens : " + SearchTokens.term($0, prefix: false) }.joined(separator: " OR ") + ")"
            }.joined(separator: " AND ")
            let found = try Array(SummaryCursor(statement: db.cachedStatement(sql: """
                SELECT \(BeneficiarySummary.columns) FROM beneficiaries
                WHERE id IN (SELECT rowid FROM beneficiary_search WHERE beneficiary_search MATCH ? LIMIT ?)
                """), arguments: [match, limit * 3]))
            // Fewest letters apart first, then by name.
            let scored = found.map { row in
                (row, Self.distance(words, NameFolding.tokens(row.summary.lastName + " " + row.summary.firstName)))
            }
            return scored.sorted { ($0.1, $0.0.key, $0.0.summary.id) < ($1.1, $1.0.key, $1.0.summary.id) }
                .prefix(limit).map(\.0.summary)
        }
    }

    /// The most differences allowed for a word of `length` letters.
    static func allowedDifferences(_ length: Int) -> Int {
        length >= 5 ? DuplicateRule.maximumDifferences : (length >= 3 ? 1 : 0)
    }

    /// Indexed words starting with the same two letters as `word` and close to it,
    /// the closest first (at most 24).
    private static func closeWords(_ db: Database, to word: String, mayBeUnfinished: Bool) throws -> [String] {
        let allowed = allowedDifferences(word.count)
        guard allowed > 0 else { return [] }
        let start = String(word.prefix(2))
        let terms = try String.fetchAll(db.cachedStatement(sql: """
            SELECT term FROM temp.beneficiary_words WHERE term >= ? AND term < ?
            """), arguments: [start, start + "\u{10FFFF}"])
        var close: [(term: String, distance: Int)] = []
        for term in terms where term.count >= word.count - allowed && (mayBeUnfinished || term.count <= word.count + allowed) {
            var difference = DuplicateRule.editDistance(word, term, limit: allowed)
            if mayBeUnfinished && term.count > word.count {
                difference = min(difference, DuplicateRule.editDistance(word, String(term.prefix(word.count)), limit: allowed))
            }
            if difference <= allowed { close.append((term, difference)) }
        }
        return close.sorted { ($0.distance, $0.term) < ($1.distance, $1.term) }.prefix(24).map(\.term)
    }

    /// How far a name is from the words typed: for each word, the fewest differences
    /// to one of the name's words.
    private static func distance(_ typed: [String], _ name: [String]) -> Int {
        typed.reduce(0) { total, word in
            let allowed = allowedDifferences(word.count)
            let best = name.map { candidate in
                min(DuplicateRule.editDistance(word, candidate, limit: allowed),
                    DuplicateRule.editDistance(word, String(candidate.prefix(word.count)), limit: allowed))
            }.min() ?? allowed + 1
            return total + best
        }
    }
}
