/// What goes out with a key and should come back with it. The raw codes are stored.
public enum Accessory: String, Sendable, CaseIterable, Codable {
    case charger
    case cable
    case pouch

    public var label: Phrase {
        switch self {
        case .charger: return Phrase(fr: "chargeur", en: "charger")
        case .cable: return Phrase(fr: "câble", en: "cable")
        case .pouch: return Phrase(fr: "housse", en: "pouch")
        }
    }

    /// `charger,cable`: how a set of accessories is stored, in the order of `allCases`.
    public static func stored(_ accessories: Set<Accessory>) -> String {
        allCases.filter(accessories.contains).map(\.rawValue).joined(separator: ",")
    }

    public static func read(_ stored: String) -> Set<Accessory> {
        Set(stored.split(separator: ",").compactMap { Accessory(rawValue: String($0)) })
    }

    /// « chargeur, câble » (or « aucun »), in the order of `allCases`.
    public static func listed(_ accessories: Set<Accessory>, _ language: Language) -> String {
        let names = allCases.filter(accessories.contains).map { $0.label.text(language) }
        return names.isEmpty ? HotspotText.noAccessory.text(language) : names.joined(separator: ", ")
    }
}

/// How a loan ended. The raw codes are stored.
public enum LoanOutcome: String, Sendable, CaseIterable, Codable {
    case good
    case missingAccessories = "missing_accessories"
    case damaged
    case lost
    case handedOver = "handed_over"

    public var label: Phrase {
        switch self {
        case .good: return Phrase(fr: "rendue en bon état", en: "returned in good condition")
        case .missingAccessories: return Phrase(fr: "rendue, accessoires manquants", en: "returned, accessories missing")
        case .damaged: return Phrase(fr: "rendue abîmée (en réparation)", en: "returned damaged (to repair)")
        case .lost: return Phrase(fr: "déclarée perdue (caution gardée)", en: "declared lost (deposit kept)")
        case .handedOver: return Phrase(fr: "remise définitive à la personne", en: "handed over for good")
        }
    }

    /// What the end of the loan does to the key.
    public var event: DeviceEvent {
        switch self {
        case .good: return .returnGood
        case .missingAccessories: return .returnMissingAccessories
        case .damaged: return .returnDamaged
        case .lost: return .declareLost
        case .handedOver: return .handOver
        }
    }

    /// The deposit is given back at a return and at a handover, kept for a lost key.
    public func refund(of deposit: Money) -> Money {
        self == .lost ? .zero : deposit
    }
}

/// A loan of a key to a person: open until the key comes back (or is lost, or handed over).
public struct HotspotLoan: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let deviceID: Int64
    public let deviceCode: String
    public let beneficiaryID: Int64
    public let fileNumber: String
    public let startedOn: CalendarDay
    /// The day the key is due back; nil for a handover made at once.
    public let dueOn: CalendarDay?
    public let renewals: Int
    public let deposit: Money
    public let accessoriesOut: Set<Accessory>
    public let closedOn: CalendarDay?
    public let outcome: LoanOutcome?
    public let accessoriesIn: Set<Accessory>
    public let depositReturned: Money

    public init(id: Int64, deviceID: Int64, deviceCode: String, beneficiaryID: Int64, fileNumber: String, startedOn: CalendarDay,
                dueOn: CalendarDay?, renewals: Int, deposit: Money, accessoriesOut: Set<Accessory>, closedOn: CalendarDay?,
                outcome: LoanOutcome?, accessoriesIn: Set<Accessory>, depositReturned: Money) {
        self.id = id
        self.deviceID = deviceID
        self.deviceCode = deviceCode
        self.beneficiaryID = beneficiaryID
        self.fileNumber = fileNumber
        self.startedOn = startedOn
        self.dueOn = dueOn
        self.renewals = renewals
        self.deposit = deposit
        self.accessoriesOut = accessoriesOut
        self.closedOn = closedOn
        self.outcome = outcome
        self.accessoriesIn = accessoriesIn
        self.depositReturned = depositReturned
    }

    public var isOpen: Bool { closedOn == nil }

    /// Days late on `today` (0 when not late): a key due on the 27th is 1 day late on the 28th.
    public func daysLate(on today: CalendarDay) -> Int {
        guard isOpen, let dueOn, dueOn < today else { return 0 }
        return LoanDays.between(dueOn, today)
    }

    public func isOverdue(on today: CalendarDay) -> Bool { daysLate(on: today) > 0 }

    /// Due within `days` days (today included), not yet late.
    public func isDueSoon(on today: CalendarDay, within days: Int = LoanDays.dueSoon) -> Bool {
        guard isOpen, let dueOn else { return false }
        return dueOn >= today && dueOn <= today.adding(days: days)
    }
}

/// Counting days between two calendar days of the site.
public enum LoanDays {
    /// « À rendre bientôt »: due within this many days.
    public static let dueSoon = 3

    /// Whole days from `a` to `b` (negative when `b` is before `a`).
    public static func between(_ a: CalendarDay, _ b: CalendarDay) -> Int {
        b.daysSinceEpoch - a.daysSinceEpoch
    }
}
