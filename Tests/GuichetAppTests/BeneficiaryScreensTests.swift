@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

@Suite("Beneficiary screens")
struct BeneficiaryScreensTests {
    private func openList(_ counter: CounterHarness) {
        counter.signIn()
        counter.type("1")
    }

    @Test func theListSearchesAtEveryKeystroke() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Dupont-Müller", "Hélène", birth: "12/03/1985", phone: "06 12 34 56 78")
        try counter.addBeneficiary("N’Diaye", "Aminata", birth: "01/07/1990")
        try counter.addBeneficiary("Martin", "Jean-Pierre", phone: "07 58 12 34 56",
                                   enrolledOn: CalendarDay(year: 2025, month: 1, day: 10))
        openList(counter)
        GoldenScreen.assertMatches(counter.screen, "beneficiary-list-recent")
        counter.type("helene mu")
        #expect(counter.text.contains("DUPONT-MÜLLER Hélène"))
        #expect(!counter.text.contains("N’DIAYE"))
        GoldenScreen.assertMatches(counter.screen, "beneficiary-list-search")
        counter.press(.function(3))
        counter.type("ndiaye")
        #expect(counter.text.contains("N’DIAYE Aminata"))
        counter.press(.ctrl("f"))
        counter.type("jean pierre")
        #expect(counter.text.contains("MARTIN Jean-Pierre"))
        #expect(counter.text.contains("! expirée"), "an expired file is flagged in the list")
        counter.press(.ctrl("f"))
        counter.type("0758")
        #expect(counter.text.contains("MARTIN Jean-Pierre"))
    }

    /// While keys come, a name that finds nothing costs no search of the closest files; the
    /// run loop looks for them once the keyboard is quiet (`CounterApp.idleDelayMilliseconds`).
    @Test func theClosestFilesWaitForTheKeyboardToBeQuiet() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Müller", "Thomas")
        openList(counter)
        counter.backend.type("muler")
        while let key = counter.backend.readKey(timeoutMilliseconds: 0) { counter.app.handle(key) }
        counter.app.render()
        #expect(counter.text.contains("Rien pour « muler » ; recherche des plus proches…"))
        #expect(!counter.text.contains("MÜLLER Thomas"))
        counter.app.runIdleWork()
        counter.app.render()
        #expect(counter.text.contains("Aucune fiche « muler ». Fiches proches :"))
        #expect(counter.text.contains("MÜLLER Thomas"))
        // A letter more: looked for again at the next pause, not at the key.
        counter.app.handle(.character("r"))
        counter.app.render()
        #expect(counter.text.contains("Rien pour « mulerr » ; recherche des plus proches…"))
    }

    @Test func aMisspelledNameShowsTheClosestFiles() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Müller", "Thomas")
        try counter.addBeneficiary("Martin", "Paul")
        openList(counter)
        counter.type("muler")
        #expect(counter.text.contains("Aucune fiche « muler ». Fiches proches :"))
        #expect(counter.text.contains("MÜLLER Thomas"))
        #expect(!counter.text.contains("MARTIN Paul"))
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Fiche")
        counter.press(.escape, .ctrl("f"))
        counter.type("zzzz")
        #expect(counter.text.contains("Aucune fiche ne correspond : F2 pour en créer une"))
    }

    @Test func enterOpensTheCardWithItsTimeline() throws {
        let counter = try CounterHarness()
        let record = try counter.addBeneficiary("Dupont-Müller", "Hélène", birth: "12/03/1985", phone: "06 12 34 56 78",
                                                housing: "homeless")
        openList(counter)
        counter.type("dupont")
        counter.press(.enter)
        #expect(counter.text.contains(record.fileNumber.formatted))
        GoldenScreen.assertMatches(counter.screen, "beneficiary-card")
    }

    @Test func theCardShowsConsentNotesAndHistoryWhole() throws {
        let counter = try CounterHarness()
        let record = try counter.addBeneficiary("Dupont", "Marie", birth: "12/03/1985")
        let admin = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        var draft = BeneficiaryDraft(record.beneficiary)
        draft.consentDate = "20/11/2026"
        draft.consentRecordedBy = "Marie-Christine Delacroix-Lefèvre"
        draft.notes = String(repeating: "Suivi régulier, démarches en cours auprès de l’opérateur. ", count: 4)
        _ = try counter.store.updateBeneficiary(as: admin, id: record.id, draft.validated(today: counter.today))
        try counter.store.recordVisit(as: admin, beneficiaryID: record.id, reasons: [.recharge, .budget],
                                      note: "carte SFR 10 €, explication du forfait et de la messagerie vocale, rendez-vous pris")
        openList(counter)
        counter.type("dupont")
        counter.press(.enter)
        #expect(counter.text.contains("recueilli le 20/11/2026 par Marie-Christine Delacroix-Lefèvre"))
        #expect(counter.text.contains("(suite : F4)"))
        #expect(counter.text.contains("27/11/2026 10:30 alice      Passage : recharge, budget — carte SFR 10 €"))
        GoldenScreen.assertMatches(counter.screen, "beneficiary-card-long")
    }

    @Test func recordsAVisitFromTheCard() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Dupont", "Marie")
        openList(counter)
        counter.type("marie")
        counter.press(.enter, .function(5))
        counter.press(.function(2))
        #expect(counter.messageLine.contains("au moins un motif attendu"))
        counter.type(" ")
        counter.press(.down)
        counter.type(" ")
        counter.press(.tab)
        counter.type("carte SFR 10 €")
        GoldenScreen.assertMatches(counter.screen, "visit-form")
        counter.press(.function(2))
        #expect(counter.messageLine.contains("Passage enregistré"))
        #expect(counter.text.contains("Passage : recharge, budget — carte SFR 10 €"))
        #expect(try counter.journalActions().first == "visit.record")
    }

    @Test func anAnonymousVisitIsInformationOnly() throws {
        let counter = try CounterHarness()
        openList(counter)
        counter.press(.function(5))
        #expect(counter.text.contains("[x] information"))
        counter.type(" ")
        #expect(counter.messageLine.contains("information"))
        counter.press(.function(2))
        #expect(counter.messageLine.contains("Passage enregistré"))
        counter.press(.escape)
        #expect(counter.text.contains("Passages"))
        #expect(counter.lines.contains { $0.contains("Passages") && $0.contains("1") })
    }

    @Test func createsAFileThroughTheFormWithChecksOnTheWay() throws {
        let counter = try CounterHarness()
        openList(counter)
        counter.type("dupont-müller hélène")
        counter.press(.function(2))
        GoldenScreen.assertMatches(counter.screen, "beneficiary-form-new")
        counter.press(.enter, .enter)
        counter.type("31/02/1985")
        counter.press(.enter)
        #expect(counter.messageLine.hasPrefix("! "), "an impossible date is refused when the field is left")
        counter.press(.up, .ctrl("u"))
        counter.type("12031985")
        counter.press(.enter)
        counter.type("06 12 34 56")
        counter.press(.function(2))
        #expect(counter.messageLine.hasPrefix("! Numéro de téléphone : 10 chiffres attendus"))
        #expect(try counter.store.searchBeneficiaries("").isEmpty, "nothing invalid is stored")
        counter.press(.ctrl("u"))
        counter.type("+33 06 12 34 56 78")
        counter.press(.function(2))
        #expect(counter.messageLine.contains("créée"))
        #expect(counter.text.contains("DUPONT-MÜLLER Hélène"))
        #expect(counter.text.contains("06 12 34 56 78"))
        let journal = try counter.store.journal(on: counter.today)
        let created = try #require(journal.first { $0.action == "beneficiary.create" })
        #expect(!created.summary.contains("Hélène") && !created.summary.contains("Dupont"))
    }

    @Test func theDuplicateGuardShowsLikelyDuplicatesBeforeCreating() throws {
        let counter = try CounterHarness()
        let existing = try counter.addBeneficiary("Dupont", "Marie", birth: "12/03/1985")
        openList(counter)
        counter.press(.function(2))
        counter.type("Dupond")
        counter.press(.enter)
        counter.type("Marie")
        counter.press(.enter)
        counter.type("12/03/1985")
        counter.press(.function(2))
        GoldenScreen.assertMatches(counter.screen, "beneficiary-duplicates")
        counter.press(.enter)
        #expect(counter.text.contains(existing.fileNumber.formatted), "Enter opens the existing file")
        #expect(try counter.store.searchBeneficiaries("marie").count == 1)

        counter.press(.escape)
        counter.press(.function(2))
        counter.type("Dupond")
        counter.press(.enter)
        counter.type("Marie")
        counter.press(.enter)
        counter.type("12/03/1985")
        counter.press(.function(2), .function(2))
        #expect(counter.messageLine.contains("créée"))
        #expect(try counter.store.searchBeneficiaries("marie").count == 2)
        #expect(try counter.journalActions().contains("beneficiary.duplicate_confirmed"))
    }

    @Test func anExpiredFileOffersRenewal() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Martin", "Paul", enrolledOn: CalendarDay(year: 2025, month: 1, day: 10))
        openList(counter)
        counter.type("martin")
        counter.press(.enter)
        #expect(counter.text.contains("! Inscription expirée depuis le 09/10/2025 — F6 pour renouveler"))
        counter.press(.function(6))
        counter.type("o")
        #expect(counter.messageLine.contains("renouvelée jusqu’au"))
        #expect(counter.text.contains("Inscription active jusqu’au"))
        counter.press(.function(6))
        #expect(counter.messageLine.contains("Inscription déjà renouvelée une fois"))
    }

    @Test func aVolunteerCannotCloseAFile() throws {
        let counter = try CounterHarness()
        let password = try counter.addUser("bruno", role: .volunteer)
        try counter.addBeneficiary("Martin", "Paul")
        counter.signIn("bruno", password)
        counter.type("1")
        counter.type("martin")
        counter.press(.enter, .function(7))
        #expect(counter.messageLine.contains("Réservé au rôle responsable"))
        #expect(!counter.text.contains("Clôturer définitivement"))
    }

    @Test func editingKeepsTheFileNumberAndJournalsTheChangedFields() throws {
        let counter = try CounterHarness()
        let record = try counter.addBeneficiary("Martin", "Paul")
        openList(counter)
        counter.type("martin")
        counter.press(.enter, .function(4))
        counter.press(.enter, .enter, .enter)
        counter.type("0612345678")
        counter.press(.function(2))
        #expect(counter.messageLine.contains("Fiche \(record.fileNumber.formatted) enregistrée"))
        #expect(counter.text.contains("06 12 34 56 78"))
        let update = try #require(try counter.store.journal(on: counter.today).first { $0.action == "beneficiary.update" })
        #expect(update.subject == record.fileNumber.formatted)
        #expect(update.summary.contains("phone"))
    }
}

