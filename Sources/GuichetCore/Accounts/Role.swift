/// Who may do what at the counter. Ordered: each role may do all the one before may.
public enum Role: String, Sendable, CaseIterable, Comparable, Codable {
    case volunteer
    case coach
    case supervisor

    private var rank: Int {
        switch self {
        case .volunteer: return 0
        case .coach: return 1
        case .supervisor: return 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    public var label: Phrase {
        switch self {
        case .volunteer: return Phrase(fr: "bénévole", en: "volunteer")
        case .coach: return Phrase(fr: "accompagnateur·rice", en: "coach")
        case .supervisor: return Phrase(fr: "responsable", en: "supervisor")
        }
    }

    public func may(_ permission: Permission) -> Bool { self >= permission.minimumRole }
}
