import GRDB
import GuichetCore

/// One valid row of an import, with everything the write needs computed
/// beforehand (outside the write lock): its person key, the words the full-text
/// index will hold, and its column values.
struct ImportRow {
    let line: Int
    let beneficiary: ValidBeneficiary
    let key: PersonKey
    /// The first three letters of each folded word: what `likelyDuplicates` looks up.
    let queryPrefixes: [String]
    /// The indexed words (`name_tokens`) and the length of `search_key` as SQLite counts it.
    let tokens: [String]
    let searchKeyLength: Int
    /// `StoredBeneficiary.values` in `ImportRow.columns` order.
    let values: [DatabaseValue]

    /// The person's columns of `StoredBeneficiary.values`, in a fixed order.
    static let columns: [String] = StoredBeneficiary.values(
        ValidBeneficiary(lastName: "a", firstName: "a", birthDate: nil, phone: nil, email: nil, housing: nil, activity: nil,
                         resourceKind: nil, monthlyResources: nil, referral: Referral(), consent: nil, notes: "")
    ).keys.sorted()

    init(line: Int, beneficiary: ValidBeneficiary) {
        self.line = line
        self.beneficiary = beneficiary
        key = beneficiary.personKey
        let words = Set(NameFolding.tokens(beneficiary.lastName) + NameFolding.tokens(beneficiary.firstName))
        queryPrefixes = words.sorted().map { String($0.prefix(3)) }
        let stored = StoredBeneficiary.values(beneficiary)
        values = Self.columns.map { (stored[$0] ?? nil)?.databaseValue ?? .null }
        let nameTokens = stored["name_tokens"].flatMap { $0 as? String } ?? ""
        tokens = nameTokens.split(separator: " ").map(String.init)
        searchKeyLength = (stored["search_key"].flatMap { $0 as? String } ?? "").unicodeScalars.count
    }
}

/// A file already in the database that a row may duplicate, as the duplicate check needs it.
struct ExistingFile {
    let summary: BeneficiarySummary
    let key: PersonKey
    let tokens: [String]
    let searchKeyLength: Int

    /// The columns to select: the summary's, then `phone`, `name_tokens`.
    static let columns = BeneficiarySummary.columns + ", phone, name_tokens"

    init(row: Row) throws {
        summary = try BeneficiarySummary(row: row)
        key = PersonKey(lastName: summary.lastName, firstName: summary.firstName, birthDate: summary.birthDate,
                        phoneE164: summary.phone?.e164)
        let searchKey: String = row[BeneficiarySummary.searchKeyIndex]
        searchKeyLength = searchKey.unicodeScalars.count
        let nameTokens: String = row["name_tokens"]
        tokens = nameTokens.split(separator: " ").map(String.init)
    }
}

/// The duplicate check of `GuichetStore.likelyDuplicates`, in memory: the same
/// candidates (same phone; or a word starting with the first three letters of one
/// of the row's words, a `search_key` within 2 letters of the row's length, and a
/// compatible birth date), then `DuplicateRule`. Used between the rows of one file,
/// and against files created or changed while the file was being checked.
enum ImportDuplicateCheck {
    /// Whether a file with these indexed words, key length and person key is a likely duplicate of `row`.
    static func isLikelyDuplicate(_ row: ImportRow, of key: PersonKey, tokens: [String], searchKeyLength: Int) -> Bool {
        if let phone = row.key.phoneE164, phone == key.phoneE164 { return true }
        if let a = row.key.birthDate, let b = key.birthDate, a != b { return false }
        let length = row.key.fullName.count
        guard abs(searchKeyLength - length) <= DuplicateRule.maximumDifferences else { return false }
        guard row.queryPrefixes.contains(where: { prefix in tokens.contains { $0.hasPrefix(prefix) } }) else { return false }
        return DuplicateRule.isLikelyDuplicate(candidate: row.key, existing: key)
    }

