import Foundation
import GRDB
@testable import GuichetStore
import GuichetCore

/// A set-up store with a volunteer, one active file, stock of two example cards and,
/// unless asked otherwise, today's cash box opened with a first float of 50 €.
struct RechargeFixture {
    let scratch: Scratch
    let store: GuichetStore
    let chef: Actor
    let volunteer: Actor
    let person: Int64
    /// EX-SFR-10 (price 5 €, 60 min) and EX-ORANGE-25 (price 13 €, 156 min).
    let sfr: RechargeProduct
    let orange: RechargeProduct

    init(at start: Date = Date(timeIntervalSince1970: 1_795_000_000), open: Bool = true) throws {
        scratch = Scratch(at: start)
        (store, chef) = try scratch.openSetUp()
        volunteer = try scratch.volunteer(store, chef: chef)
        let today = try store.today()
        person = try store.createBeneficiary(as: volunteer, People.make("Dupont", "Marie"), enrolledOn: today.adding(days: -30)).id
        let products = try store.rechargeProducts()
        let sfr = products.first { $0.code == "EX-SFR-10" }!
        let orange = products.first { $0.code == "EX-ORANGE-25" }!
        try store.recordStockMovement(as: chef, productID: sfr.id, kind: .reception, delta: 20, note: "Don de l’opérateur",
                                      receivedOn: today)
        try store.recordStockMovement(as: chef, productID: orange.id, kind: .reception, delta: 5, note: "Don", receivedOn: today)
        if open { try store.openCashBox(as: chef, typedFloat: Money(cents: 50_00)) }
        self.sfr = try store.rechargeProducts().first { $0.id == sfr.id }!
        self.orange = try store.rechargeProducts().first { $0.id == orange.id }!
        // Later than the file's creation, so a history lists the sales first.
        scratch.clock.advance(seconds: 60)
    }

    @discardableResult
    func sell(_ quantity: Int = 1, product: RechargeProduct? = nil, payment: PaymentMethod = .cash, to id: Int64? = nil) throws
        -> SaleReceipt {
        let product = product ?? sfr
        return try store.sellRecharge(as: volunteer, beneficiaryID: id ?? person, productID: product.id,
                                      sale: SaleRule.validated(product: product, quantity: String(quantity),
                                                               unitPrice: product.price.plain, payment: payment,
                                                               reason: payment == .free ? "première carte" : ""))
    }

    func stock(_ product: RechargeProduct) throws -> Int {
        try store.rechargeProducts().first { $0.id == product.id }!.stock
    }

    /// Runs `sql` on the file with the ledger's and the journal's triggers dropped, as
    /// someone with `sqlite3` and write access to the file could.
    func tamper(_ sql: String) throws {
        try runSQLite(scratch.path, """
            DROP TRIGGER IF EXISTS ledger_no_update; DROP TRIGGER IF EXISTS ledger_no_delete;
            DROP TRIGGER IF EXISTS journal_no_update; DROP TRIGGER IF EXISTS journal_no_delete; \(sql)
            """)
    }
}

/// Runs `/usr/bin/sqlite3` on `path` as a separate program.
@discardableResult
func runSQLite(_ path: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, sql]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: text]) }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
}
