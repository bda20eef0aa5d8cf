import GuichetCore
import GuichetStore
import GuichetTerminal

/// The events of one day, read once and kept while no new event is written, then
/// searched in memory at every keystroke: a busy day has thousands of events. A search
/// stops at the rows the list asks for (newest first); when it went through every line
/// and the query only grows, the next one looks only at what it found.
final class JournalDay: @unchecked Sendable {
    private(set) var day: CalendarDay?
    private var lastEventID: Int64 = -1
    private var language: Language = .french
    private(set) var lines: [JournalLine] = []
    /// Every line's folded search key, one after the other (`keyStarts[i]..<keyStarts[i + 1]`):
    /// a search goes through bytes, never through the lines' strings.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]
    /// The filter `filtered` was made with; nil after a new read.
    private var filter: JournalFilter?
    private var filtered: [Int] = []
    /// The last query's words and every line it matched, when it went through them all.
    private var lastWords: [[UInt8]] = []
    private var lastMatches: [Int]?

    /// Reads `day` again when another day, another language, or a new event since the last read.
    func refresh(_ store: GuichetStore, actor: Actor, day: CalendarDay, context: AppContext) throws(GuichetError) {
        let last = try store.lastJournalEventID()
        guard day != self.day || last != lastEventID || context.language != language else { return }
        let events = try store.journal(as: actor, on: day, limit: JournalScreen.maximumEvents)
        lines = events.map { JournalLine($0, context: context) }
        keyBytes = []
        keyStarts = [0]
        var folded: [String: String] = [:]
        for line in lines {
            keyBytes += line.searchKey(context.language, folded: &folded).utf8
            keyStarts.append(keyBytes.count)
        }
        self.day = day
        lastEventID = last
        language = context.language
        filter = nil
        lastMatches = nil
    }

    /// The lines kept by `filter` whose keys hold every word of `query`, newest first, at most `limit`.
    func search(_ query: String, filter: JournalFilter, limit: Int) -> [JournalLine] {
        if filter != self.filter {
            self.filter = filter
            filtered = lines.indices.filter { filter.keeps(lines[$0].event) }
            lastMatches = nil
        }
        let words = NameFolding.fold(query).split(separator: " ").map { Array($0.utf8) }
        guard !words.isEmpty else {
            lastWords = []
            lastMatches = nil
            return filtered.prefix(limit).map { lines[$0] }
        }
        // Every word of the last query is within one of the new words: only its matches can match.
        let narrows = lastWords.allSatisfy { old in words.contains { Self.contains($0, old) } }
        let candidates = narrows ? (lastMatches ?? filtered) : filtered
        var matches: [Int] = []
        var complete = true
        keyBytes.withUnsafeBufferPointer { bytes in
            for index in candidates where words.allSatisfy({ Self.find($0, in: bytes, from: keyStarts[index], to: keyStarts[index + 1]) }) {
                if matches.count == limit {
                    complete = false
                    break
                }
                matches.append(index)
            }
        }
        lastWords = words
        lastMatches = complete ? matches : nil
        return matches.map { lines[$0] }
    }

    /// The logins and actions present that day, for the filter's choices.
    var logins: [String] { Array(Set(lines.compactMap(\.event.userLogin))).sorted() }
    var actions: [String] { Array(Set(lines.map(\.event.action))).sorted() }

    /// Whether `word` occurs in `bytes[start..<end]`.
    private static func find(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard let first = word.first else { return true }
        let count = word.count
        var index = start
        let last = end - count
        while index <= last {
            if bytes[index] == first {
                var offset = 1
                while offset < count && bytes[index + offset] == word[offset] { offset += 1 }
                if offset == count { return true }
            }
            index += 1
        }
        return false
    }

    private static func contains(_ word: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= word.count else { return false }
        return (0...(word.count - part.count)).contains { word[$0..<($0 + part.count)].elementsEqual(part) }
    }
}

/// The journal of one day as a searchable list: typing looks in the login, the
/// event's words and its subject (a file number, a receipt…).
struct JournalSearchSource: SearchSource {
    let day: CalendarDay
    let filter: JournalFilter
    let cache: JournalDay

    func search(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [JournalLine] {
        guard let actor = context.actor else { return [] }
        try cache.refresh(store, actor: actor, day: day, context: context)
        return cache.search(query, filter: filter, limit: limit)
    }

    func id(of row: JournalLine) -> Int64 { row.event.id }

    func header(_ context: AppContext) -> ListItem {
        ListItem(columns: [AppText.columnTime, AppText.columnWho, AppText.columnEvent].map { context.text($0) }, role: .header)
    }

    var columnWidths: [Int] { [6, 13] }

    func items(_ rows: ArraySlice<JournalLine>, context: AppContext) -> [ListItem] {
        rows.map { line in
            ListItem(columns: [line.time, line.who, line.text],
                     role: line.event.action == AccountAction.loginFailed.rawValue ? .warning : .normal)
        }
    }

    var queryHint: Phrase { AppText.journalSearchHint }
    var emptyQueryStatus: Phrase { AppText.journalAllEvents }
    var queryMaximumLength: Int { 40 }
}
