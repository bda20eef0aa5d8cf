internal import GRDB
import GuichetCore

/// Telecom budget coaching's part of the database.
enum BudgetSchema {
    static let schema = AreaSchema(
        migrations: [Migration(name: "budget.1-sessions-plans-offers", sql: sessionsPlansOffers),
                     Migration(name: "budget.2-step-templates", sql: stepTemplates)],
        timelineSources: [sessions, steps])

    /// - `budget_sessions`: one diagnosis of a file, its day, coach and next appointment;
    ///   the resources' total, the lines' totals before and after the plan and the
    ///   reference share are kept with it, so that the reports read them without
    ///   computing every session again (they are the core's `BudgetFigures`).
    /// - `budget_resources`: the session's resources by kind (only amounts above zero).
    /// - `budget_lines`: its telecom lines, in the order they were entered, with the
    ///   offer chosen for each as it was then (operator, name, price): the catalog may
    ///   change, the session keeps what was said.
    /// - `budget_plan_steps`: the person's action plan, across sessions (`session_id`
    ///   is the session that added the step, NULL when added afterwards).
    /// - `budget_offers`: the catalog; never deleted (a retired offer keeps
    ///   `retired_at`). Seeded here with the examples of DOMAIN.md, `is_example = 1`
    ///   until a supervisor saves them once.
    /// Amounts are integer cents; days ISO text; instants UTC text (`Timestamp.utcText`).
    private static let sessionsPlansOffers = """
        CREATE TABLE budget_offers (
            id INTEGER PRIMARY KEY,
            operator TEXT NOT NULL CHECK (length(operator) BETWEEN 1 AND 40),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
            service TEXT NOT NULL CHECK (service IN ('mobile', 'internet', 'landline')),
            monthly_price_cents INTEGER NOT NULL CHECK (monthly_price_cents BETWEEN 0 AND 1000000),
            minutes INTEGER CHECK (minutes >= 0),
            sms INTEGER CHECK (sms >= 0),
            data_mb INTEGER CHECK (data_mb >= 0),
            benefits TEXT NOT NULL DEFAULT '',
            commitment_months INTEGER NOT NULL DEFAULT 0 CHECK (commitment_months BETWEEN 0 AND 24),
            valid_from TEXT,
            valid_to TEXT,
            is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
            retired_at TEXT,
            retired_by INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id)
        );

        CREATE TABLE budget_sessions (
            id INTEGER PRIMARY KEY,
            beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries(id),
            session_on TEXT NOT NULL,
            next_appointment_on TEXT,
            coach_id INTEGER REFERENCES users(id),
            resources_cents INTEGER NOT NULL CHECK (resources_cents >= 0),
            before_cents INTEGER NOT NULL CHECK (before_cents >= 0),
            after_cents INTEGER NOT NULL CHECK (after_cents >= 0),
            reference_tenths INTEGER NOT NULL CHECK (reference_tenths BETWEEN 10 AND 300),
            created_at TEXT NOT NULL
        );
        CREATE INDEX budget_sessions_by_beneficiary ON budget_sessions(beneficiary_id, session_on);
        CREATE INDEX budget_sessions_by_day ON budget_sessions(session_on);

        CREATE TABLE budget_resources (
            session_id INTEGER NOT NULL REFERENCES budget_sessions(id),
            kind TEXT NOT NULL,
            monthly_cents INTEGER NOT NULL CHECK (monthly_cents BETWEEN 1 AND 1000000),
            PRIMARY KEY (session_id, kind)
        ) WITHOUT ROWID;

        CREATE TABLE budget_lines (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES budget_sessions(id),
            position INTEGER NOT NULL CHECK (position >= 0),
            kind TEXT NOT NULL CHECK (kind IN ('mobile_plan', 'prepaid_mobile', 'internet_box', 'landline', 'hotspot')),
            operator TEXT NOT NULL CHECK (length(operator) BETWEEN 1 AND 40),
            offer_name TEXT NOT NULL DEFAULT '' CHECK (length(offer_name) <= 60),
            monthly_cents INTEGER NOT NULL CHECK (monthly_cents BETWEEN 0 AND 1000000),
            commitment_start TEXT,
            commitment_end TEXT CHECK ((commitment_start IS NULL) = (commitment_end IS NULL) AND
                                       (commitment_end IS NULL OR commitment_end > commitment_start)),
            unpaid_cents INTEGER NOT NULL DEFAULT 0 CHECK (unpaid_cents BETWEEN 0 AND 1000000),
            phone TEXT CHECK (phone IS NULL OR phone GLOB '+[1-9]*'),
            rio TEXT CHECK (rio IS NULL OR (length(rio) = 12 AND phone IS NOT NULL)),
            notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 200),
            chosen_offer_id INTEGER REFERENCES budget_offers(id),
            chosen_operator TEXT,
            chosen_name TEXT,
            chosen_price_cents INTEGER CHECK (chosen_price_cents BETWEEN 0 AND 1000000),
            CHECK ((chosen_name IS NULL) = (chosen_price_cents IS NULL)),
            UNIQUE (session_id, position)
        );

        CREATE TABLE budget_plan_steps (
            id INTEGER PRIMARY KEY,
            beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries(id),
            session_id INTEGER REFERENCES budget_sessions(id),
            text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
            due_on TEXT NOT NULL,
            who TEXT NOT NULL CHECK (who IN ('person', 'coach')),
            status TEXT NOT NULL CHECK (status IN ('todo', 'done', 'abandoned')),
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX budget_steps_by_beneficiary ON budget_plan_steps(beneficiary_id, status, due_on);
        CREATE INDEX budget_steps_by_due ON budget_plan_steps(status, due_on);

        INSERT INTO budget_offers (operator, name, service, monthly_price_cents, minutes, sms, data_mb, benefits,
                                   commitment_months, is_example, created_at, updated_at)
        VALUES
            ('Plusieurs opérateurs', 'Tarif social mobile', 'mobile', 1000, 40, 40, 0, 'rsa', 0, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('Plusieurs opérateurs', 'Tarif social internet (box)', 'internet', 2300, NULL, 0, NULL, 'rsa', 0, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('Free', 'Forfait 2 €', 'mobile', 200, 60, 60, 0, '', 0, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('Orange', 'Réduction sociale téléphonique (fixe)', 'landline', 1000, 0, 0, 0, 'rsa,aah,ass', 0, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
        """

