import Foundation
internal import GRDB
import GuichetCore

/// The only code that inserts into `journal`; SQL triggers refuse any other change.
enum JournalWriter {
    static func append(
        _ db: Database, at: Date, userID: Int64?, userLogin: String?, siteCode: String,
        action: ActionCode, subject: String?, summary: String
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO journal (at, user_id, user_login, site_code, action, subject, summary)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [Timestamp.utcText(at), userID, userLogin, siteCode, action.rawValue, subject, summary])
    }

    static func append(
        _ db: Database, at: Date, actor: Actor?, siteCode: String,
        action: ActionCode, subject: String?, summary: String
    ) throws {
        try append(db, at: at, userID: actor?.userID, userLogin: actor?.login, siteCode: siteCode,
                   action: action, subject: subject, summary: summary)
    }
}
