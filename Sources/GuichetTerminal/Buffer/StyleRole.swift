/// The semantic role of a cell; themes map each role to colours and attributes.
public enum StyleRole: String, Sendable, CaseIterable {
    case normal, title, header, selection, muted, error, warning, success, field, fieldFocused,
         keyName, keyLabel, keyDisabled, border, dialog, highlight, chart, disabled

    // Compared and hashed by position: the defaults of a raw-valued enum go
    // through the raw value, a string, and roles are compared for every cell drawn.
    public static func == (lhs: StyleRole, rhs: StyleRole) -> Bool { lhs.ordinal == rhs.ordinal }
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// The role's position in `allCases`, for tables indexed by role.
    public var ordinal: Int {
        switch self {
        case .normal: return 0
        case .title: return 1
        case .header: return 2
        case .selection: return 3
        case .muted: return 4
        case .error: return 5
        case .warning: return 6
        case .success: return 7
        case .field: return 8
        case .fieldFocused: return 9
        case .keyName: return 10
        case .keyLabel: return 11
        case .keyDisabled: return 12
        case .border: return 13
        case .dialog: return 14
        case .highlight: return 15
        case .chart: return 16
        case .disabled: return 17
        }
    }
}
