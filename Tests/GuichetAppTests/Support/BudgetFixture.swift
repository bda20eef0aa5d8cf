import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore

/// The worked example as a stored session: 850 € of resources (RSA and
/// APL), a mobile plan at 45 € committed until 14/09/2027 with its RIO, a box at
/// 30 €, the social offers chosen (10 € and 23 €), and two steps in the plan.
enum BudgetFixture {
    static func lines(today: CalendarDay) throws -> [PlannedLine] {
        var mobile = TelecomLineDraft()
        mobile.operatorName = "SFR"
        mobile.offerName = "RED 20 Go"
        mobile.monthlyCost = "45"
        mobile.commitmentStart = "15/03/2026"
        mobile.commitmentEnd = "14/09/2027"
        mobile.phone = "06 12 34 56 78"
        mobile.rio = "01PEROY4P4TR"
        var box = TelecomLineDraft()
        box.kind = TelecomLineKind.internetBox.rawValue
        box.operatorName = "Orange"
        box.monthlyCost = "30"
        box.unpaid = "45"
        return [
            PlannedLine(line: try mobile.validated(today: today),
                        choice: ChosenOffer(offerID: 1, operatorName: "Plusieurs opérateurs", name: "Tarif social mobile",
                                            monthlyPrice: Money(cents: 1000))),
            PlannedLine(line: try box.validated(today: today),
                        choice: ChosenOffer(offerID: 2, operatorName: "Plusieurs opérateurs", name: "Tarif social internet (box)",
                                            monthlyPrice: Money(cents: 2300))),
        ]
    }

    static func session(today: CalendarDay, steps: [PlanStep]? = nil) throws -> BudgetSession {
        let header = SessionHeader(day: today, nextAppointment: today.adding(days: 14),
                                   resources: BudgetResources([.rsa: Money(cents: 60775), .housingBenefit: Money(cents: 24225)]))
        let plan = steps ?? [
            PlanStep(text: DefaultStepTemplate.getRIO.text.french, due: today.adding(days: 7), who: .person, status: .toDo),
            PlanStep(text: DefaultStepTemplate.subscribeWithPorting.text.french, due: today.adding(days: 14), who: .person, status: .toDo),
        ]
        return BudgetSession(header: header, lines: try lines(today: today), newSteps: plan)
    }

    /// Saves the example for the file `id`, as the supervisor of the harness.
    @discardableResult
    static func save(_ counter: CounterHarness, id: Int64, steps: [PlanStep]? = nil) throws -> BudgetSessionRecord {
        let admin = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        return try counter.store.saveBudgetSession(as: admin, beneficiaryID: id, session(today: counter.today, steps: steps))
    }
}
