import Foundation
internal import GRDB
import GuichetCore

/// What `verify` found: the counts, and the problems in words — the first one names
/// the first broken entry (its number, its day, what differs).
public struct LedgerVerification: Sendable, Equatable {
    public var entries = 0
    public var closings = 0
    public var journalEvents = 0
    public var problems: [Phrase] = []
    /// The number of the first ledger entry found broken or missing, if any.
    public var firstBrokenEntry: Int64?

    public var isIntact: Bool { problems.isEmpty }
}

extension GuichetStore {
    /// Recomputes both hash chains, checks each closing's totals against its day's
    /// entries and each product's stock against its movements, compares the ledger's
    /// last number with `sqlite_sequence` and with the last entry the journal names,
    /// and runs `PRAGMA integrity_check`. With `lastEntries`, only the last entries of
    /// both chains and the ledger's end are checked (what the counter does at start).
    public func verifyLedger(lastEntries: Int? = nil, progress: ((Int, Int) -> Void)? = nil) throws(GuichetError)
        -> LedgerVerification {
        try read { db in try Self.verify(db, lastEntries: lastEntries, progress: progress) }
    }

    /// `verifyLedger` on any connection: a backup's copy is checked with it before it is kept.
    static func verify(_ db: Database, lastEntries: Int? = nil, progress: ((Int, Int) -> Void)? = nil) throws -> LedgerVerification {
        var report = LedgerVerification()
        try verifyLedgerChain(db, lastEntries: lastEntries, into: &report, progress: progress)
        try verifyJournalChain(db, lastEntries: lastEntries, into: &report)
        if lastEntries == nil {
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { report.problems.append(VerifyText.integrity.filled(integrity.prefix(3).joined(separator: " ; "))) }
        }
        return report
    }

