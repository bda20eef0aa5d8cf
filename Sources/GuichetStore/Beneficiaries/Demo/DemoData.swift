import Foundation
internal import GRDB
import GuichetCore

/// What `generateDemoData` created.
public struct DemoSummary: Sendable, Equatable {
    public let files: Int
    public let visits: Int
    /// Telecom budget sessions (`BudgetDemo`).
    public let budgetSessions: Int
}

extension GuichetStore {
    /// Fills a set-up database with `count` realistic, deterministic files (the same
    /// `seed` gives the same people, numbers and visits relative to the site's today)
    /// and their visits over the last year, plus a few anonymous visits, and the
    /// budget coaching of about a third of them (`BudgetDemo`), in ONE
    /// transaction journaled once as `demo.generate`. Supervisors only.
    /// `progress(done, total)` is called every 1,000 files and at the end.
    public func generateDemoData(
        as actor: Actor, count: Int, seed: UInt64, progress: ((Int, Int) -> Void)? = nil
    ) throws(GuichetError) -> DemoSummary {
        try actor.require(.importData)
        let site = try self.site()
        let today = CalendarDay(clock.now(), in: site.timeZone)
        let count = max(0, count)
        let reference = budgetReference()
        return try perform(as: actor, action: BeneficiaryAction.demoGenerated) { db in
            // Room for the indexes being filled, so pages are not written out before the commit.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            var random = SplitMix64(seed: seed)
            var visits = 0
            func instant(_ day: CalendarDay, _ second: Int) -> String {
                Timestamp.utcText(day.start(in: site.timeZone).addingTimeInterval(TimeInterval(second)))
            }
            var budget = try BudgetDemo(db, seed: seed, today: today, reference: reference)
            for index in 0..<count {
                let person = DemoPerson.next(&random, today: today)
                let beneficiary: ValidBeneficiary
                do throws(BeneficiaryErrors) { beneficiary = try person.draft.validated(today: today) } catch {
                    throw GuichetError.storage("demo person invalid: \(error.fields.map(\.rawValue).joined(separator: ","))")
                }
                let created = instant(person.enrolledOn, person.createdSecondOfDay)
                var extra: [String: (any DatabaseValueConvertible)?] = [:]
                var updated = created
                if let renewed = person.renewedOn {
                    updated = instant(renewed, person.createdSecondOfDay)
                    extra["renewed_on"] = renewed.iso
                    extra["renewed_at"] = updated
                    extra["renewed_by"] = actor.userID
                }
                if let closed = person.closedOn {
                    updated = max(updated, instant(closed, person.createdSecondOfDay))
                    extra["closed_on"] = closed.iso
                    extra["closed_at"] = instant(closed, person.createdSecondOfDay)
                    extra["closed_by"] = actor.userID
                }
                for visit in person.visits {
                    updated = max(updated, instant(visit.day, visit.secondOfDay))
                }
                extra["updated_at"] = updated
                let (id, _) = try BeneficiaryInsertion.insert(
                    db, beneficiary, site: site.code, enrolledOn: person.enrolledOn,
                    created: .init(at: created, by: actor.userID), extra: extra)
                for visit in person.visits {
                    try Self.insertVisit(db, beneficiaryID: id, at: instant(visit.day, visit.secondOfDay), day: visit.day,
                                         reasons: visit.reasons.map(\.rawValue).joined(separator: ","), note: "", by: actor.userID)
                }
                visits += person.visits.count
                try budget.add(db, person: person, beneficiaryID: id, coachID: actor.userID, instant: instant)
                if index % 20 == 19 {
                    let day = today.adding(days: -random.int(0...364))
                    try Self.insertVisit(db, beneficiaryID: nil, at: instant(day, random.int((9 * 3600)...(18 * 3600))), day: day,
                                         reasons: VisitReason.information.rawValue, note: "", by: actor.userID)
                    visits += 1
                }
                if (index + 1) % 1000 == 0 || index + 1 == count { progress?(index + 1, count) }
            }
            return Traced(DemoSummary(files: count, visits: visits, budgetSessions: budget.sessions), subject: nil,
                          summary: "files=\(count) visits=\(visits) budget_sessions=\(budget.sessions) seed=\(seed)")
        }
    }
}
