import GuichetCore

/// The areas of the home menu, in the order of UX.md.
enum CounterArea: Int, CaseIterable {
    case beneficiaries = 1
    case budget
    case recharges
    case hotspots
    case journal
    case administration

    var label: Phrase {
        switch self {
        case .beneficiaries: return AppText.areaBeneficiaries
        case .budget: return AppText.areaBudget
        case .recharges: return AppText.areaRecharges
        case .hotspots: return AppText.areaHotspots
        case .journal: return AppText.areaJournal
        case .administration: return AppText.areaAdministration
        }
    }

    /// The permission needed to open the area.
    var permission: Permission {
        switch self {
        case .beneficiaries: return .editBeneficiaries
        case .budget: return .budgetCoaching
        case .recharges, .hotspots, .journal: return .useCounter
        case .administration: return .manageUsers
        }
    }

    /// Whether the area's screens exist yet; the others are shown greyed, "bientôt".
    var isBuilt: Bool {
        switch self {
        case .beneficiaries, .administration: return true
        case .budget, .recharges, .hotspots, .journal: return false
        }
    }

    /// Why the area cannot be opened by `actor`, or nil when it can.
    func refusal(for actor: Actor?) -> Phrase? {
        guard isBuilt else { return AppText.areaComingSoon }
        guard let actor, actor.role.may(permission) else { return Self.reservedTo(permission.minimumRole) }
        return nil
    }

    /// "réservé au rôle responsable": why a greyed action or area is out of reach.
    static func reservedTo(_ role: Role) -> Phrase {
        AppText.areaReservedTo.filled(role.label)
    }

    /// The area's first screen; nil for an area not built yet.
    func openScreen(_ context: AppContext) -> (any Screen)? {
        switch self {
        case .beneficiaries: return BeneficiaryListScreen(context: context)
        case .administration: return AdministrationScreen(context: context)
        case .budget, .recharges, .hotspots, .journal: return nil
        }
    }
}
