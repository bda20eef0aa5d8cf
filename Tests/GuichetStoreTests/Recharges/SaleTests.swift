import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct SaleTests {
    @Test func aSaleWritesItsEntryItsStockAndItsJournalEventInOneGo() throws {
        let f = try RechargeFixture()
        let receipt = try f.sell(2)
        #expect(receipt.receipt == "PAR-R-2026-000001")
        #expect(receipt.amount == Money(cents: 10_00) && receipt.remaining == Money(cents: 20_00))
        #expect(try f.stock(f.sfr) == 18)
        let row = try #require(try f.scratch.query { db in
            try Row.fetchOne(db, sql: "SELECT subject, summary FROM journal WHERE action = 'recharge.sale'")
        })
        #expect(row["subject"] as String == "PAR-2026-00001")
        let summary: String = row["summary"]
        #expect(summary.hasPrefix("receipt=PAR-R-2026-000001 product=EX-SFR-10 units=2 amount=1000 payment=cash entry="))
        #expect(!summary.contains("Dupont") && !summary.contains("Marie"))
        let context = try f.store.saleContext(beneficiaryID: f.person)
        #expect(context.spentThisMonth == Money(cents: 10_00) && context.remaining == Money(cents: 20_00))
        let timeline = try f.store.timeline(of: f.person).map { $0.event.text(.french) }
        #expect(timeline.first == "Recharge : 2 × Exemple : La Carte 10 €, 10,00 € (espèces), reçu PAR-R-2026-000001")
        #expect(try f.store.verifyLedger().isIntact)
    }

    @Test func refusalsComeBeforeAnythingIsWritten() throws {
        let f = try RechargeFixture()
        try f.sell(2, product: f.orange)                       // 26 € of 30 € counted
        let entries = try f.scratch.count("ledger")
        let journal = try f.scratch.count("journal")
        // Over the cap: 5 € more than the 4 € left.
        #expect(throws: GuichetError.refused(Phrase(
            fr: "Plafond mensuel dépassé : cette vente compte 5,00 €, il reste 4,00 € ce mois-ci (plafond 30,00 €). Rien n’a été vendu.",
            en: "Monthly cap exceeded: this sale counts €5.00, €4.00 is left this month (cap €30.00). Nothing was sold."))) {
            try f.sell(1)
        }
        // A free card counts toward the cap at its solidarity price.
        #expect(throws: GuichetError.self) { try f.sell(1, payment: .free) }
        // Out of stock.
        let other = try f.store.createBeneficiary(as: f.volunteer, People.make("Martin", "Paul"), enrolledOn: try f.store.today()).id
        #expect(throws: GuichetError.refused(RechargeText.outOfStock.filled("EX-ORANGE-25", 3))) {
            try f.sell(4, product: f.orange, to: other)
        }
        // An expired enrolment.
        let expired = try f.store.createBeneficiary(as: f.volunteer, People.make("Petit", "Léa"),
                                                    enrolledOn: CalendarDay(year: 2025, month: 1, day: 2)!).id
        #expect(throws: GuichetError.self) { try f.sell(1, to: expired) }
        #expect(try f.scratch.count("ledger") == entries)
        #expect(try f.scratch.count("journal") == journal + 2)     // the two creations only
        #expect(try f.stock(f.orange) == 3)
    }

    @Test func noSaleWithoutAnOpenCashBoxAndTheFloatIsThePreviousClose() throws {
        let f = try RechargeFixture(open: false)
        #expect(throws: GuichetError.refused(RechargeText.cashBoxNotOpen)) { try f.sell() }
        #expect(throws: GuichetError.refused(RechargeText.firstFloatNeeded)) { try f.store.openCashBox(as: f.volunteer) }
        #expect(throws: GuichetError.forbidden(.correctLedger)) {
            try f.store.openCashBox(as: f.volunteer, typedFloat: Money(cents: 10_00))
        }
        try f.store.openCashBox(as: f.chef, typedFloat: Money(cents: 40_00))
        try f.sell(1)
        _ = try f.store.closeCashBox(as: f.chef, count: CashCount(total: Money(cents: 45_00)), note: "")
        #expect(throws: GuichetError.self) { try f.sell(1) }
        f.scratch.clock.advance(seconds: 86_400)
        #expect(try f.store.openCashBox(as: f.volunteer) == Money(cents: 45_00))
        #expect(try f.store.cashBoxState() == .open)
    }

    /// Paris is UTC+1 in winter: 23:30 UTC on 30/11 is 00:30 on 1/12 there, a new month.
    @Test func theCapIsPerLocalCalendarMonth() throws {
        let f = try RechargeFixture(at: Timestamp.parse("2026-11-30T10:00:00Z")!)
        try f.sell(2, product: f.orange)
        try f.sell(0 + 1, product: f.orange, to: try f.store.createBeneficiary(
            as: f.volunteer, People.make("Autre", "Personne"), enrolledOn: try f.store.today()).id)
        f.scratch.clock.advance(seconds: 12 * 3600 + 1800)           // 22:30 UTC, 23:30 in Paris: still November
        #expect(throws: GuichetError.self) { try f.sell(1) }
        _ = try f.store.closeCashBox(as: f.chef, count: CashCount(total: Money(cents: 89_00)), note: "")
        f.scratch.clock.advance(seconds: 3600)                       // 23:30 UTC, 00:30 on 1 December in Paris
        #expect(try f.store.today() == CalendarDay(year: 2026, month: 12, day: 1)!)
        try f.store.openCashBox(as: f.volunteer)
        #expect(try f.store.saleContext(beneficiaryID: f.person).remaining == MonthlyCap.defaultAmount)
        let receipt = try f.sell(2, product: f.orange)
        #expect(receipt.remaining == Money(cents: 4_00))
        let days = try f.scratch.query { db in try String.fetchAll(db, sql: "SELECT day FROM ledger WHERE kind = 'sale' ORDER BY id") }
        #expect(days == ["2026-11-30", "2026-11-30", "2026-12-01"])
    }

    @Test func aReversalNegatesEverythingOnceAndOnlyForSupervisors() throws {
        let f = try RechargeFixture()
        let sale = try f.sell(2)
        #expect(throws: GuichetError.forbidden(.correctLedger)) {
            try f.store.reverseLedgerEntry(as: f.volunteer, id: sale.entryID, reason: "erreur")
        }
        #expect(throws: GuichetError.invalid(RechargeText.reasonExpected)) {
            try f.store.reverseLedgerEntry(as: f.chef, id: sale.entryID, reason: "  ")
        }
        let reversal = try f.store.reverseLedgerEntry(as: f.chef, id: sale.entryID, reason: "mauvaise carte")
        #expect(reversal.receipt == "PAR-R-2026-000002" && reversal.amount == Money(cents: -10_00))
        #expect(reversal.remaining == MonthlyCap.defaultAmount)
        #expect(try f.stock(f.sfr) == 20)
        let report = try f.store.cashReport(on: try f.store.today())
        #expect(report.sales == 1 && report.salesAmount == Money(cents: 10_00))
        #expect(report.reversals == 1 && report.reversedAmount == Money(cents: -10_00) && report.reversedCash == Money(cents: -10_00))
        #expect(report.netUnits == 0 && report.netAmount == .zero && report.minutes == 0)
        #expect(report.expectedCash == Money(cents: 50_00))
        #expect(throws: GuichetError.refused(RechargeText.alreadyReversed)) {
            try f.store.reverseLedgerEntry(as: f.chef, id: sale.entryID, reason: "encore")
        }
        #expect(throws: GuichetError.self) { try f.store.reverseLedgerEntry(as: f.chef, id: reversal.entryID, reason: "x") }
        // The database itself refuses a second reversal of the same entry.
        let stored = try f.scratch.query { db in try LedgerWriter.fetch(db, id: reversal.entryID)! }
        #expect(throws: (any Error).self) {
            try DatabaseQueue(path: f.scratch.path).write { db in
                var head = try LedgerWriter.head(db)
                var copy = stored
                copy.receipt = nil
                _ = try LedgerWriter.append(db, copy, after: &head)
            }
        }
        let timeline = try f.store.timeline(of: f.person).map { $0.event.text(.french) }
        #expect(timeline.first == "Vente PAR-R-2026-000001 annulée : -10,00 €, reçu PAR-R-2026-000002 — mauvaise carte")
        #expect(try f.store.verifyLedger().isIntact)
    }

    @Test func aClosedDayTakesNoEntryEvenFromSQL() throws {
        let f = try RechargeFixture()
        let sale = try f.sell(1)
        let x = try f.store.cashReport(on: try f.store.today())
        #expect(throws: GuichetError.invalid(Phrase(fr: "Écart de -1,00 € : une note qui l’explique est attendue",
                                                    en: "Discrepancy of -€1.00: a note explaining it is expected"))) {
            try f.store.closeCashBox(as: f.chef, count: CashCount(total: Money(cents: 54_00)), note: "")
        }
        #expect(throws: GuichetError.forbidden(.closeCashBox)) {
            try f.store.closeCashBox(as: f.volunteer, count: CashCount(total: Money(cents: 55_00)), note: "")
        }
        let closing = try f.store.closeCashBox(as: f.chef, count: CashCount(total: Money(cents: 54_00)), note: "pièce perdue")
        #expect(closing.expected == Money(cents: 55_00) && closing.gap == Money(cents: -1_00))
        // X before the closing = Z kept in the closing.
        let detail = try f.scratch.query { db in try String.fetchOne(db, sql: "SELECT detail FROM ledger WHERE kind = 'close'")! }
        #expect(detail == "counted_as=total|" + x.totals)
        #expect(try f.store.cashReport(on: try f.store.today()) == x)
        #expect(throws: GuichetError.refused(RechargeText.dayClosed.filled(Phrase(fr: "18/11/2026", en: "18/11/2026")))) {
            try f.sell(1)
        }
        #expect(throws: GuichetError.self) { try f.store.reverseLedgerEntry(as: f.chef, id: sale.entryID, reason: "trop tard") }
        #expect(throws: GuichetError.self) {
            try f.store.recordStockMovement(as: f.chef, productID: f.sfr.id, kind: .loss, delta: -1, note: "cassée")
        }
        #expect(throws: (any Error).self) {
            try DatabaseQueue(path: f.scratch.path).write { db in
                var head = try LedgerWriter.head(db)
                _ = try LedgerWriter.append(db, LedgerEntry(at: "2026-11-18T20:00:00.000Z", day: CalendarDay(year: 2026, month: 11, day: 18)!,
                                                            kind: .cashIn, cash: Money(cents: 1)), after: &head)
            }
        }
        // The next day, its reversal goes on the new day.
        f.scratch.clock.advance(seconds: 86_400)
        #expect(try f.store.openCashBox(as: f.volunteer) == Money(cents: 54_00))
        _ = try f.store.reverseLedgerEntry(as: f.chef, id: sale.entryID, reason: "erreur de la veille")
        let days = try f.scratch.query { db in try String.fetchAll(db, sql: "SELECT day FROM ledger WHERE kind = 'reversal'") }
        #expect(days == ["2026-11-19"])
        #expect(try f.store.verifyLedger().isIntact)
    }

    @Test func aCoachClosesOnlyWhenTheSettingSaysSo() throws {
        let f = try RechargeFixture()
        let account = try f.store.createUser(as: f.chef, login: "coach", displayName: "Camille Coach", role: .coach,
                                             password: Scratch.password)
        let coach = Actor(userID: account.id, login: "coach", displayName: "Camille Coach", role: .coach, siteCode: f.chef.siteCode)
        #expect(!f.store.mayCloseCashBox(coach))
        try f.store.changeSetting(as: f.chef, .cashBoxCloseByCoach, to: "on")
        #expect(f.store.mayCloseCashBox(coach) && !f.store.mayCloseCashBox(f.volunteer))
        _ = try f.store.closeCashBox(as: coach, count: CashCount(total: Money(cents: 50_00)), note: "")
    }

    @Test func stockMovesOnlyByEntriesAndNeverBelowZero() throws {
        let f = try RechargeFixture()
        #expect(throws: GuichetError.forbidden(.manageStock)) {
            try f.store.recordStockMovement(as: f.volunteer, productID: f.sfr.id, kind: .loss, delta: -1, note: "x")
        }
        try f.store.recordStockMovement(as: f.chef, productID: f.sfr.id, kind: .loss, delta: -2, note: "cartes abîmées")
        try f.store.recordStockMovement(as: f.chef, productID: f.sfr.id, kind: .correction, delta: -3, note: "inventaire")
        #expect(try f.stock(f.sfr) == 15)
        #expect(throws: GuichetError.refused(RechargeText.stockWouldBeNegative.filled("EX-SFR-10", 15))) {
            try f.store.recordStockMovement(as: f.chef, productID: f.sfr.id, kind: .stockReturn, delta: -16, note: "retour")
        }
        let low = try f.store.lowStockProducts().map(\.code)
        #expect(low.contains("EX-ORANGE-5") && !low.contains("EX-SFR-10"))
        #expect(try f.store.verifyLedger().isIntact)
    }
}
