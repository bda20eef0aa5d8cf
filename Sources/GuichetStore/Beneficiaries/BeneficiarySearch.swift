internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Instant search, run at every keystroke: a few indexed look-ups with a LIMIT each,
    /// never a scan of the table.
    ///
    /// - Empty or blank query: the `limit` most recently updated files, anonymised ones
    ///   left out (an anonymisation of thousands of files would fill the list).
    /// - Names: the query is folded with `NameFolding`; tiers, each ordered by the
    ///   folded key it matched: exact (`last first` or `first last` equal to the query),
    ///   prefix (either key starts with the query; b-tree range on `search_key`, then
    ///   on `swapped_key`), then the rest from FTS5 (every query word is a prefix of
    ///   some indexed word, in any order, incl. `mueller` for Müller), ordered by name
    ///   among the rows fetched.
    /// - A query with digits searches identifiers: exact file number, file-number
    ///   parts (`42`, `00042`, `2026-00042`, `PAR-2026`) and phones in any writing
    ///   (`PhoneNumber.searchDigits`, prefix of the national digits). Exact matches
    ///   (whole number, whole part, whole phone) come before prefix ones.
    public func searchBeneficiaries(_ query: String, limit: Int = 50) throws(GuichetError) -> [BeneficiarySummary] {
        let limit = max(0, limit)
        guard limit > 0 else { return [] }
        let folded = NameFolding.fold(query)
        return try readKeepingStatements { db in
            var search = TieredResults(limit: limit)
            if folded.isEmpty {
                search.add(try Self.summaries(db, """
                    SELECT \(BeneficiarySummary.columns) FROM beneficiaries WHERE anonymised_on IS NULL
                    ORDER BY updated_at DESC, id DESC LIMIT ?
                    """, [limit]), alreadyOrdered: true)
            } else if query.contains(where: { $0.isASCII && $0.isWholeNumber }) {
                try Self.searchIdentifiers(db, query, into: &search)
            } else {
                try Self.searchNames(db, folded, into: &search)
            }
            return search.results.map(\.summary)
        }
    }

    private static func searchNames(_ db: Database, _ key: String, into search: inout TieredResults) throws {
        let limit = search.limit
        search.add(try summaries(db, """
            SELECT \(BeneficiarySummary.columns) FROM beneficiaries WHERE search_key = ?1 OR swapped_key = ?1
            ORDER BY search_key, id LIMIT ?2
            """, [key, limit]), alreadyOrdered: true)
        let upper = key + "\u{10FFFF}"
        for column in ["search_key", "swapped_key"] where !search.isFull {
            search.add(try summaries(db, """
                SELECT \(BeneficiarySummary.columns), \(column) AS matched FROM beneficiaries
                WHERE \(column) >= ? AND \(column) < ? ORDER BY \(column) LIMIT ?
                """, [key, upper, limit]), alreadyOrdered: true)
        }
        guard !search.isFull else { return }
        let words = key.split(separator: " ").map { SearchTokens.term(String($0), prefix: true) }
        let match = words.map { "name_tokens : " + $0 }.joined(separator: " AND ")
        search.add(try fullText(db, match, limit: limit + search.count))
    }

    /// File numbers and phones: exact matches before prefixes; phones first when the
    /// input is written like a phone (`0612`), file numbers first otherwise (`42`).
    private static func searchIdentifiers(_ db: Database, _ query: String, into search: inout TieredResults) throws {
        let limit = search.limit
        let parts = NameFolding.tokens(query)
        let phrase = SearchTokens.term(parts.joined(separator: " "), prefix: false)
        let digits = PhoneNumber.searchDigits(query)
        let phonesFirst = PhoneNumber.looksLikePhone(query)

        var numbers = try fullText(db, "id_tokens : " + phrase, limit: limit)
        if let number = FileNumber(query) {
            numbers += try summaries(db, "SELECT \(BeneficiarySummary.columns) FROM beneficiaries WHERE file_number = ?",
                                     [number.formatted])
        }
        var phones: [Ranked] = []
        if let digits {
            phones = try summaries(db, "SELECT \(BeneficiarySummary.columns) FROM beneficiaries WHERE phone_key = ? LIMIT ?",
                                   [digits, limit])
        }
        search.add(phonesFirst ? phones + numbers : numbers + phones)
        guard !search.isFull else { return }

        let more = limit + search.count
        let numberPrefixes = { try fullText(db, "id_tokens : " + phrase + "*", limit: more) }
        var phonePrefixes: () throws -> [Ranked] = { [] }
        if let digits, digits.count >= 2 {
            phonePrefixes = {
                try summaries(db, """
                    SELECT \(BeneficiarySummary.columns) FROM beneficiaries
                    WHERE phone_key >= ? AND phone_key < ? ORDER BY phone_key LIMIT ?
                    """, [digits, digits + ":", more])
            }
        }
        // Each kind a tier of its own, in the order the input suggests.
        for tier in phonesFirst ? [phonePrefixes, numberPrefixes] : [numberPrefixes, phonePrefixes] where !search.isFull {
            search.add(try tier())
        }
    }

    /// Rows whose FTS entry matches, at most `limit`, in the index's order (no global sort).
    private static func fullText(_ db: Database, _ match: String, limit: Int) throws -> [Ranked] {
        try summaries(db, """
            SELECT \(BeneficiarySummary.columns) FROM beneficiaries
            WHERE id IN (SELECT rowid FROM beneficiary_search WHERE beneficiary_search MATCH ? LIMIT ?)
            """, [match, limit])
    }

    /// The rows of a cached statement, read by `SummaryCursor`.
    private static func summaries(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [Ranked] {
        try Array(SummaryCursor(statement: db.cachedStatement(sql: sql), arguments: arguments))
    }
}

/// A found row and the folded key it is ordered by within its tier.
struct Ranked {
    let summary: BeneficiarySummary
    let key: String
}

/// Results gathered tier after tier, without repeats, up to the limit.
struct TieredResults {
    let limit: Int
    private(set) var results: [Ranked] = []
    private var seen: Set<Int64> = []

    init(limit: Int) { self.limit = limit }

    var count: Int { results.count }
    var isFull: Bool { results.count >= limit }

    /// Appends the rows not found yet, as a tier: sorted by folded key unless already in order.
    mutating func add(_ tier: [Ranked], alreadyOrdered: Bool = false) {
        let ordered = alreadyOrdered ? tier : tier.sorted { ($0.key, $0.summary.id) < ($1.key, $1.summary.id) }
        for row in ordered where !isFull && seen.insert(row.summary.id).inserted {
            results.append(row)
        }
    }
}
