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
            ]
            for (name, screen) in screens {
                var loaded = screen
                try? loaded.load(from: counter.store, context: context)
                entries.append(Entry(name: "\(name) (\(role.rawValue))", screen: loaded, context: context))
            }
        }
        return entries
    }
}
