/// One entry of the recharge ledger, as it is stored and hashed. Every amount
/// is signed and a reversal is the same entry with every amount negated, so a
/// sum over any period gives the net figure:
///
/// - `quantity`: the change of the product's stock (a sale −2, a reception +50);
/// - `units`: cards sold (a sale +2, its reversal −2; other kinds 0);
/// - `amount`: what the sale was paid (by `payment`); an opening's float; a closing's counted cash;
/// - `cash`: the change of the cash in the box (a cash sale, a refund, a removal, the float);
/// - `cap`: what counts toward the person's monthly cap (the solidarity price × units);
/// - `minutes`: minutes of communication handed out.
public struct LedgerEntry: Sendable, Equatable {
    public var id: Int64
    /// UTC text (`Timestamp.utcText`).
    public var at: String
    /// The cash-box day the entry belongs to (the site's local day).
    public var day: CalendarDay
    public var kind: LedgerKind
    public var receipt: String?
    public var beneficiaryID: Int64?
    public var fileNumber: String?
    public var productID: Int64?
    public var productCode: String?
    public var quantity: Int
    public var units: Int
    public var unitPrice: Money
    public var amount: Money
    public var cash: Money
    public var payment: PaymentMethod?
    public var cap: Money
    public var minutes: Int
    /// The entry this one reverses.
    public var reverses: Int64?
    /// The reason, the donor, the note of a discrepancy.
    public var note: String
    /// Structured facts (`key=value;…`): a reception's date, a closing's count and totals.
    public var detail: String
    public var userID: Int64?
    public var userLogin: String?

    public init(id: Int64 = 0, at: String, day: CalendarDay, kind: LedgerKind, receipt: String? = nil,
                beneficiaryID: Int64? = nil, fileNumber: String? = nil, productID: Int64? = nil, productCode: String? = nil,
                quantity: Int = 0, units: Int = 0, unitPrice: Money = .zero, amount: Money = .zero, cash: Money = .zero,
                payment: PaymentMethod? = nil, cap: Money = .zero, minutes: Int = 0, reverses: Int64? = nil,
                note: String = "", detail: String = "", userID: Int64? = nil, userLogin: String? = nil) {
        self.id = id
        self.at = at
        self.day = day
        self.kind = kind
        self.receipt = receipt
        self.beneficiaryID = beneficiaryID
        self.fileNumber = fileNumber
        self.productID = productID
        self.productCode = productCode
        self.quantity = quantity
        self.units = units
        self.unitPrice = unitPrice
        self.amount = amount
        self.cash = cash
        self.payment = payment
        self.cap = cap
        self.minutes = minutes
        self.reverses = reverses
        self.note = note
        self.detail = detail
        self.userID = userID
        self.userLogin = userLogin
    }

    /// The reversal of this entry: every amount negated, the person and product kept,
    /// `reverses` pointing here. Refused for openings, closings and reversals.
    public func reversal(at: String, day: CalendarDay, receipt: String?, reason: String, userID: Int64?, userLogin: String?)
        throws(GuichetError) -> LedgerEntry {
        guard kind.isReversible else { throw .refused(RechargeText.notReversible.filled(kind.label)) }
        return LedgerEntry(at: at, day: day, kind: .reversal, receipt: receipt, beneficiaryID: beneficiaryID, fileNumber: fileNumber,
                           productID: productID, productCode: productCode, quantity: -quantity, units: -units, unitPrice: unitPrice,
                           amount: Money(cents: -amount.cents), cash: Money(cents: -cash.cents), payment: payment,
                           cap: Money(cents: -cap.cents), minutes: -minutes, reverses: id, note: reason,
                           detail: "reversed_kind=" + kind.rawValue, userID: userID, userLogin: userLogin)
    }

    /// The fields in the canonical order the hash covers (`ChainEncoding`).
    public var canonicalFields: [(String, String?)] {
        [
            ("id", String(id)), ("at", at), ("day", day.iso), ("kind", kind.rawValue), ("receipt", receipt),
            ("beneficiary_id", beneficiaryID.map(String.init)), ("file_number", fileNumber),
            ("product_id", productID.map(String.init)), ("product_code", productCode),
            ("quantity", String(quantity)), ("units", String(units)), ("unit_price_cents", String(unitPrice.cents)),
            ("amount_cents", String(amount.cents)), ("cash_cents", String(cash.cents)), ("payment", payment?.rawValue),
            ("cap_cents", String(cap.cents)), ("minutes", String(minutes)), ("reverses", reverses.map(String.init)),
            ("note", note), ("detail", detail), ("user_id", userID.map(String.init)), ("user_login", userLogin),
        ]
    }

    /// The text the entry's SHA-256 is computed over, after the previous entry's hash.
    public func canonicalText(previousHash: String) -> String {
        ChainEncoding.canonical(domain: ChainEncoding.ledgerDomain, fields: canonicalFields, previousHash: previousHash)
    }
}

/// The canonical encoding that the ledger's and the journal's hash chains cover.
///
/// A UTF-8 text: the domain line (`guichet-ledger-1` or `guichet-journal-1`), then
/// one line per field in a fixed order, `name=value` for a value and `name~` for
/// an absent one (NULL), then `previous=` and the previous entry's hash in lower-case
/// hexadecimal (64 zeros for the first entry). Integers are written in decimal with
/// a leading `-` when negative, days ISO (`2026-11-27`), instants as stored
/// (`2026-11-27T09:15:02.123Z`). In values, `\` is written `\\`, a line feed `\n`
/// and a carriage return `\r`, so a value can never pass for another field.
/// Each entry's hash is SHA-256 of this text, written in lower-case hexadecimal.
public enum ChainEncoding {
    public static let ledgerDomain = "guichet-ledger-1"
    public static let journalDomain = "guichet-journal-1"
    /// The "previous hash" of the first entry of a chain.
    public static let origin = String(repeating: "0", count: 64)

    public static func canonical(domain: String, fields: [(String, String?)], previousHash: String) -> String {
        var text = domain + "\n"
        for (name, value) in fields {
            if let value {
                text += name + "=" + escaped(value) + "\n"
            } else {
                text += name + "~\n"
            }
        }
        return text + "previous=" + previousHash + "\n"
    }

    static func escaped(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r")
    }
}

extension JournalEvent {
    /// The journal's fields in the canonical order its hash chain covers (`ChainEncoding`).
    public static func canonicalText(id: Int64, at: String, userID: Int64?, userLogin: String?, siteCode: String, action: String,
                                     subject: String?, summary: String, previousHash: String) -> String {
        ChainEncoding.canonical(domain: ChainEncoding.journalDomain, fields: [
            ("id", String(id)), ("at", at), ("user_id", userID.map(String.init)), ("user_login", userLogin),
            ("site_code", siteCode), ("action", action), ("subject", subject), ("summary", summary),
        ], previousHash: previousHash)
    }
}
