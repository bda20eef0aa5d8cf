internal import GRDB
import GuichetCore

/// The anchors a purge of the connection logs left (`ProtectionSchema`), as `verify`
/// reads them to cross the gaps of the journal's chain.
struct JournalAnchors {
    struct Anchor {
        let first: Int64
        let last: Int64
        let previousHash: String
        let lastHash: String
        let purgeEvent: Int64
    }

    private var byFirst: [Int64: Anchor] = [:]

    init(_ db: Database) throws {
        // A database from before the purge existed has no anchors table (`verify` of an old backup).
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'journal_anchors')") == true else { return }
        for row in try Row.fetchAll(db, sql: "SELECT first_id, last_id, previous_hash, last_hash, purge_event FROM journal_anchors") {
            let anchor = Anchor(first: row[0], last: row[1], previousHash: row[2], lastHash: row[3], purgeEvent: row[4])
            byFirst[anchor.first] = anchor
        }
    }

    /// Crosses the gap from `first` to the event `next` through anchors that follow one another,
    /// the first chained to `previous`; the hash the event `next` must name, or nil when they do not fit.
    func cross(from first: Int64, to next: Int64, previous: String) -> String? {
        var at = first
        var hash = previous
        while at < next {
            guard let anchor = byFirst[at], anchor.previousHash == hash, anchor.last < next else { return nil }
            hash = anchor.lastHash
            at = anchor.last + 1
        }
        return at == next ? hash : nil
    }

    /// Each purge's event says how many events it removed (`removed=N`): its anchors must cover as many.
    func purgesThatDisagree(_ db: Database) throws -> [Phrase] {
        var covered: [Int64: Int64] = [:]
        for anchor in byFirst.values { covered[anchor.purgeEvent, default: 0] += anchor.last - anchor.first + 1 }
        var problems: [Phrase] = []
        for (event, count) in covered.sorted(by: { $0.key < $1.key }) {
            let row = try Row.fetchOne(db, sql: "SELECT action, summary FROM journal WHERE id = ?", arguments: [event])
            let said = (row?[1] as String?)?.split(separator: " ").first { $0.hasPrefix("removed=") }
                .flatMap { Int64($0.dropFirst("removed=".count)) }
            if row?[0] as String? != ProtectionAction.logsPurged.rawValue || said != count {
                problems.append(VerifyText.journalPurgeDisagrees.filled(event, said.map(String.init) ?? "?", count))
            }
        }
        return problems
    }
}
