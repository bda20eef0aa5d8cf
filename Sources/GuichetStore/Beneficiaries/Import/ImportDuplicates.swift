internal import GRDB
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
    /// The letters of the folded `last first`, when it is ASCII.
    let letters: LetterCounts?
    /// The row as an entry of a `DuplicateIndex` (for the rows after it).
    let entry: DuplicateIndex.Entry
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
        letters = LetterCounts(key.fullName)
        let stored = StoredBeneficiary.values(beneficiary)
        values = Self.columns.map { (stored[$0] ?? nil)?.databaseValue ?? .null }
        func text(_ column: String) -> String { (stored[column] ?? nil).flatMap { $0 as? String } ?? "" }
        entry = DuplicateIndex.Entry(lastName: beneficiary.lastName, firstName: beneficiary.firstName,
                                     birthDate: beneficiary.birthDate?.iso, phone: beneficiary.phone?.e164,
                                     nameTokens: text("name_tokens"), searchKey: text("search_key"), key: key)
    }
}

/// The duplicate check of `GuichetStore.likelyDuplicates`, in memory, over many
/// people at once (the rows of a file, the stored files): the same candidates
/// (the same phone; or a word starting with the first three letters of one of the
/// row's words, a `search_key` within 2 letters of the row's length, and a
/// compatible birth date), then `DuplicateRule`. Looking up 20,000 rows one SQL
/// query at a time took minutes on 100,000 files; here each row meets only the
/// people sharing its phone, or a word prefix and a key length.
final class DuplicateIndex {
    /// One person as the check needs it: stored text, compared as SQLite compares it.
    final class Entry {
        let lastName: String
        let firstName: String
        /// ISO day, E.164 phone, as stored.
        let birthDate: String?
        let phone: String?
        let tokens: [String]
        /// `length(search_key)`: code points.
        let searchKeyLength: Int
        private var key: PersonKey?
        /// The letters of the folded key, when it is ASCII (see `LetterCounts`).
        let letters: LetterCounts?

        init(lastName: String, firstName: String, birthDate: String?, phone: String?, nameTokens: String, searchKey: String,
             key: PersonKey? = nil) {
            self.lastName = lastName
            self.firstName = firstName
            self.birthDate = birthDate
            self.phone = phone
            tokens = nameTokens.split(separator: " ").map(String.init)
            searchKeyLength = searchKey.unicodeScalars.count
            self.key = key
            letters = LetterCounts(searchKey)
        }

        /// What `DuplicateRule` compares, folded the first time it is needed (the letter
        /// counts of `search_key` turn most candidates away before that).
        var personKey: PersonKey {
            if let key { return key }
            let made = PersonKey(lastName: lastName, firstName: firstName,
                                 birthDate: birthDate.flatMap(CalendarDay.init(iso:)), phoneE164: phone)
            key = made
            return made
        }
    }

    private struct PrefixLength: Hashable {
        let prefix: String
        let length: Int
    }

    private(set) var entries: [Entry] = []
    /// `yyyymmdd` of each entry's birth date, 0 when unknown: compared before anything else.
    private var births: [Int32] = []
    private var byPhone: [String: [Int32]] = [:]
    private var byPrefixLength: [PrefixLength: [Int32]] = [:]
    /// `seen[i] == stamp` when entry i was already considered for the current row.
    private var seen: [Int32] = []
    private var stamp: Int32 = 0

    /// Adds `entry`; returns its position.
    @discardableResult
    func add(_ entry: Entry) -> Int {
        let index = entries.count
        let position = Int32(index)
        entries.append(entry)
        births.append(Self.dayNumber(entry.birthDate))
        seen.append(0)
        if let phone = entry.phone { byPhone[phone, default: []].append(position) }
        var prefixes: Set<String> = []
        for token in entry.tokens {
            // FTS5's `abc*` finds every word starting with abc: index each word by its first 1, 2 and 3 letters.
            for length in 1...max(1, min(3, token.count)) { prefixes.insert(String(token.prefix(length))) }
        }
        for prefix in prefixes {
            byPrefixLength[PrefixLength(prefix: prefix, length: entry.searchKeyLength), default: []].append(position)
        }
        return index
    }

    /// The positions of the entries `row` is a likely duplicate of, in order.
    func matches(for row: ImportRow) -> [Int] {
        stamp += 1
        var found: [Int] = []
        let birth = Self.dayNumber(row.entry.birthDate)
        if let phone = row.entry.phone {
            for position in byPhone[phone] ?? [] where seen[Int(position)] != stamp {
                seen[Int(position)] = stamp
                found.append(Int(position))   // the same phone is a likely duplicate
            }
        }
        let length = row.key.fullName.count
        for prefix in row.queryPrefixes {
            for keyLength in (length - DuplicateRule.maximumDifferences)...(length + DuplicateRule.maximumDifferences) {
                guard let bucket = byPrefixLength[PrefixLength(prefix: prefix, length: keyLength)] else { continue }
                for position in bucket {
                    let index = Int(position)
                    guard seen[index] != stamp else { continue }
                    seen[index] = stamp
                    let other = births[index]
                    if birth != 0 && other != 0 && birth != other { continue }
                    let entry = entries[index]
                    if let letters = row.letters, let otherLetters = entry.letters,
                       LetterCounts.difference(letters, otherLetters) > DuplicateRule.maximumDifferences { continue }
                    if DuplicateRule.isLikelyDuplicate(candidate: row.key, existing: entry.personKey) {
                        found.append(index)
                    }
                }
            }
        }
        return found.sorted()
    }

