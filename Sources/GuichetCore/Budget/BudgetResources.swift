/// The monthly resources entered at a session, by kind: only amounts above
/// zero are kept. Their total is what the share of telecoms is measured against.
public struct BudgetResources: Sendable, Hashable {
    public let amounts: [BudgetResourceKind: Money]

    public init(_ amounts: [BudgetResourceKind: Money]) {
        self.amounts = amounts.filter { $0.value.cents > 0 }
    }

    public static let none = BudgetResources([:])

    public var total: Money { amounts.values.reduce(.zero, +) }

    /// The kinds and amounts, in the list's order.
    public var listed: [(kind: BudgetResourceKind, amount: Money)] {
        BudgetResourceKind.allCases.compactMap { kind in amounts[kind].map { (kind, $0) } }
    }

    /// The benefits these resources prove (RSA, AAH, ASS, ARE), for the reserved offers.
    public var benefits: Set<Benefit> { Set(amounts.keys.compactMap(\.benefit)) }

    /// The resources of a file: its main resource and amount, when both are known.
    public init(fileResource: ResourceKind?, amount: Money?) {
        guard let fileResource, let kind = BudgetResourceKind(fileResource: fileResource), let amount else {
            self.init([:])
            return
        }
        self.init([kind: amount])
    }
}

/// The fields of a session's header form: its date, the next appointment, and one amount per kind of resource.
public enum SessionField: BudgetFieldName {
    case day
    case nextAppointment
    case resource(BudgetResourceKind)

    public var key: String {
        switch self {
        case .day: return "day"
        case .nextAppointment: return "next_appointment"
        case .resource(let kind): return "resource." + kind.rawValue
        }
    }

    public var label: Phrase {
        switch self {
        case .day: return Phrase(fr: "Date de la séance", en: "Session date")
        case .nextAppointment: return Phrase(fr: "Prochain rendez-vous", en: "Next appointment")
        case .resource(let kind): return kind.label
        }
    }

    public static var allCases: [SessionField] {
        [.day, .nextAppointment] + BudgetResourceKind.allCases.map { .resource($0) }
    }
}

/// The date, next appointment and resources of a session, checked.
public struct SessionHeader: Sendable, Hashable {
    public var day: CalendarDay
    public var nextAppointment: CalendarDay?
    public var resources: BudgetResources

    public init(day: CalendarDay, nextAppointment: CalendarDay?, resources: BudgetResources) {
        self.day = day
        self.nextAppointment = nextAppointment
        self.resources = resources
    }
}

/// The header form as typed.
public struct SessionHeaderDraft: BudgetDraft, Sendable, Hashable {
    public var day = ""
    public var nextAppointment = ""
    public var amounts: [BudgetResourceKind: String] = [:]

    public init() {}

    public init(_ header: SessionHeader) {
        day = header.day.formatted(.french)
        nextAppointment = header.nextAppointment?.formatted(.french) ?? ""
        for (kind, amount) in header.resources.listed { amounts[kind] = BudgetAmount.typed(amount) }
    }

    public static func text(of field: SessionField) -> WritableKeyPath<Self, String> {
        switch field {
        case .day: return \.day
        case .nextAppointment: return \.nextAppointment
        case .resource(let kind): return \.[amount: kind]
        }
    }

    /// The amount typed for `kind` ("" when none).
    public subscript(amount kind: BudgetResourceKind) -> String {
        get { amounts[kind] ?? "" }
        set { amounts[kind] = newValue }
    }

    /// How far back a session may be dated (entered later from paper notes).
    public static let earliestDaysBack = 366

    public func check(_ c: inout BudgetChecks<SessionField>, today: CalendarDay) -> SessionHeader? {
        let sessionDay = c.run(.day) { () throws(GuichetError) -> CalendarDay in
            try BudgetDay.parse(day, field: SessionField.day.label, today: today, required: true,
                                earliest: today.adding(days: -Self.earliestDaysBack), latest: today) ?? today
        }
        let next = c.run(.nextAppointment) { () throws(GuichetError) -> CalendarDay? in
            try BudgetDay.parse(nextAppointment, field: SessionField.nextAppointment.label, today: today, required: false,
                                earliest: sessionDay ?? today, latest: (sessionDay ?? today).adding(months: 12))
        }
        var amounts: [BudgetResourceKind: Money] = [:]
        for kind in BudgetResourceKind.allCases {
            let value = c.run(.resource(kind)) { () throws(GuichetError) -> Money? in
                try BudgetAmount.parse(self.amounts[kind] ?? "", field: kind.label, example: "607,75", required: false)
            }
            if let value, let value { amounts[kind] = value }
        }
        guard c.only == nil, let sessionDay, let next else { return nil }
        return SessionHeader(day: sessionDay, nextAppointment: next, resources: BudgetResources(amounts))
    }
}
