internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The one path of every write: runs `body` and appends the journal event in
    /// ONE transaction, so an action and its trace cannot be separated; if `body`
    /// throws, neither remains. A `GuichetError` thrown by `body` reaches the
    /// caller unchanged; any other error becomes `.storage`.
    ///
    /// The caller checks the actor's permission first (`actor.require(_:)`);
    /// here the actor's account must still exist and be active.
    @discardableResult
    func perform<T>(
        as actor: Actor?, action: some JournalAction, subject: String?, summary: String,
        _ body: (Database) throws -> T
    ) throws(GuichetError) -> T {
        try perform(as: actor, action: action) { db in
            Traced(try body(db), subject: subject, summary: summary)
        }
    }

    /// `perform` where `body` decides the journal's subject and summary.
    @discardableResult
    func perform<T>(
        as actor: Actor?, action: some JournalAction, _ body: (Database) throws -> Traced<T>
    ) throws(GuichetError) -> T {
        try journaled(as: actor, action: action.code, checkingActor: true, body)
    }

    /// `checkingActor: false` lets a deactivated user still log out or lock.
    func journaled<T>(
        as actor: Actor?, action: ActionCode, checkingActor: Bool,
        _ body: (Database) throws -> Traced<T>
    ) throws(GuichetError) -> T {
        let now = clock.now()
        return try write { db in
            guard let siteCode = try String.fetchOne(db, sql: "SELECT code FROM site") else {
                throw GuichetError.refused(CoreText.notSetUp)
            }
            if let actor, checkingActor {
                let active = try Bool.fetchOne(
                    db, sql: "SELECT is_active FROM users WHERE id = ? AND login = ?",
                    arguments: [actor.userID, actor.login])
                guard active == true else { throw GuichetError.refused(CoreText.userInactive) }
            }
            let traced = try body(db)
            try JournalWriter.append(
                db, at: now, actor: actor, siteCode: siteCode,
                action: action, subject: traced.subject, summary: traced.summary)
            return traced.value
        }
    }
}
