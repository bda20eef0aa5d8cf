internal import GRDB
import GuichetCore

/// The beneficiary file's part of the database.
enum BeneficiarySchema {
    static let schema = AreaSchema(
        migrations: [
            Migration(name: "v2", sql: v2),
            Migration(name: "beneficiaries.3-timeline-sources", sql: "DROP VIEW beneficiary_timeline;"),
            Migration(name: "beneficiaries.4-closing-reason", sql: "ALTER TABLE beneficiaries ADD COLUMN closed_reason TEXT;"),
            Migration(name: "beneficiaries.5-words-after-apostrophes", sql: "", code: reindexNamesWithApostrophes),
        ],
        timelineSources: [visits, updates, renewal, closings, creation])

    /// The beneficiary file: files, their number sequences, visits, the search index and the timeline.
///
/// - Names are stored as typed (NFC); `search_key` (`last first`) and `swapped_key`
///   (`first last`) are their `NameFolding` forms, b-tree indexed for the exact and
///   prefix tiers of the search. `name_tokens` and `id_tokens` feed the FTS5 index
///   (external content, kept in sync by triggers): our folding's words (plus German
///   ue/oe/ae spellings and joined compound names), and the file number's parts.
/// - `phone` is E.164; `phone_key` the digits a phone search matches (`PhoneNumber.searchKey`).
/// - Days are ISO text, instants UTC text (`Timestamp.utcText`), money integer cents.
/// - `beneficiary_timeline` was a view over the sources of a file's events; the
///   timeline is now a list of sources in code (`timelineSources`), and
///   `beneficiaries.3` drops the view.
    private static let v2 = """
        CREATE TABLE file_sequences (
            site_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            last_sequence INTEGER NOT NULL CHECK (last_sequence BETWEEN 1 AND 99999),
            PRIMARY KEY (site_code, year)
        ) WITHOUT ROWID;

        CREATE TABLE beneficiaries (
            id INTEGER PRIMARY KEY,
            file_number TEXT NOT NULL UNIQUE,
            site_code TEXT NOT NULL,
            file_year INTEGER NOT NULL,
            file_sequence INTEGER NOT NULL CHECK (file_sequence BETWEEN 1 AND 99999),
            last_name TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 80),
            first_name TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 80),
            birth_date TEXT,
            phone TEXT CHECK (phone IS NULL OR phone GLOB '+[1-9]*'),
            phone_key TEXT,
            email TEXT,
            housing TEXT,
            activity TEXT,
            resource_kind TEXT,
            monthly_resources_cents INTEGER CHECK (monthly_resources_cents >= 0),
            referral_kind TEXT,
            referral_structure TEXT,
            referral_social_worker TEXT,
            referral_contact TEXT,
            referral_date TEXT,
            consent_date TEXT,
            consent_recorded_by TEXT,
            notes TEXT NOT NULL DEFAULT '',
            enrolled_on TEXT NOT NULL,
            renewed_on TEXT,
            renewed_at TEXT,
            renewed_by INTEGER REFERENCES users(id),
            closed_on TEXT,
            closed_at TEXT,
            closed_by INTEGER REFERENCES users(id),
            anonymised_on TEXT,
            search_key TEXT NOT NULL,
            swapped_key TEXT NOT NULL,
            name_tokens TEXT NOT NULL,
            id_tokens TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id),
            UNIQUE (site_code, file_year, file_sequence)
        );
        CREATE INDEX beneficiaries_by_search_key ON beneficiaries(search_key);
        CREATE INDEX beneficiaries_by_swapped_key ON beneficiaries(swapped_key);
        CREATE INDEX beneficiaries_by_phone_key ON beneficiaries(phone_key);
        CREATE INDEX beneficiaries_by_birth_date ON beneficiaries(birth_date);
        CREATE INDEX beneficiaries_by_updated_at ON beneficiaries(updated_at);
        CREATE INDEX beneficiaries_by_created_at ON beneficiaries(created_at);

        CREATE VIRTUAL TABLE beneficiary_search USING fts5(
            name_tokens, id_tokens,
            content = 'beneficiaries', content_rowid = 'id',
            tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3'
        );
        CREATE TRIGGER beneficiary_search_insert AFTER INSERT ON beneficiaries BEGIN
            INSERT INTO beneficiary_search (rowid, name_tokens, id_tokens) VALUES (new.id, new.name_tokens, new.id_tokens);
        END;
        CREATE TRIGGER beneficiary_search_delete AFTER DELETE ON beneficiaries BEGIN
            INSERT INTO beneficiary_search (beneficiary_search, rowid, name_tokens, id_tokens)
            VALUES ('delete', old.id, old.name_tokens, old.id_tokens);
        END;
        CREATE TRIGGER beneficiary_search_update AFTER UPDATE OF name_tokens, id_tokens ON beneficiaries BEGIN
            INSERT INTO beneficiary_search (beneficiary_search, rowid, name_tokens, id_tokens)
            VALUES ('delete', old.id, old.name_tokens, old.id_tokens);
            INSERT INTO beneficiary_search (rowid, name_tokens, id_tokens) VALUES (new.id, new.name_tokens, new.id_tokens);
        END;

        CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            beneficiary_id INTEGER REFERENCES beneficiaries(id),
            at TEXT NOT NULL,
            local_day TEXT NOT NULL,
            reasons TEXT NOT NULL CHECK (length(reasons) > 0),
            note TEXT NOT NULL DEFAULT '',
            recorded_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX visits_by_day ON visits(local_day);
        CREATE INDEX visits_by_beneficiary ON visits(beneficiary_id, at);

        CREATE INDEX journal_by_subject ON journal(subject, action);

        CREATE VIEW beneficiary_timeline (beneficiary_id, at, kind, reasons, note, user_id) AS
            SELECT beneficiary_id, at, 'visit', reasons, note, recorded_by FROM visits WHERE beneficiary_id IS NOT NULL
            UNION ALL
            SELECT id, created_at, 'file_created', NULL, NULL, created_by FROM beneficiaries
            UNION ALL
            SELECT id, renewed_at, 'enrolment_renewed', NULL, NULL, renewed_by FROM beneficiaries WHERE renewed_at IS NOT NULL
            UNION ALL
            SELECT id, closed_at, 'enrolment_closed', NULL, NULL, closed_by FROM beneficiaries WHERE closed_at IS NOT NULL
            UNION ALL
            SELECT b.id, j.at, 'file_updated', NULL, NULL, j.user_id
            FROM journal j JOIN beneficiaries b ON j.subject = b.file_number
            WHERE j.action = 'beneficiary.update';
        """

