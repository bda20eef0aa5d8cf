import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

/// The Recharges screens driven by keys over a real database: a sale that shows what
/// is left this month, a sale refused over the cap, the X report, a closing with a gap.
@Suite("Recharge screens")
struct RechargeScreensTests {
    /// Stock of two cards, today's cash box opened with 50 €, one earlier sale of 5 € to Marie Dupont.
    private func prepared() throws -> (CounterHarness, BeneficiaryRecord) {
        let counter = try CounterHarness()
        let marie = try counter.addBeneficiary("Dupont", "Marie", birth: "12/03/1985")
        let alice = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        let products = try counter.store.rechargeProducts()
        for code in ["EX-SFR-10", "EX-ORANGE-25"] {
            let product = products.first { $0.code == code }!
            try counter.store.recordStockMovement(as: alice, productID: product.id, kind: .reception, delta: 12, note: "Don")
        }
        try counter.store.openCashBox(as: alice, typedFloat: Money(cents: 50_00))
        let sfr = products.first { $0.code == "EX-SFR-10" }!
        _ = try counter.store.sellRecharge(as: alice, beneficiaryID: marie.id, productID: sfr.id,
                                           sale: SaleRule.validated(product: sfr, quantity: "1", unitPrice: "5", payment: .cash, reason: ""))
        counter.signIn()
        counter.type("3")
        return (counter, marie)
    }

    private func openSale(_ counter: CounterHarness) {
        counter.press(.function(2))
        counter.type("dupont")
        counter.press(.enter)
    }

    @Test func aSaleShowsWhatIsLeftThisMonthThenGivesAReceipt() throws {
        let (counter, marie) = try prepared()
        GoldenScreen.assertMatches(counter.screen, "recharges")
        openSale(counter)
        #expect(counter.app.topScreenTitle == "Vente de recharge")
        #expect(counter.text.contains("Plafond du mois : 30,00 € · déjà compté : 5,00 € · reste : 25,00 €"))
        GoldenScreen.assertMatches(counter.screen, "recharge-sale")
        counter.press(.function(2))
        #expect(counter.text.contains("Vendre 1 × Exemple : Mobicarte 25 € pour 13,00 €"))
        counter.type("o")
        #expect(counter.messageLine.hasPrefix("Vente enregistrée : reçu PAR-R-2026-000002, 13,00 € (espèces). Reste ce mois-ci : 12,00 €."))
        #expect(counter.app.topScreenTitle == "Recharges")
        let context = try counter.store.saleContext(beneficiaryID: marie.id)
        #expect(context.spentThisMonth == Money(cents: 18_00))
        #expect(try counter.journalActions().first == "recharge.sale")
    }

    @Test func aSaleOverTheCapIsRefusedBeforeAnythingIsWritten() throws {
        let (counter, marie) = try prepared()
        openSale(counter)
        counter.press(.enter)                       // to the quantity
        counter.press(.backspace)
        counter.type("2")
        #expect(counter.text.contains("! Plafond mensuel dépassé : cette vente compte 26,00 €, il reste 25,00 €"))
        counter.press(.function(2))
        #expect(counter.messageLine.hasPrefix("! Plafond mensuel dépassé"))
        #expect(counter.app.topScreenTitle == "Vente de recharge", "no confirmation was asked")
        GoldenScreen.assertMatches(counter.screen, "recharge-sale-over-cap")
        #expect(try counter.store.saleContext(beneficiaryID: marie.id).spentThisMonth == Money(cents: 5_00))
        // A quantity that is not a number is refused at its field.
        counter.press(.backspace)
        counter.type("x")
        counter.press(.function(2))
        #expect(counter.messageLine == "! Quantité : un nombre entier de 1 à 10 attendu")
    }