@Suite("Beneficiary list scrolling")
struct BeneficiaryListScrollingTests {
    @Test func endShowsTheLastRowsAndEnterOpensTheLastOne() throws {
        let counter = try CounterHarness()
        let firstNames = ["Anne", "Bruno", "Chloé", "David", "Élise", "Fanny", "Gaël", "Hugo", "Inès", "Jules", "Karim", "Léa",
                          "Malik", "Noé", "Océane", "Paul", "Quentin", "Rose", "Sami", "Théo", "Ugo", "Véra", "William", "Xavier",
                          "Yasmine", "Zoé", "Adèle", "Basile", "Céline", "Denis"]
        for firstName in firstNames { try counter.addBeneficiary("Martin", firstName) }
        counter.signIn()
        counter.type("1")
        counter.type("martin")
        // A screenful (16 rows at 80×24) is fetched at each keystroke.
        #expect(counter.text.contains("Au moins 16 résultats"))
        counter.press(.end)
        #expect(counter.text.contains("30 résultats"))
        let last = try #require(try counter.store.searchBeneficiaries("martin").last)
        #expect(counter.text.contains(last.firstName))
        counter.press(.enter)
        #expect(counter.text.contains(last.fileNumber.formatted + "  MARTIN " + last.firstName))
    }

    /// The list searched for « martin » among 40 Martins: a screenful (16 rows at 80×24) shown.
    private func listOfFortyMartins() throws -> CounterHarness {
        let counter = try CounterHarness()
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for index in 0..<40 { try counter.addBeneficiary("Martin", "Jean" + String(letters[index % 26]) + String(letters[index / 26])) }
        counter.signIn()
        counter.type("1")
        counter.type("martin")
        #expect(counter.text.contains("Au moins 16 résultats"))
        return counter
    }

