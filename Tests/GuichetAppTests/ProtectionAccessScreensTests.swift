import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

/// The right of access, erasure on request and backups, driven by keys over a real
/// database from Administration → RGPD (issue 13, items 2, 3 and 6).
@Suite("Protection screens: access, erasure, backup")
struct ProtectionAccessScreensTests {
    /// On the page of the file `query` finds, from Administration → RGPD → Accès et effacement.
    private func openPersonData(_ fixture: ProtectionAppFixture, _ query: String = "dupont") {
        fixture.openProtection("2")
        #expect(fixture.counter.app.topScreenTitle == "Accès et effacement : la fiche")
        fixture.counter.type(query)
        fixture.counter.press(.enter)
    }

    @Test func theAccessScreenExportsTheTextPageAndTheJSON() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        openPersonData(fixture)
        #expect(counter.app.topScreenTitle == "Accès et effacement")
        #expect(counter.text.contains("PAR-2024-00001  DUPONT-MÜLLER Hélène"))
        #expect(counter.text.contains("Passages : 1 · séances de budget : 0 · étapes du plan : 0"))
        GoldenScreen.assertMatches(counter.screen, "protection-person-data")

        counter.press(.function(5))
        let folder = counter.folder.appendingPathComponent("impressions")
        let text = folder.appendingPathComponent("acces-PAR-2024-00001.txt")
        let json = folder.appendingPathComponent("acces-PAR-2024-00001.json")
        #expect(counter.messageLine == "Fiche exportée : \(text.path) (et \(json.path)).")
        let page = try String(contentsOf: text, encoding: .utf8)
        #expect(page.contains("DUPONT-MÜLLER") && page.contains("Hélène") && page.contains("PAR-2024-00001"))
        #expect(page.contains("06 12 34 56 78") && page.contains("12/03/1985"))
        #expect(page.components(separatedBy: "\n").allSatisfy { TextWidth.of($0) <= 80 }, "80 columns at most")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        #expect(object["file_number"] as? String == "PAR-2024-00001")
        let identity = try #require(object["identity"] as? [String: Any])
        #expect(identity["last_name"] as? String == "Dupont-Müller" && identity["phone"] as? String == "+33612345678")
        for file in [text, json] {
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file.lastPathComponent) is private: \(String(mode ?? 0, radix: 8))")
        }
        // Journaled by file number and where it went, never the name nor the path.
        let events = try fixture.events("protection.export")
        #expect(events.map(\.subject) == ["PAR-2024-00001"])
        #expect(events.map(\.summary) == ["to=file"])
        #expect(events.allSatisfy { !$0.summary.contains("Dupont") && !$0.summary.contains(folder.path) })
        // The page read again counts the export among the journal's events about the file.
        #expect(counter.text.contains("Événements du journal sur la fiche : 3"), "creation, visit, export")
    }

    @Test func erasureAsksItsReasonAndRequesterThenIsJournaled() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        // A sale, so that the ledger has something to keep under the file number.
        let sfr = try counter.store.rechargeProducts().first { $0.code == "EX-SFR-10" }!
        try counter.store.recordStockMovement(as: fixture.alice, productID: sfr.id, kind: .reception, delta: 10, note: "Don")
        try counter.store.openCashBox(as: fixture.alice, typedFloat: Money(cents: 50_00))
        _ = try counter.store.sellRecharge(as: fixture.alice, beneficiaryID: fixture.recent.id, productID: sfr.id,
                                           sale: SaleRule.validated(product: sfr, quantity: "1", unitPrice: "10", payment: .cash, reason: ""))
        openPersonData(fixture, "martin")
        counter.press(.function(7))
        #expect(counter.app.topScreenTitle == "Effacement à la demande")
        #expect(counter.text.contains("partent pour toujours"))
        #expect(counter.text.contains("Les achats restent au registre sous le numéro de dossier"))
        GoldenScreen.assertMatches(counter.screen, "protection-erasure")
        counter.press(.right)           // reason: opposition au traitement
        counter.press(.enter)
        counter.press(.right, .right)   // asked by: la personne référente
        #expect(counter.text.contains("opposition au traitement") && counter.text.contains("la personne référente"))
        counter.press(.function(2))
        #expect(counter.app.topScreenTitle == "Effacer")
        #expect(counter.text.contains("Effacer pour toujours les données personnelles de la"))
        #expect(counter.text.contains("fiche PAR-2026-00001 ? C’est irréversible."))
        #expect(counter.text.contains("irréversible"))
        counter.type("o")
        #expect(counter.messageLine == "Fiche PAR-2026-00001 effacée : le motif et la demande sont notés au journal.")
        #expect(counter.app.topScreenTitle == "Accès et effacement")
        #expect(counter.text.contains("PAR-2026-00001  Personne anonymisée"))
        #expect(!counter.text.contains("MARTIN"))
        let record = try counter.store.beneficiary(id: fixture.recent.id)
        #expect(record.beneficiary.lastName == Anonymisation.lastName && record.beneficiary.phone == nil)
        
        let events = try fixture.events("protection.erase")
        #expect(events.map(\.subject) == ["PAR-2026-00001"])
        #expect(events.map(\.summary) == ["reason=objection requester=social_worker"])
        // The sale stays in the ledger under the file; both chains verify.
        #expect(try counter.store.personalData(as: fixture.alice, id: fixture.recent.id).purchases.count == 1)
        let verification = try counter.store.verifyLedger()
        #expect(verification.isIntact, "\(verification.problems)")
        // Erased once: F7 is greyed with the reason.
        counter.press(.function(7))
        #expect(counter.app.topScreenTitle == "Accès et effacement")
        #expect(!counter.messageLine.isEmpty && counter.messageLine.contains("anonymisée"), "\(counter.messageLine)")
    }

    @Test func aBackupIsTakenNamedBySiteAndTime() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        fixture.openProtection("4")
        #expect(counter.app.topScreenTitle == "Sauvegarder")
        let folder = counter.folder.appendingPathComponent("sauvegardes")
        // The default folder, beside the database (the field shows the end of a long path).
        #expect(counter.lines.contains { $0.hasPrefix("    Dossier ") && $0.hasSuffix("/sauvegardes") })
        counter.press(.function(2))
        let file = folder.appendingPathComponent("guichet-PAR-2026-11-27-103000.sqlite")
        #expect(counter.messageLine == "Sauvegarde faite et vérifiée : \(file.path)")
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(counter.app.topScreenTitle == "Données personnelles")
        #expect(counter.lines.contains("  Dernière sauvegarde : 27/11/2026 10:30"))
        #expect(counter.lines.contains("  (guichet-PAR-2026-11-27-103000.sqlite)"))
        #expect(try fixture.events("protection.backup").map(\.subject) == ["guichet-PAR-2026-11-27-103000.sqlite"])
    }

    @Test func anEncryptedBackupTakesThePassphraseTwice() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        // A folder of its own, so that the form reads the same on every run.
        try counter.store.changeSetting(as: fixture.alice, .backupFolder, to: "/media/cle-usb/guichet")
        fixture.openProtection("4")
        GoldenScreen.assertMatches(counter.screen, "protection-backup")
        // A USB key's folder: it must be there (the setting's folder only is made when missing).
        let folder = counter.folder.appendingPathComponent("cle")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        counter.press(.ctrl("u"))
        counter.type(folder.path)
        // Too short: refused at the passphrase field.
        counter.press(.enter)
        counter.type("court")
        counter.press(.enter)
        counter.type("court")
        counter.press(.function(2))
        #expect(counter.messageLine.hasPrefix("! "), "\(counter.messageLine)")
        #expect(counter.messageLine.contains("10"), "the length expected: \(counter.messageLine)")
        #expect(counter.app.topScreenTitle == "Sauvegarder")
        // Two different ones: refused at the second, emptied.
        counter.press(.ctrl("u"))
        counter.type("une phrase assez longue")
        counter.press(.enter)
        counter.type("une autre phrase")
        counter.press(.function(2))
        #expect(counter.messageLine.hasPrefix("! "), "\(counter.messageLine)")
        #expect(counter.app.topScreenTitle == "Sauvegarder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing written")
        let cursor = try #require(counter.backend.lastCursor)
        let againRow = try #require(counter.lines.firstIndex { $0.contains("Phrase de passe, à nouveau") })
        #expect(cursor.y == againRow, "the cursor waits in the second field")
        counter.type("une phrase assez longue")
        counter.press(.function(2))
        let file = folder.appendingPathComponent("guichet-PAR-2026-11-27-103000.sqlite.chiffre")
        #expect(counter.messageLine == "Sauvegarde chiffrée faite et vérifiée : \(file.path)")
        #expect(FileManager.default.fileExists(atPath: file.path))
        let bytes = try Data(contentsOf: file)
        #expect(!bytes.starts(with: Data("SQLite format 3".utf8)), "the copy is not plain SQLite")
    }
}
