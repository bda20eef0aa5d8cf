import Foundation
internal import GRDB
import GuichetCore

/// The budget coaching of the demo data: for about a third of the people, a
/// diagnosis session (resources, one to three lines, offers chosen from the
/// catalog, a plan), and for some a follow-up session after the switch.
///
/// Its numbers come from a generator of their own, seeded from the demo's seed:
/// the people and visits stay those the seed gave before budget coaching existed,
/// and, as for them, every number is drawn whatever the dates (a date only moves
/// with today or is capped at it), so the same seed gives the same sessions on any day.
struct BudgetDemo {
    private var random: SplitMix64
    private let offers: [BudgetOffer]
    private let today: CalendarDay
    private let reference: Int
    private(set) var sessions = 0

    init(_ db: Database, seed: UInt64, today: CalendarDay, reference: Int) throws {
        random = SplitMix64(seed: seed ^ 0xB0D6_E7C0_AC11_0009)
        offers = try Row.fetchAll(db, sql: "SELECT \(BudgetRows.offerColumns) FROM budget_offers").map(BudgetRows.offer)
        self.today = today
        self.reference = reference
    }

    private static let operators: [(name: String, code: String)] = [
        ("Orange", "01"), ("SFR", "02"), ("Bouygues Telecom", "03"), ("Free", "04"), ("La Poste Mobile", "02"), ("Sosh", "01"),
    ]
    private static let referenceCharacters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    private static let offerNames: [TelecomLineKind: [String]] = [
        .mobilePlan: ["Forfait 20 Go", "Forfait 100 Go", "Forfait 5 Go", "RED 20 Go", "Forfait bloqué"],
        .prepaidMobile: ["Carte prépayée", "Mobicarte", "Recharge 10 €"],
        .internetBox: ["Box fibre", "Box ADSL", "Livebox", "Freebox"],
        .landline: ["Abonnement ligne fixe"],
        .hotspot: ["Clé 3G prépayée"],
    ]

    /// Adds the coaching of one demo person (their file `beneficiaryID`, as drawn in `person`).
    /// `instant` gives the UTC text of a second of a day.
    mutating func add(_ db: Database, person: DemoPerson, beneficiaryID: Int64, coachID: Int64?,
                      instant: (CalendarDay, Int) -> String) throws {
        let coached = random.chance(33)
        let offset = random.int(0...60)
        let second = random.int((9 * 3600)...(17 * 3600))
        let lineCount = DemoPerson.weighted(&random, [(1, 40), (2, 40), (3, 20)])
        let followUpAfter = random.int(30...120)
        let followsUp = random.chance(35)
        let appointmentIn = random.int(14...30)
        let extraHousing = random.chance(40) ? Money(cents: Int64(random.int(100...300)) * 100) : .zero
        let extraFamily = random.chance(15) ? Money(cents: Int64(random.int(90...400)) * 100 + 17) : .zero
        let day = min(person.enrolledOn.adding(days: offset), today)
        var lines: [PlannedLine] = []
        var wanted: [Bool] = []
        var stepRolls: [Int] = []
        for index in 0..<3 {
            let line = drawLine(first: index == 0, phone: person.draft.phone, on: day)
            let wants = random.chance(70)
            stepRolls.append(random.int(0...99))
            if index < lineCount {
                lines.append(PlannedLine(line: line))
                wanted.append(wants)
            }
        }
        guard coached else { return }
        var amounts: [BudgetResourceKind: Money] = [:]
        if let code = ResourceKind(rawValue: person.draft.resourceKind), let kind = BudgetResourceKind(fileResource: code),
           let amount = Money.parse(person.draft.monthlyResources) {
            amounts[kind] = amount
        }
        amounts[.housingBenefit] = extraHousing
        amounts[.familyAllowances] = extraFamily
        let resources = BudgetResources(amounts)
        // The cheapest offer the person may have on the session's day, for the lines the coach wants to replace.
        lines = zip(lines, wanted).map { planned, wants in
            guard wants, let best = OfferMatching.proposals(for: planned.line, benefits: resources.benefits, offers: offers, on: day).first,
                  best.monthlySaving.cents > 0 else { return planned }
            return PlannedLine(line: planned.line, choice: ChosenOffer(best.offer))
        }
        let steps = plan(lines, from: day, rolls: stepRolls)
        let header = SessionHeader(day: day, nextAppointment: day.adding(days: appointmentIn), resources: resources)
        let session = BudgetSession(header: header, lines: lines, newSteps: steps)
        _ = try GuichetStore.insertSession(db, session, beneficiaryID: beneficiaryID, figures: session.figures(reference: reference),
                                           coachID: coachID, at: instant(day, second))
        sessions += 1
        let followUpDay = day.adding(days: followUpAfter)
        guard followsUp, followUpDay <= today else { return }
        // The follow-up: the lines switched now cost what was chosen, without commitment.
        let switched = lines.map { planned -> PlannedLine in
            guard let choice = planned.choice else { return planned }
            let old = planned.line
            return PlannedLine(line: TelecomLine(kind: old.kind, operatorName: choice.operatorName, offerName: choice.name,
                                                 monthlyCost: choice.monthlyPrice, commitment: nil, unpaid: .zero,
                                                 phone: old.phone, rio: nil, notes: ""))
        }
        let followUp = BudgetSession(header: SessionHeader(day: followUpDay, nextAppointment: nil, resources: resources),
                                     lines: switched, newSteps: [])
        _ = try GuichetStore.insertSession(db, followUp, beneficiaryID: beneficiaryID,
                                           figures: followUp.figures(reference: reference), coachID: coachID,
                                           at: instant(followUpDay, second))
        sessions += 1
    }