    /// A stored value as the canonical text writes it: integers in decimal, text as it
    /// is, NULL absent (anything else cannot match a hash the program computed).
    static func canonicalValue(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: return nil
        case .int64(let number): return String(number)
        case .string(let text): return text
        case .double(let number): return "real:" + String(number)
        case .blob(let data): return "blob:" + data.map { String($0, radix: 16) }.joined()
        }
    }

    static let ledgerFieldNames = LedgerWriter.columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }

    private static func verifyLedgerChain(_ db: Database, lastEntries: Int?, into report: inout LedgerVerification,
                                          progress: ((Int, Int) -> Void)?) throws {
        let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM ledger") ?? 0
        // Counting is a scan of an index: the check of the last entries (at every return home) goes without it.
        let total = lastEntries == nil ? try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger") ?? 0 : Int(last)
        let start = lastEntries.map { max(0, last - Int64($0)) } ?? 0
        var expectedID = start + 1
        var previous = start == 0 ? ChainEncoding.origin
            : try String.fetchOne(db, sql: "SELECT hash FROM ledger WHERE id = ?", arguments: [start]) ?? ChainEncoding.origin
        var stock: [Int64: Int] = [:]
        var closings: [(id: Int64, day: String, detail: String)] = []
        var chainBroken = false
        let names = ledgerFieldNames
        let cursor = try Row.fetchCursor(db, sql: "SELECT \(LedgerWriter.columns), prev_hash, hash FROM ledger WHERE id > ? ORDER BY id",
                                         arguments: [start])
        var seen = 0
        while let row = try cursor.next() {
            seen += 1
            let id: Int64 = row[0]
            let day = (row[2] as String?).flatMap(CalendarDay.init(iso:))
            if !chainBroken {
                if id != expectedID {
                    report.note(VerifyText.missing.filled(expectedID, id - 1), entry: expectedID)
                    chainBroken = true
                } else {
                    var fields: [(String, String?)] = []
                    fields.reserveCapacity(names.count)
                    for (index, name) in names.enumerated() { fields.append((name, canonicalValue(row[index]))) }
                    let storedPrevious: String = row[22] ?? ""
                    let stored: String = row[23] ?? ""
                    let recomputed = ChainHash.hex(ChainEncoding.canonical(domain: ChainEncoding.ledgerDomain, fields: fields,
                                                                          previousHash: storedPrevious))
                    if recomputed != stored {
                        report.note(VerifyText.contentChanged.filled(id, dayText(day)), entry: id)
                        chainBroken = true
                    } else if storedPrevious != previous {
                        report.note(VerifyText.linkBroken.filled(id, dayText(day), id - 1), entry: id)
                        chainBroken = true
                    }
                    previous = stored
                    expectedID = id + 1
                }
            }
            if let product: Int64 = row[7] { stock[product, default: 0] += row[9] as Int? ?? 0 }
            if row[3] as String? == LedgerKind.close.rawValue { closings.append((id, row[2] ?? "", row[19] ?? "")) }
            if seen % 10_000 == 0 { progress?(seen, total) }
        }
        progress?(seen, total)
        report.entries = lastEntries == nil ? seen : total
        report.closings = try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger WHERE kind = 'close'") ?? 0
        // The end: a last entry deleted leaves sqlite_sequence and the journal knowing of it.
        let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'ledger'") ?? 0
        if sequence > last { report.note(VerifyText.lastMissing.filled(last + 1, sequence), entry: last + 1) }
        if let mention = try lastJournalMention(db) {
            if mention.id > last {
                report.note(VerifyText.journalKnowsMore.filled(mention.id, last), entry: last + 1)
            } else if let hash = try String.fetchOne(db, sql: "SELECT hash FROM ledger WHERE id = ?", arguments: [mention.id]),
                      !hash.hasPrefix(mention.hashPrefix) {
                report.note(VerifyText.journalDisagrees.filled(mention.id), entry: mention.id)
            }
        }
        guard lastEntries == nil else { return }
        for closing in closings {
            guard let day = CalendarDay(iso: closing.day) else { continue }
            let totals = try cashReport(db, day: day).totals
            let stored = closing.detail.components(separatedBy: totalsSeparator).last ?? ""
            if stored != totals {
                report.note(VerifyText.closingDiffers.filled(dayText(day), closing.id, field("expected", stored), field("expected", totals)),
                            entry: closing.id)
            }
        }
        let kept = try Row.fetchAll(db, sql: """
            SELECT p.id, p.code, coalesce(s.quantity, 0) FROM recharge_products p LEFT JOIN recharge_stock s ON s.product_id = p.id
            """)
        for row in kept where stock[row[0], default: 0] != row[2] as Int {
            report.note(VerifyText.stockDiffers.filled(row[1] as String, row[2] as Int, stock[row[0], default: 0]), entry: nil)
        }
    }

    /// The last ledger entry the journal names (`entry=N hash=…` in the summary of a recharge
    /// event, or of a key's loan or return whose deposit went through the cash box).
    static func lastJournalMention(_ db: Database) throws -> (id: Int64, hashPrefix: String)? {
        let codes = RechargeAction.allCases.map(\.rawValue) + [HotspotAction.lent.rawValue, HotspotAction.returned.rawValue]
        let actions = codes.map { "'\($0)'" }.joined(separator: ", ")
        let summaries = try String.fetchAll(db, sql: """
            SELECT summary FROM journal WHERE action IN (\(actions)) AND summary LIKE '%entry=%' ORDER BY id DESC LIMIT 1
            """)
        guard let summary = summaries.first else { return nil }
        let words = summary.split(separator: " ")
        guard let id = words.first(where: { $0.hasPrefix("entry=") }).flatMap({ Int64($0.dropFirst(6)) }) else { return nil }
        let hash = words.first { $0.hasPrefix("hash=") }.map { String($0.dropFirst(5)) } ?? ""
        return (id, hash)
    }

    private static func verifyJournalChain(_ db: Database, lastEntries: Int?, into report: inout LedgerVerification) throws {
        let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM journal") ?? 0
        let start = lastEntries.map { max(0, last - Int64($0)) } ?? 0
        // The walk starts after the last event kept at or before `start` (a purge may have removed some).
        let from = start == 0 ? nil
            : try Row.fetchOne(db, sql: "SELECT id, hash FROM journal WHERE id <= ? ORDER BY id DESC LIMIT 1", arguments: [start])
        var expected = (from.map { $0[0] as Int64 } ?? 0) + 1
        var previous = from.flatMap { $0[1] as String? } ?? ChainEncoding.origin
        let anchors = try JournalAnchors(db)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT id, at, user_id, user_login, site_code, action, subject, summary, prev_hash, hash FROM journal WHERE id >= ? ORDER BY id
            """, arguments: [expected])
        var count = 0
        var broken = false
        while let row = try cursor.next() {
            count += 1
            guard !broken else { continue }
            let id: Int64 = row[0]
            let day = (row[1] as String?).flatMap(StoredTime.parse).map { Timestamp.utcText($0).prefix(10) }.map(String.init) ?? "?"
            // Events removed by a purge of the connection logs: crossed only through the anchors that fit the gap.
            if id > expected {
                guard let crossed = anchors.cross(from: expected, to: id, previous: previous) else {
                    report.problems.append(VerifyText.journalGap.filled(expected, id - 1))
                    broken = true
                    continue
                }
                previous = crossed
            }
            let fields: [(String, String?)] = [
                ("id", canonicalValue(row[0])), ("at", canonicalValue(row[1])), ("user_id", canonicalValue(row[2])),
                ("user_login", canonicalValue(row[3])), ("site_code", canonicalValue(row[4])), ("action", canonicalValue(row[5])),
                ("subject", canonicalValue(row[6])), ("summary", canonicalValue(row[7])),
            ]
            let storedPrevious: String = row[8] ?? ""
            let stored: String = row[9] ?? ""
            if ChainHash.hex(ChainEncoding.canonical(domain: ChainEncoding.journalDomain, fields: fields,
                                                     previousHash: storedPrevious)) != stored {
                report.problems.append(VerifyText.journalContentChanged.filled(id, day))
                broken = true
            } else if storedPrevious != previous {
                report.problems.append(VerifyText.journalLinkBroken.filled(id, day))
                broken = true
            }
            previous = stored
            expected = id + 1
        }
        report.journalEvents = lastEntries == nil ? count : Int(last)
        if lastEntries == nil { report.problems += try anchors.purgesThatDisagree(db) }
    }

    private static func dayText(_ day: CalendarDay?) -> Phrase {
        guard let day else { return Phrase(fr: "?", en: "?") }
        return Phrase(fr: day.formatted(.french), en: day.formatted(.english))
    }

    /// `expected=12500` in a totals text, as an amount.
    private static func field(_ name: String, _ totals: String) -> Phrase {
        let cents = totals.split(separator: ";").first { $0.hasPrefix(name + "=") }.flatMap { Int64($0.dropFirst(name.count + 1)) } ?? 0
        return Phrase(fr: Money(cents: cents).formatted(.french), en: Money(cents: cents).formatted(.english))
    }
}

extension LedgerVerification {
    mutating func note(_ problem: Phrase, entry: Int64?) {
        problems.append(problem)
        if let entry, firstBrokenEntry == nil { firstBrokenEntry = entry }
    }
}

/// What `verify` says.
public enum VerifyText {
    /// {1} entries, {2} closings, {3} journal events.
    public static let intact = Phrase(
        fr: "Registre intact : {1} écritures, {2} clôtures (journal : {3} événements chaînés)",
        en: "Ledger intact: {1} entries, {2} closings (journal: {3} chained events)")
    /// {1} the entry, {2} its day.
    public static let contentChanged = Phrase(
        fr: "Écriture n° {1} du {2} : son contenu ne correspond plus à son empreinte (modifiée après coup)",
        en: "Entry no. {1} of {2}: its content no longer matches its hash (changed afterwards)")
    /// {1} the entry, {2} its day, {3} the entry before.
    public static let linkBroken = Phrase(
        fr: "Écriture n° {1} du {2} : n’est plus chaînée à l’écriture n° {3} (remplacée, déplacée ou supprimée)",
        en: "Entry no. {1} of {2}: no longer chained to entry no. {3} (replaced, moved or deleted)")
    /// {1} the first missing entry, {2} the last one.
    public static let missing = Phrase(
        fr: "Écritures n° {1} à {2} manquantes : le registre saute des numéros",
        en: "Entries no. {1} to {2} missing: the ledger skips numbers")
    /// {1} the missing entry, {2} the last number given.
    public static let lastMissing = Phrase(
        fr: "Écriture n° {1} manquante : le registre a numéroté jusqu’au n° {2}",
        en: "Entry no. {1} missing: the ledger numbered up to no. {2}")
    /// {1} the entry the journal names, {2} the ledger's last.
    public static let journalKnowsMore = Phrase(
        fr: "Écriture n° {1} manquante : le journal l’a enregistrée, le registre s’arrête au n° {2}",
        en: "Entry no. {1} missing: the journal recorded it, the ledger stops at no. {2}")
    /// {1} the entry.
    public static let journalDisagrees = Phrase(
        fr: "Écriture n° {1} : son empreinte n’est pas celle que le journal a enregistrée",
        en: "Entry no. {1}: its hash is not the one the journal recorded")
    /// {1} the day, {2} the closing's entry, {3} the expected cash kept, {4} recomputed.
    public static let closingDiffers = Phrase(
        fr: "Clôture du {1} (écriture n° {2}) : totaux faux (caisse attendue {3}, recalculée {4})",
        en: "Closing of {1} (entry no. {2}): wrong totals (expected cash {3}, recomputed {4})")
    /// {1} the product code, {2} the stock kept, {3} the sum of its movements.
    public static let stockDiffers = Phrase(
        fr: "Stock de {1} : {2} enregistré, {3} d’après les mouvements",
        en: "Stock of {1}: {2} kept, {3} from its movements")
    /// {1} the event, {2} its day.
    public static let journalContentChanged = Phrase(
        fr: "Journal, événement n° {1} du {2} : son contenu ne correspond plus à son empreinte",
        en: "Journal, event no. {1} of {2}: its content no longer matches its hash")
    /// {1} the event, {2} its day.
    /// {1} the first missing event, {2} the last one.
    public static let journalGap = Phrase(
        fr: "Journal, événements n° {1} à {2} : manquants, et aucune purge des journaux de connexion ne les a retirés",
        en: "Journal, events no. {1} to {2}: missing, and no purge of the connection logs removed them")
    /// {1} the purge's event, {2} the events it says it removed, {3} those its anchors cover.
    public static let journalPurgeDisagrees = Phrase(
        fr: "Journal, purge n° {1} : elle dit avoir retiré {2} événements, ses ancres en couvrent {3}",
        en: "Journal, purge no. {1}: it says it removed {2} events, its anchors cover {3}")
    public static let journalLinkBroken = Phrase(
        fr: "Journal, événement n° {1} du {2} : n’est plus chaîné à l’événement précédent",
        en: "Journal, event no. {1} of {2}: no longer chained to the event before")
    /// {1} what SQLite says.
    public static let integrity = Phrase(
        fr: "Fichier de la base abîmé (PRAGMA integrity_check) : {1}",
        en: "Database file damaged (PRAGMA integrity_check): {1}")
}