    @Test func aTallerWindowFetchesItsScreenful() throws {
        let counter = try listOfFortyMartins()
        counter.backend.resize(to: Size(width: 80, height: 40))
        counter.press()
        // 40 lines: 36 for the content, 4 for the search field and the header row.
        #expect(counter.text.contains("Au moins 32 résultats"))
    }

    @Test func fetchingMoreKeepsTheSelectionOnItsFile() throws {
        let counter = try CounterHarness()
        // Whole-name matches come first: 20 « Martin Jean » then 3 « Jean Martin » swapped.
        for _ in 0..<20 { try counter.addBeneficiary("Martin", "Jean") }
        for _ in 0..<3 { try counter.addBeneficiary("Jean", "Martin") }
        counter.signIn()
        counter.type("1")
        counter.type("martin jean")
        let shown = try counter.store.searchBeneficiaries("martin jean", limit: 16)
        for _ in 0..<15 { counter.press(.down) }
        let all = try counter.store.searchBeneficiaries("martin jean", limit: 100)
        #expect(counter.text.contains("23 résultats"))
        counter.press(.enter)
        #expect(counter.text.contains(shown[15].fileNumber.formatted))
        #expect(all.prefix(16).map(\.id) == shown.map(\.id))
    }

    @Test func movingTheCursorInTheFieldDoesNotSearchAgain() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Martin", "Anne")
        counter.signIn()
        counter.type("1")
        counter.type("martin")
        #expect(counter.text.contains("1 résultat"))
        try counter.addBeneficiary("Martin", "Bruno")
        counter.press(.left)
        counter.press(.home)
        #expect(counter.text.contains("1 résultat"))
        counter.press(.end)
        counter.type("e")
        counter.press(.backspace)
        #expect(counter.text.contains("2 résultats"))
    }

    @Test func goingDownPastTheLastRowFetchedFetchesTheNextScreenful() throws {
        let counter = try listOfFortyMartins()
        let all = try counter.store.searchBeneficiaries("martin", limit: 100)
        for _ in 0..<15 { counter.press(.down) }
        #expect(counter.text.contains("Au moins 32 résultats"))
        for _ in 0..<16 { counter.press(.down) }
        #expect(counter.text.contains("40 résultats"))
        counter.press(.end)
        counter.press(.enter)
        #expect(counter.text.contains(all[39].fileNumber.formatted + "  MARTIN " + all[39].firstName))
        // Typing starts again from a screenful.
        counter.press(.escape)
        #expect(counter.text.contains("40 résultats"))
        counter.press(.backspace)
        #expect(counter.text.contains("Au moins 16 résultats"))
    }
}

