/// The fields of a telecom line, in the form's order.
public enum TelecomLineField: String, BudgetFieldName, CaseIterable {
    public var key: String { rawValue }

    case kind
    case operatorName
    case offerName
    case monthlyCost
    case commitmentStart
    case commitmentEnd
    case unpaid
    case phone
    case rio
    case notes

    public var label: Phrase {
        switch self {
        case .kind: return Phrase(fr: "Type de ligne", en: "Kind of line")
        case .operatorName: return Phrase(fr: "Opérateur", en: "Operator")
        case .offerName: return Phrase(fr: "Nom de l’offre", en: "Offer name")
        case .monthlyCost: return Phrase(fr: "Coût mensuel", en: "Monthly cost")
        case .commitmentStart: return Phrase(fr: "Début d’engagement", en: "Commitment start")
        case .commitmentEnd: return Phrase(fr: "Fin d’engagement", en: "Commitment end")
        case .unpaid: return Phrase(fr: "Impayé", en: "Unpaid amount")
        case .phone: return Phrase(fr: "Numéro de la ligne", en: "Line number")
        case .rio: return Phrase(fr: "RIO", en: "RIO")
        case .notes: return Phrase(fr: "Remarques", en: "Remarks")
        }
    }
}

/// A checked telecom line of a session: only this is ever stored.
public struct TelecomLine: Sendable, Hashable {
    public let kind: TelecomLineKind
    public let operatorName: String
    public let offerName: String
    public let monthlyCost: Money
    public let commitment: Commitment?
    public let unpaid: Money
    public let phone: PhoneNumber?
    public let rio: RIO?
    public let notes: String

    public static let operatorMaximumLength = 40
    public static let offerMaximumLength = 60
    public static let notesMaximumLength = 200

    /// For the store only: values read back from the database, which only ever
    /// received lines checked by `TelecomLineDraft.validated(today:)`.
    public init(kind: TelecomLineKind, operatorName: String, offerName: String, monthlyCost: Money, commitment: Commitment?,
                unpaid: Money, phone: PhoneNumber?, rio: RIO?, notes: String) {
        self.kind = kind
        self.operatorName = operatorName
        self.offerName = offerName
        self.monthlyCost = monthlyCost
        self.commitment = commitment
        self.unpaid = unpaid
        self.phone = phone
        self.rio = rio
        self.notes = notes
    }

    /// What leaving the line on `day` costs (nothing without a commitment running).
    public func exitCost(on day: CalendarDay) -> Money {
        commitment?.exitCost(monthly: monthlyCost, leavingOn: day) ?? .zero
    }

    /// `forfait mobile · SFR · RED 20 Go`: how the line is named in lists and on the printed page.
    public func title(_ language: Language) -> String {
        ([kind.label.text(language), operatorName] + (offerName.isEmpty ? [] : [offerName])).joined(separator: " · ")
    }
}

/// The line form as typed: every field a string. `validated(today:)` checks
/// them all and reports every error at once; `error(in:today:)` one field, as
/// it is left (the checks that need two fields — the end after the start, the
/// RIO against the number — are made on save).
public struct TelecomLineDraft: BudgetDraft, Sendable, Hashable {
    public var kind = TelecomLineKind.mobilePlan.rawValue
    public var operatorName = ""
    public var offerName = ""
    public var monthlyCost = ""
    public var commitmentStart = ""
    public var commitmentEnd = ""
    public var unpaid = ""
    public var phone = ""
    public var rio = ""
    public var notes = ""

    public init() {}

    /// The form filled with a line, for editing.
    public init(_ line: TelecomLine) {
        kind = line.kind.rawValue
        operatorName = line.operatorName
        offerName = line.offerName
        monthlyCost = BudgetAmount.typed(line.monthlyCost)
        commitmentStart = line.commitment?.start.formatted(.french) ?? ""
        commitmentEnd = line.commitment?.end.formatted(.french) ?? ""
        unpaid = line.unpaid == .zero ? "" : BudgetAmount.typed(line.unpaid)
        phone = line.phone?.display ?? ""
        rio = line.rio?.display ?? ""
        notes = line.notes
    }

    public static func text(of field: TelecomLineField) -> WritableKeyPath<Self, String> {
        switch field {
        case .kind: return \.kind
        case .operatorName: return \.operatorName
        case .offerName: return \.offerName
        case .monthlyCost: return \.monthlyCost
        case .commitmentStart: return \.commitmentStart
        case .commitmentEnd: return \.commitmentEnd
        case .unpaid: return \.unpaid
        case .phone: return \.phone
        case .rio: return \.rio
        case .notes: return \.notes
        }
    }