    /// Names written with an apostrophe get the part after it as a word of its own
    /// (`SearchTokens.keys`): their index words are computed again.
    @Sendable private static func reindexNamesWithApostrophes(_ db: Database) throws {
        let apostrophes = "[" + NameFolding.apostrophes.filter { $0 != "\u{00B7}" }.map(String.init).sorted().joined() + "]"
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, last_name, first_name FROM beneficiaries WHERE last_name GLOB ?1 OR first_name GLOB ?1
            """, arguments: ["*" + apostrophes + "*"])
        for row in rows {
            let keys = SearchTokens.keys(lastName: row["last_name"], firstName: row["first_name"])
            try db.execute(sql: "UPDATE beneficiaries SET name_tokens = ? WHERE id = ?", arguments: [keys.words, row["id"] as Int64])
        }
    }

    // The events of a file's history. Each selects `at`, the author's login, then its
    // own columns, for the file ?1, newest first, at most ?2 rows; at the same instant,
    // a source listed earlier comes first (the creation last: it is the oldest).

    private static let visits = TimelineSource(sql: """
        SELECT v.at, u.login, v.reasons, v.note FROM visits v LEFT JOIN users u ON u.id = v.recorded_by
        WHERE v.beneficiary_id = ?1 ORDER BY v.at DESC LIMIT ?2
        """) { row in
        let codes = (row[2] as String? ?? "").split(separator: ",")
        return BeneficiaryEvent.visit(reasons: codes.compactMap { VisitReason(rawValue: String($0)) }, note: row[3] ?? "")
    }

    private static let updates = TimelineSource(sql: """
        SELECT j.at, j.user_login FROM journal j
        WHERE j.subject = (SELECT file_number FROM beneficiaries WHERE id = ?1) AND j.action = '\(BeneficiaryAction.updated.rawValue)'
        ORDER BY j.at DESC LIMIT ?2
        """) { _ in BeneficiaryEvent.fileUpdated }

    private static let renewal = TimelineSource(sql: """
        SELECT b.renewed_at, u.login FROM beneficiaries b LEFT JOIN users u ON u.id = b.renewed_by
        WHERE b.id = ?1 AND b.renewed_at IS NOT NULL LIMIT ?2
        """) { _ in BeneficiaryEvent.enrolmentRenewed }

    /// Closings and reopenings, from the journal: a reopened file keeps the trace of its closing.
    private static let closings = TimelineSource(sql: """
        SELECT j.at, j.user_login, j.action, j.summary FROM journal j
        WHERE j.subject = (SELECT file_number FROM beneficiaries WHERE id = ?1)
            AND j.action IN ('\(BeneficiaryAction.enrolmentClosed.rawValue)', '\(BeneficiaryAction.enrolmentReopened.rawValue)')
        ORDER BY j.at DESC, j.id DESC LIMIT ?2
        """) { row in
        guard row[2] as String == BeneficiaryAction.enrolmentClosed.rawValue else { return BeneficiaryEvent.enrolmentReopened }
        let reason = (row[3] as String).split(separator: " ").first { $0.hasPrefix("reason=") }
            .flatMap { ClosingReason(rawValue: String($0.dropFirst("reason=".count))) }
        return BeneficiaryEvent.enrolmentClosed(reason)
    }

    private static let creation = TimelineSource(sql: """
        SELECT b.created_at, u.login FROM beneficiaries b LEFT JOIN users u ON u.id = b.created_by
        WHERE b.id = ?1 LIMIT ?2
        """) { _ in BeneficiaryEvent.fileCreated }
}
