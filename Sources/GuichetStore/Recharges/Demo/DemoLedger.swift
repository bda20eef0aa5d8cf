import Foundation
internal import GRDB
import GuichetCore

/// What `generateDemoLedger` wrote.
public struct DemoLedgerSummary: Sendable, Equatable {
    public let entries: Int
    public let sales: Int
    public let closings: Int
}

extension GuichetStore {
    /// A year of the counter's recharges on an empty ledger, for the demo files: demo
    /// products, donation receptions, daily openings, sales within each person's cap while
    /// their enrolment is active, a few reversals and bank deposits, and each day's closing
    /// (its Z computed as `closeCashBox` does), about `rows` entries in all, through the
    /// same chained writer as the counter: `verify` finds it intact. ONE transaction,
    /// journaled once (`recharge.demo`). Supervisors only.
    public func generateDemoLedger(as actor: Actor, rows: Int, seed: UInt64, progress: ((Int, Int) -> Void)? = nil)
        throws(GuichetError) -> DemoLedgerSummary {
        try actor.require(.importData)
        let cap = rechargeMonthlyCap()
        return try ledgerAction(as: actor, action: .demoGenerated) { db, moment in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger") == 0 else {
                throw GuichetError.refused(RechargeText.ledgerNotEmpty)
            }
            try db.execute(sql: "PRAGMA cache_size = -65536")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            var writer = try DemoLedgerWriter(db: db, actor: actor, site: moment.site, timeZone: try Self.siteInfo(
                Row.fetchOne(db, sql: "SELECT code, name, time_zone FROM site")!).timeZone, cap: cap, seed: seed, progress: progress)
            let summary = try writer.run(rows: max(0, rows), today: moment.today)
            return Traced(summary, subject: nil, summary: "rows=\(summary.entries) sales=\(summary.sales) closings=\(summary.closings) "
                          + "seed=\(seed) " + LedgerWriter.trace(writer.lastEntry, hash: writer.head.hash))
        }
    }
}

/// The day-by-day writing of the demo ledger.
struct DemoLedgerWriter {
    struct Person {
        let id: Int64
        let fileNumber: String
        let enrolment: Enrolment
    }

    let db: Database
    let actor: Actor
    let site: SiteCode
    let timeZone: TimeZone
    let cap: Money
    let progress: ((Int, Int) -> Void)?
    var random: SplitMix64
    var head: LedgerWriter.Head
    var lastEntry = LedgerEntry(at: "", day: CalendarDay(year: 2000, month: 1, day: 1)!, kind: .open)
    var people: [Person] = []
    var products: [RechargeProduct] = []
    var stock: [Int64: Int] = [:]
    var spent: [Int64: Money] = [:]
    var month = 0
    var receipts: [Int: Int] = [:]
    var written = 0
    var sales = 0
    var closings = 0
    var target = 0

    static let demoProducts: [(String, String, String, Int64, Int, Int, Int64)] = [
        ("DEMO-ORANGE-5", "Orange", "Mobicarte 5 €", 500, 30, 0, 250),
        ("DEMO-SFR-10", "SFR", "La Carte 10 €", 1000, 60, 0, 500),
        ("DEMO-BOUYGUES-15", "Bouygues Telecom", "Carte prépayée 15 €", 1500, 90, 0, 750),
        ("DEMO-ORANGE-25", "Orange", "Mobicarte 25 €", 2500, 156, 0, 1300),
        ("DEMO-DATA-1GO", "SFR", "Données clé 3G, 1 Go", 1000, 0, 1024, 500),
    ]

    static let donors = ["Fondation des opérateurs", "Association Solidarité Télécom", "Don d’entreprise", "Collecte de quartier"]

    init(db: Database, actor: Actor, site: SiteCode, timeZone: TimeZone, cap: Money, seed: UInt64,
         progress: ((Int, Int) -> Void)?) throws {
        self.db = db
        self.actor = actor
        self.site = site
        self.timeZone = timeZone
        self.cap = cap
        self.progress = progress
        random = SplitMix64(seed: seed &+ 0x5EED)
        head = try LedgerWriter.head(db)
        let now = Timestamp.utcText(Date())
        for (code, operatorName, label, face, minutes, data, price) in Self.demoProducts {
            try db.execute(sql: """
                INSERT INTO recharge_products (code, operator, label, face_value_cents, minutes, data_mb, price_cents, low_stock,
                                               created_at, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, 20, ?, ?, ?) ON CONFLICT (code) DO NOTHING
                """, arguments: [code, operatorName, label, face, minutes, data, price, now, now, actor.userID])
        }
        products = try GuichetStore.fetchProducts(db, where: "p.code LIKE 'DEMO-%' AND p.is_active = 1")
        people = try Row.fetchAll(db, sql: """
            SELECT id, file_number, enrolled_on, renewed_on, closed_on, anonymised_on FROM beneficiaries ORDER BY id
            """).map { Person(id: $0[0], fileNumber: $0[1], enrolment: try StoredDay.enrolment($0)) }
    }

    mutating func run(rows: Int, today: CalendarDay) throws -> DemoLedgerSummary {
        target = rows
        let days = 365
        let perDay = max(2, rows / days)
        var extra = rows - perDay * days
        var previousClose = Money(cents: 50_00)
        for offset in stride(from: days, through: 1, by: -1) where written < rows {
            let day = today.adding(days: -offset)
            var budget = perDay + (extra > 0 ? 1 : 0)
            if extra > 0 { extra -= 1 }
            budget = min(budget, rows - written)
            guard budget >= 2 else { break }
            previousClose = try writeDay(day, budget: budget, float: previousClose)
        }
        try writeReceiptSequences()
        progress?(written, target)
        return DemoLedgerSummary(entries: written, sales: sales, closings: closings)
    }