    public func check(_ c: inout BudgetChecks<TelecomLineField>, today: CalendarDay) -> TelecomLine? {
        let kindValue = c.run(.kind) { () throws(GuichetError) -> TelecomLineKind in
            guard let value = TelecomLineKind(rawValue: kind) else {
                throw .invalid(BudgetText.choiceExpected.filled(TelecomLineField.kind.label))
            }
            return value
        }
        let operatorValue = c.run(.operatorName) { () throws(GuichetError) -> String in
            try BudgetFreeText.required(operatorName, field: TelecomLineField.operatorName.label,
                                        maximum: TelecomLine.operatorMaximumLength, expected: BudgetText.operatorExpected)
        }
        let offerValue = c.run(.offerName) { () throws(GuichetError) -> String in
            try BudgetFreeText.optional(offerName, field: TelecomLineField.offerName.label, maximum: TelecomLine.offerMaximumLength)
        }
        let cost = c.run(.monthlyCost) { () throws(GuichetError) -> Money in
            try BudgetAmount.parse(monthlyCost, field: TelecomLineField.monthlyCost.label, example: "29,99", required: true) ?? .zero
        }
        let day = { (text: String, field: TelecomLineField) throws(GuichetError) -> CalendarDay? in
            try BudgetDay.parse(text, field: field.label, today: today, required: false,
                                earliest: CalendarDay(year: 2000, month: 1, day: 1), latest: today.adding(months: 12 * 5))
        }
        let start = c.run(.commitmentStart) { () throws(GuichetError) in try day(commitmentStart, .commitmentStart) }
        let end = c.run(.commitmentEnd) { () throws(GuichetError) in try day(commitmentEnd, .commitmentEnd) }
        let unpaidValue = c.run(.unpaid) { () throws(GuichetError) -> Money in
            try BudgetAmount.parse(unpaid, field: TelecomLineField.unpaid.label, example: "45,00", required: false) ?? .zero
        }
        let phoneValue = c.run(.phone) { () throws(GuichetError) -> PhoneNumber? in
            phone.trimmingWhitespace().isEmpty ? nil : try PhoneNumber.parse(phone)
        }
        let rioText = rio.trimmingWhitespace()
        // The RIO's shape, part by part, as it is left; its key against the number on save.
        let rioShaped = c.run(.rio) { () throws(GuichetError) -> Bool in
            if !rioText.isEmpty { try RIOEntry.checkShape(rioText) }
            return true
        }
        let notesValue = c.run(.notes) { () throws(GuichetError) -> String in
            try BudgetFreeText.optional(notes, field: TelecomLineField.notes.label, maximum: TelecomLine.notesMaximumLength)
        }
        guard c.only == nil else { return nil }

        // Across fields: a commitment is a start and an end; a RIO needs the number it was issued for.
        var commitment: Commitment??
        if let start, let end {
            switch (start, end) {
            case (nil, nil): commitment = .some(nil)
            case (.some, nil): c.add(.commitmentEnd, BudgetText.commitmentEndMissing)
            case (nil, .some): c.add(.commitmentStart, BudgetText.commitmentStartMissing)
            case (.some(let first), .some(let last)):
                commitment = c.run(.commitmentEnd) { () throws(GuichetError) -> Commitment? in try Commitment(start: first, end: last) }
            }
        }
        var rioValue: RIO??
        if rioShaped != nil, let phoneValue {
            if rioText.isEmpty {
                rioValue = .some(nil)
            } else if let number = phoneValue {
                rioValue = c.run(.rio) { () throws(GuichetError) -> RIO? in
                    try RIOEntry.parse(rioText, phone: number, mobileLine: kindValue?.hasMobileRIO)
                }
            } else {
                c.add(.phone, BudgetText.rioNeedsNumber)
            }
        }
        guard c.errors.isEmpty, let kindValue, let operatorValue, let offerValue, let cost, let commitment,
              let unpaidValue, let phoneValue, let rioValue, let notesValue else { return nil }
        return TelecomLine(kind: kindValue, operatorName: operatorValue, offerName: offerValue, monthlyCost: cost,
                           commitment: commitment, unpaid: unpaidValue, phone: phoneValue, rio: rioValue, notes: notesValue)
    }
}
