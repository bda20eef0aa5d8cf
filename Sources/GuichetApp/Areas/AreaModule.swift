import GuichetCore
import GuichetStore
import GuichetTerminal

/// An area as the counter shows it, declared once in the area's folder: its
/// label, the permission it needs, its first screen and its figures of the
/// day. The home menu, the greyed areas and the home figures follow from these.
struct AreaModule: Sendable {
    let label: Phrase
    /// The permission needed to open the area.
    let permission: Permission
    /// Figures of the day shown on the home screen.
    var homeFigures: [HomeFigure] = []
    /// The area's first screen; nil while it is not built (shown greyed, « bientôt »).
    var firstScreen: (@Sendable (AppContext) -> any Screen)?
    /// Warnings for the home screen (low stock, a ledger check that failed), read with the figures.
    var homeAlerts: (@Sendable (GuichetStore, AppContext) throws(GuichetError) -> [HomeAlert])?
    /// The area's figures for the day summary and the reports (the `ReportFigureID`s whose
    /// `area` is this one), read by the store for a period; nil while the area gives none:
    /// its figures then read « — », never 0.
    var reportFigures: ReportSource?
}

/// How an area reads its report figures: the store, the supervisor asking, the period, and
/// whether a day summary or a whole report is wanted.
typealias ReportSource = @Sendable (GuichetStore, Actor, ReportPeriod, ReportScope) throws(GuichetError) -> ReportContribution

/// One line of the home screen under the figures: a warning, an error (red, with `!`),
/// or a plain note (the last backup's age while it is recent).
struct HomeAlert: Sendable, Equatable {
    let text: String
    let isError: Bool
    var isNote = false

    var role: StyleRole { isError ? .error : (isNote ? .muted : .warning) }
}

/// One figure of the day on the home screen.
struct HomeFigure: Sendable {
    let label: Phrase
    let count: DayCount
}

extension AreaID {
    /// Each area's module, declared in the area's own folder.
    var module: AreaModule {
        switch self {
        case .beneficiaries: return BeneficiaryArea.module
        case .budget: return BudgetArea.module
        case .recharges: return RechargesArea.module
        case .hotspots: return HotspotsArea.module
        case .journal: return JournalArea.module
        case .administration: return AdministrationArea.module
        }
    }

    /// Why the area cannot be opened by `actor`, or nil when it can.
    func refusal(for actor: Actor?) -> Phrase? { module.refusal(for: actor) }
}

extension AreaModule {
    /// Why this area cannot be opened by `actor` (not built yet, or a role too low), or nil when it can.
    func refusal(for actor: Actor?) -> Phrase? {
        guard firstScreen != nil else { return AppText.areaComingSoon }
        guard let actor, actor.role.may(permission) else { return AppText.reservedTo(permission.minimumRole) }
        return nil
    }
}

extension AppText {
    /// "réservé au rôle responsable": why a greyed action or area is out of reach.
    static func reservedTo(_ role: Role) -> Phrase {
        areaReservedTo.filled(role.label)
    }
}
