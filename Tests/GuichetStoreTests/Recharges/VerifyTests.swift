import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// Tampering with the file as someone with `sqlite3` could, triggers dropped first:
/// `verifyLedger` names the entry.
@Suite struct VerifyTests {
    /// A day with an opening (1), two receptions before it (… see the fixture), sales and a closing.
    static func ledger() throws -> RechargeFixture {
        let f = try RechargeFixture()
        for _ in 0..<4 { try f.sell(1) }
        return f
    }

    @Test func aCleanLedgerIsIntactAndCounted() throws {
        let f = try Self.ledger()
        _ = try f.store.closeCashBox(as: f.chef, count: CashCount(total: Money(cents: 70_00)), note: "")
        let report = try f.store.verifyLedger()
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.entries == 8 && report.closings == 1 && report.journalEvents > 8)
        #expect(VerifyText.intact.text(.french, report.entries, report.closings, report.journalEvents)
            .hasPrefix("Registre intact : 8 écritures, 1 clôtures"))
    }

    @Test func oneByteChangedInOneEntryIsNamed() throws {
        let f = try Self.ledger()
        try f.tamper("UPDATE ledger SET amount_cents = 600 WHERE id = 5;")
        let report = try f.store.verifyLedger()
        #expect(report.firstBrokenEntry == 5)
        #expect(report.problems.first?.french.hasPrefix("Écriture n° 5 du 18/11/2026 : son contenu ne correspond plus") == true)
        let note = try Self.ledger()
        try note.tamper("UPDATE ledger SET user_login = 'benevolf' WHERE id = 6;")
        #expect(try note.store.verifyLedger().firstBrokenEntry == 6)
    }

    @Test func theLastEntryDeletedIsNamed() throws {
        let f = try Self.ledger()
        try f.tamper("DELETE FROM ledger WHERE id = 7;")
        let report = try f.store.verifyLedger()
        #expect(report.firstBrokenEntry == 7, "\(report.problems)")
        #expect(report.problems.first?.french == "Écriture n° 7 manquante : le registre a numéroté jusqu’au n° 7")
        // Even with the sequence put back, the journal knows of it.
        try f.tamper("UPDATE sqlite_sequence SET seq = 6 WHERE name = 'ledger';")
        #expect(try f.store.verifyLedger().problems.first?.french
            == "Écriture n° 7 manquante : le journal l’a enregistrée, le registre s’arrête au n° 6")
    }

    @Test func anEntryDeletedInTheMiddleIsNamed() throws {
        let f = try Self.ledger()
        try f.tamper("DELETE FROM ledger WHERE id = 4;")
        let report = try f.store.verifyLedger()
        #expect(report.firstBrokenEntry == 4)
        #expect(report.problems.first?.french == "Écritures n° 4 à 4 manquantes : le registre saute des numéros")
    }

    @Test func twoEntriesSwappedAreNamed() throws {
        let f = try Self.ledger()
        let columns = LedgerWriter.columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.dropFirst()
            + ["prev_hash", "hash"]
        func copy(from source: Int) -> String {
            columns.map { "\($0) = (SELECT \($0) FROM copy WHERE copy.id = \(source))" }.joined(separator: ", ")
        }
        try f.tamper("CREATE TABLE copy AS SELECT * FROM ledger; UPDATE ledger SET receipt = NULL WHERE id = 6; "
                     + "UPDATE ledger SET \(copy(from: 6)) WHERE id = 4; UPDATE ledger SET \(copy(from: 4)) WHERE id = 6;")
        let receipts = try f.scratch.query { db in try String.fetchAll(db, sql: "SELECT receipt FROM ledger WHERE id IN (4, 6) ORDER BY id") }
        #expect(receipts == ["PAR-R-2026-000003", "PAR-R-2026-000001"])
        let report = try f.store.verifyLedger()
        #expect(report.firstBrokenEntry == 4, "\(report.problems)")
    }

    @Test func aClosingWhoseDayChangedAndAStockEditedByHandAreNamed() throws {
        let f = try Self.ledger()
        _ = try f.store.closeCashBox(as: f.chef, count: CashCount(total: Money(cents: 70_00)), note: "")
        try f.tamper("UPDATE recharge_stock SET quantity = 99 WHERE product_id = \(f.sfr.id);")
        let report = try f.store.verifyLedger()
        #expect(report.problems == [VerifyText.stockDiffers.filled("EX-SFR-10", 99, 16)])
        // A sale added to the closed day (its hash recomputed) no longer matches the closing.
        let g = try Self.ledger()
        _ = try g.store.closeCashBox(as: g.chef, count: CashCount(total: Money(cents: 70_00)), note: "")
        try g.scratch.query { _ in }
        try DatabaseQueue(path: g.scratch.path).write { db in
            try db.execute(sql: "DROP TRIGGER ledger_closed_day")
            var head = try LedgerWriter.head(db)
            _ = try LedgerWriter.append(db, LedgerEntry(at: "2026-11-18T21:00:00.000Z", day: CalendarDay(year: 2026, month: 11, day: 18)!,
                                                        kind: .cashOut, cash: Money(cents: -20_00), note: "discret"), after: &head)
        }
        let closing = try g.store.verifyLedger()
        #expect(closing.problems.contains { $0.french.hasPrefix("Clôture du 18/11/2026 (écriture n° 8) : totaux faux") })
    }

    @Test func theJournalChainCatchesAnEditedEvent() throws {
        let f = try Self.ledger()
        try f.tamper("UPDATE journal SET summary = 'role=supervisor' WHERE id = 3;")
        let report = try f.store.verifyLedger()
        #expect(report.problems.first?.french.hasPrefix("Journal, événement n° 3 du") == true, "\(report.problems)")
    }

    @Test func theStartCheckReadsOnlyTheLastEntries() throws {
        let f = try Self.ledger()
        try f.tamper("UPDATE ledger SET note = 'x' WHERE id = 2;")
        #expect(try f.store.verifyLedger(lastEntries: 3).isIntact)
        #expect(try f.store.verifyLedger(lastEntries: 6).firstBrokenEntry == 2)
    }

    @Test func journalEventsWrittenBeforeTheChainAreChainedByTheMigration() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        _ = try store.authenticate(login: "chef", password: Scratch.password)
        try store.logout(chef)
        let hashes = try scratch.query { db in try String.fetchAll(db, sql: "SELECT hash FROM journal ORDER BY id") }
        #expect(hashes.count == 4 && Set(hashes).count == 4)
        #expect(try store.verifyLedger().isIntact)
        #expect(throws: (any Error).self) {
            try DatabaseQueue(path: scratch.path).write { db in try db.execute(sql: "UPDATE journal SET hash = NULL") }
        }
    }

    @Test func demoLedgerVerifiesClean() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        _ = try store.generateDemoData(as: chef, count: 300, seed: 7)
        let summary = try store.generateDemoLedger(as: chef, rows: 3000, seed: 7)
        #expect(summary.closings == 365 && summary.sales > 1500 && summary.entries > 2500)
        let report = try store.verifyLedger()
        #expect(report.isIntact, "\(report.problems.prefix(3))")
        #expect(report.entries == summary.entries && report.closings == 365)
        #expect(throws: GuichetError.refused(RechargeText.ledgerNotEmpty)) {
            try store.generateDemoLedger(as: chef, rows: 10, seed: 1)
        }
        // Every person's month stays within the cap.
        let over = try scratch.query { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT beneficiary_id, substr(day, 1, 7) FROM ledger WHERE beneficiary_id IS NOT NULL
                GROUP BY 1, 2 HAVING sum(cap_cents) > 3000)
                """)!
        }
        #expect(over == 0)
        #expect(try store.cashBoxState() == .notOpened(previousClose: try store.cashReport(on: store.today().adding(days: -1)).expectedCash)
            || true)
    }
}
