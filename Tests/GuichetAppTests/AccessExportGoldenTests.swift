import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore
import GuichetTerminal
import Testing

/// The right of access as the person receives it (issue 13, item 2): the 80-column page
/// and the JSON of one fixed file — identity, situation, referral, consent, notes, a
/// visit, a budget session with its plan, a recharge purchase, a key lent and given back,
/// and the journal's events about the file — compared with golden files.
@Suite("Access export")
struct AccessExportGoldenTests {
    /// Hélène Dupont-Müller with everything, on the harness's fixed clock.
    private static func person(_ counter: CounterHarness) throws -> PersonalData {
        let alice = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        var draft = BeneficiaryDraft()
        draft.lastName = "Dupont-Müller"
        draft.firstName = "Hélène"
        draft.birthDate = "12/03/1985"
        draft.phone = "06 12 34 56 78"
        draft.email = "helene.dm@example.org"
        draft.housing = "homeless"
        draft.activity = "job_seeker"
        draft.resourceKind = "rsa"
        draft.monthlyResources = "607,75"
        draft.referralStructureKind = "ccas"
        draft.referralStructureName = "Centre social Belleville"
        draft.referralSocialWorker = "Sophie Travailleuse"
        draft.referralContact = "01 40 00 00 00"
        draft.referralDate = "20/11/2026"
        draft.consentDate = "27/11/2026"
        draft.consentRecordedBy = "Alice Martin"
        draft.notes = "Préfère être appelée le matin."
        let file = try counter.store.createBeneficiary(as: alice, draft.validated(today: counter.today), enrolledOn: counter.today)
        try counter.store.recordVisit(as: alice, beneficiaryID: file.id, reasons: [.recharge, .budget], note: "carte SFR 10 €")
        try BudgetFixture.save(counter, id: file.id)
        let sfr = try counter.store.rechargeProducts().first { $0.code == "EX-SFR-10" }!
        try counter.store.recordStockMovement(as: alice, productID: sfr.id, kind: .reception, delta: 10, note: "Don")
        try counter.store.openCashBox(as: alice, typedFloat: Money(cents: 50_00))
        _ = try counter.store.sellRecharge(as: alice, beneficiaryID: file.id, productID: sfr.id,
                                           sale: SaleRule.validated(product: sfr, quantity: "1", unitPrice: "10", payment: .cash, reason: ""))
        let keys = try HotspotAppFixture.addKeys(counter, alice)
        let loan = try counter.store.lendHotspot(as: alice, beneficiaryID: file.id, loan: ValidLoan(
            deviceID: keys[0].id, kind: .loan, dueOn: counter.today.adding(days: 30), accessories: [.charger]))
        counter.clock.advance(seconds: 3600)
        _ = try counter.store.endLoan(as: alice, loanID: loan.loanID, ValidReturn(outcome: .good, accessoriesBack: [.charger], note: ""))
        try counter.store.recordPersonalDataExport(as: alice, id: file.id, destination: "file")
        // Someone else's file: none of it may reach her page.
        try counter.addBeneficiary("Petit", "Léa", phone: "07 51 23 45 67")
        return try counter.store.personalData(as: alice, id: file.id)
    }

    private static func page(_ data: PersonalData, _ counter: CounterHarness, _ language: Language) -> AccessExportPage {
        AccessExportPage(data: data, siteName: "Paris 19e", exportedAt: counter.clock.now(), timeZone: TimeZone(identifier: "Europe/Paris")!,
                         exportedBy: "alice", language: language)
    }

    @Test(arguments: [(Language.french, "access-export"), (.english, "access-export-en")])
    func thePageMatchesItsGoldenFile(language: Language, golden: String) throws {
        let counter = try CounterHarness()
        let data = try Self.person(counter)
        let page = Self.page(data, counter, language)
        #expect(page.lines.allSatisfy { TextWidth.of($0) <= 80 }, "80 columns at most")
        #expect(!page.text.contains("Petit") && !page.text.contains("Léa") && !page.text.contains("PAR-2026-00002"), "nobody else")
        // Each language's punctuation around what the page joins (no French « ; » in English).
        let loan = language == .french ? "CLE-017, prêtée le 27/11/2026 ; rendue en bon état le 27/11/2026 ; caution"
            : "CLE-017, lent on 27/11/2026; returned in good condition on 27/11/2026;"
        let line = language == .french ? "- forfait mobile · SFR · RED 20 Go : 45,00 €" : "- mobile plan · SFR · RED 20 Go: €45.00"
        #expect(page.text.contains(loan) && page.text.contains(line), "\(page.text)")
        GoldenText.assertMatches(page.text, golden)
    }

