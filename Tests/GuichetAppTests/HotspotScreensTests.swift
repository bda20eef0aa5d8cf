import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

/// The Clés 3G screens driven by keys over a real database: the late loans one key from
/// home, the fleet, a key's card and history, a loan from the file card, a return, and
/// bad input said at its field.
@Suite("Hotspot screens")
struct HotspotScreensTests {
    /// Three keys, today's cash box opened; two loans made 33 days ago (one due 30 days
    /// later: 3 days late; one due 35 days later: due in 2 days); then the counter signed in.
    private func prepared() throws -> (CounterHarness, [HotspotDevice], BeneficiaryRecord) {
        let counter = try CounterHarness()
        let alice = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        var keys = try HotspotAppFixture.addKeys(counter, alice)
        keys.append(try counter.store.addDevice(as: alice, HotspotAppFixture.device("19", "Alcatel Link Zone", imei: "356938035643809")))
        let marie = try counter.addBeneficiary("Dupont", "Marie", phone: "06 12 34 56 78", housing: "homeless")
        let karim = try counter.addBeneficiary("Benali", "Karim", housing: "hosted")
        try counter.store.changeSetting(as: alice, .hotspotDeposit, to: "0")
        _ = try counter.store.lendHotspot(as: alice, beneficiaryID: marie.id, loan: ValidLoan(
            deviceID: keys[0].id, kind: .loan, dueOn: counter.today.adding(days: 30), accessories: Set(Accessory.allCases)))
        _ = try counter.store.lendHotspot(as: alice, beneficiaryID: karim.id, loan: ValidLoan(
            deviceID: keys[1].id, kind: .loan, dueOn: counter.today.adding(days: 35), accessories: [.charger]))
        try counter.store.changeSetting(as: alice, .hotspotDeposit, to: "10")
        counter.clock.advance(seconds: 33 * 86_400)
        try counter.store.openCashBox(as: alice, typedFloat: Money(cents: 50_00))
        counter.signIn()
        return (counter, keys, marie)
    }

    @Test func theLateLoansAreOneKeyFromHome() throws {
        let (counter, _, _) = try prepared()
        #expect(counter.text.contains("Clés en retard                   1"))
        counter.type("4")
        #expect(counter.app.topScreenTitle == "Clés 3G")
        GoldenScreen.assertMatches(counter.screen, "hotspots-overdue")
        #expect(counter.text.contains("CLE-017 PAR-2026-00001"))
        counter.press(.function(7))
        #expect(counter.text.contains("[À rendre sous 3 jours (1)]"))
        #expect(counter.text.contains("CLE-018"))
    }

    @Test func theFleetAndAKeysCardWithItsHistory() throws {
        let (counter, _, _) = try prepared()
        counter.type("4")
        counter.press(.function(8))
        #expect(counter.app.topScreenTitle == "Parc des clés")
        GoldenScreen.assertMatches(counter.screen, "hotspot-fleet")
        counter.type("17")
        #expect(counter.text.contains("1 résultat"))
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Fiche de la clé")
        GoldenScreen.assertMatches(counter.screen, "hotspot-key-card")
        #expect(counter.text.contains("Prêtée au dossier PAR-2026-00001, à rendre le"))
        // A volunteer may not change the state of a key: greyed, and says why.
        counter.press(.function(7))
        #expect(counter.messageLine.hasPrefix("Réservé au rôle responsable") || counter.messageLine.contains("prêtée doit d’abord"))
    }