    /// A line as people bring them: kind, operator, price, sometimes a commitment, an unpaid bill, a RIO.
    private mutating func drawLine(first: Bool, phone: String, on day: CalendarDay) -> TelecomLine {
        let kind = DemoPerson.weighted(&random, [(TelecomLineKind.mobilePlan, 45), (.prepaidMobile, 20), (.internetBox, 25),
                                                 (.landline, 5), (.hotspot, 5)])
        let provider = random.pick(Self.operators)
        let name = random.pick(Self.offerNames[kind] ?? [""])
        let euros: Int
        switch kind {
        case .mobilePlan: euros = random.int(15...55)
        case .prepaidMobile: euros = random.int(5...25)
        case .internetBox: euros = random.int(25...50)
        case .landline: euros = random.int(15...30)
        case .hotspot: euros = random.int(10...30)
        }
        let cost = Money(cents: Int64(euros) * 100 + (random.chance(50) ? 99 : 0))
        let committed = random.chance(40) && (kind == .mobilePlan || kind == .internetBox)
        let months = random.chance(50) ? 12 : 24
        let startedMonthsAgo = random.int(0...20)
        let unpaid = random.chance(10) ? Money(cents: Int64(random.int(10...150)) * 100) : .zero
        let reference = String((0..<6).map { _ in Self.referenceCharacters[random.int(0...35)] })
        let hasRIO = random.chance(30)
        let start = day.adding(months: -startedMonthsAgo)
        let commitment = committed ? try? Commitment(start: start, end: start.adding(months: months).adding(days: -1)) : nil
        // The person's own number goes with their first mobile line.
        let number = first && kind.hasMobileRIO ? try? PhoneNumber.parse(phone) : nil
        var rio: RIO?
        if hasRIO, let number, number.isMobile, let national = number.nationalDigits,
           let key = RIO.key(operatorCode: provider.code, lineType: "P", customerRef: reference, phone: national) {
            rio = try? RIO.parse(provider.code + "P" + reference + key, phone: number)
        }
        return TelecomLine(kind: kind, operatorName: provider.name, offerName: name, monthlyCost: cost, commitment: commitment,
                           unpaid: unpaid, phone: number, rio: rio, notes: "")
    }

    /// The steps a coach would write for these lines, most of them done or given up when their day is past.
    private func plan(_ lines: [PlannedLine], from day: CalendarDay, rolls: [Int]) -> [PlanStep] {
        var templates: [DefaultStepTemplate] = []
        if lines.contains(where: { $0.choice != nil && $0.line.kind.hasMobileRIO }) {
            templates += [.getRIO, .subscribeWithPorting]
        }
        if lines.contains(where: { $0.line.commitment != nil }) { templates.append(.checkCommitmentEnd) }
        if lines.contains(where: { $0.line.kind == .landline }) { templates.append(.fixedLineReduction) }
        if lines.contains(where: { $0.choice != nil }) { templates.append(.spendingAlert) }
        return templates.enumerated().map { index, template in
            let due = day.adding(days: template.delayDays)
            let roll = rolls[index % rolls.count]
            // Steps due long ago are settled; among the recent ones, some are late.
            let status: StepStatus
            if due >= today {
                status = .toDo
            } else if due < today.adding(days: -60) {
                status = roll < 85 ? .done : .abandoned
            } else {
                status = roll < 50 ? .done : (roll < 60 ? .abandoned : .toDo)
            }
            return PlanStep(text: template.text.french, due: due, who: template.who, status: status)
        }
    }
}
