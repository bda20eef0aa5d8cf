import GRDB
import GuichetCore

extension GuichetStore {
    /// The stored value, or nil when the setting was never changed.
    public func setting(_ key: SettingKey) throws(GuichetError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key.rawValue])
        }
    }

    /// Journals `setting.change` with the key as subject and the new value as summary.
    public func changeSetting(as actor: Actor, _ key: SettingKey, to input: String) throws(GuichetError) {
        try actor.require(.changeSettings)
        let value = try key.validated(input)
        let nowText = Timestamp.utcText(clock.now())
        try perform(as: actor, action: .settingChanged, subject: key.rawValue, summary: value) { db in
            try db.execute(
                sql: """
                    INSERT INTO settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (key) DO UPDATE SET
                        value = excluded.value, changed_at = excluded.changed_at, changed_by = excluded.changed_by
                    """,
                arguments: [key.rawValue, value, nowText, actor.userID])
        }
    }

    /// The inactivity delay before the session locks; the default when unset or unreadable,
    /// since locking must keep working even when the database does not answer.
    public func lockMinutes() -> Int {
        guard let stored = try? setting(.lockMinutes), let minutes = try? SessionLock.minutes(stored) else {
            return SessionLock.defaultMinutes
        }
        return minutes
    }
}