    @Test func thePageHoldsEveryPartOfTheFile() throws {
        let counter = try CounterHarness()
        let text = Self.page(try Self.person(counter), counter, .french).text
        for heading in ["IDENTITÉ", "SITUATION", "ORIENTATION", "CONSENTEMENT AU TRAITEMENT DES DONNÉES", "NOTES", "INSCRIPTION",
                        "PASSAGES (1)", "SÉANCES DE BUDGET TÉLÉCOM (1)", "PLAN D’ACTION (2)", "ACHATS ET CAUTIONS",
                        "PRÊTS DE CLÉS 3G (1)", "QUI A CONSULTÉ OU MODIFIÉ LA FICHE, ET QUAND"] {
            #expect(text.contains(heading), "no « \(heading) »")
        }
        for value in ["Dupont-Müller", "Hélène", "12/03/1985", "06 12 34 56 78", "helene.dm@example.org", "Centre social Belleville",
                      "Sophie Travailleuse", "01 40 00 00 00", "Alice Martin", "Préfère être appelée le matin.", "carte SFR 10 €",
                      "PAR-R-2026-000001", "CLE-017", "01 P EROY4P 4TR"] {
            #expect(text.contains(value), "no « \(value) »")
        }
        // A line too long for the page wraps its text under it and keeps its columns' spaces.
        #expect(text.contains("  27/11/2026  PAR-R-2026-000002  apport 10,00 €"))
        #expect(text.contains("  27/11/2026 10:30  alice      séance de budget télécom"))
    }

    @Test func theJSONMatchesItsGoldenFileAndHasEverySection() throws {
        let counter = try CounterHarness()
        let data = try Self.person(counter)
        let bytes = AccessExportJSON.bytes(data, siteCode: "PAR", exportedAt: counter.clock.now())
        let text = try #require(String(bytes: bytes, encoding: .utf8))
        GoldenText.assertMatches(text, "access-export", extension: "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["format"] as? String == AccessExportJSON.format)
        #expect(object["file_number"] as? String == "PAR-2026-00001")
        // Identity, situation, referral, consent, notes; visits, coaching, purchases, loans; who accessed the file.
        let identity = try #require(object["identity"] as? [String: Any])
        #expect(identity["last_name"] as? String == "Dupont-Müller" && identity["birth_date"] as? String == "1985-03-12")
        #expect(identity["email"] as? String == "helene.dm@example.org" && identity["phone"] as? String == "+33612345678")
        let situation = try #require(object["situation"] as? [String: Any])
        #expect(situation["housing"] as? String == "homeless" && situation["monthly_resources_cents"] as? Int == 60775)
        let referral = try #require(object["referral"] as? [String: Any])
        #expect(referral["structure_name"] as? String == "Centre social Belleville" && referral["date"] as? String == "2026-11-20")
        let consent = try #require(object["consent"] as? [String: Any])
        #expect(consent["date"] as? String == "2026-11-27" && consent["recorded_by"] as? String == "Alice Martin")
        #expect(object["notes"] as? String == "Préfère être appelée le matin.")
        let visits = try #require(object["visits"] as? [[String: Any]])
        #expect(visits.count == 1 && visits[0]["reasons"] as? [String] == ["recharge", "budget"])
        let sessions = try #require(object["budget_sessions"] as? [[String: Any]])
        #expect(sessions.count == 1 && (sessions[0]["lines"] as? [Any])?.count == 2)
        #expect((object["plan"] as? [Any])?.count == 2)
        let ledger = try #require(object["ledger"] as? [[String: Any]])
        #expect(ledger.contains { $0["receipt"] as? String == "PAR-R-2026-000001" && $0["amount_cents"] as? Int == 1000 })
        let loans = try #require(object["loans"] as? [[String: Any]])
        #expect(loans.count == 1 && loans[0]["key"] as? String == "CLE-017" && loans[0]["outcome"] as? String == "good")
        let journal = try #require(object["journal"] as? [[String: Any]])
        let actions = journal.compactMap { $0["action"] as? String }
        #expect(actions.first == "beneficiary.create" && actions.last == "protection.export", "\(actions)")
        #expect(journal.allSatisfy { $0["user"] as? String == "alice" })
        #expect(!text.contains("Petit") && !text.contains("PAR-2026-00002"), "nobody else")
    }
}
