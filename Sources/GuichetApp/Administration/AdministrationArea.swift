import GuichetCore
import GuichetStore

/// Users, settings, catalogs and data protection of the site (supervisors).
enum AdministrationArea {
    static let module = AreaModule(
        label: AppText.areaAdministration, permission: .manageUsers,
        homeFigures: [HomeFigure(label: AppText.figureLogins, count: .logins)],
        firstScreen: { _ in AdministrationScreen() },
        homeAlerts: { store, context throws(GuichetError) in try BackupAge.homeAlerts(store, context) },
        reportFigures: { store, actor, period, _ throws(GuichetError) in try store.accountReportFigures(as: actor, period: period) })
}