    private func instant(_ day: CalendarDay, second: Int) -> String {
        Timestamp.utcText(day.start(in: timeZone).addingTimeInterval(TimeInterval(second)))
    }

    /// One day: the opening, `budget - 2` entries between 9:00 and 18:00, the closing. Returns the counted cash.
    private mutating func writeDay(_ day: CalendarDay, budget: Int, float: Money) throws -> Money {
        let monthKey = day.year * 12 + day.month
        if monthKey != month {
            month = monthKey
            spent = [:]
        }
        var second = 9 * 3600
        try append(LedgerEntry(at: instant(day, second: second), day: day, kind: .open, amount: float, cash: float,
                               detail: "float=previous_close"))
        var cash = float
        var daySales: [LedgerEntry] = []
        let slots = budget - 2
        let step = max(1, 9 * 3600 / max(1, slots))
        for _ in 0..<slots {
            second += random.int(1...(2 * step))
            let at = instant(day, second: min(second, 18 * 3600))
            if let low = products.first(where: { stock[$0.id, default: 0] < 10 }) {
                try append(LedgerEntry(at: at, day: day, kind: .reception, productID: low.id, productCode: low.code,
                                       quantity: 200 + random.int(0...300), note: random.pick(Self.donors),
                                       detail: "received_on=" + day.iso))
                continue
            }
            if random.chance(1), !daySales.isEmpty {
                let sale = daySales[random.int(0...(daySales.count - 1))]
                daySales.removeAll { $0.id == sale.id }
                let reversal = try sale.reversal(at: at, day: day, receipt: nextReceipt(day), reason: "erreur de carte",
                                                 userID: actor.userID, userLogin: actor.login)
                try append(reversal)
                cash = cash + reversal.cash
                if let person = sale.beneficiaryID { spent[person] = (spent[person] ?? .zero) + reversal.cap }
                continue
            }
            if cash.cents > 400_00 {
                let deposit = Money(cents: cash.cents - 50_00)
                try append(LedgerEntry(at: at, day: day, kind: .cashOut, cash: Money(cents: -deposit.cents), note: "dépôt en banque"))
                cash = cash - deposit
                continue
            }
            if let sale = try sell(day: day, at: at) {
                daySales.append(sale)
                cash = cash + sale.cash
            }
        }
        let report = try GuichetStore.cashReport(db, day: day)
        var counted = report.expectedCash
        var note = ""
        if random.chance(4) {
            counted = counted - Money(cents: Int64(random.int(1...200)))
            note = "écart de comptage constaté"
        }
        try append(LedgerEntry(at: instant(day, second: 18 * 3600 + 1800), day: day, kind: .close, amount: counted, note: note,
                               detail: CashCount(total: counted).detail + GuichetStore.totalsSeparator + report.totals))
        closings += 1
        return counted
    }

    /// A sale to someone whose enrolment is active that day and whose cap allows it; nil after a few tries.
    private mutating func sell(day: CalendarDay, at: String) throws -> LedgerEntry? {
        guard !people.isEmpty, !products.isEmpty else { return nil }
        for _ in 0..<20 {
            let person = random.pick(people)
            guard person.enrolment.status(on: day) == .active else { continue }
            let product = random.pick(products)
            let units = random.chance(85) ? 1 : 2
            let counted = SaleRule.capValue(product, quantity: units)
            guard (spent[person.id] ?? .zero) + counted <= cap, stock[product.id, default: 0] >= units else { continue }
            let payment: PaymentMethod = random.chance(88) ? .cash : (random.chance(70) ? .cheque : .free)
            let price = payment == .free ? Money.zero : product.price
            let amount = Money(cents: price.cents * Int64(units))
            let entry = try append(LedgerEntry(
                at: at, day: day, kind: .sale, receipt: nextReceipt(day), beneficiaryID: person.id, fileNumber: person.fileNumber,
                productID: product.id, productCode: product.code, quantity: -units, units: units, unitPrice: price, amount: amount,
                cash: payment == .cash ? amount : .zero, payment: payment, cap: counted, minutes: product.minutes * units,
                note: payment == .free ? "première recharge offerte" : ""))
            spent[person.id] = (spent[person.id] ?? .zero) + counted
            sales += 1
            return entry
        }
        return nil
    }

    private mutating func nextReceipt(_ day: CalendarDay) -> String {
        let next = (receipts[day.year] ?? 0) + 1
        receipts[day.year] = next
        return ReceiptNumber(site: site, year: day.year, sequence: next)!.description
    }

    private func writeReceiptSequences() throws {
        for (year, last) in receipts {
            try db.execute(sql: """
                INSERT INTO receipt_sequences (site_code, year, last_sequence) VALUES (?, ?, ?)
                ON CONFLICT (site_code, year) DO UPDATE SET last_sequence = max(last_sequence, excluded.last_sequence)
                """, arguments: [site.value, year, last])
        }
    }

    @discardableResult
    private mutating func append(_ entry: LedgerEntry) throws -> LedgerEntry {
        var entry = entry
        entry.userID = actor.userID
        entry.userLogin = actor.login
        let stored = try LedgerWriter.append(db, entry, after: &head)
        if let product = entry.productID { stock[product, default: 0] += entry.quantity }
        lastEntry = stored
        written += 1
        if written % 1000 == 0 { progress?(written, target) }
        return stored
    }
}