@Suite("Beneficiary list after an edit")
struct BeneficiaryListRefreshTests {
    @Test func theListShowsTheEditedPhoneWhenComingBack() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Martin", "Paul")
        counter.signIn()
        counter.type("1")
        counter.type("martin")
        counter.press(.enter, .function(4))
        counter.press(.enter, .enter, .enter)
        counter.type("0612345678")
        counter.press(.function(2), .escape)
        #expect(counter.text.contains("Chercher : martin"))
        #expect(counter.lines.contains { $0.contains("MARTIN Paul") && $0.contains("06 12 34 56 78") })
    }
}

@Suite("Closing a file")
struct BeneficiaryCloseTests {
    @Test func aSupervisorClosesWithAReasonAndCanReopen() throws {
        let counter = try CounterHarness()
        let record = try counter.addBeneficiary("Martin", "Paul")
        counter.signIn()
        counter.type("1")
        counter.type("martin")
        counter.press(.enter, .function(7))
        #expect(counter.text.contains("Une personne responsable pourra la rouvrir."))
        #expect(counter.text.contains("Motif"))
        counter.press(.right)               // « déménagement »
        GoldenScreen.assertMatches(counter.screen, "beneficiary-close")
        counter.press(.function(2))
        #expect(counter.messageLine.contains("Inscription du dossier \(record.fileNumber.formatted) clôturée."))
        #expect(counter.text.contains("Inscription clôturée le 27/11/2026 — déménagement"))
        #expect(counter.lines.last?.contains("7Rouvrir") == true)
        #expect(try counter.journalActions().first == "beneficiary.close")
        counter.press(.function(7))
        #expect(counter.text.contains("Rouvrir l’inscription du dossier \(record.fileNumber.formatted) ?"))
        counter.type("o")
        #expect(counter.messageLine == "Inscription du dossier \(record.fileNumber.formatted) rouverte.")
        #expect(counter.text.contains("Inscription active jusqu’au"))
        #expect(counter.text.contains("Inscription rouverte"))
        #expect(counter.text.contains("Inscription clôturée — déménagement"))
        #expect(try counter.journalActions().prefix(2) == ["beneficiary.reopen", "beneficiary.close"])
    }

