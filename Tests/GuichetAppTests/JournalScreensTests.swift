import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

/// The supervisors' review driven by keys over a real database: the journal of a day
/// with its filters and search, an event opening its subject, the day summary beside
/// the day before and a week before, the month's report with its chart, the export,
/// and what a volunteer may read.
@Suite("Journal screens")
struct JournalScreensTests {
    static let day: TimeInterval = 86_400

    /// Files and visits on four earlier days and today (one anonymous), a sale today,
    /// a budget session, a key lent ten days ago for five days (late since) and one lent
    /// today: the journal, the summary and the report have something to show.
    private func prepared() throws -> CounterHarness {
        let counter = try CounterHarness()
        let alice = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        counter.clock.advance(seconds: -10 * Self.day)
        let marie = try counter.addBeneficiary("Dupont", "Marie", birth: "12/03/1985")
        let paul = try counter.addBeneficiary("Martin", "Paul", housing: "homeless")
        let keys = try HotspotAppFixture.addKeys(counter, alice)
        try counter.store.changeSetting(as: alice, .hotspotDeposit, to: "0")
        _ = try counter.store.lendHotspot(as: alice, beneficiaryID: paul.id, loan: ValidLoan(
            deviceID: keys[0].id, kind: .loan, dueOn: counter.today.adding(days: 5), accessories: [.charger]))
        for (offset, visits) in [(0, 2), (3, 4), (7, 1), (9, 3)] {
            counter.clock.advance(seconds: TimeInterval(offset) * Self.day)
            for index in 0..<visits {
                try counter.store.recordVisit(as: alice, beneficiaryID: index.isMultiple(of: 2) ? marie.id : paul.id,
                                              reasons: index == 0 ? [.recharge, .budget] : [.information], note: "")
            }
            counter.clock.advance(seconds: -TimeInterval(offset) * Self.day)
        }
        counter.clock.advance(seconds: 10 * Self.day)
        let lea = try counter.addBeneficiary("Petit", "Léa", housing: "emergency_shelter")
        _ = try counter.store.lendHotspot(as: alice, beneficiaryID: lea.id, loan: ValidLoan(
            deviceID: keys[1].id, kind: .loan, dueOn: counter.today.adding(days: 30), accessories: Set(Accessory.allCases)))
        try counter.store.recordVisit(as: alice, beneficiaryID: marie.id, reasons: [.recharge], note: "")
        try counter.store.recordVisit(as: alice, beneficiaryID: nil, reasons: [.information], note: "")
        let sfr = try counter.store.rechargeProducts().first { $0.code == "EX-SFR-10" }!
        try counter.store.recordStockMovement(as: alice, productID: sfr.id, kind: .reception, delta: 10, note: "Don")
        try counter.store.openCashBox(as: alice, typedFloat: Money(cents: 50_00))
        _ = try counter.store.sellRecharge(as: alice, beneficiaryID: marie.id, productID: sfr.id,
                                           sale: SaleRule.validated(product: sfr, quantity: "2", unitPrice: "5", payment: .cash, reason: ""))
        _ = try BudgetFixture.save(counter, id: marie.id, steps: [])
        return counter
    }

    @Test func theJournalOfTheDayWithFiltersAndSearch() throws {
        let counter = try prepared()
        counter.signIn()
        counter.type("5")
        #expect(counter.app.topScreenTitle == "Journal")
        #expect(counter.text.contains("vendredi 27/11/2026 (aujourd’hui)"))
        // Worded by each area's declared action: « fiche … créée », « vente de recharge, dossier … ».
        #expect(counter.text.contains("fiche PAR-2026-00003 créée"))
        #expect(counter.text.contains("vente de recharge, dossier PAR-2026-00001"))
        // Filters: the beneficiary file only.
        counter.press(.function(6))
        #expect(counter.app.topScreenTitle == "Filtres du journal")
        counter.press(.enter)
        counter.press(.right)
        counter.press(.function(2))
        #expect(counter.text.contains("Filtres : Bénéficiaires"))
        #expect(!counter.text.contains("vente de recharge"))
        #expect(!counter.text.contains("connexion"))
        GoldenScreen.assertMatches(counter.screen, "journal-filtered")
        // Searching within: the anonymous visit has no subject, Marie's file number finds hers.
        counter.type("00003")
        #expect(counter.text.contains("1 résultat"))
        #expect(counter.text.contains("fiche PAR-2026-00003 créée"))
        // Enter opens the file the event names.
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Fiche")
        #expect(counter.text.contains("PAR-2026-00003"))
    }