    /// For each row, the earlier rows of the file it is a likely duplicate of (all of
    /// them, skipped or not: which are kept is decided by `fold`). Indexed by phone
    /// and by word prefixes (with the birth date), so a row meets only its candidates.
    /// `progress(done)` after each row.
    static func earlierMatches(_ rows: [ImportRow], progress: (Int) -> Void = { _ in }) -> [[Int]] {
        struct PrefixKey: Hashable {
            let prefix: Substring
            let birth: CalendarDay?
        }
        var byPhone: [String: [Int]] = [:]
        var byPrefix: [Substring: [Int]] = [:]
        var byPrefixAndBirth: [PrefixKey: [Int]] = [:]
        var matches: [[Int]] = []
        matches.reserveCapacity(rows.count)
        var seenStamp = [Int](repeating: -1, count: rows.count)
        for (index, row) in rows.enumerated() {
            var found: [Int] = []
            func consider(_ earlier: Int) {
                guard seenStamp[earlier] != index else { return }
                seenStamp[earlier] = index
                let other = rows[earlier]
                if isLikelyDuplicate(row, of: other.key, tokens: other.tokens, searchKeyLength: other.searchKeyLength) {
                    found.append(earlier)
                }
            }
            if let phone = row.key.phoneE164 { byPhone[phone]?.forEach(consider) }
            for prefix in row.queryPrefixes {
                let query = Substring(prefix)
                if let birth = row.key.birthDate {
                    byPrefixAndBirth[PrefixKey(prefix: query, birth: birth)]?.forEach(consider)
                    byPrefixAndBirth[PrefixKey(prefix: query, birth: nil)]?.forEach(consider)
                } else {
                    byPrefix[query]?.forEach(consider)
                }
            }
            matches.append(found.sorted())
            if let phone = row.key.phoneE164 { byPhone[phone, default: []].append(index) }
            var prefixes: Set<Substring> = []
            for token in row.tokens {
                for length in 1...min(3, max(1, token.count)) { prefixes.insert(token.prefix(length)) }
            }
            for prefix in prefixes {
                byPrefix[prefix, default: []].append(index)
                byPrefixAndBirth[PrefixKey(prefix: prefix, birth: row.key.birthDate), default: []].append(index)
            }
            progress(index + 1)
        }
        return matches
    }
}

/// What becomes of each valid row of an import.
enum ImportOutcome: Equatable {
    case kept
    /// A likely duplicate of a file already in the database.
    case duplicateOfFile(FileNumber)
    /// A likely duplicate of an earlier kept row (its index in the rows).
    case duplicateOfRow(Int)
}

extension ImportDuplicateCheck {
    /// The rows in file order: a row with a likely duplicate among the existing files
    /// or the earlier KEPT rows is skipped, else kept. When it has several, the one
    /// reported is the first by (last name, first name, id), as the counter lists
    /// them; kept rows count as the files they will be, numbered after `lastID`.
    static func fold(_ rows: [ImportRow], existing: [[BeneficiarySummary]], earlier: [[Int]], lastID: Int64) -> [ImportOutcome] {
        var outcomes: [ImportOutcome] = []
        outcomes.reserveCapacity(rows.count)
        var futureID: [Int: Int64] = [:]
        var nextID = lastID
        for index in rows.indices {
            var best: (lastName: String, firstName: String, id: Int64, outcome: ImportOutcome)?
            func offer(_ lastName: String, _ firstName: String, _ id: Int64, _ outcome: ImportOutcome) {
                if let current = best, (current.lastName, current.firstName, current.id) <= (lastName, firstName, id) { return }
                best = (lastName, firstName, id, outcome)
            }
            for file in existing[index] { offer(file.lastName, file.firstName, file.id, .duplicateOfFile(file.fileNumber)) }
            for other in earlier[index] {
                guard let id = futureID[other] else { continue }
                offer(rows[other].beneficiary.lastName, rows[other].beneficiary.firstName, id, .duplicateOfRow(other))
            }
            if let best {
                outcomes.append(best.outcome)
            } else {
                nextID += 1
                futureID[index] = nextID
                outcomes.append(.kept)
            }
        }
        return outcomes
    }
}
