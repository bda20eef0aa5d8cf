import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal

/// Every screen of the counter, in the states that change its action table,
/// for each role: what `ActionTableTests` walks. A new screen is added here.
struct ScreenCatalog {
    struct Entry {
        let name: String
        let screen: any Screen
        let context: AppContext
    }

    /// The screens over the harness's database (a file of each kind of enrolment), loaded.
    static func entries(_ counter: CounterHarness, language: Language = .french, site: SiteInfo? = nil,
                        displayName: String? = nil) throws -> [Entry] {
        let active = try counter.addBeneficiary("Dupont", "Marie", birth: "12/03/1985")
        let expired = try counter.addBeneficiary("Martin", "Paul", enrolledOn: CalendarDay(year: 2025, month: 1, day: 10))
        let admin = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        let closed = try counter.store.closeEnrolment(as: admin, id: try counter.addBeneficiary("Petit", "Léa").id, on: counter.today,
                                                       reason: .movedAway)
        let user = try counter.store.users(as: admin)[0]
        // A file with everything long: consent kept, notes, a long remark on a visit.
        var draft = BeneficiaryDraft(active.beneficiary)
        draft.consentDate = "20/11/2026"
        draft.consentRecordedBy = "Marie-Christine Delacroix-Lefèvre"
        draft.notes = String(repeating: "Suivi régulier, démarches en cours auprès de l’opérateur. ", count: 8)
        draft.referralStructureName = "Centre communal d’action sociale de Saint-Denis, antenne Basilique"
        let full = try counter.store.updateBeneficiary(as: admin, id: active.id, draft.validated(today: counter.today))
        try counter.store.recordVisit(as: admin, beneficiaryID: active.id, reasons: [.recharge, .budget, .hotspot],
                                      note: String(repeating: "carte SFR 10 €, explication du forfait ", count: 4))
        // Recharges: stock received, today's cash box opened, one sale.
        let products = try counter.store.rechargeProducts()
        let sfr = products.first { $0.code == "EX-SFR-10" }!
        try counter.store.recordStockMovement(as: admin, productID: sfr.id, kind: .reception, delta: 30, note: "Don")
        try counter.store.openCashBox(as: admin, typedFloat: Money(cents: 50_00))
        let sold = try counter.store.sellRecharge(
            as: admin, beneficiaryID: active.id, productID: sfr.id,
            sale: SaleRule.validated(product: sfr, quantity: "2", unitPrice: "5", payment: .cash, reason: ""))
        let saleEntry = try counter.store.searchLedger(sold.receipt, limit: 1)[0].entry
        let report = try counter.store.cashReport(on: counter.today)
        let example = products.first { $0.isExample }!
        // Budget coaching: the example for the active file, one step of it overdue, the catalog.
        let budget = try BudgetFixture.save(counter, id: active.id, steps: [
            PlanStep(text: DefaultStepTemplate.getRIO.text.french, due: counter.today.adding(days: -3), who: .person, status: .toDo),
            PlanStep(text: String(repeating: "Faire le point sur les factures et les relances de l’opérateur, ", count: 3),
                     due: counter.today.adding(days: 14), who: .counter, status: .toDo),
        ])
        let person = BudgetPerson(full)
        let offers = try counter.store.budgetOffers()
        // The step templates: the last one retired.
        let templates = try counter.store.stepTemplates()
        _ = try counter.store.setStepTemplateRetired(as: admin, id: templates[6].id!, retired: true)
        // 3G keys: two keys, one lent (its deposit through the open cash box) to a person without housing, another person
        // who may borrow one.
        let keys = try HotspotAppFixture.addKeys(counter, admin)
        let borrower = try counter.addBeneficiary("N’Diaye", "Aminata-Grâce", phone: "06 98 76 54 32", housing: "homeless")
        let another = try counter.addBeneficiary("Lefèvre-Delacroix", "Jean-Baptiste", housing: "emergency_shelter")
        let keyLoan = try counter.store.lendHotspot(as: admin, beneficiaryID: borrower.id, loan: ValidLoan(
            deviceID: keys[0].id, kind: .loan, dueOn: counter.today.adding(days: 30), accessories: [.charger, .cable]))
        // Data protection: a file last seen 30 months ago (due for anonymisation), another already anonymised.
        counter.clock.advance(seconds: -ProtectionAppFixture.longAgo)
        let due = try counter.addBeneficiary("Lefèvre-Delacroix", "Marie-Christine", birth: "01/02/1950")
        let gone = try counter.addBeneficiary("Moreau", "Jacques")
        try counter.store.recordVisit(as: admin, beneficiaryID: due.id, reasons: [.information], note: "")
        counter.clock.advance(seconds: ProtectionAppFixture.longAgo)
        _ = try counter.store.anonymise(as: admin, ids: [gone.id])
        var entries: [Entry] = []
        for role in Role.allCases {
            let actor = Actor(userID: admin.userID, login: admin.login, displayName: displayName ?? admin.displayName, role: role,
                              siteCode: admin.siteCode)
            var context = AppContext(language: language, clock: counter.clock, glyphs: .unicode,
                                     site: try site ?? counter.store.site(), actor: actor, themeNames: ["classique", "monochrome"])
            context.screenSize = Size(width: 80, height: 24)
            var visitOnNote = VisitScreen(beneficiary: active)
            _ = visitOnNote.perform(.switchField, context: context)
            var userFormOnRole = UserFormScreen()
            _ = userFormOnRole.perform(.nextField, context: context)
            _ = userFormOnRole.perform(.nextField, context: context)
            var sessionOnSteps = BudgetSessionScreen(person: person, previous: budget, fileResources: .none, today: counter.today)
            _ = sessionOnSteps.perform(.switchSection, context: context)
            var journalSummary = JournalScreen(day: counter.today)
            _ = journalSummary.perform(.summary, context: context)
            var templatesOnTheLast = StepTemplateCatalogScreen()
            try? templatesOnTheLast.load(from: counter.store, context: context)
            _ = templatesOnTheLast.handle(.end, context: context)
            var reportSecondPage = ReportScreen(period: ReportPeriod(.month, containing: counter.today))
            try? reportSecondPage.load(from: counter.store, context: context)
            _ = reportSecondPage.perform(.nextPage, context: context)
            let results = (0..<5).map { page -> (String, any Screen) in
                var result = BudgetResultScreen(person: person, record: budget)
                for _ in 0..<page { _ = result.perform(.next, context: context) }
                return ("budget result, page \(page + 1)", result)
            }
            let screens: [(String, any Screen)] = [
                ("login", LoginScreen()),
                ("setup", SetupScreen()),
                ("home", HomeScreen()),
                ("beneficiary list", BeneficiaryListScreen()),
                ("beneficiary picker", PickerScreen.beneficiary()),
                ("card, active", BeneficiaryCardScreen(record: active)),
                ("card, everything long", BeneficiaryCardScreen(record: full)),
                ("card, expired", BeneficiaryCardScreen(record: expired)),
                ("card, closed", BeneficiaryCardScreen(record: closed)),
                ("card, unreadable", BeneficiaryCardScreen(id: 999_999)),
                ("new file", BeneficiaryFormScreen(creatingWith: "dupont marie", context: context)),
                ("file edit", BeneficiaryFormScreen(editing: active, context: context)),
                ("duplicates", DuplicatesScreen(candidate: active.beneficiary, duplicates: try counter.store.searchBeneficiaries("dupont"))),
                ("visit", VisitScreen(beneficiary: active)),
                ("visit, on the remark", visitOnNote),
                ("anonymous visit", VisitScreen(beneficiary: nil)),
                ("administration", AdministrationScreen()),
                ("new user", UserFormScreen()),
                ("new user, on the role", userFormOnRole),
                ("password reset", PasswordResetScreen(user: user)),
                ("settings", SettingsScreen()),
                ("confirm", ConfirmScreen(title: AppText.quitTitle, question: AppText.quitQuestion) { _ in .quit }),
                ("help", HelpScreen(screenTitle: AppText.homeTitle, entries: HomeScreen().entries(context))),
                ("recharges", RechargesScreen()),
                ("sale picker", PickerScreen.beneficiary(title: AppText.pickSaleBeneficiaryTitle)),
                ("sale", RechargeSaleScreen(beneficiaryID: active.id)),
                ("sale, expired file", RechargeSaleScreen(beneficiaryID: expired.id)),
                ("X report", CashReportScreen(day: counter.today)),
                ("closing", CashCloseScreen(day: counter.today, report: report)),
                ("ledger", LedgerListScreen()),
                ("reversal", ReversalScreen(entry: saleEntry)),
                ("products", ProductListScreen()),
                ("new product", ProductFormScreen(editing: nil)),
                ("example product", ProductFormScreen(editing: example)),
                ("reception", StockMovementScreen(product: sfr, kinds: [.reception], context: context)),
                ("stock movement", StockMovementScreen(product: sfr, kinds: [.loss, .stockReturn, .correction], context: context)),
                ("first opening", CashOpenScreen()),
                ("cash movement", CashMovementScreen()),
                ("budget follow-ups", BudgetFollowUpScreen()),
                ("budget picker", PickerScreen.beneficiary(title: AppText.budgetPickTitle)),
                ("budget file", BudgetFileScreen(id: active.id)),
                ("budget file, no session", BudgetFileScreen(id: expired.id)),
                ("budget file, unreadable", BudgetFileScreen(id: 999_999)),
                ("budget session, new", BudgetSessionScreen(person: person, previous: nil, fileResources: .none, today: counter.today)),
                ("budget session, follow-up", BudgetSessionScreen(person: person, previous: budget, fileResources: .none, today: counter.today)),
                ("budget session, on the steps", sessionOnSteps),
                ("budget date and resources", BudgetHeaderFormScreen(header: budget.session.header, context: context)),
                ("budget new line", BudgetLineFormScreen(index: nil, line: nil, context: context)),
                ("budget line edit", BudgetLineFormScreen(index: 0, line: budget.session.lines[0].line, context: context)),
                ("budget offer choice", BudgetOfferChoiceScreen(index: 0, planned: budget.session.lines[0], offers: offers,
                                                                benefits: [.rsa], day: counter.today)),
                ("budget offer choice, nothing", BudgetOfferChoiceScreen(index: 0, planned: budget.session.lines[0], offers: [],
                                                                         benefits: [], day: counter.today)),
                ("budget step templates", BudgetStepTemplateScreen(from: counter.today)),
                ("budget new step", BudgetStepFormScreen(index: nil, draft: PlanStepDraft(template: DefaultStepTemplate.subscribeWithPorting.template,
                                                                                         from: counter.today, language: language),
                                                         context: context)),
                ("budget step edit", BudgetStepFormScreen(index: 1, draft: PlanStepDraft(budget.session.newSteps[1]), context: context)),
                ("budget plan", BudgetPlanScreen(person: person)),
                ("budget history", BudgetHistoryScreen(person: person, sessions: [budget])),
                ("offer catalog", OfferCatalogScreen()),
                ("new offer", OfferFormScreen(offer: nil, context: context)),
                ("offer edit", OfferFormScreen(offer: offers[0], context: context)),
                ("step templates", StepTemplateCatalogScreen()),
                ("step templates, on the retired last one", templatesOnTheLast),
                ("new step template", StepTemplateFormScreen(template: nil, context: context)),
                ("step template edit", StepTemplateFormScreen(template: templates[3], context: context)),
                ("hotspots", HotspotsScreen()),
                ("borrower picker", PickerScreen.beneficiary(title: AppText.pickBorrowerTitle)),
                ("key fleet", DeviceListScreen()),
                ("key card, lent", DeviceCardScreen(id: keys[0].id)),
                ("key card, available", DeviceCardScreen(id: keys[1].id)),
                ("key card, unreadable", DeviceCardScreen(id: 999_999)),
                ("new key", DeviceFormScreen(editing: nil, context: context)),
                ("key edit", DeviceFormScreen(editing: keys[1], context: context)),
                ("key state", DeviceStateScreen(device: keys[1])),
                ("loan", LoanFormScreen(beneficiaryID: another.id)),
                ("loan, of a chosen key", LoanFormScreen(beneficiaryID: another.id, deviceID: keys[1].id)),
                ("loan, refused", LoanFormScreen(beneficiaryID: active.id)),
                ("return", ReturnFormScreen(loanID: keyLoan.loanID)),
                ("card with a key", BeneficiaryCardScreen(id: borrower.id)),
                ("journal", JournalScreen(day: counter.today)),
                ("journal, an earlier day", JournalScreen(day: counter.today.adding(days: -3))),
                ("journal, summary", journalSummary),
                ("journal date", JournalDateScreen(day: counter.today, context: context)),
                ("journal filters", JournalFilterScreen(filter: JournalFilter(login: "alice", area: .recharges, action: "recharge.sale"),
                                                        logins: ["alice"], actions: ["recharge.sale", "beneficiary.create", "auth.login"])),
                ("reports, month", ReportScreen(period: ReportPeriod(.month, containing: counter.today))),
                ("reports, month, second page", reportSecondPage),
                ("reports, year", ReportScreen(period: ReportPeriod(.year, containing: counter.today))),
                ("reports, week", ReportScreen(period: ReportPeriod(.week, containing: counter.today))),
                ("report period", ReportPeriodScreen(period: ReportPeriod(.month, containing: counter.today), context: context)),
            ] + results + protection(full: full, due: due, gone: gone)
            for (name, screen) in screens {
                var loaded = screen
                try? loaded.load(from: counter.store, context: context)
                entries.append(Entry(name: "\(name) (\(role.rawValue))", screen: loaded, context: context))
            }
        }
        return entries
    }