    @Test func aKeysEventOpensTheKeysCard() throws {
        let counter = try prepared()
        counter.signIn()
        counter.type("5")
        for _ in 0..<10 { counter.press(.left) }
        #expect(counter.text.contains("mardi 17/11/2026"))
        counter.type("CLE-018")
        #expect(counter.text.contains("clé CLE-018 ajoutée au parc"))
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Fiche de la clé")
        #expect(counter.text.contains("CLE-018") && counter.text.contains("ZTE MF920"))
    }

    @Test func aSaleOpensTheLedgerAtItsReceipt() throws {
        let counter = try prepared()
        counter.signIn()
        counter.type("5")
        counter.type("vente")
        #expect(counter.text.contains("1 résultat"))
        counter.press(.enter)
        #expect(counter.app.topScreenTitle == "Registre")
        #expect(counter.text.contains("PAR-R-2026-000001"))
    }

    @Test func earlierDaysAndTheDaySummary() throws {
        let counter = try prepared()
        counter.signIn()
        counter.type("5")
        counter.press(.right)
        #expect(counter.messageLine.contains("Pas de journal après aujourd’hui"))
        counter.press(.left)
        #expect(counter.text.contains("jeudi 26/11/2026"))
        #expect(counter.text.contains("3 événements"))
        counter.press(.right)
        counter.press(.function(7))
        #expect(counter.app.topScreenTitle == "Résumé de la journée")
        GoldenScreen.assertMatches(counter.screen, "journal-summary")
        let lines = counter.lines
        func row(_ label: String) -> String { lines.first { $0.contains(label) } ?? "" }
        // Today, the day before, the same day a week before.
        #expect(row("Passages").hasSuffix("2             3             4"))
        #expect(row("Recharges vendues").contains("2"))
        // The keys: Léa's today; Paul's, due five days after its loan ten days ago, late today and yesterday.
        #expect(row("Clés 3G prêtées").hasSuffix("1             0             0"))
        #expect(row("Prêts de clés en retard").hasSuffix("1             1             0"))
        #expect(row("Clôture de caisse").contains("pas clôturée"))
        // A typed day.
        counter.press(.function(5))
        counter.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        counter.type("17/11/2026")
        counter.press(.function(2))
        #expect(counter.text.contains("mardi 17/11/2026"))
    }

