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
        let cache = nameWords
        return try readKeepingStatements { db in
            var alternatives: [[CloseWord]] = []
            for (index, word) in words.enumerated() {
                let close = try Self.closeWords(db, cache, to: word, mayBeUnfinished: index == words.count - 1)
                guard !close.isEmpty else { return [] }
                alternatives.append(close)
            }
            // The closest words of each typed word first: one or two terms instead of twelve
            // make the index's work at each keystroke small, and usually fill the screen.
            let closest = alternatives.map { words in words.filter { $0.distance == words[0].distance } }
            var found = try Self.files(db, holding: closest, limit: limit * 3)
            if found.count < limit && closest.map(\.count) != alternatives.map(\.count) {
                found = try Self.files(db, holding: alternatives, limit: limit * 3)
            }
            // Fewest letters apart first, then by name (the row's key is its folded `last first`).
            let typed = words.map { Array($0.unicodeScalars) }
            let scored = found.map { row in
                (row, Self.distance(typed, row.key.split(separator: " ").map { Array($0.unicodeScalars) }))
            }
            return scored.sorted { ($0.1, $0.0.key, $0.0.summary.id) < ($1.1, $1.0.key, $1.0.summary.id) }
                .prefix(limit).map(\.0.summary)
        }
    }

    /// The files (at most `limit`) holding, for each typed word, one of its close words.
    private static func files(_ db: Database, holding alternatives: [[CloseWord]], limit: Int) throws -> [SummaryCursor.Element] {
        let match = alternatives.map { words in
            "(" + words.map { "name_tokens : " + SearchTokens.term($0.term, prefix: false) }.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        return try Array(SummaryCursor(statement: db.cachedStatement(sql: """
            SELECT \(BeneficiarySummary.columns) FROM beneficiaries
            WHERE id IN (SELECT rowid FROM beneficiary_search WHERE beneficiary_search MATCH ? LIMIT ?)
            """), arguments: [match, limit]))
    }

    /// An indexed word close to a typed one, and how many letters apart.
    private typealias CloseWord = (term: String, distance: Int)

    /// The most differences allowed for a word of `length` letters.
    static func allowedDifferences(_ length: Int) -> Int {
        length >= 5 ? DuplicateRule.maximumDifferences : (length >= 3 ? 1 : 0)
    }

    /// Indexed words starting with the same two letters as `word` and close to it,
    /// the closest first (at most 12).
    private static func closeWords(_ db: Database, _ cache: NameWordCache, to word: String, mayBeUnfinished: Bool) throws -> [CloseWord] {
        let allowed = allowedDifferences(word.count)
        guard allowed > 0 else { return [] }
        let letters = Array(word.unicodeScalars)
        var close: [CloseWord] = []
        for candidate in try cache.words(startingWith: String(word.prefix(2)), db) {
            let length = candidate.letters.count
            guard length >= letters.count - allowed, mayBeUnfinished || length <= letters.count + allowed else { continue }
            let difference = closeness(letters, candidate.letters, allowed: allowed, mayBeUnfinished: mayBeUnfinished)
            if difference <= allowed { close.append((candidate.text, difference)) }
        }
        return Array(close.sorted { ($0.distance, $0.term) < ($1.distance, $1.term) }.prefix(12))
    }

    /// Differences between a typed word and a word of a name; a word perhaps still
    /// being typed is also compared with the start of longer words.
    private static func closeness(_ typed: [Unicode.Scalar], _ word: [Unicode.Scalar], allowed: Int, mayBeUnfinished: Bool) -> Int {
        var difference = DuplicateRule.editDistance(typed, word, limit: allowed)
        if mayBeUnfinished && word.count > typed.count {
            difference = min(difference, DuplicateRule.editDistance(typed, Array(word.prefix(typed.count)), limit: allowed))
        }
        return difference
    }

    /// How far a name is from the words typed: for each word, the fewest differences
    /// to one of the name's words.
    private static func distance(_ typed: [[Unicode.Scalar]], _ name: [[Unicode.Scalar]]) -> Int {
        typed.reduce(0) { total, word in
            let allowed = allowedDifferences(word.count)
            let best = name.map { closeness(word, $0, allowed: allowed, mayBeUnfinished: true) }.min() ?? allowed + 1
            return total + best
        }
    }
}
