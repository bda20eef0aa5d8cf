import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// First start: the site and its first supervisor, in one transaction that also
    /// journals `site.setup` and `user.create`, both on behalf of that supervisor.
    /// Refuses with `CoreText.alreadySetUp`, changing nothing, once a site exists.
    public func setUp(
        siteCode: SiteCode, siteName: String, timeZone: TimeZone,
        supervisorLogin: String, supervisorName: String, password: String
    ) throws(GuichetError) -> Actor {
        let name = try AccountRules.siteName(siteName)
        let login = try AccountRules.login(supervisorLogin)
        let displayName = try AccountRules.displayName(supervisorName)
        try AccountRules.password(password, confirmation: password)
        // Refuse before the slow hashing when we already know the answer.
        guard try !isSetUp() else { throw .refused(CoreText.alreadySetUp) }
        let hash = try PasswordHasher.hash(password)
        let now = clock.now()
        let nowText = Timestamp.utcText(now)

        let userID = try write { db in
            // Checked again inside the write lock: another counter may have just set up.
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM site)") == true {
                throw GuichetError.refused(CoreText.alreadySetUp)
            }
            try db.execute(
                sql: "INSERT INTO site (id, code, name, time_zone, created_at) VALUES (1, ?, ?, ?, ?)",
                arguments: [siteCode.value, name, timeZone.identifier, nowText])
            try db.execute(
                sql: """
                    INSERT INTO users (login, display_name, role, password_hash, is_active, created_at, created_by)
                    VALUES (?, ?, ?, ?, 1, ?, NULL)
                    """,
                arguments: [login, displayName, Role.supervisor.rawValue, hash, nowText])
            let userID = db.lastInsertedRowID
            try JournalWriter.append(
                db, at: now, userID: userID, userLogin: login, siteCode: siteCode.value,
                action: AccountAction.siteSetUp.code, subject: siteCode.value, summary: "time_zone=\(timeZone.identifier)")
            try JournalWriter.append(
                db, at: now, userID: userID, userLogin: login, siteCode: siteCode.value,
                action: AccountAction.userCreated.code, subject: login, summary: "role=\(Role.supervisor.rawValue)")
            return userID
        }
        return Actor(userID: userID, login: login, displayName: displayName, role: .supervisor, siteCode: siteCode)
    }
}
