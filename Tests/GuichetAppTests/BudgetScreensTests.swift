import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

/// Telecom budget coaching at the counter (issue 9): a coach enters a session
/// with the keys, the person reads the result, the plan, the history; a
/// volunteer sees the plan only; bad input is said at the field.
@Suite("Budget screens", .serialized)
struct BudgetScreensTests {
    private func coach(_ counter: CounterHarness) throws {
        let password = try counter.addUser("claire", role: .coach)
        counter.signIn("claire", password)
    }

    @Test func aCoachEntersASessionWithTheKeysAndShowsTheResult() throws {
        let counter = try CounterHarness()
        let file = try counter.addBeneficiary("Dupont", "Marie", phone: "06 12 34 56 78")
        try coach(counter)
        counter.type("2")
        #expect(counter.text.contains("Personne n’est encore suivi : F2 pour choisir une fiche"))
        counter.press(.function(2))
        #expect(counter.app.topScreenTitle == "Budget : choisir une fiche")
        counter.type("dupont")
        counter.press(.enter)
        #expect(counter.text.contains("Aucune séance pour l’instant : F2 pour la première"))
        counter.press(.function(2), .function(5))
        // Date and resources: the next appointment, RSA and APL.
        counter.press(.enter)
        counter.type("11/12/2026")
        counter.press(.enter)
        counter.type("607,75")
        for _ in 0..<7 { counter.press(.down) }
        counter.type("242,25")
        #expect(counter.text.contains("Total des ressources : 850,00 € par mois"))
        counter.press(.function(2))
        #expect(counter.text.contains("Séance du 27/11/2026 · ressources : 850,00 € par mois"))
        // The mobile line: a wrong RIO key is said at the RIO, which part.
        counter.press(.function(6), .enter)
        counter.type("SFR")
        counter.press(.enter)
        counter.type("RED 20 Go")
        counter.press(.enter)
        counter.type("45")
        counter.press(.enter)
        counter.type("15/03/2026")
        counter.press(.enter)
        counter.type("14/09/2027")
        counter.press(.enter, .enter)
        counter.type("06 12 34 56 78")
        counter.press(.enter)
        counter.type("01 P EROY4P 4TX")
        counter.press(.function(2))
        #expect(counter.messageLine.hasPrefix("! RIO : la clé « 4TX » ne correspond pas"))
        #expect(counter.text.contains("! RIO"))
        counter.press(.ctrl("u"))
        counter.type("01 P EROY4P 4TR")
        counter.press(.function(2))
        // The box.
        counter.press(.function(6), .right, .right, .enter)
        counter.type("Orange")
        counter.press(.enter, .enter)
        counter.type("30")
        counter.press(.function(2))
        #expect(counter.text.contains("Total par mois : 75,00 €, avec le plan 75,00 € (économie : 0,00 €)"))
        #expect(counter.text.contains("Part des ressources : 8,8 %, avec le plan 8,8 % (repère : 5 %)"))
        // Offers: the social internet for the box, the social mobile for the mobile line.
        counter.press(.function(8))
        #expect(counter.text.contains("Offres ouvertes à la personne (RSA), les moins chères d’abord :"))
        #expect(counter.text.contains("Tarif social internet"))
        counter.press(.down, .enter, .up, .function(8))
        #expect(counter.text.contains("Ligne engagée jusqu’au 14/09/2027."), "the first row keeps the line")
        counter.press(.down)
        // 18 months at 45 €, left after 8: 4 × 45 € + 6 × 45 € / 4 = 247,50 €.
        #expect(counter.text.contains("Partir le 27/11/2026 coûte 247,50 € de frais (engagement jusqu’au 14/09/2027)."))
        #expect(counter.text.contains("L’économie les rembourse le 27/05/2027."), "the 2 € plan saves 43 € a month: 6 months")
        counter.press(.down)
        #expect(counter.text.contains("L’économie les rembourse le 27/07/2027."), "the social tariff saves 35 € a month: 8 months")
        counter.press(.enter)
        #expect(counter.text.contains("Total par mois : 75,00 €, avec le plan 33,00 € (économie : 42,00 €)"))
        #expect(counter.text.contains("Part des ressources : 8,8 %, avec le plan 3,9 % (repère : 5 %)"))
        // A step of the plan, from a template.
        counter.press(.tab, .function(6), .enter)
        #expect(counter.text.contains("Obtenir le RIO : appel gratuit au 3179 depuis la ligne"))
        counter.press(.function(2))
        GoldenScreen.assertMatches(counter.screen, "budget-session")
        #expect(try counter.store.budgetSessions(as: counter.store.authenticate(login: "alice", password: "motdepasse-alice"),
                                                 beneficiaryID: file.id).isEmpty, "nothing is stored before F2")
        counter.press(.function(2))
        #expect(counter.messageLine == "Séance du dossier PAR-2026-00001 enregistrée.")
        GoldenScreen.assertMatches(counter.screen, "budget-result-total")
        counter.press(.right)
        GoldenScreen.assertMatches(counter.screen, "budget-result-share")
        counter.press(.right)
        GoldenScreen.assertMatches(counter.screen, "budget-result-bars")
        counter.press(.right)
        GoldenScreen.assertMatches(counter.screen, "budget-result-saving")
        counter.press(.pageDown)
        #expect(counter.text.contains("Partir le 27/11/2026 coûte 247,50 € de frais"))
        #expect(counter.text.contains("L’économie les rembourse le 27/07/2027."))
        counter.press(.right)
        #expect(counter.messageLine == "! C’est la dernière page")
        #expect(try counter.journalActions().first == "budget.session")
        counter.press(.escape)
        #expect(counter.text.contains("Part des ressources     8,8 % de 850,00 € (repère 5 %)"))
        #expect(counter.text.contains("Prochaine étape, pour le 04/12/2026 (la personne) : Obtenir le RIO"))
    }

    @Test func thePlanChangesStepByStepAndTheHistoryComparesSessions() throws {
        let counter = try CounterHarness()
        let file = try counter.addBeneficiary("Dupont", "Marie")
        let admin = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        var first = try BudgetFixture.session(today: counter.today)
        first.header.day = counter.today.adding(days: -40)
        _ = try counter.store.saveBudgetSession(as: admin, beneficiaryID: file.id, first)
        // The follow-up today: the lines switched, 33 € a month.
        let switched = first.lines.map { planned in
            PlannedLine(line: TelecomLine(kind: planned.line.kind, operatorName: planned.choice!.operatorName, offerName: planned.choice!.name,
                                          monthlyCost: planned.choice!.monthlyPrice, commitment: nil, unpaid: .zero, phone: nil, rio: nil,
                                          notes: ""))
        }
        _ = try counter.store.saveBudgetSession(as: admin, beneficiaryID: file.id,
                                                BudgetSession(header: SessionHeader(day: counter.today, nextAppointment: nil, resources: first.header.resources),
                                                              lines: switched, newSteps: []))
        try coach(counter)
        counter.type("2")
        counter.press(.enter, .function(6))
        GoldenScreen.assertMatches(counter.screen, "budget-plan")
        counter.press(.function(5))
        #expect(counter.messageLine.contains("Étape enregistrée"))
        #expect(counter.lines.contains { $0.contains("Obtenir le RIO") && $0.contains("fait") })
        // Done, the step goes after those to do.
        counter.press(.down, .function(5))
        #expect(counter.messageLine == "! Cette étape est déjà « fait »")
        counter.press(.function(2), .end, .enter)
        counter.type("Appeler le service client")
        counter.press(.function(2))
        #expect(counter.text.contains("Appeler le service client"))
        #expect(try counter.journalActions().prefix(2) == ["budget.plan_step", "budget.plan_step_update"])
        counter.press(.escape, .function(7))
        GoldenScreen.assertMatches(counter.screen, "budget-history")
    }

    @Test func aVolunteerSeesThatAPlanExistsAndItsNextStepWithoutFigures() throws {
        let counter = try CounterHarness()
        let file = try counter.addBeneficiary("Dupont", "Marie")
        try BudgetFixture.save(counter, id: file.id)
        let password = try counter.addUser("bruno", role: .volunteer)
        counter.signIn("bruno", password)
        counter.type("2")
        #expect(counter.messageLine.contains("Réservé au rôle accompagnateur·rice"))
        counter.type("1")
        counter.type("dupont")
        counter.press(.enter)
        #expect(counter.text.contains("Budget télécom : étapes à faire : 2, la prochaine le 04/12/2026 : Obtenir le"))
        counter.press(.function(9))
        GoldenScreen.assertMatches(counter.screen, "budget-volunteer")
        #expect(!counter.text.contains("€") && !counter.text.contains("%"), "no figures")
        counter.press(.function(5))
        #expect(counter.messageLine.contains("Réservé au rôle accompagnateur·rice"))
        #expect(counter.app.topScreenTitle == "Budget de la personne")
    }

    @Test func overdueStepsShowOnTheCardInTheListAndAtHome() throws {
        let counter = try CounterHarness()
        let late = try counter.addBeneficiary("Dupont", "Marie")
        try counter.addBeneficiary("Durand", "Paul")
        try BudgetFixture.save(counter, id: late.id, steps: [
            PlanStep(text: "Obtenir le RIO", due: counter.today.adding(days: -2), who: .person, status: .toDo),
        ])
        counter.signIn()
        func row(_ text: String) -> String? {
            counter.lines.first { $0.contains(text) }?.trimmingCharacters(in: .whitespaces)
        }
        #expect(row("Étapes en retard")?.hasSuffix("Étapes en retard                 1") == true)
        counter.type("1")
        counter.type("du")
        #expect(row("DUPONT Marie")?.hasSuffix("PAR-2026-00001 ! en retard") == true)
        #expect(row("DURAND Paul")?.hasSuffix("active") == true)
        counter.press(.ctrl("f"))
        counter.type("dupont")
        counter.press(.enter)
        #expect(counter.text.contains("! Budget télécom : étapes en retard : 1, depuis le 25/11/2026 : Obtenir le RIO"))
        #expect(counter.text.contains("Séance budget télécom : 2 lignes, 1 étape au plan"))
    }

    @Test func badInputIsSaidAtTheField() throws {
        let counter = try CounterHarness()
        let file = try counter.addBeneficiary("Dupont", "Marie")
        counter.signIn()
        counter.app.show(BudgetFileScreen(id: file.id))
        counter.press(.function(2), .function(5), .enter, .enter)
        counter.type("12000")
        counter.press(.enter)
        #expect(counter.messageLine == "! RSA : 12\u{202F}000,00 € par mois n’est pas vraisemblable (10\u{202F}000,00 € au plus) ; vérifiez la virgule")
        counter.press(.up, .ctrl("u"))
        counter.type("-5")
        counter.press(.function(2))
        #expect(counter.messageLine.hasPrefix("! RSA : un montant ne peut pas être négatif"))
        counter.press(.ctrl("u"), .escape, .character("o"))
        counter.press(.function(6), .enter)
        counter.type("SFR")
        counter.press(.enter, .enter)
        counter.type("20")
        counter.press(.enter)
        counter.type("15/03/2026")
        counter.press(.enter)
        counter.type("01/03/2026")
        counter.press(.function(2))
        #expect(counter.messageLine == "! Fin d’engagement : le 01/03/2026 n’est pas après le début (15/03/2026) ; vérifiez les deux dates")
        #expect(counter.text.contains("! Fin d’engagement"))
        counter.press(.ctrl("u"))
        counter.press(.function(2))
        #expect(counter.messageLine.hasPrefix("! Fin d’engagement : la date de fin attendue"))
        counter.press(.escape, .character("o"))
        // No resources: the share is « non calculable », never a division by zero.
        #expect(counter.text.contains("Part des ressources : non calculable (ressources non renseignées)"))
        counter.press(.function(6), .enter)
        counter.type("SFR")
        counter.press(.enter, .enter)
        counter.type("20")
        counter.press(.function(2), .function(2), .right)
        #expect(counter.text.contains("Part non calculable : les ressources ne sont pas renseignées."))
    }

    @Test func printingFromTheScreenWritesAPrivateFileAndJournalsIt() throws {
        let counter = try CounterHarness()
        let file = try counter.addBeneficiary("Dupont", "Marie")
        try BudgetFixture.save(counter, id: file.id)
        counter.signIn()
        counter.app.show(BudgetFileScreen(id: file.id))
        counter.press(.function(8))
        let path = counter.folder.appendingPathComponent("impressions/budget-PAR-2026-00001-1.txt").path
        #expect(counter.messageLine == "Pas d’imprimante par défaut : résumé écrit dans " + path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("DUPONT") && text.contains("8,8"))
        #expect(try counter.journalActions().first == "budget.print")
    }

    @Test func supervisorsKeepTheOfferCatalogFromAdministration() throws {
        let counter = try CounterHarness()
        counter.signIn()
        counter.type("6")
        counter.press(.function(8))
        #expect(counter.app.topScreenTitle == "Catalogues")
        counter.type("2")
        #expect(counter.app.topScreenTitle == "Catalogue des offres")
        func examples() -> Int { counter.lines.filter { $0.trimmingCharacters(in: .whitespaces).hasSuffix("exemple") }.count }
        #expect(examples() == 4)
        GoldenScreen.assertMatches(counter.screen, "budget-offer-catalog")
        counter.press(.down, .down, .enter)
        for _ in 0..<3 { counter.press(.enter) }
        counter.press(.ctrl("u"))
        counter.type("1,99")
        counter.press(.function(2))
        #expect(counter.messageLine == "Offre « Forfait 2 € » enregistrée.")
        #expect(examples() == 3)
        counter.press(.function(6))
        counter.type("o")
        #expect(counter.messageLine == "Offre « Forfait 2 € » retirée.")
        #expect(counter.lines.first { $0.contains("Forfait 2 €") }?.trimmingCharacters(in: .whitespaces).hasSuffix("retirée") == true)
        #expect(try counter.journalActions().prefix(2) == ["budget.offer_retire", "budget.offer_update"])
    }

    /// Issue 9 item 4: a supervisor edits the plan's step templates in Administration →
    /// Catalogues; a coach's session then proposes them as edited, the retired one no more.
    @Test func aSupervisorEditsTheStepTemplatesAndACoachGetsThemInASession() throws {
        let counter = try CounterHarness()
        let file = try counter.addBeneficiary("Dupont", "Marie")
        let password = try counter.addUser("claire", role: .coach)
        counter.signIn()
        counter.type("6")
        counter.press(.function(8))
        counter.type("4")
        #expect(counter.app.topScreenTitle == "Modèles d’étapes du plan")
        GoldenScreen.assertMatches(counter.screen, "budget-step-templates")
        // The first template: its text and its delay.
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Modifier le modèle d’étape")
        counter.press(.ctrl("u"))
        counter.type("Obtenir le RIO : appeler le 3179 (gratuit) depuis la ligne à changer")
        counter.press(.enter, .enter)
        counter.press(.ctrl("u"))
        counter.type("400")
        counter.press(.function(2))
        #expect(counter.messageLine == "! Délai (jours) : un nombre entier de 0 à 365 attendu (0 : le jour même), par ex. 14")
        GoldenScreen.assertMatches(counter.screen, "budget-step-template-form")
        counter.press(.ctrl("u"))
        counter.type("3")
        counter.press(.function(2))
        #expect(counter.messageLine == "Modèle d’étape enregistré.")
        #expect(counter.lines.first { $0.contains("Obtenir le RIO : appeler") }?.contains("dans 3 jours") == true)
        // The fifth one retired after the question; the third one moved up to first place.
        for _ in 0..<4 { counter.press(.down) }
        counter.press(.function(6))
        #expect(counter.text.contains("Retirer « Faire débloquer le téléphone par l’opérateur"))
        counter.type("o")
        #expect(counter.messageLine == "Modèle retiré : les séances ne le proposent plus.")
        #expect(counter.lines.first { $0.contains("Faire débloquer") }?.trimmingCharacters(in: .whitespaces).hasSuffix("retiré") == true)
        counter.press(.up, .up, .function(7), .function(7))
        #expect(counter.lines.first { $0.contains("Choisir la nouvelle offre") }?.hasPrefix(" 1 ") == true)
        counter.press(.function(7))
        #expect(counter.messageLine == "! Ce modèle est déjà en tête de liste")
        #expect(try counter.journalActions().prefix(4) == ["budget.template_move", "budget.template_move", "budget.template_retire",
                                                          "budget.template_edit"])
        // A coach's session: the templates as edited, in their order, without the retired one.
        counter.press(.escape, .escape, .escape, .function(8))
        counter.type("o")
        counter.signIn("claire", password)
        counter.type("2")
        counter.press(.function(2))
        counter.type("dupont")
        counter.press(.enter, .function(2), .tab, .function(6))
        #expect(counter.app.topScreenTitle == "Nouvelle étape")
        #expect(counter.lines[5].hasPrefix(" Choisir la nouvelle offre"), "the templates in the supervisor's order")
        #expect(!counter.text.contains("Faire débloquer"))
        counter.press(.down)
        #expect(counter.text.contains("\n Obtenir le RIO : appeler le 3179 (gratuit) depuis la ligne à changer\n"), "the whole text, below")
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Étape du plan")
        #expect(counter.text.contains("30/11/2026"), "the session's day, 27/11, and 3 days")
        counter.press(.function(2), .function(2))
        #expect(counter.messageLine == "Séance du dossier PAR-2026-00001 enregistrée.")
        let admin = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        let plan = try counter.store.budgetPlan(as: admin, beneficiaryID: file.id)
        #expect(plan.map(\.step) == [PlanStep(text: "Obtenir le RIO : appeler le 3179 (gratuit) depuis la ligne à changer",
                                              due: CalendarDay(year: 2026, month: 11, day: 30)!, who: .person, status: .toDo)])
    }

    @Test func withEveryTemplateRetiredThePlanOffersTheFreeStepAndSaysWhy() throws {
        let counter = try CounterHarness()
        let file = try counter.addBeneficiary("Dupont", "Marie")
        try BudgetFixture.save(counter, id: file.id)
        let admin = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        for template in try counter.store.stepTemplates() {
            _ = try counter.store.setStepTemplateRetired(as: admin, id: template.id!, retired: true)
        }
        try coach(counter)
        counter.type("2")
        counter.press(.enter, .function(6), .function(2))
        #expect(counter.app.topScreenTitle == "Nouvelle étape")
        #expect(counter.text.contains("Aucun modèle en service : un compte responsable les tient dans les catalogues\n"))
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Étape du plan")
        #expect(counter.text.contains("04/12/2026"), "a free step is due in a week")
    }

    @Test func theResultReadsInASCIIWithoutColours() throws {
        let counter = try CounterHarness()
        let file = try counter.addBeneficiary("Dupont", "Marie")
        let record = try BudgetFixture.save(counter, id: file.id)
        let admin = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        var context = AppContext(language: .french, clock: counter.clock, glyphs: .ascii, site: try counter.store.site(), actor: admin,
                                 themeNames: [])
        context.screenSize = Size(width: 80, height: 24)
        var screen = BudgetResultScreen(person: BudgetPerson(file), record: record)
        func page() -> [String] {
            var buffer = Buffer(size: Size(width: 80, height: 24))
            _ = screen.render(into: &buffer, area: ScreenChrome.contentArea(of: buffer.size), context: context)
            #expect(buffer.cuts == 0 && buffer.overflows == 0)
            return buffer.lines()
        }
        // The total in seven segments: « 75,00 ».
        #expect(page().contains { $0.contains(" _   _     _   _") } && page().contains { $0.contains("  | |_    | | | |") })
        _ = screen.perform(.next, context: context)
        let share = page()
        #expect(share.contains { $0.contains("########|") && $0.hasSuffix("8,8 %") }, "the bar, the mark, the figure")
        #expect(share.contains { $0.contains("^ repère : 5 %, la moyenne en France") })
        _ = screen.perform(.next, context: context)
        #expect(page().contains { $0.contains("avant ####") && $0.hasSuffix("45,00 €") })
        // Without colours, the words say which bar is which.
        #expect(page().contains { $0.contains("après ####") && $0.hasSuffix("10,00 €") })
    }

    @Test func thePrintedPageIsAGoldenText() throws {
        let counter = try CounterHarness()
        let file = try counter.addBeneficiary("Dupont-Müller", "Hélène")
        let record = try BudgetFixture.save(counter, id: file.id)
        try BudgetFixture.save(counter, id: counter.addBeneficiary("Petit", "Léa").id)
        let plan = [
            PlanStep(text: DefaultStepTemplate.getRIO.text.french, due: counter.today.adding(days: 7), who: .person, status: .toDo),
            PlanStep(text: DefaultStepTemplate.subscribeWithPorting.text.french, due: counter.today.adding(days: 14), who: .person, status: .toDo),
            PlanStep(text: DefaultStepTemplate.spendingAlert.text.french, due: counter.today, who: .counter, status: .done),
        ]
        let page = BudgetPrintPage(person: BudgetPerson(file), record: record, plan: plan, siteName: "Paris 19e", language: .french)
        #expect(page.lines.allSatisfy { TextWidth.of($0) <= 80 })
        #expect(!page.text.contains("PETIT") && !page.text.contains("Léa") && !page.text.contains("PAR-2026-00002"),
                "nobody else's data: only the person, the site and the coach")
        GoldenText.assertMatches(page.text, "budget-summary")
        let latin = BudgetPrintPage(person: BudgetPerson(file), record: record, plan: plan, siteName: "Paris 19e", language: .french,
                                    encoding: .latin1)
        let bytes = latin.bytes
        #expect(String(bytes: bytes, encoding: .isoLatin1)?.contains("45,00 EUR") == true)
        #expect(String(bytes: bytes, encoding: .isoLatin1)?.contains("DUPONT-MÜLLER") == true)
        #expect(latin.lines.allSatisfy { TextWidth.of($0) <= 80 })
        #expect(PrintEncoding.latin1.printable("Nguyễn Œ → 10 €") == "Nguyên OE -> 10 EUR")
        #expect(PrintEncoding.latin1.printable("Małgorzata Đorđević Şahin 漢") == "Malgorzata Dordevic Sahin ?")
    }
}
