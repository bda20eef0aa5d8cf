/// The settings of the loans (Administration → Réglages), with their defaults and checks.
public struct HotspotSettings: Sendable, Equatable {
    /// The housing situations whose people may borrow a key.
    public var eligibleHousings: [Housing]
    /// Days from the loan (or a renewal) to the day the key is due.
    public var loanDays: Int
    /// Taken through the cash box at the loan, given back at the return; may be 0.
    public var deposit: Money
    /// How many times a loan may be renewed.
    public var renewalLimit: Int

    public init(eligibleHousings: [Housing] = Self.defaultHousings, loanDays: Int = Self.defaultLoanDays,
                deposit: Money = Self.defaultDeposit, renewalLimit: Int = Self.defaultRenewalLimit) {
        self.eligibleHousings = eligibleHousings
        self.loanDays = loanDays
        self.deposit = deposit
        self.renewalLimit = renewalLimit
    }

    public static let defaultHousings: [Housing] = [.homeless, .emergencyShelter, .hostedByThirdParty]
    public static let defaultLoanDays = 30
    public static let defaultDeposit = Money(cents: 10_00)
    public static let defaultRenewalLimit = 2
    public static let loanDaysAllowed = 7...180
    public static let depositAllowed = Money.zero...Money(cents: 200_00)
    public static let renewalLimitAllowed = 0...10

    /// The housing situations in the order the list of situations gives, from the most precarious:
    /// the settings offer the first one, two, three… of them.
    public static let housingOrder: [Housing] = [.homeless, .emergencyShelter, .hostedByThirdParty, .other, .housed]

    /// `homeless,emergency_shelter,hosted`: codes of `Housing`, separated by commas; at least one.
    public static func housings(_ input: String) throws(GuichetError) -> [Housing] {
        let codes = input.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        let housings = codes.compactMap(Housing.init(rawValue:))
        guard !housings.isEmpty, housings.count == codes.count else { throw .invalid(HotspotText.housingsExpected) }
        return housingOrder.filter(housings.contains)
    }

    public static func stored(_ housings: [Housing]) -> String {
        housingOrder.filter(housings.contains).map(\.rawValue).joined(separator: ",")
    }

    public static func loanDays(_ input: String) throws(GuichetError) -> Int {
        guard let value = Int(input.trimmingWhitespace()), loanDaysAllowed.contains(value) else {
            throw .invalid(HotspotText.loanDaysExpected.filled(loanDaysAllowed.lowerBound, loanDaysAllowed.upperBound))
        }
        return value
    }

    public static func deposit(_ input: String) throws(GuichetError) -> Money {
        guard let value = Money.parse(input), depositAllowed.contains(value) else {
            throw .invalid(HotspotText.depositExpected.filled(depositAllowed.upperBound.formatted(.french)))
        }
        return value
    }

    public static func renewalLimit(_ input: String) throws(GuichetError) -> Int {
        guard let value = Int(input.trimmingWhitespace()), renewalLimitAllowed.contains(value) else {
            throw .invalid(HotspotText.renewalLimitExpected.filled(renewalLimitAllowed.upperBound))
        }
        return value
    }

    /// « sans domicile, hébergement d’urgence / CHRS ou hébergement chez un tiers ».
    public func housingsListed(_ language: Language) -> String {
        let labels = eligibleHousings.map { $0.label.text(language) }
        guard labels.count > 1 else { return labels.joined() }
        return labels.dropLast().joined(separator: ", ") + (language == .french ? " ou " : " or ") + labels.last!
    }
}

/// Who may borrow a key: an active enrolment, a housing situation the settings
/// name, and no other loan open.
public enum LoanEligibility {
    /// Throws, saying why, unless the person may borrow a key on `today`.
    /// `openLoan` is the person's loan still open, if any.
    public static func check(enrolment: Enrolment, housing: Housing?, openLoan: HotspotLoan?, today: CalendarDay,
                             settings: HotspotSettings) throws(GuichetError) {
        try enrolment.requireActive(on: today)
        try checkHousing(housing, settings: settings)
        if let openLoan {
            let due = openLoan.dueOn?.formatted(.french) ?? "—"
            throw .refused(HotspotText.secondLoan.filled(openLoan.deviceCode, due))
        }
    }

    public static func checkHousing(_ housing: Housing?, settings: HotspotSettings) throws(GuichetError) {
        guard let housing else {
            throw .refused(Phrase(fr: HotspotText.housingUnknown.text(.french, settings.housingsListed(.french)),
                                  en: HotspotText.housingUnknown.text(.english, settings.housingsListed(.english))))
        }
        guard settings.eligibleHousings.contains(housing) else {
            throw .refused(Phrase(
                fr: HotspotText.notEligible.text(.french, housing.label.french, settings.housingsListed(.french)),
                en: HotspotText.notEligible.text(.english, housing.label.english, settings.housingsListed(.english))))
        }
    }
}

