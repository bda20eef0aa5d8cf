import Foundation
@testable import GuichetStore
import GuichetCore

/// A site's month of November 2026, written through the store's own actions at the
/// clock's days (Paris), whose figures are computed by hand in `ReportFiguresTests`:
///
/// - 30/10: file A (Dupont, looking for work, CCAS, enrolled 10/06) created; A visits (recharge).
/// - 18/11: files B (Martin, employed, SIAO, enrolled 18/11), C (enrolled 28/02, renewed on 20/11),
///   D (enrolled 27/02: expires 27/11), E (enrolled 27/02, closed 01/06: does not expire);
///   visits A (recharge, budget), B (information), one anonymous (information); alice signs in;
///   the box opened with 50 €; 2 × SFR 10 € (5 €, 60 min) sold to A in cash; A's budget session
///   (850 € of resources, 75 € of lines: 8,8 % before, 3,9 % after, 42 € saved a month);
///   the box closed with 60 € counted, 2 € more than expected.
/// - 20/11: box opened; A visits again (recharge); 1 × Orange 25 € (13 €, 156 min) sold to B by
///   cheque, then reversed; C renewed.
/// - 01/12: B visits (recharge): B comes in two periods.
struct ReportFixture {
    let scratch: Scratch
    let store: GuichetStore
    let chef: Actor
    let volunteer: Actor
    let a: Int64, b: Int64, c: Int64, d: Int64, e: Int64

    static let november = ReportPeriod(.month, containing: CalendarDay(year: 2026, month: 11, day: 1)!)
    static let day18 = CalendarDay(year: 2026, month: 11, day: 18)!
    static let day20 = CalendarDay(year: 2026, month: 11, day: 20)!

    init() throws {
        scratch = Scratch(at: Date(timeIntervalSince1970: 1_793_350_800))  // 30/10/2026 10:00 in Paris
        (store, chef) = try scratch.openSetUp()
        volunteer = try scratch.volunteer(store, chef: chef)
        let (store, chef) = (self.store, self.chef)
        func person(_ last: String, _ first: String, activity: Activity, referral: ReferralStructureKind, enrolled: CalendarDay) throws -> Int64 {
            let valid = try People.make(last, first) { draft in
                draft.activity = activity.rawValue
                draft.referralStructureKind = referral.rawValue
            }
            return try store.createBeneficiary(as: chef, valid, enrolledOn: enrolled).id
        }
        a = try person("Dupont", "Marie", activity: .jobSeeker, referral: .ccas, enrolled: CalendarDay(year: 2026, month: 6, day: 10)!)
        try store.recordVisit(as: volunteer, beneficiaryID: a, reasons: [.recharge], note: "")

        scratch.clock.advance(seconds: 1_794_992_400 - 1_793_350_800)  // 18/11
        b = try person("Martin", "Paul", activity: .employed, referral: .siao, enrolled: Self.day18)
        c = try person("Petit", "Léa", activity: .training, referral: .association, enrolled: CalendarDay(year: 2026, month: 2, day: 28)!)
        d = try person("Moreau", "Jean", activity: .retired, referral: .other, enrolled: CalendarDay(year: 2026, month: 2, day: 27)!)
        e = try person("Roux", "Anne", activity: .noActivity, referral: .other, enrolled: CalendarDay(year: 2026, month: 2, day: 27)!)
        _ = try store.closeEnrolment(as: chef, id: e, on: CalendarDay(year: 2026, month: 6, day: 1)!, reason: .movedAway)
        try store.recordVisit(as: volunteer, beneficiaryID: a, reasons: [.recharge, .budget], note: "")
        try store.recordVisit(as: volunteer, beneficiaryID: b, reasons: [.information], note: "")
        try store.recordVisit(as: volunteer, beneficiaryID: nil, reasons: [.information], note: "")
        _ = try store.authenticate(login: "chef", password: Scratch.password)
        let products = try store.rechargeProducts()
        let sfr = products.first { $0.code == "EX-SFR-10" }!
        let orange = products.first { $0.code == "EX-ORANGE-25" }!
        try store.recordStockMovement(as: chef, productID: sfr.id, kind: .reception, delta: 20, note: "Don")
        try store.recordStockMovement(as: chef, productID: orange.id, kind: .reception, delta: 5, note: "Don")
        try store.openCashBox(as: chef, typedFloat: Money(cents: 50_00))
        _ = try store.sellRecharge(as: volunteer, beneficiaryID: a, productID: sfr.id,
                                   sale: SaleRule.validated(product: sfr, quantity: "2", unitPrice: "5", payment: .cash, reason: ""))
        _ = try store.saveBudgetSession(as: chef, beneficiaryID: a, BudgetStoreTests.session())
        _ = try store.closeCashBox(as: chef, count: CashCount(total: Money(cents: 62_00)), note: "deux euros trouvés")

        scratch.clock.advance(seconds: 1_795_165_200 - 1_794_992_400)  // 20/11
        try store.openCashBox(as: volunteer)
        try store.recordVisit(as: volunteer, beneficiaryID: a, reasons: [.recharge], note: "")
        let sold = try store.sellRecharge(as: volunteer, beneficiaryID: b, productID: orange.id,
                                          sale: SaleRule.validated(product: orange, quantity: "1", unitPrice: "13", payment: .cheque,
                                                                   reason: ""))
        _ = try store.reverseLedgerEntry(as: chef, id: sold.entryID, reason: "erreur de carte")
        _ = try store.renewEnrolment(as: chef, id: c, on: Self.day20)

        scratch.clock.advance(seconds: 1_796_115_600 - 1_795_165_200)  // 01/12
        try store.recordVisit(as: volunteer, beneficiaryID: b, reasons: [.recharge], note: "")
    }
}