    @Test func aFreshFileIsNotRenewedAndTheCardSaysWhen() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Martin", "Paul")
        counter.signIn()
        counter.type("1")
        counter.type("martin")
        counter.press(.enter, .function(6))
        #expect(counter.messageLine == "! Renouvellement possible à partir du 28/07/2027 (30 jours avant la fin de l’inscription) : il n’y en a qu’un.")
        #expect(try counter.journalActions().first != "beneficiary.renew")
    }

    @Test func signingOutAsksFirst() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.press(.ctrl("l"))
        #expect(counter.text.contains("Fermer votre session ?"))
        counter.type("n")
        #expect(counter.app.topScreenTitle == "Accueil")
        counter.press(.function(8))
        counter.type("o")
        #expect(counter.app.topScreenTitle == "Connexion")
        #expect(try counter.journalActions().first == "auth.logout")
    }
}

@Suite("Beneficiary form messages")
struct BeneficiaryFormMessagesTests {
    @Test func aPasteLongerThanTheFieldIsSaidNotDroppedSilently() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("1")
        counter.press(.function(2))
        counter.type(String(repeating: "a", count: 85))
        #expect(counter.messageLine == "! Nom : 80 caractères au plus — la suite n’a pas été prise")
    }

    @Test func savingWithoutConsentWarnsAndTheCardSaysSo() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("1")
        counter.type("Martin Paul")
        counter.press(.function(2), .function(2))
        #expect(counter.messageLine.hasPrefix("! Fiche PAR-2026-00001 créée. Consentement non recueilli : demandez-le à la personne, puis F4"))
        #expect(counter.text.contains("! non recueilli : demandez-le à la personne et notez-le (F4)"))
    }

    @Test func aDayThatDoesNotExistIsSaidSo() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("1")
        counter.press(.function(2))
        counter.type("Martin")
        counter.press(.enter)
        counter.type("Paul")
        counter.press(.enter)
        counter.type("31/02/2020")
        counter.press(.enter)
        #expect(counter.messageLine == "! Date de naissance : le 31/02/2020 n’existe pas (février 2020 a 29 jours)")
    }
}