/// A renewal gives `loanDays` more days, from the day due or from today when the key
/// is late, at most `renewalLimit` times.
public enum LoanRenewal {
    public static func newDueDate(of loan: HotspotLoan, today: CalendarDay, settings: HotspotSettings) throws(GuichetError)
        -> CalendarDay {
        guard loan.isOpen, let due = loan.dueOn else { throw .refused(HotspotText.loanNotOpen) }
        guard loan.renewals < settings.renewalLimit else {
            throw .refused(HotspotText.renewalLimitReached.filled(loan.renewals, settings.renewalLimit))
        }
        return max(due, today).adding(days: settings.loanDays)
    }
}

/// A yes/no field of the loan and return forms. The raw codes are the choices' codes.
public enum YesNo: String, Sendable, CaseIterable {
    case yes
    case no

    public var label: Phrase {
        self == .yes ? Phrase(fr: "oui", en: "yes") : Phrase(fr: "non", en: "no")
    }
}

/// The fields of the loan form.
public enum LoanField: String, BudgetFieldName, CaseIterable {
    case device
    case kind
    case due
    case charger
    case cable
    case pouch
    case agreement

    public var key: String { rawValue }

    public var label: Phrase {
        switch self {
        case .device: return Phrase(fr: "Clé", en: "Key")
        case .kind: return Phrase(fr: "Type", en: "Kind")
        case .due: return Phrase(fr: "À rendre le", en: "Due back on")
        case .charger: return Phrase(fr: "Chargeur remis", en: "Charger given")
        case .cable: return Phrase(fr: "Câble remis", en: "Cable given")
        case .pouch: return Phrase(fr: "Housse remise", en: "Pouch given")
        case .agreement: return Phrase(fr: "Convention signée", en: "Agreement signed")
        }
    }

    public static func accessory(_ accessory: Accessory) -> LoanField {
        switch accessory {
        case .charger: return .charger
        case .cable: return .cable
        case .pouch: return .pouch
        }
    }
}

/// Whether the key is lent (to come back) or handed over for good. The raw codes are stored.
public enum LoanKind: String, Sendable, CaseIterable {
    case loan
    case handover

    public var label: Phrase {
        self == .loan ? Phrase(fr: "prêt (clé à rendre)", en: "loan (key to come back)")
            : Phrase(fr: "remise définitive", en: "handed over for good")
    }
}

/// A loan checked: what the store writes (with the eligibility it checks again).
public struct ValidLoan: Sendable, Equatable {
    public let deviceID: Int64
    public let kind: LoanKind
    /// nil for a handover.
    public let dueOn: CalendarDay?
    public let accessories: Set<Accessory>

    public init(deviceID: Int64, kind: LoanKind, dueOn: CalendarDay?, accessories: Set<Accessory>) {
        self.deviceID = deviceID
        self.kind = kind
        self.dueOn = dueOn
        self.accessories = accessories
    }
}

/// The loan form as typed: the key (its id), the kind, the day due, the accessories
/// given, the agreement ticked.
public struct LoanDraft: BudgetDraft, Sendable, Equatable {
    public var device = ""
    public var kind = LoanKind.loan.rawValue
    public var due = ""
    public var charger = YesNo.yes.rawValue
    public var cable = YesNo.yes.rawValue
    public var pouch = YesNo.yes.rawValue
    public var agreement = YesNo.no.rawValue

    public init() {}

    /// The longest a loan may be set for at once.
    public static let longestDays = 365

    public static func text(of field: LoanField) -> WritableKeyPath<LoanDraft, String> {
        switch field {
        case .device: return \.device
        case .kind: return \.kind
        case .due: return \.due
        case .charger: return \.charger
        case .cable: return \.cable
        case .pouch: return \.pouch
        case .agreement: return \.agreement
        }
    }

    /// The day due as typed: after today, within a year.
    public static func dueDay(_ input: String, today: CalendarDay) throws(GuichetError) -> CalendarDay {
        let field = LoanField.due.label
        guard let day = try BudgetDay.parse(input, field: field, today: today, required: true) else {
            throw .invalid(BudgetText.dayExpected.filled(field, today.adding(days: 30).formatted(.french)))
        }
        let tomorrow = today.adding(days: 1).formatted(.french)
        if day < today { throw .invalid(HotspotText.dueInPast.filled(day.formatted(.french), tomorrow)) }
        if day == today { throw .invalid(HotspotText.dueToday.filled(tomorrow)) }
        let latest = today.adding(days: longestDays)
        if day > latest { throw .invalid(HotspotText.dueTooFar.filled(latest.formatted(.french))) }
        return day
    }

