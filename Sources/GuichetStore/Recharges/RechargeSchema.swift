internal import GRDB
import GuichetCore

/// The recharges' part of the database: the journal's hash chain, the products,
/// their stock, the receipt numbers and the append-only, hash-chained ledger.
enum RechargeSchema {
    static let schema = AreaSchema(
        migrations: [
            Migration(name: "recharges.1-journal-chain", sql: journalChain, code: chainExistingJournal),
            Migration(name: "recharges.2-ledger", sql: ledger),
        ],
        timelineSources: [sales])

    /// The journal gets the ledger's chain: `prev_hash` and `hash` on every event. The
    /// events already written are chained here, in id order, the update trigger lifted
    /// for that moment only (the step in code puts it back in the same transaction).
    private static let journalChain = """
        ALTER TABLE journal ADD COLUMN prev_hash TEXT;
        ALTER TABLE journal ADD COLUMN hash TEXT;
        DROP TRIGGER journal_no_update;
        """

    static let journalNoUpdate = """
        CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
        BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        """

    @Sendable private static func chainExistingJournal(_ db: Database) throws {
        var previous = ChainEncoding.origin
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, at, user_id, user_login, site_code, action, subject, summary FROM journal ORDER BY id
            """)
        for row in rows {
            let hash = ChainHash.hex(JournalEvent.canonicalText(
                id: row[0], at: row[1], userID: row[2], userLogin: row[3], siteCode: row[4], action: row[5], subject: row[6],
                summary: row[7], previousHash: previous))
            try db.execute(sql: "UPDATE journal SET prev_hash = ?, hash = ? WHERE id = ?", arguments: [previous, hash, row[0] as Int64])
            previous = hash
        }
        try db.execute(sql: journalNoUpdate)
    }

    /// - `recharge_products`: the cards; editable (the ledger keeps each sale's price,
    ///   minutes and cap value, so an edit never rewrites the past). Examples are
    ///   seeded, marked `is_example` and « Exemple : » in their label.
    /// - `recharge_stock`: each product's stock, kept by a trigger from the ledger's
    ///   movements only (never written otherwise); `verify` sums the movements again.
    /// - `ledger`: every sale, reversal, stock movement, cash movement, opening and
    ///   closing, numbered 1, 2, 3… (AUTOINCREMENT: `sqlite_sequence` keeps the last
    ///   number given, so a deleted last entry shows), each with the previous entry's
    ///   hash and its own. Triggers refuse UPDATE, DELETE and any entry on a closed day;
    ///   `reverses` is UNIQUE, so an entry is reversed at most once.
    /// - `ledger_report` covers the X/Z report and the indicators (a day or a range of
    ///   days, grouped by kind, product and payment); `ledger_by_person` the monthly cap
    ///   and a person's history.
    private static let ledger = """
        CREATE TABLE recharge_products (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 16 AND code = upper(code)),
            operator TEXT NOT NULL CHECK (length(operator) BETWEEN 1 AND 30),
            label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
            face_value_cents INTEGER NOT NULL CHECK (face_value_cents > 0),
            minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
            data_mb INTEGER NOT NULL DEFAULT 0 CHECK (data_mb >= 0),
            price_cents INTEGER NOT NULL CHECK (price_cents >= 0 AND price_cents <= face_value_cents),
            low_stock INTEGER NOT NULL DEFAULT 5 CHECK (low_stock >= 0),
            is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
            is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id)
        );

        CREATE TABLE recharge_stock (
            product_id INTEGER PRIMARY KEY REFERENCES recharge_products(id),
            quantity INTEGER NOT NULL CHECK (quantity >= 0)
        );

        CREATE TABLE receipt_sequences (
            site_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            last_sequence INTEGER NOT NULL CHECK (last_sequence BETWEEN 1 AND 999999),
            PRIMARY KEY (site_code, year)
        ) WITHOUT ROWID;

        CREATE TABLE ledger (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            day TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('open', 'sale', 'reversal', 'reception', 'loss', 'return', 'correction',
                                               'cash_in', 'cash_out', 'close')),
            receipt TEXT UNIQUE,
            beneficiary_id INTEGER REFERENCES beneficiaries(id),
            file_number TEXT,
            product_id INTEGER REFERENCES recharge_products(id),
            product_code TEXT,
            quantity INTEGER NOT NULL DEFAULT 0,
            units INTEGER NOT NULL DEFAULT 0,
            unit_price_cents INTEGER NOT NULL DEFAULT 0,
            amount_cents INTEGER NOT NULL DEFAULT 0,
            cash_cents INTEGER NOT NULL DEFAULT 0,
            payment TEXT CHECK (payment IS NULL OR payment IN ('cash', 'cheque', 'free')),
            cap_cents INTEGER NOT NULL DEFAULT 0,
            minutes INTEGER NOT NULL DEFAULT 0,
            reverses INTEGER UNIQUE REFERENCES ledger(id),
            note TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            user_id INTEGER REFERENCES users(id),
            user_login TEXT,
            prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
            hash TEXT NOT NULL CHECK (length(hash) = 64)
        );
        CREATE INDEX ledger_report ON ledger(day, kind, product_id, payment, quantity, units, amount_cents, cash_cents, minutes,
                                             beneficiary_id);
        CREATE INDEX ledger_by_person ON ledger(beneficiary_id, day, cap_cents) WHERE beneficiary_id IS NOT NULL;
        CREATE INDEX ledger_by_kind ON ledger(kind, day);

        CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
        BEGIN SELECT RAISE(ABORT, 'ledger is append-only'); END;
        CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
        BEGIN SELECT RAISE(ABORT, 'ledger is append-only'); END;
        CREATE TRIGGER ledger_closed_day BEFORE INSERT ON ledger
        WHEN EXISTS (SELECT 1 FROM ledger WHERE day = new.day AND kind = 'close')
        BEGIN SELECT RAISE(ABORT, 'cash-box day closed'); END;
        CREATE TRIGGER ledger_stock AFTER INSERT ON ledger
        WHEN new.product_id IS NOT NULL AND new.quantity <> 0
        BEGIN
            INSERT OR IGNORE INTO recharge_stock (product_id, quantity) VALUES (new.product_id, 0);
            UPDATE recharge_stock SET quantity = quantity + new.quantity WHERE product_id = new.product_id;
        END;

        INSERT INTO recharge_products (code, operator, label, face_value_cents, minutes, data_mb, price_cents, low_stock,
                                       is_example, created_at, updated_at)
        VALUES
            ('EX-ORANGE-5', 'Orange', 'Exemple : Mobicarte 5 €', 500, 30, 0, 250, 5, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('EX-SFR-10', 'SFR', 'Exemple : La Carte 10 €', 1000, 60, 0, 500, 5, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('EX-BOUYGUES-15', 'Bouygues Telecom', 'Exemple : carte prépayée 15 €', 1500, 90, 0, 750, 5, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('EX-ORANGE-25', 'Orange', 'Exemple : Mobicarte 25 €', 2500, 156, 0, 1300, 3, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            ('EX-DATA-1GO', 'SFR', 'Exemple : données clé 3G, 1 Go', 1000, 0, 1024, 500, 3, 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
        """

    /// Sales and their reversals, from the ledger (the person's id is kept on both).
    private static let sales = TimelineSource(sql: """
        SELECT l.at, l.user_login, l.kind, l.units, coalesce(p.label, l.product_code), l.amount_cents, l.payment, l.receipt,
               r.receipt, l.note
        FROM ledger l LEFT JOIN recharge_products p ON p.id = l.product_id LEFT JOIN ledger r ON r.id = l.reverses
        WHERE l.beneficiary_id = ?1 AND l.kind IN ('sale', 'reversal') ORDER BY l.at DESC, l.id DESC LIMIT ?2
        """) { row in
        let payment = (row[6] as String?).flatMap(PaymentMethod.init) ?? .cash
        let amount = Money(cents: row[5])
        if row[2] as String == LedgerKind.sale.rawValue {
            return RechargeEvent.sale(units: row[3], product: row[4] ?? "", amount: amount, payment: payment, receipt: row[7] ?? "")
        }
        return RechargeEvent.reversal(receipt: row[7] ?? "", reversedReceipt: row[8], amount: amount, reason: row[9] ?? "")
    }
}
