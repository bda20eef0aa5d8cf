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
        case .administration: return true
        case .beneficiaries, .budget, .recharges, .hotspots, .journal: return false
        }
    }

    /// Why the area cannot be opened by `actor`, or nil when it can.
    func refusal(for actor: Actor?) -> Phrase? {
        guard isBuilt else { return AppText.areaComingSoon }
        guard let actor, actor.role.may(permission) else {
            return Phrase(fr: AppText.areaReservedTo.text(.french, permission.minimumRole.label.text(.french)),
                          en: AppText.areaReservedTo.text(.english, permission.minimumRole.label.text(.english)))
        }
        return nil
    }

    /// The area's first screen; nil for an area not built yet.
    func openScreen(_ context: AppContext) -> (any Screen)? {
        switch self {
        case .administration: return AdministrationScreen(context: context)
        case .beneficiaries, .budget, .recharges, .hotspots, .journal: return nil
        }
    }
}
