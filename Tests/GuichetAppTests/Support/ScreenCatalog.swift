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
