/// Every guarded capability, with the least role that holds it (DOMAIN.md, "Who uses it").
public enum Permission: String, Sendable, CaseIterable {
    case useCounter
    case editBeneficiaries
    case recordVisits
    case renewEnrolment
    case closeEnrolment
    case budgetCoaching
    case manageUsers
    case changeSettings
    case readWholeJournal
    case importData

    public var minimumRole: Role {
        switch self {
        case .useCounter, .editBeneficiaries, .recordVisits, .renewEnrolment: return .volunteer
        case .budgetCoaching: return .coach
        case .closeEnrolment, .manageUsers, .changeSettings, .readWholeJournal, .importData: return .supervisor
        }
    }
}
