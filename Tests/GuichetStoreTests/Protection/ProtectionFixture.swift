import Foundation
import GRDB
@testable import GuichetStore
import GuichetCore

/// A file with every kind of personal data and a contact of every kind, all made in June
/// 2024; a second file enrolled today; the clock then moved to 27/11/2026, 30 months on.
struct ProtectionFixture {
    static let then = Timestamp.parse("2024-06-03T08:00:00Z")!
    static let now = Timestamp.parse("2026-11-27T09:30:00Z")!

    let scratch: Scratch
    let store: GuichetStore
    let chef: Actor
    let volunteer: Actor
    /// Hélène Dupont-Müller, with everything, last seen in June 2024.
    let old: Int64
    /// Paul Martin, enrolled today.
    let recent: Int64
    /// What the old file holds that names the person: none of it may remain after anonymisation.
    static let personal = ["Dupont", "Müller", "Hélène", "612345678", "helene.dm@example.org", "1985-03-12",
                           "Sophie Travailleuse", "01 40 00 00 00", "Aime les mots croisés", "se déplace en fauteuil",
                           "Appeler Mme Leroy", "01PEROY4P4TR", "Centre social Belleville", "Bernard Responsable"]

    init() throws {
        scratch = Scratch(at: Self.then)
        (store, chef) = try scratch.openSetUp()
        volunteer = try scratch.volunteer(store, chef: chef)
        let today = try store.today()
        let person = try People.make("Dupont-Müller", "Hélène", birth: "12/03/1985", phone: "06 12 34 56 78", housing: "homeless") { draft in
            draft.email = "helene.dm@example.org"
            draft.activity = "job_seeker"
            draft.resourceKind = "rsa"
            draft.monthlyResources = "607,75"
            draft.referralStructureKind = "ccas"
            draft.referralStructureName = "Centre social Belleville"
            draft.referralSocialWorker = "Sophie Travailleuse"
            draft.referralContact = "01 40 00 00 00"
            draft.referralDate = "01/06/2024"
            draft.consentDate = "02/06/2024"
            draft.consentRecordedBy = "Bernard Responsable"
            draft.notes = "Aime les mots croisés"
        }
        old = try store.createBeneficiary(as: volunteer, person, enrolledOn: today).id
        try store.recordVisit(as: volunteer, beneficiaryID: old, reasons: [.recharge, .budget], note: "se déplace en fauteuil")
        // Budget: a line with its number and RIO, a step of a template and one written by hand.
        var line = TelecomLineDraft()
        line.kind = TelecomLineKind.mobilePlan.rawValue
        line.operatorName = "SFR"
        line.monthlyCost = "45"
        line.phone = "06 12 34 56 78"
        line.rio = "01PEROY4P4TR"
        let session = BudgetSession(
            header: SessionHeader(day: today, nextAppointment: today.adding(days: 14),
                                  resources: BudgetResources([.rsa: Money(cents: 60775)])),
            lines: [PlannedLine(line: try line.validated(today: today),
                                choice: ChosenOffer(offerID: 1, operatorName: "Plusieurs opérateurs", name: "Tarif social mobile",
                                                    monthlyPrice: Money(cents: 1000)))],
            newSteps: [PlanStep(text: DefaultStepTemplate.getRIO.text.french, due: today.adding(days: 7), who: .person, status: .toDo),
                       PlanStep(text: "Appeler Mme Leroy au CCAS", due: today.adding(days: 7), who: .counter, status: .toDo)])
        _ = try store.saveBudgetSession(as: chef, beneficiaryID: old, session)
        // A sale and a key lent then given back, both through the cash box.
        let sfr = try store.rechargeProducts().first { $0.code == "EX-SFR-10" }!
        try store.recordStockMovement(as: chef, productID: sfr.id, kind: .reception, delta: 20, note: "Don", receivedOn: today)
        try store.openCashBox(as: chef, typedFloat: Money(cents: 50_00))
        _ = try store.sellRecharge(as: volunteer, beneficiaryID: old, productID: sfr.id,
                                   sale: SaleRule.validated(product: sfr, quantity: "2", unitPrice: "5", payment: .cash, reason: ""))
        let key = try store.addDevice(as: chef, HotspotFixture.device("17", imei: "260531793113837"))
        let loan = try store.lendHotspot(as: volunteer, beneficiaryID: old, loan: ValidLoan(
            deviceID: key.id, kind: .loan, dueOn: today.adding(days: 30), accessories: [.charger]))
        _ = try store.endLoan(as: volunteer, loanID: loan.loanID,
                              ValidReturn(outcome: .good, accessoriesBack: [.charger], note: "écran rayé"))
        scratch.clock.advance(seconds: Self.now.timeIntervalSince(scratch.clock.now()))
        recent = try store.createBeneficiary(as: volunteer, People.make("Martin", "Paul"), enrolledOn: try store.today()).id
    }

    /// Every text value of the file, table by table, as `sqlite3 .dump` writes it.
    func dump() throws -> String {
        try runSQLite(scratch.path, ".dump")
    }

    /// What the reports read: every area's report figures over the whole time, the budget's
    /// and the recharges' indicators, and the situation codes of each file.
    struct Figures: Equatable {
        let reports: [ReportContribution]
        let text: String
    }

    func figures() throws -> Figures {
        let first = CalendarDay(year: 2024, month: 1, day: 1)!, last = CalendarDay(year: 2026, month: 12, day: 31)!
        let period = ReportPeriod(from: first, to: last)!
        let reports = [
            try store.beneficiaryReportFigures(as: chef, period: period, scope: .report),
            try store.budgetReportFigures(as: chef, period: period, scope: .report),
            try store.rechargeReportFigures(as: chef, period: period, scope: .report),
            try store.hotspotReportFigures(as: chef, period: period, scope: .report),
        ]
        let budget = try store.budgetIndicators(as: chef, from: first, to: last)
        let recharges = try store.rechargeIndicators(from: first, to: last)
        let codes = try scratch.query { db in
            try String.fetchAll(db, sql: """
                SELECT coalesce(housing, '') || '/' || coalesce(activity, '') || '/' || coalesce(resource_kind, '') || '/'
                    || coalesce(monthly_resources_cents, '') || '/' || coalesce(referral_kind, '') || '/' || coalesce(referral_date, '')
                    || '/' || coalesce(CAST(substr(birth_date, 1, 4) AS INTEGER), birth_year, '') || '/' || enrolled_on
                    || '/' || (SELECT count(*) FROM visits v WHERE v.beneficiary_id = b.id)
                FROM beneficiaries b ORDER BY id
                """)
        }
        return Figures(reports: reports, text: "\(budget)\n\(recharges)\n\(codes)")
    }
}
