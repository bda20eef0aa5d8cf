import Foundation
import GuichetCore

/// One generated file: the form as a volunteer would have typed it, its
/// enrolment and its visits. Same seed, same people.
struct DemoPerson {
    struct Visit {
        var day: CalendarDay
        var secondOfDay: Int
        var reasons: [VisitReason]
    }

    var draft: BeneficiaryDraft
    var enrolledOn: CalendarDay
    var renewedOn: CalendarDay?
    var closedOn: CalendarDay?
    var createdSecondOfDay: Int
    var visits: [Visit]

    /// Draws the next person. `today` bounds every date (enrolments over the last
    /// two years, visits over the last year).
    static func next(_ random: inout SplitMix64, today: CalendarDay) -> DemoPerson {
        var draft = BeneficiaryDraft()
        draft.lastName = random.pick(DemoNames.lastNames)
        if random.chance(4) { draft.lastName += "-" + random.pick(DemoNames.lastNames) }
        draft.firstName = random.pick(DemoNames.firstNames)
        if random.chance(88) {
            let birth = today.adding(days: -random.int((18 * 365)...(80 * 365)))
            draft.birthDate = birth.formatted(.french)
        }
        if random.chance(85) {
            let mobile = random.chance(94)
            let prefix = mobile ? (random.chance(70) ? "06" : "07\(random.int(3...9))") : "0\(random.int(1...5))"
            var digits = prefix
            while digits.count < 10 { digits += String(random.int(0...9)) }
            draft.phone = digits
        }
        if random.chance(25) {
            let local = NameFolding.fold(draft.firstName + "." + draft.lastName).replacingOccurrences(of: " ", with: ".")
            draft.email = local + "@" + random.pick(DemoNames.mailDomains)
        }
        draft.housing = weighted(&random, [("housed", 20), ("hosted", 25), ("emergency_shelter", 25), ("homeless", 25), ("other", 5)])
        draft.activity = weighted(&random, [("job_seeker", 67), ("employed", 10), ("training", 6), ("retired", 7), ("none", 10)])
        let resource = weighted(&random, [("rsa", 45), ("are", 15), ("aah", 10), ("salary", 10), ("pension", 7), ("none", 10), ("other", 3)])
        draft.resourceKind = resource
        if resource != "none", random.chance(80) {
            let euros = resource == "rsa" ? random.int(560...640) : random.int(300...1400)
            draft.monthlyResources = "\(euros),\(random.int(10...99))"
        }
        let enrolledOn = today.adding(days: -random.int(0...729))
        if random.chance(90) {
            let (kind, name) = random.pick(DemoNames.structures)
            draft.referralStructureKind = kind
            draft.referralStructureName = name
            draft.referralSocialWorker = random.pick(DemoNames.socialWorkers)
            if random.chance(40) { draft.referralContact = "01 \(random.int(40...49)) \(random.int(10...99)) \(random.int(10...99)) \(random.int(10...99))" }
            draft.referralDate = enrolledOn.adding(days: -random.int(0...30)).formatted(.french)
        }
        if random.chance(95) {
            draft.consentDate = enrolledOn.formatted(.french)
            draft.consentRecordedBy = random.pick(DemoNames.volunteers)
        }
        draft.notes = random.pick(DemoNames.notes)

        // Every number is drawn whatever the dates: the same seed gives the same
        // people and the same visits on any day, their dates moving with today.
        let renews = random.chance(45)
        let renewalShift = random.int(-20...20)
        let closes = random.chance(4)
        var enrolment = Enrolment(startDate: enrolledOn)
        var renewedOn: CalendarDay?
        var closedOn: CalendarDay?
        let firstExpiry = enrolment.firstPeriodExpiresOn
        if firstExpiry <= today, renews {
            renewedOn = min(max(firstExpiry.adding(days: renewalShift), enrolledOn), today)
            enrolment = Enrolment(startDate: enrolledOn, renewedOn: renewedOn)
        }
        if closes {
            closedOn = min(today, enrolment.endDate)
        }

        let yearAgo = today.adding(days: -365)
        let firstVisitDay = max(enrolledOn, yearAgo)
        // A file closed more than a year ago has its visits on the day it closed.
        let lastVisitDay = max(firstVisitDay, min(closedOn ?? today, today))
        let span = days(from: firstVisitDay, to: lastVisitDay)
        var visits: [Visit] = []
        for _ in 0..<random.int(0...6) {
            let reasons = randomReasons(&random)
            visits.append(Visit(day: firstVisitDay.adding(days: random.int(0...1_000_000) % (span + 1)),
                                secondOfDay: random.int((9 * 3600)...(18 * 3600)), reasons: reasons))
        }
        return DemoPerson(draft: draft, enrolledOn: enrolledOn, renewedOn: renewedOn, closedOn: closedOn,
                          createdSecondOfDay: random.int((9 * 3600)...(18 * 3600)), visits: visits)
    }

    static func randomReasons(_ random: inout SplitMix64) -> [VisitReason] {
        let first = weighted(&random, [(VisitReason.recharge, 45), (.budget, 20), (.hotspot, 15), (.information, 15), (.other, 5)])
        if random.chance(20) {
            let second = random.pick(VisitReason.allCases)
            if second != first { return [first, second] }
        }
        return [first]
    }

    static func weighted<T>(_ random: inout SplitMix64, _ choices: [(T, Int)]) -> T {
        var roll = random.int(0...(choices.reduce(0) { $0 + $1.1 } - 1))
        for (value, weight) in choices {
            if roll < weight { return value }
            roll -= weight
        }
        return choices[choices.count - 1].0
    }

    /// Whole days from `a` to `b` (negative when `b` is before `a`).
    static func days(from a: CalendarDay, to b: CalendarDay) -> Int {
        Int((b.start(in: utc).timeIntervalSince(a.start(in: utc)) / 86_400).rounded())
    }

    static let utc = TimeZone(identifier: "UTC")!
}