    @Test func aLoanFromTheFileCardThenItsReturnDamaged() throws {
        let (counter, keys, _) = try prepared()
        let lea = try counter.addBeneficiary("Petit", "Léa", housing: "emergency_shelter")
        counter.type("1")
        counter.type("petit")
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Fiche")
        counter.press(.function(11))
        #expect(counter.app.topScreenTitle == "Prêter une clé")
        GoldenScreen.assertMatches(counter.screen, "hotspot-loan-form")
        // Without the agreement ticked: refused at its field.
        counter.press(.function(2))
        #expect(counter.messageLine.hasPrefix("! Convention signée : la personne signe la convention"))
        // A day due in the past: said at its field.
        counter.press(.up, .up, .up, .up, .end)
        for _ in 0..<10 { counter.press(.backspace) }
        counter.type("01/12/2026")
        counter.press(.enter)
        #expect(counter.messageLine.hasPrefix("! À rendre le : le 01/12/2026 est déjà passé ; une date à partir du 31/12/2026 attendue"))
        counter.press(.up, .end)                    // the error moved on to the next field: back to the day due
        for _ in 0..<10 { counter.press(.backspace) }
        counter.type("15/01/2027")
        counter.press(.down, .down, .down, .down)   // to the agreement
        counter.press(.right)
        counter.press(.function(2))
        #expect(counter.text.contains("Prêter la clé CLE-019 au dossier PAR-2026-00003 jusqu’au"))
        #expect(counter.text.contains("15/01/2027, caution 10,00 € ? La convention est signée."))
        counter.type("o")
        #expect(counter.messageLine.hasPrefix("Clé CLE-019 prêtée jusqu’au 15/01/2027. Caution 10,00 € : reçu PAR-R-2026-000001."))
        #expect(counter.app.topScreenTitle == "Fiche")
        #expect(counter.text.contains("Clé 3G CLE-019 prêtée, à rendre le 15/01/2027,"))
        // F11 again opens the key lent; F5 ends the loan: damaged, to repair, deposit given back.
        counter.press(.function(11))
        #expect(counter.app.topScreenTitle == "Fiche de la clé")
        counter.press(.function(5))
        #expect(counter.app.topScreenTitle == "Fin du prêt")
        counter.press(.right, .right)
        counter.press(.function(2))
        counter.type("o")
        #expect(counter.messageLine.hasPrefix("Prêt terminé : clé CLE-019 en réparation. Caution 10,00 € rendue : reçu PAR-R-2026-000002."))
        #expect(try counter.store.device(id: keys[2].id).device.state == .repair)
        #expect(try counter.store.openLoan(beneficiaryID: lea.id) == nil)
        #expect(try counter.journalActions().prefix(2) == ["hotspot.return", "hotspot.loan"])
    }

    @Test func aHousedPersonIsRefusedWithTheReason() throws {
        let (counter, _, _) = try prepared()
        _ = try counter.addBeneficiary("Martin", "Paul", housing: "housed")
        counter.type("4")
        counter.press(.function(2))
        counter.type("martin")
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Prêter une clé")
        #expect(counter.text.contains("! Prêt refusé : la fiche indique « logement personnel »"))
        counter.press(.function(2))
        #expect(counter.messageLine.hasPrefix("! Prêt refusé"))
        #expect(try counter.journalActions().first != "hotspot.loan")
    }

    @Test func aWrongImeiSaysItIsTheLastDigit() throws {
        let (counter, _, _) = try prepared()
        counter.type("4")
        counter.press(.function(8), .function(2))
        #expect(counter.app.topScreenTitle == "Nouvelle clé")
        counter.type("20")
        counter.press(.enter)
        counter.type("ZTE MF920")
        counter.press(.enter)
        counter.type("260531793113830")
        counter.press(.enter)
        #expect(counter.messageLine == "! IMEI : le dernier chiffre (clé de Luhn) ne correspond pas : vérifiez la saisie")
        counter.press(.up, .end)
        for _ in 0..<15 { counter.press(.backspace) }
        counter.type("352099001761481")   // CLE-018's
        counter.press(.function(2))
        #expect(counter.messageLine == "! IMEI : déjà enregistré pour la clé CLE-018 (une clé ne s’ajoute qu’une fois)")
        #expect(counter.text.contains("! IMEI"))
    }
}
