internal import GRDB
import GuichetCore

/// The only code that inserts into `ledger`; SQL triggers refuse any UPDATE or
/// DELETE, and any entry on a day already closed. Each entry is numbered after
/// the last one and carries `prev_hash` (the last one's hash) and `hash`, the
/// SHA-256 of its canonical text (`LedgerEntry.canonicalText`).
enum LedgerWriter {
    /// The last entry's number and hash (0 and `ChainEncoding.origin` on an empty ledger).
    struct Head: Sendable, Equatable {
        var id: Int64
        var hash: String
    }

    static let columns = """
        id, at, day, kind, receipt, beneficiary_id, file_number, product_id, product_code, quantity, units, \
        unit_price_cents, amount_cents, cash_cents, payment, cap_cents, minutes, reverses, note, detail, user_id, user_login
        """

    static func head(_ db: Database) throws -> Head {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM ledger ORDER BY id DESC LIMIT 1")) else {
            return Head(id: 0, hash: ChainEncoding.origin)
        }
        return Head(id: row[0], hash: row[1])
    }

    /// Appends `entry` as the next entry and returns it numbered, with its hash.
    @discardableResult
    static func append(_ db: Database, _ entry: LedgerEntry) throws -> (entry: LedgerEntry, hash: String) {
        var head = try head(db)
        let stored = try append(db, entry, after: &head)
        return (stored, head.hash)
    }

    /// Appends after a head the caller keeps (demo data writes many in a row); `head` moves on.
    static func append(_ db: Database, _ entry: LedgerEntry, after head: inout Head) throws -> LedgerEntry {
        var entry = entry
        entry.id = head.id + 1
        let hash = ChainHash.hex(entry.canonicalText(previousHash: head.hash))
        let statement = try db.cachedStatement(sql: """
            INSERT INTO ledger (\(columns), prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var values: [(any DatabaseValueConvertible)?] = [
            entry.id, entry.at, entry.day.iso, entry.kind.rawValue, entry.receipt, entry.beneficiaryID, entry.fileNumber,
            entry.productID, entry.productCode, entry.quantity, entry.units, entry.unitPrice.cents, entry.amount.cents,
            entry.cash.cents, entry.payment?.rawValue, entry.cap.cents, entry.minutes, entry.reverses, entry.note, entry.detail,
            entry.userID, entry.userLogin,
        ]
        values += [head.hash, hash]
        try statement.execute(arguments: StatementArguments(values))
        head = Head(id: entry.id, hash: hash)
        return entry
    }

    /// `entry=12 hash=3f2a…` (16 hexadecimal digits): how a journal event names the entry it wrote,
    /// so that `verify` finds an entry the journal knows of and the ledger lost.
    static func trace(_ entry: LedgerEntry, hash: String) -> String {
        "entry=\(entry.id) hash=\(hash.prefix(16))"
    }

    /// An entry read back from `columns` (in that order, first in the row).
    static func entry(_ row: Row) throws -> LedgerEntry {
        guard let day = CalendarDay(iso: row[2]), let kind = LedgerKind(rawValue: row[3]) else {
            throw GuichetError.storage("unreadable ledger entry")
        }
        return LedgerEntry(
            id: row[0], at: row[1], day: day, kind: kind, receipt: row[4], beneficiaryID: row[5], fileNumber: row[6],
            productID: row[7], productCode: row[8], quantity: row[9], units: row[10], unitPrice: Money(cents: row[11]),
            amount: Money(cents: row[12]), cash: Money(cents: row[13]), payment: (row[14] as String?).flatMap(PaymentMethod.init),
            cap: Money(cents: row[15]), minutes: row[16], reverses: row[17], note: row[18], detail: row[19], userID: row[20],
            userLogin: row[21])
    }

    static func fetch(_ db: Database, id: Int64) throws -> LedgerEntry? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM ledger WHERE id = ?", arguments: [id]).map(entry)
    }
}
