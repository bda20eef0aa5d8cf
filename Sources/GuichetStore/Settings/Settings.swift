internal import GRDB
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
        try changeSettings(as: actor, [(key, input)])
    }

    /// Changes several settings as ONE action: one transaction, one `setting.change`
    /// event (subject: the keys changed; summary: `key=value` pairs). Every value is
    /// checked first, so one refused value changes nothing; unchanged ones are left out,
    /// and nothing is written or journaled when nothing changed.
    public func changeSettings(as actor: Actor, _ changes: [(SettingKey, String)]) throws(GuichetError) {
        try actor.require(.changeSettings)
        var values: [(SettingKey, String)] = []
        for (key, input) in changes { values.append((key, try key.validated(input))) }
        var changed: [(SettingKey, String)] = []
        for (key, value) in values where try (setting(key) ?? key.defaultValue) != value { changed.append((key, value)) }
        guard !changed.isEmpty else { return }
        let nowText = Timestamp.utcText(clock.now())
        let subject = changed.map(\.0.rawValue).joined(separator: ",")
        let summary = changed.map { $0.0.rawValue + "=" + $0.1 }.joined(separator: " ")
        try perform(as: actor, action: AccountAction.settingChanged, subject: subject, summary: summary) { db in
            for (key, value) in changed {
                try db.execute(
                    sql: """
                        INSERT INTO settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (key) DO UPDATE SET
                            value = excluded.value, changed_at = excluded.changed_at, changed_by = excluded.changed_by
                        """,
                    arguments: [key.rawValue, value, nowText, actor.userID])
            }
        }
    }

    /// True on a counter PC set up as a kiosk: quitting Guichet is a supervisor's action
    /// (from the login screen nobody may quit). False when unset or unreadable.
    public func quitReservedToSupervisors() -> Bool {
        (try? setting(.quitReservedToSupervisors)) == "on"
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