    public func check(_ checks: inout BudgetChecks<LoanField>, today: CalendarDay) -> ValidLoan? {
        let deviceID = checks.run(.device) { () throws(GuichetError) -> Int64 in
            guard let id = Int64(self.device) else { throw .invalid(HotspotText.noDeviceAvailable) }
            return id
        }
        let kind = checks.run(.kind) { () throws(GuichetError) -> LoanKind in LoanKind(rawValue: self.kind) ?? .loan }
        let due = checks.run(.due) { () throws(GuichetError) -> CalendarDay? in
            LoanKind(rawValue: self.kind) == .handover ? nil : try Self.dueDay(self.due, today: today)
        }
        let agreement = checks.run(.agreement) { () throws(GuichetError) -> Bool in
            guard self.agreement == YesNo.yes.rawValue else { throw .invalid(HotspotText.agreementRequired) }
            return true
        }
        let accessories = Set(Accessory.allCases.filter { self[LoanField.accessory($0)] == YesNo.yes.rawValue })
        guard let deviceID, let kind, let due, agreement != nil else { return nil }
        return ValidLoan(deviceID: deviceID, kind: kind, dueOn: due, accessories: accessories)
    }
}

/// The fields of the return form.
public enum ReturnField: String, BudgetFieldName, CaseIterable {
    case outcome
    case charger
    case cable
    case pouch
    case note

    public var key: String { rawValue }

    public var label: Phrase {
        switch self {
        case .outcome: return Phrase(fr: "État au retour", en: "Condition")
        case .charger: return Phrase(fr: "Chargeur rendu", en: "Charger back")
        case .cable: return Phrase(fr: "Câble rendu", en: "Cable back")
        case .pouch: return Phrase(fr: "Housse rendue", en: "Pouch back")
        case .note: return Phrase(fr: "Remarque", en: "Remark")
        }
    }

    public static func accessory(_ accessory: Accessory) -> ReturnField {
        switch accessory {
        case .charger: return .charger
        case .cable: return .cable
        case .pouch: return .pouch
        }
    }
}

/// The end of a loan, checked.
public struct ValidReturn: Sendable, Equatable {
    public let outcome: LoanOutcome
    /// The accessories ticked as back (the store keeps those that went out).
    public let accessoriesBack: Set<Accessory>
    public let note: String

    public init(outcome: LoanOutcome, accessoriesBack: Set<Accessory>, note: String) {
        self.outcome = outcome
        self.accessoriesBack = accessoriesBack
        self.note = note
    }
}

/// The return form as typed. The form shows the accessories that went out only: the
/// others keep their « oui » and count as not missing.
public struct ReturnDraft: BudgetDraft, Sendable, Equatable {
    public var outcome = LoanOutcome.good.rawValue
    public var charger = YesNo.yes.rawValue
    public var cable = YesNo.yes.rawValue
    public var pouch = YesNo.yes.rawValue
    public var note = ""

    public init() {}

    public static let noteMaximum = 200

    public static func text(of field: ReturnField) -> WritableKeyPath<ReturnDraft, String> {
        switch field {
        case .outcome: return \.outcome
        case .charger: return \.charger
        case .cable: return \.cable
        case .pouch: return \.pouch
        case .note: return \.note
        }
    }

    public func check(_ checks: inout BudgetChecks<ReturnField>, today: CalendarDay) -> ValidReturn? {
        let back = Set(Accessory.allCases.filter { self[ReturnField.accessory($0)] == YesNo.yes.rawValue })
        let missing = Accessory.allCases.filter { !back.contains($0) }
        let outcome = checks.run(.outcome) { () throws(GuichetError) -> LoanOutcome in
            let outcome = LoanOutcome(rawValue: self.outcome) ?? .good
            if outcome == .good, let first = missing.first {
                throw .invalid(HotspotText.accessoryNotBack.filled(first.label))
            }
            if outcome == .missingAccessories, missing.isEmpty { throw .invalid(HotspotText.nothingMissing) }
            return outcome
        }
        let note = checks.run(.note) { () throws(GuichetError) in
            try BudgetFreeText.optional(self.note, field: ReturnField.note.label, maximum: Self.noteMaximum)
        }
        guard let outcome, let note else { return nil }
        return ValidReturn(outcome: outcome, accessoriesBack: back, note: note)
    }
}

/// A supervisor's change of a key's state, with its reason.
public enum DeviceStateChangeRule {
    public static let reasonMaximum = 120

    public static func reason(_ input: String) throws(GuichetError) -> String {
        try BudgetFreeText.required(input, field: HotspotText.reasonField, maximum: reasonMaximum, expected: HotspotText.reasonExpected)
    }
}
