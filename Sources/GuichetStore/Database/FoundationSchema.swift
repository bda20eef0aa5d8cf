/// The tables every area stands on: the site, its accounts and their login
/// throttle, the settings, and the append-only journal (SQL triggers refuse any
/// UPDATE or DELETE on it).
enum FoundationSchema {
    static let migrations = [
        Migration(name: "v1", sql: v1),
        Migration(name: "foundation.2-unknown-login-key", sql: unknownLoginKey),
    ]

    /// The throttle of a login no account has is kept under a keyed hash of it
    /// (`UnknownLogin`), never as typed: it may be a password typed in the wrong
    /// field. The key is 32 random bytes made once per database (SQLite's
    /// `randomblob`, seeded from the system's random source), never shown.
    /// Rows written before, under text as typed for logins no account has, are
    /// only counters of failed tries: they go.
    private static let unknownLoginKey = """
        CREATE TABLE secret_keys (
            purpose TEXT PRIMARY KEY,
            key BLOB NOT NULL CHECK (typeof(key) = 'blob' AND length(key) = 32)
        ) WITHOUT ROWID;
        INSERT INTO secret_keys (purpose, key) VALUES ('unknown_login', randomblob(32));
        DELETE FROM login_throttle WHERE login NOT IN (SELECT login FROM users);
        """

    private static let v1 = """
        CREATE TABLE site (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            code TEXT NOT NULL CHECK (length(code) = 3 AND code = upper(code)),
            name TEXT NOT NULL CHECK (length(name) > 0),
            time_zone TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE CHECK (login = lower(login) AND length(login) BETWEEN 2 AND 32),
            display_name TEXT NOT NULL CHECK (length(display_name) > 0),
            role TEXT NOT NULL CHECK (role IN ('volunteer', 'coach', 'supervisor')),
            password_hash TEXT NOT NULL CHECK (password_hash LIKE '$%'),
            is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id)
        );

        CREATE TABLE login_throttle (
            login TEXT PRIMARY KEY,
            failures INTEGER NOT NULL CHECK (failures > 0),
            last_failure_at TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by INTEGER REFERENCES users(id)
        ) WITHOUT ROWID;

        CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id INTEGER REFERENCES users(id),
            user_login TEXT,
            site_code TEXT NOT NULL,
            action TEXT NOT NULL CHECK (length(action) > 0),
            subject TEXT,
            summary TEXT NOT NULL
        );
        CREATE INDEX journal_by_time ON journal(at);
        CREATE INDEX journal_by_action ON journal(action, at);

        CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
        BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
        BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        """
}
