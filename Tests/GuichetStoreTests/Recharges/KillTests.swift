import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// A burst of sales in a second process, killed with SIGKILL in the middle: every sale
/// that process saw confirmed is in the ledger, nothing is half-written, `verify` is clean.
@Suite struct KillTests {
    static let databaseVariable = "GUICHET_BURST_DB"

    /// The second process: this test binary run again with only this test and the
    /// variable set. It sells one card at a time and prints each receipt once the sale
    /// returned (committed); without the variable it does nothing.
    @Test func burstOfSales() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.databaseVariable] else { return }
        let store = try GuichetStore(path: path)
        let seller = try store.commandLineActor(login: "benevole")
        let card = try store.rechargeProducts().first { $0.code == "EX-SFR-10" }!
        let people = try store.searchBeneficiaries("", limit: 500).map(\.id)
        for index in 0..<(people.count * 6) {
            let sale = try SaleRule.validated(product: card, quantity: "1", unitPrice: "5", payment: .cash, reason: "")
            let receipt = try store.sellRecharge(as: seller, beneficiaryID: people[index % people.count], productID: card.id, sale: sale)
            FileHandle.standardOutput.write(Data("sold \(receipt.receipt)\n".utf8))
        }
    }

    @Test func killedInTheMiddleOfABurstKeepsEveryConfirmedSale() throws {
        let f = try RechargeFixture(at: Date())
        for index in 0..<40 {
            _ = try f.store.createBeneficiary(as: f.volunteer, People.make("Personne", "Jean" + String(UnicodeScalar(UInt8(97 + index / 26))) + String(UnicodeScalar(UInt8(97 + index % 26)))), enrolledOn: try f.store.today())
        }
        try f.store.recordStockMovement(as: f.chef, productID: f.sfr.id, kind: .reception, delta: 1000, note: "Don")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        child.arguments = ["--testing-library", "swift-testing", "--filter", "burstOfSales"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.databaseVariable] = f.scratch.path
        child.environment = environment
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()
        var confirmed: [String] = []
        var pending = ""
        let reader = output.fileHandleForReading
        while confirmed.count < 30 {
            let data = reader.availableData
            if data.isEmpty { break }
            pending += String(decoding: data, as: UTF8.self)
            while let newline = pending.firstIndex(of: "\n") {
                let line = String(pending[..<newline])
                pending = String(pending[pending.index(after: newline)...])
                if line.hasPrefix("sold ") { confirmed.append(String(line.dropFirst(5))) }
            }
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        // Receipts printed before the kill and not read yet count too.
        pending += String(decoding: reader.readDataToEndOfFile(), as: UTF8.self)
        confirmed += pending.split(separator: "\n").filter { $0.hasPrefix("sold ") }.map { String($0.dropFirst(5)) }
        #expect(confirmed.count >= 30, "the burst did not run: \(confirmed.count) sales")
        #expect(child.terminationReason == .uncaughtSignal)

        let store = try f.scratch.open()
        let stored = Set(try f.scratch.query { db in try String.fetchAll(db, sql: "SELECT receipt FROM ledger WHERE kind = 'sale'") })
        #expect(Set(confirmed).isSubset(of: stored), "confirmed but missing: \(Set(confirmed).subtracting(stored))")
        // Nothing half-written: each sale has its journal event and its receipt number, the stock follows.
        let journaled = try f.scratch.count("journal", where: "action = 'recharge.sale'")
        #expect(journaled == stored.count)
        let report = try store.verifyLedger()
        #expect(report.isIntact, "\(report.problems)")
        #expect(try f.stock(f.sfr) == 1020 - stored.count)
    }
}
