import GuichetCore
import GuichetStore

/// Users and settings of the site (supervisors).
enum AdministrationArea {
    static let module = AreaModule(
        label: AppText.areaAdministration, permission: .manageUsers,
        homeFigures: [HomeFigure(label: AppText.figureLogins, count: .logins)],
        firstScreen: { _ in AdministrationScreen() },
        reportFigures: { store, actor, period, _ throws(GuichetError) in try store.accountReportFigures(as: actor, period: period) })
}