    /// - `budget_step_templates`: the steps a session proposes, in `position` order (1, 2, 3…,
    ///   one template a place), never deleted (`active = 0` once retired); `text_en` empty when
    ///   the English was not written (the French is shown). Seeded with the programme's seven
    ///   templates (`DefaultStepTemplate`, written out here since a shipped migration never
    ///   changes), `is_default = 1` until a supervisor edits one.
    private static let stepTemplates = """
        CREATE TABLE budget_step_templates (
            id INTEGER PRIMARY KEY,
            text_fr TEXT NOT NULL CHECK (length(text_fr) BETWEEN 1 AND 200),
            text_en TEXT NOT NULL DEFAULT '' CHECK (length(text_en) <= 200),
            delay_days INTEGER NOT NULL CHECK (delay_days BETWEEN 0 AND 365),
            who TEXT NOT NULL CHECK (who IN ('person', 'coach')),
            position INTEGER NOT NULL UNIQUE,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id)
        );

        INSERT INTO budget_step_templates (text_fr, text_en, delay_days, who, position, is_default, created_at, updated_at)
        VALUES
            ('Obtenir le RIO : appel gratuit au 3179 depuis la ligne',
             'Get the RIO: free call to 3179 from the line', 7, 'person', 1, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('Vérifier la date de fin d’engagement (facture ou espace client)',
             'Check the commitment end date (bill or online account)', 7, 'person', 2, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('Choisir la nouvelle offre',
             'Choose the new offer', 7, 'coach', 3, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('Souscrire en gardant son numéro (donner le RIO) et NE PAS résilier l’ancien contrat',
             'Subscribe keeping the number (give the RIO) and do NOT cancel the old contract', 14, 'person', 4, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('Faire débloquer le téléphone par l’opérateur (désimlockage)',
             'Have the operator unlock the phone', 14, 'person', 5, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('Demander la réduction sociale téléphonique (ligne fixe), avec l’attestation',
             'Ask for the fixed-line social reduction, with the certificate', 30, 'person', 6, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('Mettre en place une alerte de consommation',
             'Set up a spending alert', 30, 'coach', 7, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
        """

    // The events of a file's history (see `TimelineSource`): its sessions, then the
    // steps added to its plan afterwards and the changes of its steps, from the journal.

    private static let sessions = TimelineSource(sql: """
        SELECT s.created_at, u.login,
            (SELECT count(*) FROM budget_lines l WHERE l.session_id = s.id),
            (SELECT count(*) FROM budget_plan_steps p WHERE p.session_id = s.id)
        FROM budget_sessions s LEFT JOIN users u ON u.id = s.coach_id
        WHERE s.beneficiary_id = ?1 ORDER BY s.created_at DESC, s.id DESC LIMIT ?2
        """) { row in
        BudgetEvent.session(lines: row[2], steps: row[3])
    }

    /// The journal's summary of a step's event starts `step=ID `; the step's text is read from its row.
    private static let steps = TimelineSource(sql: """
        SELECT j.at, j.user_login, j.action, j.summary, p.text FROM journal j
        LEFT JOIN budget_plan_steps p ON p.id = CAST(substr(j.summary, 6, instr(j.summary || ' ', ' ') - 6) AS INTEGER)
        WHERE j.subject = (SELECT file_number FROM beneficiaries WHERE id = ?1)
            AND j.action IN ('\(BudgetAction.stepAdded.rawValue)', '\(BudgetAction.stepUpdated.rawValue)')
        ORDER BY j.at DESC, j.id DESC LIMIT ?2
        """) { row in
        let text: String = row[4] ?? "—"
        guard row[2] as String == BudgetAction.stepUpdated.rawValue else { return BudgetEvent.stepAdded(text) }
        let status = (row[3] as String).split(separator: " ").first { $0.hasPrefix("status=") }
            .flatMap { StepStatus(rawValue: String($0.dropFirst("status=".count))) } ?? .toDo
        return BudgetEvent.stepUpdated(text, status)
    }
}
