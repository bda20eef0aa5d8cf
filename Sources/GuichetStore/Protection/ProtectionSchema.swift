import GuichetCore

/// Data protection's part of the database (Administration's migrations).
///
/// - `beneficiaries.birth_year`: the year of birth an anonymised file keeps for the
///   statistics (its `birth_date` is gone). Set by anonymisation only: the reports read
///   `coalesce(CAST(substr(birth_date, 1, 4) AS INTEGER), birth_year)`.
/// - The purge of old connection events, the only deletion the journal allows:
///   `journal_no_delete` now lets a DELETE through only for a connection event
///   (`auth.login`, `auth.login_failed`, `auth.logout`, `auth.lock`) older than the
///   limit a purge writes in `journal_purge_permit` for the length of its transaction,
///   and never the journal's last event. Without that row every DELETE is refused, as
///   before, and every UPDATE still is.
/// - `journal_anchors`: what keeps the hash chain checkable across the events a purge
///   removed. Each run of consecutive events removed gets one row: its first and last
///   numbers, the hash the first one chained to (`previous_hash`, that of the event
///   before the run) and the hash of the last one (`last_hash`, which the event after
///   the run names as its `prev_hash`), and the purge's own journal event. `verify`
///   walks the chain over a gap only through an anchor that fits it exactly, and checks
///   that the anchors of each purge cover as many events as its event says it removed.
///   Anchors are written only during a purge (a permit must exist) and never changed.
enum ProtectionSchema {
    static let schema = AreaSchema(migrations: [
        Migration(name: "protection.1-anonymisation-and-log-purge", sql: anonymisationAndLogPurge),
    ])

    static let connectionActions = ConnectionLogRetention.actions.map { "'\($0.rawValue)'" }.joined(separator: ", ")

    private static let anonymisationAndLogPurge = """
        ALTER TABLE beneficiaries ADD COLUMN birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1800 AND 9999);

        CREATE TABLE journal_purge_permit (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            before TEXT NOT NULL
        );

        CREATE TABLE journal_anchors (
            first_id INTEGER PRIMARY KEY,
            last_id INTEGER NOT NULL CHECK (last_id >= first_id),
            previous_hash TEXT NOT NULL CHECK (length(previous_hash) = 64),
            last_hash TEXT NOT NULL CHECK (length(last_hash) = 64),
            purge_event INTEGER NOT NULL
        );
        CREATE TRIGGER journal_anchors_no_update BEFORE UPDATE ON journal_anchors
        BEGIN SELECT RAISE(ABORT, 'journal anchors are append-only'); END;
        CREATE TRIGGER journal_anchors_no_delete BEFORE DELETE ON journal_anchors
        BEGIN SELECT RAISE(ABORT, 'journal anchors are append-only'); END;
        CREATE TRIGGER journal_anchors_in_a_purge BEFORE INSERT ON journal_anchors
        WHEN NOT EXISTS (SELECT 1 FROM journal_purge_permit)
        BEGIN SELECT RAISE(ABORT, 'journal anchors are written by a purge only'); END;

        DROP TRIGGER journal_no_delete;
        CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
        WHEN NOT (old.action IN ('auth.login', 'auth.login_failed', 'auth.logout', 'auth.lock')
                  AND old.at < coalesce((SELECT before FROM journal_purge_permit WHERE id = 1), '')
                  AND old.id < (SELECT max(id) FROM journal))
        BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        """
}
