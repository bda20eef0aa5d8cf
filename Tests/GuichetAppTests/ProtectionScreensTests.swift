import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

/// Data protection driven by keys over a real database (issue 13): Administration → RGPD,
/// where the file stands; the files due for anonymisation, anonymised one by one and all
/// at once; what an anonymised file still shows; consent flagged on the card; and who may
/// open any of it. Access, erasure and backups are in `ProtectionAccessScreensTests`.
@Suite("Protection screens")
struct ProtectionScreensTests {
    @Test func administrationF9OpensWhereTheFileStands() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        fixture.openProtection()
        #expect(counter.app.topScreenTitle == "Données personnelles")
        #expect(counter.text.contains("Aucune sauvegarde n’a encore été faite."))
        #expect(counter.text.contains("Fiches à anonymiser : 3 (sans contact depuis 24 mois)"))
        #expect(counter.text.contains("Fiches sans consentement : gardées et signalées sur leur fiche"))
        for entry in ["1  Fiches à anonymiser", "2  Accès et effacement d’une fiche", "3  Purger les journaux de connexion",
                      "4  Sauvegarder maintenant"] {
            #expect(counter.text.contains(entry), "menu entry « \(entry) »")
        }
        GoldenScreen.assertMatches(counter.screen, "protection")
        // A backup taken since shows on the way back, with its file named by site and time.
        _ = try counter.store.backUp(as: fixture.alice)
        counter.press(.escape, .function(9))
        // The file's name goes under the day when the line would pass the screen's width: wrapped, never cut.
        #expect(counter.lines.contains("  Dernière sauvegarde : 27/11/2026 10:30"))
        #expect(counter.lines.contains("  (guichet-PAR-2026-11-27-103000.sqlite)"))
        #expect(!counter.text.contains("Aucune sauvegarde"))
    }

    @Test func theFilesDueAreListedAndAnonymisedOneThenAll() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        fixture.openProtection("1")
        #expect(counter.app.topScreenTitle == "Fiches à anonymiser")
        for (number, name) in [("PAR-2024-00001", "DUPONT-MÜLLER Hélène"), ("PAR-2024-00002", "MOREAU Jacques"),
                               ("PAR-2024-00003", "LAMBERT Nadia")] {
            let row = counter.lines.first { $0.contains(number) } ?? ""
            #expect(row.contains(name) && row.contains("10/06/2024"), "row of \(number): « \(row) »")
        }
        #expect(!counter.text.contains("GARNIER"), "seen ten days ago: not due")
        #expect(!counter.text.contains("MARTIN"), "enrolled today: not due")
        GoldenScreen.assertMatches(counter.screen, "protection-retention")

        // One: the confirmation says what goes and that it cannot be undone; No keeps the file.
        counter.press(.function(5))
        #expect(counter.app.topScreenTitle == "Anonymiser")
        #expect(counter.text.contains("Anonymiser la fiche PAR-2024-00001"))
        #expect(counter.text.contains("irréversible"))
        GoldenScreen.assertMatches(counter.screen, "protection-anonymise-confirm")
        counter.type("n")
        #expect(try counter.store.beneficiary(id: fixture.old.id).enrolment.anonymisedOn == nil)
        counter.press(.function(5))
        counter.type("o")
        #expect(counter.messageLine == "1 fiche anonymisée.")
        #expect(counter.app.topScreenTitle == "Fiches à anonymiser")
        #expect(!counter.text.contains("PAR-2024-00001") && counter.text.contains("PAR-2024-00002"), "the list is read again")
        #expect(try counter.store.beneficiary(id: fixture.old.id).enrolment.anonymisedOn == counter.today)

        // All: the two left.
        counter.press(.function(6))
        #expect(counter.text.contains("Anonymiser les 2 fiches ?") && counter.text.contains("irréversible"))
        counter.type("o")
        #expect(counter.messageLine == "2 fiches anonymisées.")
        #expect(counter.text.contains("Aucune fiche à anonymiser : toutes ont eu un contact dans les 24 derniers"))
        for file in [fixture.old] + fixture.others {
            #expect(try counter.store.beneficiary(id: file.id).enrolment.anonymisedOn != nil, "\(file.fileNumber.formatted)")
        }
        #expect(try counter.store.beneficiary(id: fixture.seenLately.id).enrolment.anonymisedOn == nil)
        #expect(try counter.store.beneficiary(id: fixture.recent.id).enrolment.anonymisedOn == nil)
        // Journaled by file number, never by name; both chains still verify.
        let events = try fixture.events("protection.anonymise")
        #expect(events.compactMap(\.subject).sorted() == ["PAR-2024-00001", "PAR-2024-00002", "PAR-2024-00003"])
        #expect(events.allSatisfy { !$0.summary.contains("Dupont") && !$0.summary.contains("Moreau") })
        let verification = try counter.store.verifyLedger()
        #expect(verification.isIntact, "\(verification.problems)")
        // With nothing listed, the actions on a row are greyed with the reason.
        counter.press(.function(5))
        #expect(counter.messageLine.contains("Aucune fiche dans la liste"))
    }

    @Test func allWithOneFileLeftNamesItAndCountsInTheSingular() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        _ = try counter.store.anonymise(as: fixture.alice, ids: [fixture.old.id, fixture.others[0].id])
        fixture.openProtection("1")
        counter.press(.function(6))
        #expect(counter.text.contains("Anonymiser la fiche PAR-2024-00003 ?"), "not « les 1 fiches »")
        counter.type("o")
        #expect(counter.messageLine == "1 fiche anonymisée.")
        // French takes the singular for 0 and 1, English for 1 only; the count is grouped.
        #expect(AppText.anonymisedDone.text(.french, 2) == "2 fiches anonymisées.")
        #expect(AppText.anonymisedDone.text(.french, 1_234) == "1\u{202F}234 fiches anonymisées.")
        #expect(AppText.anonymisedDone.text(.english, 1) == "1 file anonymised.")
        #expect(AppText.anonymisedDone.text(.english, 0) == "0 files anonymised.")
    }

    @Test func theOldConnectionEventsArePurgedAfterAConfirmationAndTheChainsStillVerify() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        fixture.openProtection()
        // The four sign-ins of 30 months ago, when the fixture's files were made.
        #expect(counter.text.contains("Événements de connexion de plus de 12 mois : 4"))
        counter.type("3")
        #expect(counter.app.topScreenTitle == "Purger les journaux de connexion")
        #expect(counter.text.contains("d’avant le 27/11/2025 (4) ? C’est irréversible"))
        counter.type("o")
        #expect(counter.messageLine == "Événements de connexion d’avant le 27/11/2025 supprimés : 4.")
        #expect(try fixture.events("protection.purge_logs").count == 1)
        let verification = try counter.store.verifyLedger()
        #expect(verification.isIntact, "\(verification.problems)")
        // Nothing left: said, no confirmation.
        counter.press(.escape, .function(9))
        #expect(counter.text.contains("Événements de connexion de plus de 12 mois : 0"))
        counter.type("3")
        #expect(counter.app.topScreenTitle == "Données personnelles")
        #expect(!counter.messageLine.isEmpty, "the reason is given")
    }

    @Test func anAnonymisedFileIsNoLongerFoundByNameAndTakesNothing() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        _ = try counter.store.anonymise(as: fixture.alice, ids: [fixture.old.id])
        counter.signIn()
        counter.type("1")
        for query in ["dupont", "hélène", "muller", "0612"] {
            counter.press(.ctrl("u"))
            counter.type(query)
            #expect(!counter.text.contains("PAR-2024-00001"), "« \(query) » still finds the file")
        }
        counter.press(.ctrl("u"))
        counter.type("PAR-2024-00001")
        #expect(counter.text.contains("PAR-2024-00001"), "the file number still finds it")
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Fiche")
        #expect(counter.text.contains("PAR-2024-00001  Personne anonymisée"))
        #expect(!counter.text.contains("Dupont") && !counter.text.contains("DUPONT") && !counter.text.contains("Hélène"))
        #expect(!counter.text.contains("06 12 34 56 78") && !counter.text.contains("12/03/1985"))
        let bar = counter.lines.last ?? ""
        #expect(!bar.contains("Modifier") && !bar.contains("Passage"), "no action on an anonymised file: \(bar)")
        counter.press(.function(5))
        #expect(counter.app.topScreenTitle == "Fiche", "F5 records no visit")
        counter.press(.function(4))
        #expect(counter.app.topScreenTitle == "Fiche", "F4 edits nothing")
    }

    @Test func aFileWithoutConsentIsFlaggedOnItsCard() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        counter.signIn()
        counter.type("1")
        counter.type("martin")
        counter.press(.enter)
        let consent = counter.lines.first { $0.contains("Consentement") } ?? ""
        #expect(consent.contains("! non recueilli : demandez-le à la personne et notez-le (F4)"), "« \(consent) »")
        #expect(counter.screen?.styleLines().contains { $0.contains("warning") } == true)

        // When the setting anonymises such files after 72 hours, the card gives the day and time.
        try counter.store.changeSetting(as: fixture.alice, .anonymiseWithoutConsent, to: "on")
        counter.press(.escape, .enter)
        let deadline = counter.lines.first { $0.contains("Consentement") } ?? ""
        #expect(deadline.contains("! non recueilli : fiche anonymisée le 30/11/2026 à 10:30"), "« \(deadline) »")
        // And after them, the file is among those to anonymise, for its missing consent.
        counter.clock.advance(seconds: 73 * 3600)
        counter.press(.escape, .escape)
        counter.type("6")
        counter.press(.function(9))
        #expect(counter.text.contains("Fiches sans consentement : anonymisées 72 heures après leur création"))
        counter.type("1")
        let row = counter.lines.first { $0.contains("PAR-2026-00001") } ?? ""
        #expect(row.contains("MARTIN Paul") && row.contains("consentement"), "« \(row) »")
    }

    @Test func onlyASupervisorOpensDataProtection() throws {
        let fixture = try ProtectionAppFixture()
        let counter = fixture.counter
        for role in [Role.volunteer, .coach] {
            let login = role == .volunteer ? "benoit" : "chloe"
            let password = try counter.addUser(login, role: role)
            counter.signIn(login, password)
            #expect(counter.app.topScreenTitle == "Accueil")
            counter.type("6")
            #expect(counter.app.topScreenTitle == "Accueil", "\(role) stays home")
            #expect(counter.messageLine.contains("responsable"), "\(role): the reason is given: \(counter.messageLine)")
            let actor = try counter.store.authenticate(login: login, password: password)
            #expect(throws: GuichetError.self) { try counter.store.personalData(as: actor, id: fixture.old.id) }
            #expect(throws: GuichetError.self) { try counter.store.retentionCandidates(as: actor) }
            #expect(throws: GuichetError.self) { try counter.store.backUp(as: actor) }
            counter.press(.function(8))
            counter.type("o")
        }
    }
}
