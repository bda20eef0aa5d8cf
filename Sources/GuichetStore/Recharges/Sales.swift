import Foundation
internal import GRDB
import GuichetCore

/// What the sale screen shows before anything is sold: the person's enrolment, the
/// products, how much of the monthly cap is left, the cash box.
public struct SaleContext: Sendable {
    public let fileNumber: FileNumber
    public let enrolment: Enrolment
    public let products: [RechargeProduct]
    public let cap: Money
    public let spentThisMonth: Money
    public let cashBox: CashBoxState

    public var remaining: Money { MonthlyCap.remaining(cap: cap, spent: spentThisMonth) }
}

/// What a sale or a reversal wrote: the receipt to read out.
public struct SaleReceipt: Sendable, Equatable {
    public let entryID: Int64
    public let receipt: String
    public let amount: Money
    public let payment: PaymentMethod?
    /// What is left of the person's cap this month after it.
    public let remaining: Money
}

extension GuichetStore {
    /// The monthly cap (a setting), the default when unset or unreadable.
    public func rechargeMonthlyCap() -> Money {
        (try? read { db in try Self.monthlyCap(db) }) ?? MonthlyCap.defaultAmount
    }

    static func monthlyCap(_ db: Database) throws -> Money {
        let stored = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = ?"),
                                         arguments: [SettingKey.rechargeMonthlyCap.rawValue])
        return stored.flatMap { try? MonthlyCap.amount($0) } ?? MonthlyCap.defaultAmount
    }

    /// The columns of a file the sale needs: its number and its enrolment.
    static func saleFile(_ db: Database, id: Int64) throws -> Row {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT file_number, enrolled_on, renewed_on, closed_on, anonymised_on FROM beneficiaries WHERE id = ?
            """), arguments: [id]) else { throw GuichetError.invalid(BeneficiaryStoreText.unknownFile) }
        return row
    }

    /// What counts toward the cap for the person in the month of `day` (the site's local month).
    static func spentInMonth(_ db: Database, beneficiaryID: Int64, day: CalendarDay) throws -> Money {
        let month = MonthlyCap.month(of: day)
        return Money(cents: try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT coalesce(sum(cap_cents), 0) FROM ledger WHERE beneficiary_id = ? AND day >= ? AND day <= ?
            """), arguments: [beneficiaryID, month.lowerBound.iso, month.upperBound.iso]) ?? 0)
    }

    public func saleContext(beneficiaryID: Int64) throws(GuichetError) -> SaleContext {
        let today = try today()
        let cap = rechargeMonthlyCap()
        return try read { db in
            let row = try Self.saleFile(db, id: beneficiaryID)
            guard let number = FileNumber(row[0] as String) else { throw GuichetError.storage("unreadable file number") }
            return SaleContext(fileNumber: number, enrolment: try StoredDay.enrolment(row),
                               products: try Self.fetchProducts(db, where: "p.is_active = 1"), cap: cap,
                               spentThisMonth: try Self.spentInMonth(db, beneficiaryID: beneficiaryID, day: today),
                               cashBox: try Self.cashBoxState(db, today: today))
        }
    }

    /// Sells in ONE transaction, each rule checked first so that a refused sale writes
    /// nothing: active enrolment, product active and in stock, the monthly cap, an open
    /// cash box. Writes the ledger entry (the stock follows from it), the receipt number
    /// and the journal event (`recharge.sale`: file number, receipt, product code, amounts).
    public func sellRecharge(as actor: Actor, beneficiaryID: Int64, productID: Int64, sale: ValidSale) throws(GuichetError)
        -> SaleReceipt {
        try actor.require(.sellRecharges)
        return try ledgerAction(as: actor, action: .sold) { db, moment in
            let cap = try Self.monthlyCap(db)
            let row = try Self.saleFile(db, id: beneficiaryID)
            let fileNumber: String = row[0]
            try StoredDay.enrolment(row).requireActive(on: moment.today)
            let product = try Self.fetchProduct(db, id: productID)
            guard product.isActive else { throw GuichetError.refused(RechargeText.productRetired.filled(product.code)) }
            try SaleRule.requireStock(product, quantity: sale.quantity)
            let counted = SaleRule.capValue(product, quantity: sale.quantity)
            let spent = try Self.spentInMonth(db, beneficiaryID: beneficiaryID, day: moment.today)
            try MonthlyCap.check(cap: cap, spent: spent, adding: counted)
            try Self.cashBoxState(db, today: moment.today).allow(.sale, today: moment.today)
            let receipt = try Self.nextReceipt(db, site: moment.site, day: moment.today).description
            let (entry, hash) = try LedgerWriter.append(db, LedgerEntry(
                at: moment.at, day: moment.today, kind: .sale, receipt: receipt, beneficiaryID: beneficiaryID,
                fileNumber: fileNumber, productID: product.id, productCode: product.code, quantity: -sale.quantity,
                units: sale.quantity, unitPrice: sale.unitPrice, amount: sale.amount,
                cash: sale.payment == .cash ? sale.amount : .zero, payment: sale.payment, cap: counted,
                minutes: product.minutes * sale.quantity, note: sale.reason, userID: actor.userID, userLogin: actor.login))
            let result = SaleReceipt(entryID: entry.id, receipt: receipt, amount: sale.amount, payment: sale.payment,
                                     remaining: MonthlyCap.remaining(cap: cap, spent: spent + counted))
            return Traced(result, subject: fileNumber, summary: "receipt=\(receipt) product=\(product.code) units=\(sale.quantity) "
                          + "amount=\(sale.amount.cents) payment=\(sale.payment.rawValue) " + LedgerWriter.trace(entry, hash: hash))
        }
    }

    /// Reverses an entry (supervisors, with a reason): a new entry on today's cash-box
    /// day, every amount negated, referring to the original. A reversed entry cannot be
    /// reversed again (checked here, and by the UNIQUE `reverses` column). A sale's
    /// reversal gets a receipt number of its own. Journaled `recharge.reversal`.
    public func reverseLedgerEntry(as actor: Actor, id: Int64, reason: String) throws(GuichetError) -> SaleReceipt {
        try actor.require(.correctLedger)
        let reason = try CashMovementRule.reason(reason)
        return try ledgerAction(as: actor, action: .reversed) { db, moment in
            let cap = try Self.monthlyCap(db)
            guard let original = try LedgerWriter.fetch(db, id: id) else { throw GuichetError.invalid(RechargeText.unknownEntry) }
            guard original.kind.isReversible else {
                throw GuichetError.refused(RechargeText.notReversible.filled(original.kind.label))
            }
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM ledger WHERE reverses = ?)", arguments: [id]) == true {
                throw GuichetError.refused(RechargeText.alreadyReversed)
            }
            // A reversal that moves cash needs the box open; one of a stock movement only a day not closed.
            try Self.cashBoxState(db, today: moment.today)
                .allow(original.cash.cents != 0 || original.kind == .sale ? .reversal : .correction, today: moment.today)
            if let productID = original.productID, original.quantity > 0 {
                let product = try Self.fetchProduct(db, id: productID)
                guard product.stock >= original.quantity else {
                    throw GuichetError.refused(RechargeText.stockWouldBeNegative.filled(product.code, product.stock))
                }
            }
            let receipt = original.kind == .sale ? try Self.nextReceipt(db, site: moment.site, day: moment.today).description : nil
            let reversal = try original.reversal(at: moment.at, day: moment.today, receipt: receipt, reason: reason,
                                                 userID: actor.userID, userLogin: actor.login)
            let (entry, hash) = try LedgerWriter.append(db, reversal)
            var remaining = cap
            if let person = original.beneficiaryID {
                remaining = MonthlyCap.remaining(cap: cap, spent: try Self.spentInMonth(db, beneficiaryID: person, day: moment.today))
            }
            let result = SaleReceipt(entryID: entry.id, receipt: receipt ?? "", amount: entry.amount, payment: entry.payment,
                                     remaining: remaining)
            var summary = "reverses=\(original.id)"
            if let originalReceipt = original.receipt { summary += " receipt_reversed=\(originalReceipt)" }
            if let receipt { summary += " receipt=\(receipt)" }
            return Traced(result, subject: original.fileNumber ?? original.receipt ?? "entry-\(original.id)",
                          summary: summary + " amount=\(entry.amount.cents) " + LedgerWriter.trace(entry, hash: hash))
        }
    }

    /// A reception (a donation batch: quantity, donor, date received), a loss, a return or a
    /// correction (supervisors). The stock follows from the entry; it never goes below zero.
    public func recordStockMovement(as actor: Actor, productID: Int64, kind: StockMovementKind, delta: Int, note: String,
                                    receivedOn: CalendarDay? = nil) throws(GuichetError) {
        try actor.require(.manageStock)
        let note = try StockMovementRule.note(note)
        try ledgerAction(as: actor, action: kind == .reception ? .stockReceived : .stockMoved) { db, moment in
            try Self.cashBoxState(db, today: moment.today).allow(kind.ledgerKind, today: moment.today)
            let product = try Self.fetchProduct(db, id: productID)
            guard product.stock + delta >= 0 else {
                throw GuichetError.refused(RechargeText.stockWouldBeNegative.filled(product.code, product.stock))
            }
            let (entry, hash) = try LedgerWriter.append(db, LedgerEntry(
                at: moment.at, day: moment.today, kind: kind.ledgerKind, productID: product.id, productCode: product.code,
                quantity: delta, note: note, detail: receivedOn.map { "received_on=" + $0.iso } ?? "",
                userID: actor.userID, userLogin: actor.login))
            return Traced((), subject: product.code, summary: "kind=\(kind.rawValue) quantity=\(delta) "
                          + LedgerWriter.trace(entry, hash: hash))
        }
    }
}