    /// `2026-11-27` → 20261127; 0 for nil or another text.
    static func dayNumber(_ iso: String?) -> Int32 {
        guard let iso else { return 0 }
        var value: Int32 = 0
        var digits = 0
        for byte in iso.utf8 where byte != UInt8(ascii: "-") {
            guard (0x30...0x39).contains(byte), digits < 8 else { return 0 }
            value = value * 10 + Int32(byte - 0x30)
            digits += 1
        }
        return digits == 8 ? value : 0
    }

    /// For each row, the earlier rows of the file it is a likely duplicate of (all of
    /// them, skipped or not: which are kept is decided by `ImportOutcome.fold`).
    static func earlierMatches(_ rows: [ImportRow]) -> [[Int]] {
        let index = DuplicateIndex()
        return rows.map { row in
            let found = index.matches(for: row)
            index.add(row.entry)
            return found
        }
    }
}

/// The letters of an ASCII key, counted: a cheap lower bound of the edit distance
/// between two keys, to skip `DuplicateRule` for most candidates. Each insertion,
/// deletion or substitution changes the letters of one side that the other lacks
/// by one at most, and a transposition changes none, so when one side has more than
/// 2 letters the other lacks, the keys are more than 2 edits apart — and so are the
/// swapped names, which hold the same letters.
struct LetterCounts {
    let bytes: [UInt8]

    /// Nil for a key that is not ASCII (a letter would then be several bytes).
    init?(_ key: String) {
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        bytes = Array(key.utf8)
    }

    /// The larger count of letters one side holds and the other lacks.
    static func difference(_ a: LetterCounts, _ b: LetterCounts) -> Int {
        let common = withUnsafeTemporaryAllocation(of: Int32.self, capacity: 128) { counts in
            counts.initialize(repeating: 0)
            for byte in a.bytes { counts[Int(byte)] += 1 }
            var common = 0
            for byte in b.bytes where counts[Int(byte)] > 0 {
                counts[Int(byte)] -= 1
                common += 1
            }
            return common
        }
        return max(a.bytes.count - common, b.bytes.count - common)
    }
}

/// A stored file a row duplicates: what the report and the choice among several need.
struct StoredFileReference: Equatable {
    let id: Int64
    let fileNumber: String
    let lastName: String
    let firstName: String
}

/// The stored files, read in one pass, indexed for the duplicate check, with the
/// `updated_at` of each, to see later which changed.
struct StoredFiles {
    let index = DuplicateIndex()
    var references: [StoredFileReference] = []
    var updatedAt: [Int64: String] = [:]

    static let columns = "id, file_number, last_name, first_name, birth_date, phone, name_tokens, search_key, updated_at"

    /// Every file (`condition` to restrict them), in id order.
    static func read(_ db: Database, where condition: String = "1", arguments: StatementArguments = []) throws -> StoredFiles {
        var files = StoredFiles()
        let cursor = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM beneficiaries WHERE \(condition) ORDER BY id",
                                         arguments: arguments)
        while let row = try cursor.next() {
            let reference = StoredFileReference(id: row[0], fileNumber: row[1], lastName: row[2], firstName: row[3])
            files.index.add(DuplicateIndex.Entry(lastName: reference.lastName, firstName: reference.firstName,
                                                 birthDate: row[4], phone: row[5], nameTokens: row[6], searchKey: row[7]))
            files.references.append(reference)
            files.updatedAt[reference.id] = row[8]
        }
        return files
    }

    /// The files `row` is a likely duplicate of.
    func matches(for row: ImportRow) -> [StoredFileReference] {
        index.matches(for: row).map { references[$0] }
    }
}

/// What becomes of each valid row of an import.
enum ImportOutcome: Equatable {
    case kept
    /// A likely duplicate of a file already in the database.
    case duplicateOfFile(FileNumber)
    /// A likely duplicate of an earlier kept row (its index in the rows).
    case duplicateOfRow(Int)

    /// The rows in file order: a row with a likely duplicate among the stored files
    /// or the earlier KEPT rows is skipped, else kept. When it has several, the one
    /// reported is the first by (last name, first name, id), as the counter lists
    /// them; kept rows count as the files they will be, numbered after `lastID`.
    static func fold(_ rows: [ImportRow], existing: [[StoredFileReference]], earlier: [[Int]], lastID: Int64) throws -> [ImportOutcome] {
        var outcomes: [ImportOutcome] = []
        outcomes.reserveCapacity(rows.count)
        var futureID: [Int: Int64] = [:]
        var nextID = lastID
        for index in rows.indices {
            var best: (lastName: String, firstName: String, id: Int64, file: String?, row: Int?)?
            func offer(_ lastName: String, _ firstName: String, _ id: Int64, file: String?, row: Int?) {
                if let current = best, (current.lastName, current.firstName, current.id) <= (lastName, firstName, id) { return }
                best = (lastName, firstName, id, file, row)
            }
            for file in existing[index] { offer(file.lastName, file.firstName, file.id, file: file.fileNumber, row: nil) }
            for other in earlier[index] {
                guard let id = futureID[other] else { continue }
                offer(rows[other].beneficiary.lastName, rows[other].beneficiary.firstName, id, file: nil, row: other)
            }
            if let best, let other = best.row {
                outcomes.append(.duplicateOfRow(other))
            } else if let best, let text = best.file {
                guard let number = FileNumber(text) else { throw GuichetError.storage("unreadable file number") }
                outcomes.append(.duplicateOfFile(number))
            } else {
                nextID += 1
                futureID[index] = nextID
                outcomes.append(.kept)
            }
        }
        return outcomes
    }
}
