import Foundation
internal import GRDB
import GuichetCore

/// The only code that inserts into `journal`; SQL triggers refuse any other change.
/// Each event is numbered after the last one and carries `prev_hash` and `hash`,
/// the SHA-256 of its canonical text (`JournalEvent.canonicalText`), computed in the
/// transaction that writes it: the journal is a hash chain like the ledger.
enum JournalWriter {
    static func append(
        _ db: Database, at: Date, userID: Int64?, userLogin: String?, siteCode: String,
        action: ActionCode, subject: String?, summary: String
    ) throws {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1"))
        let id = (last.map { $0[0] as Int64 } ?? 0) + 1
        let previous = last.flatMap { $0[1] as String? } ?? ChainEncoding.origin
        let atText = Timestamp.utcText(at)
        let hash = ChainHash.hex(JournalEvent.canonicalText(
            id: id, at: atText, userID: userID, userLogin: userLogin, siteCode: siteCode, action: action.rawValue,
            subject: subject, summary: summary, previousHash: previous))
        try db.cachedStatement(sql: """
            INSERT INTO journal (id, at, user_id, user_login, site_code, action, subject, summary, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, atText, userID, userLogin, siteCode, action.rawValue, subject, summary, previous, hash])
    }

    static func append(
        _ db: Database, at: Date, actor: Actor?, siteCode: String,
        action: ActionCode, subject: String?, summary: String
    ) throws {
        try append(db, at: at, userID: actor?.userID, userLogin: actor?.login, siteCode: siteCode,
                   action: action, subject: subject, summary: summary)
    }
}
