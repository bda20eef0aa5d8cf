import GuichetCore
import GuichetStore

/// 3G hotspot keys: the loans to people without housing (everyone), the fleet
/// (supervisors add, correct and retire keys). Home shows the loans of the day and
/// the late ones, for everyone; `4` opens the late loans first.
enum HotspotsArea {
    static let module = AreaModule(
        label: AppText.areaHotspots, permission: .lendHotspots,
        homeFigures: [HomeFigure(label: AppText.figureLoansStarted, count: .loansStarted),
                      HomeFigure(label: AppText.figureOverdueLoans, count: .overdueLoans)],
        firstScreen: { _ in HotspotsScreen() },
        reportFigures: { store, actor, period, scope throws(GuichetError) in
            try store.hotspotReportFigures(as: actor, period: period, scope: scope)
        })
}
