import GuichetCore
import GuichetStore

/// A report made of what each area gives through its module (`AreaModule.reportFigures`):
/// the areas are asked in the home menu's order, an area keeps to its own figures, and
/// a figure no area gives stays absent (« — »).
public enum ReportAssembly {
    /// Every area's figures for `period`, merged. `sources` is each area's module unless a
    /// test leaves an area out, as one not built yet.
    static func contribution(_ store: GuichetStore, as actor: Actor, period: ReportPeriod, scope: ReportScope,
                             sources: (AreaID) -> ReportSource? = { $0.module.reportFigures })
        throws(GuichetError) -> ReportContribution {
        var result = ReportContribution()
        for area in AreaID.allCases {
            guard let read = sources(area) else { continue }
            var part = try read(store, actor, period, scope)
            part.figures = part.figures.filter { $0.key.area == area && scope.wants($0.key) }
            part.breakdowns = part.breakdowns.filter { $0.key.area == area }
            if area != .beneficiaries { part.dailyVisits = nil }
            result = result.merged(with: part)
        }
        return result
    }

    /// The site's report for `period`: the JSON aggregate's content.
    public static func siteReport(_ store: GuichetStore, as actor: Actor, period: ReportPeriod, software: String)
        throws(GuichetError) -> SiteReport {
        let contribution = try contribution(store, as: actor, period: period, scope: .report)
        return SiteReport(site: try store.site().code.value, software: software, period: period, contribution: contribution)
    }

    /// A day's summary figures beside those of the day before and of the same day a week before.
    public static func daySummary(_ store: GuichetStore, as actor: Actor, day: CalendarDay)
        throws(GuichetError) -> [ReportContribution] {
        var columns: [ReportContribution] = []
        for shown in [day, day.adding(days: -1), day.adding(days: -7)] {
            columns.append(try contribution(store, as: actor, period: ReportPeriod(.day, containing: shown), scope: .daySummary))
        }
        return columns
    }
}
