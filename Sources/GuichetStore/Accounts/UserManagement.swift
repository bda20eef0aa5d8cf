import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Every account, ordered by login.
    public func users(as actor: Actor) throws(GuichetError) -> [UserAccount] {
        try actor.require(.manageUsers)
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT \(UserAccount.columns) FROM users ORDER BY login")
                .map(UserAccount.init(row:))
        }
    }

    /// Journals `user.create` with the login as subject and the role as summary (never the name).
    public func createUser(
        as actor: Actor, login typedLogin: String, displayName typedName: String, role: Role, password: String
    ) throws(GuichetError) -> UserAccount {
        try actor.require(.manageUsers)
        let login = try AccountRules.login(typedLogin)
        let displayName = try AccountRules.displayName(typedName)
        try AccountRules.password(password, confirmation: password)
        let hash = try PasswordHasher.hash(password)
        let nowText = Timestamp.utcText(clock.now())
        return try perform(as: actor, action: AccountAction.userCreated, subject: login, summary: "role=\(role.rawValue)") { db in
            guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users WHERE login = ?)", arguments: [login])! else {
                throw GuichetError.invalid(CoreText.loginTaken)
            }
            try db.execute(
                sql: """
                    INSERT INTO users (login, display_name, role, password_hash, is_active, created_at, created_by)
                    VALUES (?, ?, ?, ?, 1, ?, ?)
                    """,
                arguments: [login, displayName, role.rawValue, hash, nowText, actor.userID])
            guard let account = try UserAccount.fetch(db, id: db.lastInsertedRowID) else {
                throw GuichetError.storage("created user not found")
            }
            return account
        }
    }

    /// Also lifts the login throttle of that account, so its owner can sign in at once.
    public func resetPassword(as actor: Actor, userID: Int64, newPassword: String) throws(GuichetError) {
        try actor.require(.manageUsers)
        try AccountRules.password(newPassword, confirmation: newPassword)
        let hash = try PasswordHasher.hash(newPassword)
        try perform(as: actor, action: AccountAction.passwordReset) { db in
            guard let account = try UserAccount.fetch(db, id: userID) else {
                throw GuichetError.invalid(CoreText.unknownUser)
            }
            try db.execute(sql: "UPDATE users SET password_hash = ? WHERE id = ?", arguments: [hash, userID])
            try ThrottleTable.clear(db, login: account.login)
            return Traced((), subject: account.login, summary: "")
        }
    }

    /// Refuses to deactivate the last active supervisor (the reason given first, as it
    /// is the one that holds whoever asks) or oneself.
    public func setActive(as actor: Actor, userID: Int64, active: Bool) throws(GuichetError) {
        try actor.require(.manageUsers)
        try perform(as: actor, action: active ? AccountAction.userReactivated : AccountAction.userDeactivated) { db in
            guard let account = try UserAccount.fetch(db, id: userID) else {
                throw GuichetError.invalid(CoreText.unknownUser)
            }
            if !active && account.isActive && account.role == .supervisor {
                let activeSupervisors = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM users WHERE role = ? AND is_active = 1",
                    arguments: [Role.supervisor.rawValue]) ?? 0
                guard activeSupervisors > 1 else { throw GuichetError.refused(CoreText.lastSupervisor) }
            }
            if !active && userID == actor.userID { throw GuichetError.refused(CoreText.cannotDeactivateSelf) }
            try db.execute(sql: "UPDATE users SET is_active = ? WHERE id = ?", arguments: [active, userID])
            return Traced((), subject: account.login, summary: "role=\(account.role.rawValue)")
        }
    }
}

extension GuichetStore {
    /// The accounts whose login or name holds every word of `query` (folded: no
    /// accents, any case, any order) at the start of one of its words; all of
    /// them, by login, for an empty query.
    public func searchUsers(as actor: Actor, _ query: String, limit: Int) throws(GuichetError) -> [UserAccount] {
        let words = NameFolding.fold(query).split(separator: " ")
        let found = try users(as: actor).filter { user in
            let own = NameFolding.fold(user.login + " " + user.displayName).split(separator: " ")
            return words.allSatisfy { word in own.contains { $0.hasPrefix(word) } }
        }
        return Array(found.prefix(max(0, limit)))
    }
}
