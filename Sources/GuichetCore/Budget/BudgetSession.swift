/// An offer chosen for a line, as it was when chosen: the catalog may change
/// afterwards, the session keeps what was said to the person.
public struct ChosenOffer: Sendable, Hashable {
    public let offerID: Int64?
    public let operatorName: String
    public let name: String
    public let monthlyPrice: Money

    public init(offerID: Int64?, operatorName: String, name: String, monthlyPrice: Money) {
        self.offerID = offerID
        self.operatorName = operatorName
        self.name = name
        self.monthlyPrice = monthlyPrice
    }

    public init(_ offer: BudgetOffer) {
        self.init(offerID: offer.id, operatorName: offer.operatorName, name: offer.name, monthlyPrice: offer.monthlyPrice)
    }

    /// `Tarif social mobile (Plusieurs)`.
    public var title: String { name + " (" + operatorName + ")" }
}

/// A line of a session and what the plan does with it: kept as it is, or
/// replaced by a chosen offer.
public struct PlannedLine: Sendable, Hashable {
    public var line: TelecomLine
    public var choice: ChosenOffer?

    public init(line: TelecomLine, choice: ChosenOffer? = nil) {
        self.line = line
        self.choice = choice
    }

    /// What the line costs a month once the plan is carried out.
    public var costAfter: Money { choice?.monthlyPrice ?? line.monthlyCost }
    /// What the plan saves on this line a month (negative when the offer costs more).
    public var monthlySaving: Money { line.monthlyCost - costAfter }

    /// What leaving the line on `day` costs, when the plan replaces it.
    public func exitCost(on day: CalendarDay) -> Money {
        choice == nil ? .zero : line.exitCost(on: day)
    }

    /// The day from which switching on `day` has paid for itself (see `Payback`); nil when kept or when it saves nothing.
    public func payback(from day: CalendarDay) -> CalendarDay? {
        guard choice != nil else { return nil }
        return Payback.day(exitCost: exitCost(on: day), monthlySaving: monthlySaving, from: day)
    }
}

/// The figures of a session: what the lines cost now and with the plan,
/// against the resources and the reference share.
public struct BudgetFigures: Sendable, Hashable {
    public let resources: Money
    public let before: Money
    public let after: Money
    /// The reference share, in tenths of a percent (50: 5 %).
    public let reference: Int

    public init(resources: Money, lines: [PlannedLine], reference: Int) {
        self.resources = resources
        before = lines.map(\.line.monthlyCost).reduce(.zero, +)
        after = lines.map(\.costAfter).reduce(.zero, +)
        self.reference = reference
    }

    /// The share of resources spent on telecoms now; nil when the resources are zero.
    public var shareBefore: Int? { ResourceShare.tenths(of: before, in: resources) }
    /// The same once the plan is carried out.
    public var shareAfter: Int? { ResourceShare.tenths(of: after, in: resources) }
    public var monthlySaving: Money { before - after }
    public var yearlySaving: Money { Money(cents: monthlySaving.cents * 12) }
}

/// A diagnosis session ready to be stored with its lines and the steps it adds
/// to the plan (one transaction).
public struct BudgetSession: Sendable, Hashable {
    public static let maximumLines = 12
    public static let maximumNewSteps = 20

    public var header: SessionHeader
    public var lines: [PlannedLine]
    public var newSteps: [PlanStep]

    public init(header: SessionHeader, lines: [PlannedLine], newSteps: [PlanStep]) {
        self.header = header
        self.lines = lines
        self.newSteps = newSteps
    }

    public func figures(reference: Int) -> BudgetFigures {
        BudgetFigures(resources: header.resources.total, lines: lines, reference: reference)
    }

    /// Refuses a session the forms could not have made (too many lines or steps).
    public func checked() throws(GuichetError) -> BudgetSession {
        guard lines.count <= Self.maximumLines else { throw .invalid(BudgetText.tooManyLines.filled(Self.maximumLines)) }
        guard newSteps.count <= Self.maximumNewSteps else { throw .invalid(BudgetText.tooManySteps.filled(Self.maximumNewSteps)) }
        return self
    }
}
