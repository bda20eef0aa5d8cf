internal import GRDB
import GuichetCore

/// The 3G hotspot keys' part of the database: the fleet, the loans and each key's history.
enum HotspotSchema {
    static let schema = AreaSchema(
        migrations: [Migration(name: "hotspots.1-devices-loans-history", sql: devicesLoansHistory)],
        timelineSources: [loans])

    /// - `hotspot_devices`: the keys; inventory code, IMEI, ICCID and the SIM's number are
    ///   each unique; `state` is changed only by the store's actions, which check the core's
    ///   state machine (`DeviceTransition`) and add a row of history in the same transaction.
    /// - `hotspot_loans`: one row per loan, open while `closed_on` is NULL. At most one open
    ///   loan per person and per key (partial unique indexes). The deposit's ledger entries
    ///   (`deposit_entry`, `refund_entry`) are the cash movements of the cash box.
    /// - `hotspot_events`: every key's history (added, corrected, state changed, lent, renewed,
    ///   ended), who and when, with the file number for a loan; append-only (triggers). A
    ///   person's history reads the rows of their loans.
    private static let devicesLoansHistory = """
        CREATE TABLE hotspot_devices (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 16 AND code = upper(code)),
            model TEXT NOT NULL CHECK (length(model) BETWEEN 1 AND 40),
            imei TEXT NOT NULL UNIQUE CHECK (length(imei) = 15 AND imei NOT GLOB '*[^0-9]*'),
            iccid TEXT UNIQUE CHECK (iccid IS NULL OR (length(iccid) BETWEEN 19 AND 20 AND iccid GLOB '89*'
                                                      AND iccid NOT GLOB '*[^0-9]*')),
            phone TEXT UNIQUE CHECK (phone IS NULL OR phone GLOB '+[1-9]*'),
            acquisition TEXT NOT NULL CHECK (acquisition IN ('donation', 'purchase')),
            acquired_on TEXT,
            donor TEXT NOT NULL DEFAULT '' CHECK (length(donor) <= 60),
            notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 200),
            state TEXT NOT NULL DEFAULT 'available'
                CHECK (state IN ('available', 'lent', 'repair', 'lost', 'retired', 'handed_over')),
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX hotspot_devices_by_state ON hotspot_devices(state, code);

        CREATE TABLE hotspot_loans (
            id INTEGER PRIMARY KEY,
            device_id INTEGER NOT NULL REFERENCES hotspot_devices(id),
            beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries(id),
            file_number TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('loan', 'handover')),
            started_on TEXT NOT NULL,
            started_at TEXT NOT NULL,
            due_on TEXT CHECK ((due_on IS NULL) = (kind = 'handover') AND (due_on IS NULL OR due_on > started_on)),
            renewals INTEGER NOT NULL DEFAULT 0 CHECK (renewals >= 0),
            deposit_cents INTEGER NOT NULL DEFAULT 0 CHECK (deposit_cents >= 0),
            deposit_entry INTEGER REFERENCES ledger(id),
            accessories_out TEXT NOT NULL DEFAULT '',
            agreement_signed INTEGER NOT NULL CHECK (agreement_signed = 1),
            lent_by INTEGER REFERENCES users(id),
            closed_on TEXT,
            closed_at TEXT,
            outcome TEXT CHECK (outcome IS NULL OR outcome IN ('good', 'missing_accessories', 'damaged', 'lost', 'handed_over')),
            accessories_in TEXT NOT NULL DEFAULT '',
            deposit_returned_cents INTEGER NOT NULL DEFAULT 0 CHECK (deposit_returned_cents BETWEEN 0 AND deposit_cents),
            refund_entry INTEGER REFERENCES ledger(id),
            return_note TEXT NOT NULL DEFAULT '' CHECK (length(return_note) <= 200),
            closed_by INTEGER REFERENCES users(id),
            CHECK ((closed_on IS NULL) = (outcome IS NULL))
        );
        CREATE UNIQUE INDEX hotspot_one_open_loan_per_person ON hotspot_loans(beneficiary_id) WHERE closed_on IS NULL;
        CREATE UNIQUE INDEX hotspot_one_open_loan_per_device ON hotspot_loans(device_id) WHERE closed_on IS NULL;
        CREATE INDEX hotspot_open_loans_by_due ON hotspot_loans(due_on) WHERE closed_on IS NULL;
        CREATE INDEX hotspot_loans_by_start ON hotspot_loans(started_on, kind);
        CREATE INDEX hotspot_loans_by_close ON hotspot_loans(closed_on, outcome);
        CREATE INDEX hotspot_loans_by_person ON hotspot_loans(beneficiary_id, started_on);

        CREATE TABLE hotspot_events (
            id INTEGER PRIMARY KEY,
            device_id INTEGER NOT NULL REFERENCES hotspot_devices(id),
            device_code TEXT NOT NULL,
            at TEXT NOT NULL,
            day TEXT NOT NULL,
            user_id INTEGER REFERENCES users(id),
            user_login TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('added', 'corrected', 'state', 'lent', 'handover', 'renewed', 'ended')),
            event TEXT,
            from_state TEXT,
            to_state TEXT,
            loan_id INTEGER REFERENCES hotspot_loans(id),
            beneficiary_id INTEGER REFERENCES beneficiaries(id),
            file_number TEXT,
            due_on TEXT,
            outcome TEXT,
            amount_cents INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX hotspot_events_by_device ON hotspot_events(device_id, at);
        CREATE INDEX hotspot_events_by_person ON hotspot_events(beneficiary_id, at) WHERE beneficiary_id IS NOT NULL;
        CREATE TRIGGER hotspot_events_no_update BEFORE UPDATE ON hotspot_events
        BEGIN SELECT RAISE(ABORT, 'hotspot history is append-only'); END;
        CREATE TRIGGER hotspot_events_no_delete BEFORE DELETE ON hotspot_events
        BEGIN SELECT RAISE(ABORT, 'hotspot history is append-only'); END;
        """

    /// A person's loans, from the history rows that name them.
    private static let loans = TimelineSource(sql: """
        SELECT at, user_login, \(HotspotRows.eventColumns) FROM hotspot_events
        WHERE beneficiary_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2
        """) { row in try HotspotRows.event(row, from: 2) }
}
