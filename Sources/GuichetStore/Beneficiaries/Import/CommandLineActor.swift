internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The account a non-interactive command (import, demo) acts and is journaled as:
    /// the active account `login`, or, when nil, the first active supervisor (lowest id).
    /// No password is asked: whoever runs the command can already write the database file.
    public func commandLineActor(login: String?) throws(GuichetError) -> Actor {
        let site = try site()
        let row = try read { db in
            if let login {
                return try Row.fetchOne(db, sql: "SELECT \(UserAccount.columns) FROM users WHERE login = ? AND is_active = 1",
                                        arguments: [login.lowercased()])
            }
            return try Row.fetchOne(db, sql: """
                SELECT \(UserAccount.columns) FROM users WHERE role = ? AND is_active = 1 ORDER BY id LIMIT 1
                """, arguments: [Role.supervisor.rawValue])
        }
        guard let row else { throw .refused(login == nil ? CoreText.notSetUp : CoreText.unknownUser) }
        let account = try StorageFailure.guarded { try UserAccount(row: row) }
        return Actor(userID: account.id, login: account.login, displayName: account.displayName,
                     role: account.role, siteCode: site.code)
    }
}
