import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    /// Signs a user in. Every outcome but a throttled try is journaled: success as
    /// `auth.login`, failure as `auth.login_failed` with the reason in the summary.
    ///
    /// An unknown login and a wrong password give the same message and take the
    /// same time. While `LoginThrottle` asks to wait, the password is not even checked.
    public func authenticate(login typedLogin: String, password: String) throws(GuichetError) -> Actor {
        let siteCode = try site().code
        guard let login = try? AccountRules.login(typedLogin) else {
            // No account can have this login; nothing to throttle, and the typed text
            // is kept out of the journal in case it was a password typed in the wrong field.
            PasswordHasher.spendVerificationTime(password)
            try recordFailedLogin(subject: nil, throttleKey: nil, reason: "malformed_login")
            throw .refused(CoreText.wrongCredentials)
        }

        // The throttle of a login no account has is kept under a keyed hash (`UnknownLogin`).
        let (throttleKey, throttle, row) = try read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT \(UserAccount.columns), password_hash FROM users WHERE login = ?", arguments: [login])
            let key = row == nil ? try UnknownLogin.throttleKey(db, login: login) : login
            return (key, try ThrottleTable.state(db, login: key), row)
        }
        let wait = LoginThrottle.remainingWait(
            failures: throttle.failures, lastFailure: throttle.lastFailure, now: clock.now())
        guard wait == 0 else {
            throw .refused(CoreText.tooManyAttempts.filled(wait))
        }

        guard let row else {
            // Not journaled as typed either: « unknown_login » without a subject.
            PasswordHasher.spendVerificationTime(password)
            try recordFailedLogin(subject: nil, throttleKey: throttleKey, reason: "unknown_login")
            throw .refused(CoreText.wrongCredentials)
        }
        guard PasswordHasher.verify(password, against: row["password_hash"]) else {
            try recordFailedLogin(subject: login, throttleKey: throttleKey, reason: "wrong_password")
            throw .refused(CoreText.wrongCredentials)
        }
        let account = try StorageFailure.guarded { try UserAccount(row: row) }
        guard account.isActive else {
            try recordFailedLogin(subject: login, throttleKey: nil, reason: "inactive")
            throw .refused(CoreText.userInactive)
        }

        let actor = Actor(userID: account.id, login: account.login, displayName: account.displayName,
                          role: account.role, siteCode: siteCode)
        try perform(as: actor, action: AccountAction.login, subject: nil, summary: "role=\(account.role.rawValue)") { db in
            try ThrottleTable.clear(db, login: login)
        }
        return actor
    }

    public func logout(_ actor: Actor) throws(GuichetError) {
        try journaled(as: actor, action: AccountAction.logout.code, checkingActor: false) { _ in
            Traced((), subject: nil, summary: "")
        }
    }

    /// The session locked after inactivity; the app calls this when it shows the lock screen.
    public func recordSessionLock(_ actor: Actor) throws(GuichetError) {
        try journaled(as: actor, action: AccountAction.sessionLocked.code, checkingActor: false) { _ in
            Traced((), subject: nil, summary: "")
        }
    }

    /// `subject`: the account's login, nil when no account has it. `throttleKey`: the
    /// throttle row to count the failure in, nil when the failure does not count.
    private func recordFailedLogin(subject: String?, throttleKey: String?, reason: String) throws(GuichetError) {
        let now = clock.now()
        try perform(as: nil, action: AccountAction.loginFailed, subject: subject, summary: "reason=\(reason)") { db in
            if let throttleKey { try ThrottleTable.recordFailure(db, login: throttleKey, at: now) }
        }
    }
}
