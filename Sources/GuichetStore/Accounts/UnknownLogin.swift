internal import Crypto
import Foundation
internal import GRDB
import GuichetCore

/// A login no account has may be anything typed in the login field, a password
/// by mistake included: it is never stored as typed. Its failed tries are
/// counted under `#` and the HMAC-SHA-256 of the (lower-cased) login, keyed with
/// the database's own secret (`secret_keys`, made by `foundation.2`), and its
/// journal event has no subject. `#` is not a login character, so the key never
/// meets an account's row.
///
/// The key lives in the file, so whoever holds the file can still test guesses
/// against a row; the hash keeps the text out of sight (the journal screen,
/// an export, a dump of the tables), not out of reach of the file's owner.
enum UnknownLogin {
    static func throttleKey(_ db: Database, login: String) throws -> String {
        guard let key = try Data.fetchOne(db, sql: "SELECT key FROM secret_keys WHERE purpose = 'unknown_login'") else {
            throw GuichetError.storage("unknown-login key missing")
        }
        let digest = HMAC<SHA256>.authenticationCode(for: Array(login.utf8), using: SymmetricKey(data: key))
        let digits = Array("0123456789abcdef")
        return "#" + String(digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }
}
