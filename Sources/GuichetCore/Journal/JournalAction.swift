/// An action code of the journal, declared by its area as an enum: a stable
/// string that reports filter on, and how the event reads in the journal.
public protocol JournalAction: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The area whose action this is (the journal screen filters by area).
    static var area: AreaID { get }
    /// How the event reads, `{1}` standing for its subject (a file number, a login…):
    /// « fiche {1} créée ». Never a person's name: the journal holds none.
    var wording: Phrase { get }
}

/// An action code of any area, as the journal stores and shows it.
public struct ActionCode: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public let area: AreaID
    public let wording: Phrase

    public init<Action: JournalAction>(_ action: Action) {
        rawValue = action.rawValue
        area = Action.area
        wording = action.wording
    }

    public var description: String { rawValue }

    /// Every code of every area, for the journal's wording and filters.
    public static var all: [ActionCode] { AreaID.allCases.flatMap(\.journalActions) }

    /// The declared code stored as `rawValue`, or nil for a code this version does not know.
    /// (Looked up in a table made once: the journal words thousands of events at a time.)
    public static func named(_ rawValue: String) -> ActionCode? {
        byName[rawValue]
    }

    private static let byName: [String: ActionCode] = Dictionary(all.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
}

extension JournalAction {
    public var code: ActionCode { ActionCode(self) }
    static var codes: [ActionCode] { allCases.map(ActionCode.init) }
}

extension AreaID {
    /// The journal actions each area declares.
    public var journalActions: [ActionCode] {
        switch self {
        case .beneficiaries: return BeneficiaryAction.codes
        case .budget: return BudgetAction.codes
        case .administration: return AccountAction.codes + ProtectionAction.codes
        case .recharges: return RechargeAction.codes
        case .hotspots: return HotspotAction.codes
        case .journal: return ReviewAction.codes
        }
    }
}