    @Test func theXReportAndAClosingWithAGap() throws {
        let (counter, _) = try prepared()
        counter.press(.function(6))
        #expect(counter.text.contains("Attendu en caisse"))
        GoldenScreen.assertMatches(counter.screen, "recharge-report-x")
        counter.press(.escape, .function(7))
        #expect(counter.app.topScreenTitle == "Clôture de caisse")
        // 2 × 20 € and 1 × 10 €: 50 €, against 55 € expected.
        for _ in 0..<4 { counter.press(.enter) }
        counter.type("2")
        counter.press(.enter)
        counter.type("1")
        for _ in 0..<11 { counter.press(.enter) }
        counter.type("billet de 5 € introuvable")
        #expect(counter.text.contains("Compté 50,00 €, attendu 55,00 €, écart -5,00 €."))
        GoldenScreen.assertMatches(counter.screen, "recharge-closing-gap")
        counter.press(.function(2))
        #expect(counter.app.topScreenTitle == "Clôture de caisse" && counter.text.contains("Clôturer la caisse du 27/11/2026 ?"))
        counter.type("o")
        // The closing, then the day's backup (issue 13).
        #expect(counter.messageLine == "Caisse du 27/11/2026 clôturée : compté 50,00 €, écart -5,00 €. "
                 + "Sauvegarde faite : guichet-PAR-2026-11-27-103000.sqlite.")
        #expect(try counter.store.lastGoodBackup()?.fileName == "guichet-PAR-2026-11-27-103000.sqlite")
        #expect(counter.text.contains("Caisse du 27/11/2026 clôturée"))
        #expect(try counter.store.cashBoxState() == .closed)
        #expect(try counter.store.verifyLedger().isIntact)
    }

    @Test func aGapWithoutANoteIsAskedForAtTheNote() throws {
        let (counter, _) = try prepared()
        counter.press(.function(7))
        for _ in 0..<15 { counter.press(.enter) }
        counter.type("40")
        counter.press(.function(2))
        #expect(counter.messageLine == "! Écart de -15,00 € : une note qui l’explique est attendue")
        #expect(try counter.store.cashBoxState() == .open)
    }

    @Test func aVolunteerSellsButNeitherReversesNorCloses() throws {
        let counter = try CounterHarness()
        let password = try counter.addUser("bruno", role: .volunteer)
        counter.signIn("bruno", password)
        counter.type("3")
        #expect(counter.app.topScreenTitle == "Recharges")
        counter.press(.function(7))
        #expect(counter.messageLine.hasPrefix("! Clôture réservée au rôle responsable"))
        counter.press(.function(5))
        #expect(counter.messageLine == "! Première ouverture : une personne responsable tape le fond de caisse.")
        counter.press(.function(9))
        #expect(counter.app.topScreenTitle == "Registre")
    }

    @Test func theCardSellsAndItsHistoryShowsTheSale() throws {
        let (counter, marie) = try prepared()
        counter.press(.escape)
        counter.type("1")
        counter.type("dupont")
        counter.press(.enter)
        #expect(counter.text.contains("Recharge : 1 × Exemple : La Carte 10 €, 5,00 €"))
        counter.press(.function(8))
        #expect(counter.app.topScreenTitle == "Vente de recharge")
        #expect(counter.text.contains(marie.fileNumber.formatted))
    }

    @Test func homeWarnsOfLowStockAndSupervisorsOfABrokenLedger() throws {
        let (counter, _) = try prepared()
        counter.press(.escape)
        #expect(counter.text.contains("Stock bas : EX-BOUYGUES-15 (0), EX-ORANGE-5 (0)"))
        #expect(counter.text.contains("Recharges vendues"))
        let path = counter.folder.appendingPathComponent("guichet.sqlite").path
        let tamper = Process()
        tamper.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        tamper.arguments = [path, "DROP TRIGGER ledger_no_update; UPDATE ledger SET amount_cents = 1 WHERE kind = 'sale';"]
        try tamper.run()
        tamper.waitUntilExit()
        counter.type("1")
        counter.press(.escape)
        #expect(counter.text.contains("! Registre des recharges altéré (écriture n° 4) : lancez guichet verify"))
    }
}