    /// Administration → RGPD: its menu, the files due, the confirmations, a person's data and its
    /// erasure (a file with everything long, one due, one anonymised), the backup.
    private static func protection(full: BeneficiaryRecord, due: BeneficiaryRecord, gone: BeneficiaryRecord) -> [(String, any Screen)] {
        [
            ("protection", ProtectionScreen()),
            ("files to anonymise", RetentionListScreen()),
            ("anonymise one", ConfirmScreen(title: AppText.anonymiseTitle, question: AppText.anonymiseQuestion,
                                            arguments: ["PAR-2026-00042"]) { _ in .none }),
            ("anonymise all", ConfirmScreen(title: AppText.anonymiseTitle, question: AppText.anonymiseAllQuestion,
                                            arguments: ["12 345"]) { _ in .none }),
            ("purge", ConfirmScreen(title: AppText.purgeTitle, question: AppText.purgeQuestion, arguments: ["12 345", "27/11/2025"]) { _ in .none }),
            ("access picker", PickerScreen.beneficiary(title: AppText.accessPickTitle)),
            ("person data, everything long", PersonDataScreen(id: full.id)),
            ("person data, due", PersonDataScreen(id: due.id)),
            ("person data, anonymised", PersonDataScreen(id: gone.id)),
            ("person data, unreadable", PersonDataScreen(id: 999_999)),
            ("erasure", ErasureScreen(record: full)),
            ("erasure, due", ErasureScreen(record: due)),
            ("erase", ConfirmScreen(title: AppText.eraseTitle, question: AppText.eraseQuestion, arguments: ["PAR-2026-00042"]) { _ in .none }),
            ("backup", BackupScreen()),
        ]
    }
}