    @Test func theMonthsReportWithItsChartAndItsExport() throws {
        let counter = try prepared()
        counter.signIn()
        counter.type("5")
        counter.press(.function(8))
        #expect(counter.app.topScreenTitle == "Rapports")
        #expect(counter.text.contains("Rapport : novembre 2026 — page 1 sur"))
        #expect(counter.text.contains("Personnes sans logement équipées d’une clé"))
        GoldenScreen.assertMatches(counter.screen, "report-month")
        counter.press(.pageDown)
        #expect(counter.text.contains("Passages par semaine"))
        GoldenScreen.assertMatches(counter.screen, "report-month-chart")
        // F5: the year, the day, the week (Monday to Sunday), the month again.
        counter.press(.function(5))
        #expect(counter.text.contains("année 2026"))
        counter.press(.function(5))
        #expect(counter.text.contains("vendredi 27/11/2026"))
        counter.press(.function(5))
        #expect(counter.text.contains("semaine du lundi 23/11/2026 au dimanche 29/11/2026"))
        counter.press(.function(5))
        #expect(counter.text.contains("novembre 2026"))
        // F7 writes the month day by day beside the database, and the journal says so.
        counter.press(.function(7))
        #expect(counter.messageLine.contains("30 jours exportés dans"))
        let file = counter.folder.appendingPathComponent("exports/guichet-PAR-2026-11-01..2026-11-30-daily.csv")
        let bytes = try [UInt8](Data(contentsOf: file))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(try counter.journalActions().first == "report.export")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aVolunteerReadsTodaysJournalOnly() throws {
        let counter = try prepared()
        _ = try counter.addUser("bruno", role: .volunteer, password: "motdepasse-bruno")
        counter.signIn("bruno", "motdepasse-bruno")
        counter.type("5")
        #expect(counter.app.topScreenTitle == "Journal")
        counter.press(.left)
        #expect(counter.messageLine.contains("réservé au rôle responsable"))
        #expect(counter.text.contains("(aujourd’hui)"))
        counter.press(.function(7))
        #expect(counter.app.topScreenTitle == "Journal")
        counter.press(.function(8))
        #expect(counter.app.topScreenTitle == "Journal")
    }

    /// The day is searched in memory: a search stops at the rows asked for, and one that went
    /// through every line is narrowed, never wrongly, as the query grows or shrinks.
    @Test func theDaysSearchStopsAtTheRowsAskedAndNarrowsRightly() throws {
        let counter = try prepared()
        let alice = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        var context = AppContext(language: .french, clock: counter.clock, glyphs: .unicode, site: try counter.store.site(), actor: alice,
                                 themeNames: [])
        context.screenSize = Size(width: 80, height: 24)
        let day = JournalDay()
        try day.refresh(counter.store, actor: alice, day: counter.today, context: context)
        let all = day.lines.count
        #expect(all > 10)
        #expect(day.search("", filter: JournalFilter(), limit: 3).count == 3)
        #expect(day.search("passage", filter: JournalFilter(), limit: 1).count == 1)
        #expect(day.search("passage", filter: JournalFilter(), limit: 50).count == 2)
        #expect(day.search("passage enr", filter: JournalFilter(), limit: 50).count == 2)
        #expect(day.search("vente", filter: JournalFilter(), limit: 50).map(\.event.action) == ["recharge.sale"])
        #expect(day.search("vent", filter: JournalFilter(), limit: 50).count == 1)
        let signIns = day.search("connexion", filter: JournalFilter(), limit: 500).count
        #expect(signIns > 0 && day.search("connexion", filter: JournalFilter(area: .administration), limit: 500).count == signIns)
        #expect(day.search("fiche", filter: JournalFilter(area: .recharges), limit: 50).isEmpty)
        #expect(day.search("zzz", filter: JournalFilter(), limit: 50).isEmpty)
        #expect(day.search("passage", filter: JournalFilter(), limit: 50).count == 2)
    }

    @Test func theReportGivesEachAreasFiguresAndDashesForOneNotBuilt() throws {
        let counter = try prepared()
        let alice = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        let month = ReportPeriod(.month, containing: counter.today)
        let report = try ReportAssembly.siteReport(counter.store, as: alice, period: month, software: "test")
        for id in ReportFigureID.allCases where id.inReport {
            #expect(report.value(id) != nil, "\(id)")
        }
        #expect(report.value(.loansOut) == FigureValue(2) && report.value(.loansOverdue) == FigureValue(1))
        #expect(report.value(.peopleWithoutHousingEquipped) == FigureValue(2))
        // An area that gives nothing (as one not built yet): its figures are absent, shown « — », never 0.
        let withoutKeys = try ReportAssembly.contribution(counter.store, as: alice, period: month, scope: .report) { area in
            area == .hotspots ? nil : area.module.reportFigures
        }
        for id in ReportFigureID.allCases where id.inReport {
            #expect((withoutKeys.figures[id] == nil) == (id.area == .hotspots), "\(id)")
        }
        let shown = ReportLayout(SiteReport(site: "PAR", software: "test", period: month, contribution: withoutKeys), language: .french)
            .textLines(title: "t")
        #expect(shown.first { $0.contains("Clés 3G prêtées") }?.hasSuffix("—") == true)
        #expect(report.value(.peopleAccompanied) == FigureValue(2))
        #expect(report.value(.visits) == FigureValue(12))
        #expect(report.value(.receptionPoints) == FigureValue(1))
        let text = ReportLayout(report, language: .french).textLines(title: "t").joined(separator: "\n")
        #expect(text.contains("Clés 3G prêtées") && !text.contains("Dupont") && !text.contains("PAR-2026-0"))
    }
}
