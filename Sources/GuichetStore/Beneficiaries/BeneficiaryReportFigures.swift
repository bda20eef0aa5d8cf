internal import GRDB
import GuichetCore

extension GuichetStore {
    /// The beneficiary file's part of a report or of a day summary: visits (with a
    /// file, anonymous, by reason, each day), people accompanied — files with at
    /// least one visit in the period, each counted once — new or returning, looking
    /// for work, by referring structure; files created; enrolments started, renewed,
    /// expired. Counts only. Supervisors.
    public func beneficiaryReportFigures(as actor: Actor, period: ReportPeriod, scope: ReportScope)
        throws(GuichetError) -> ReportContribution {
        try actor.require(.readWholeJournal)
        let arguments = try reportArguments(period)
        return try read { db in
            var result = ReportContribution()
            // Visits, per day.
            var byDay: [String: Int] = [:]
            var reasons = [Int](repeating: 0, count: VisitReason.allCases.count)
            var visits = 0
            var named = 0
            for row in try Row.fetchAll(db.cachedStatement(sql: Self.reportVisitsSQL), arguments: arguments) {
                let count: Int = row[1]
                byDay[row[0]] = count
                visits += count
                named += row[2] as Int
                for index in reasons.indices { reasons[index] += row[3 + index] as Int }
            }
            result.figures[.visits] = FigureValue(visits)
            result.figures[.visitsNamed] = FigureValue(named)
            result.figures[.visitsAnonymous] = FigureValue(visits - named)
            result.figures[.newFiles] = FigureValue(try Int.fetchOne(db.cachedStatement(sql: Self.reportNewFilesSQL), arguments: arguments) ?? 0)
            guard case .report = scope else { return result }
            result.dailyVisits = period.days.map { byDay[$0.iso] ?? 0 }
            result.breakdowns[.visitsByReason] = Dictionary(uniqueKeysWithValues: zip(VisitReason.allCases.map(\.rawValue), reasons))

            // People with a visit in the period, by referring structure.
            var people = 0
            var returning = 0
            var jobSeekers = 0
            var referrals: [String: Int] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: Self.reportPeopleSQL), arguments: arguments) {
                let kind: String = row[0]
                let count: Int = row[1]
                people += count
                jobSeekers += row[2] as Int
                returning += row[3] as Int
                let code = ReferralStructureKind(rawValue: kind)?.rawValue ?? ReportBreakdownID.unknownReferral
                referrals[code, default: 0] += count
            }
            result.figures[.peopleAccompanied] = FigureValue(people)
            result.figures[.newPeople] = FigureValue(people - returning)
            result.figures[.returningPeople] = FigureValue(returning)
            result.figures[.jobSeekers] = FigureValue(jobSeekers, base: people)
            result.breakdowns[.peopleByReferral] = referrals

            let enrolments = try Row.fetchOne(db.cachedStatement(sql: Self.reportEnrolmentsSQL), arguments: arguments)
            result.figures[.enrolmentsStarted] = FigureValue(enrolments?[0] as Int? ?? 0)
            result.figures[.enrolmentsRenewed] = FigureValue(enrolments?[1] as Int? ?? 0)
            result.figures[.enrolmentsExpired] = FigureValue(enrolments?[2] as Int? ?? 0)
            return result
        }
    }

    /// Visits of each day: all, with a file, then one count per `VisitReason` in its order.
    static let reportVisitsSQL = """
        SELECT local_day, count(*), count(beneficiary_id),
        \(VisitReason.allCases.map { "    sum(instr(',' || reasons || ',', ',\($0.rawValue),') > 0)" }.joined(separator: ",\n"))
        FROM visits WHERE local_day BETWEEN :first AND :last GROUP BY local_day
        """

    static let reportNewFilesSQL = "SELECT count(*) FROM beneficiaries WHERE created_at >= :start AND created_at < :end"

    /// The people of the period (one row per file with a visit), by referring structure:
    /// how many, how many looking for work, how many came before the period.
    static let reportPeopleSQL = """
        WITH people AS (
            SELECT DISTINCT beneficiary_id AS id FROM visits
            WHERE local_day BETWEEN :first AND :last AND beneficiary_id IS NOT NULL
        )
        SELECT coalesce(b.referral_kind, ''), count(*), sum(b.activity IS '\(Activity.jobSeeker.rawValue)'),
               sum(EXISTS (SELECT 1 FROM visits v WHERE v.beneficiary_id = p.id AND v.at < :start))
        FROM people p JOIN beneficiaries b ON b.id = p.id
        GROUP BY 1
        """

    /// Enrolments started, renewed and expired in the period. The end of a period of
    /// nine months is computed as `Enrolment.expiresOn` does: the same day nine months
    /// on, or the last day of that month when it has no such day (SQLite's own `+9 months`
    /// would run into the next month). A file closed before its end does not expire.
    static let reportEnrolmentsSQL = """
        WITH first_end AS (
            SELECT enrolled_on, renewed_on, closed_on,
                   min(date(enrolled_on, '+9 months'), date(enrolled_on, 'start of month', '+10 months', '-1 day')) AS ends
            FROM beneficiaries
        ), ends AS (
            SELECT enrolled_on, renewed_on, closed_on,
                   CASE WHEN renewed_on IS NULL THEN ends
                        ELSE min(date(max(ends, renewed_on), '+9 months'),
                                 date(max(ends, renewed_on), 'start of month', '+10 months', '-1 day')) END AS expires
            FROM first_end
        )
        SELECT coalesce(sum(enrolled_on BETWEEN :first AND :last), 0), coalesce(sum(renewed_on BETWEEN :first AND :last), 0),
               coalesce(sum(expires BETWEEN :first AND :last AND (closed_on IS NULL OR closed_on >= expires)), 0)
        FROM ends
        """

    static let beneficiaryReportQueries = [
        ReportQuery(sql: reportVisitsSQL, inDaySummary: true), ReportQuery(sql: reportNewFilesSQL, inDaySummary: true),
        ReportQuery(sql: reportPeopleSQL, inDaySummary: false), ReportQuery(sql: reportEnrolmentsSQL, inDaySummary: false),
    ]
}
