/// What an offer includes a month: minutes of calls, SMS, data. nil is
/// unlimited, 0 is not included.
public struct OfferContent: Sendable, Hashable {
    public let minutes: Int?
    public let sms: Int?
    public let dataMB: Int?

    public init(minutes: Int?, sms: Int?, dataMB: Int?) {
        self.minutes = minutes
        self.sms = sms
        self.dataMB = dataMB
    }

    /// `40 min · 40 SMS · 100 Mo`, `appels illimités · 20 Go`; « — » when nothing is included.
    public func text(_ language: Language) -> String {
        var parts: [String] = []
        switch minutes {
        case nil: parts.append(BudgetText.unlimitedCalls.text(language))
        case let value? where value > 0: parts.append("\(value) min")
        default: break
        }
        switch sms {
        case nil: parts.append(BudgetText.unlimitedSMS.text(language))
        case let value? where value > 0: parts.append("\(value) SMS")
        default: break
        }
        switch dataMB {
        case nil: parts.append(BudgetText.unlimitedData.text(language))
        case let value? where value > 0: parts.append(Self.data(value, language))
        default: break
        }
        return parts.isEmpty ? "—" : parts.joined(separator: " · ")
    }

    /// `100 Mo`, `1,5 Go`, `20 Go` (1 Go = 1 000 Mo, as operators count).
    static func data(_ megabytes: Int, _ language: Language) -> String {
        let (mega, giga) = language == .french ? ("Mo", "Go") : ("MB", "GB")
        guard megabytes >= 1000 else { return "\(megabytes) " + mega }
        let tenths = (megabytes + 50) / 100
        let decimal = language == .french ? "," : "."
        return "\(tenths / 10)" + (tenths % 10 == 0 ? "" : decimal + "\(tenths % 10)") + " " + giga
    }
}

/// An offer of the catalog: who may have it, what it covers and includes, its price.
public struct BudgetOffer: Sendable, Hashable {
    public let id: Int64?
    public let operatorName: String
    public let name: String
    public let service: OfferService
    public let monthlyPrice: Money
    public let content: OfferContent
    /// Reserved to the recipients of these benefits; empty: for anyone.
    public let benefits: Set<Benefit>
    public let commitmentMonths: Int
    public let validFrom: CalendarDay?
    public let validTo: CalendarDay?
    /// One of the examples seeded with the catalog, not yet checked by a supervisor.
    public let isExample: Bool
    public let isRetired: Bool

    public static let operatorMaximumLength = 40
    public static let nameMaximumLength = 60

    /// For the store and the draft's check only.
    public init(id: Int64?, operatorName: String, name: String, service: OfferService, monthlyPrice: Money,
                content: OfferContent, benefits: Set<Benefit>, commitmentMonths: Int, validFrom: CalendarDay?,
                validTo: CalendarDay?, isExample: Bool, isRetired: Bool) {
        self.id = id
        self.operatorName = operatorName
        self.name = name
        self.service = service
        self.monthlyPrice = monthlyPrice
        self.content = content
        self.benefits = benefits
        self.commitmentMonths = commitmentMonths
        self.validFrom = validFrom
        self.validTo = validTo
        self.isExample = isExample
        self.isRetired = isRetired
    }

    /// Not retired, and `day` within its dates of validity.
    public func isAvailable(on day: CalendarDay) -> Bool {
        !isRetired && (validFrom.map { $0 <= day } ?? true) && (validTo.map { day <= $0 } ?? true)
    }

    /// Whether someone receiving `benefits` may have it.
    public func isOpen(to benefits: Set<Benefit>) -> Bool {
        self.benefits.isEmpty || !self.benefits.isDisjoint(with: benefits)
    }
}

/// An offer proposed for a line, with what it saves a month (negative when it costs more).
public struct OfferProposal: Sendable, Hashable {
    public let offer: BudgetOffer
    public let monthlySaving: Money
}

/// Which offers of the catalog a session proposes for a line.
public enum OfferMatching {
    /// The offers available on `day` that cover the line's kind and that a person
    /// receiving `benefits` may have, cheapest first (then by name), each with the
    /// saving it brings on this line.
    public static func proposals(for line: TelecomLine, benefits: Set<Benefit>, offers: [BudgetOffer],
                                 on day: CalendarDay) -> [OfferProposal] {
        offers
            .filter { $0.service == line.kind.service && $0.isAvailable(on: day) && $0.isOpen(to: benefits) }
            .sorted { ($0.monthlyPrice, $0.name, $0.id ?? 0) < ($1.monthlyPrice, $1.name, $1.id ?? 0) }
            .map { OfferProposal(offer: $0, monthlySaving: line.monthlyCost - $0.monthlyPrice) }
    }
}

/// The fields of the offer form.
public enum OfferField: String, BudgetFieldName, CaseIterable {
    public var key: String { rawValue }

    case operatorName
    case name
    case service
    case monthlyPrice
    case minutes
    case sms
    case data
    case benefits
    case commitmentMonths
    case validFrom
    case validTo

    public var label: Phrase {
        switch self {
        case .operatorName: return Phrase(fr: "Opérateur", en: "Operator")
        case .name: return Phrase(fr: "Nom de l’offre", en: "Offer name")
        case .service: return Phrase(fr: "Pour remplacer", en: "Replaces")
        case .monthlyPrice: return Phrase(fr: "Prix par mois", en: "Price a month")
        case .minutes: return Phrase(fr: "Appels (minutes)", en: "Calls (minutes)")
        case .sms: return Phrase(fr: "SMS", en: "SMS")
        case .data: return Phrase(fr: "Internet mobile", en: "Mobile data")
        case .benefits: return Phrase(fr: "Réservée à", en: "Reserved to")
        case .commitmentMonths: return Phrase(fr: "Engagement (mois)", en: "Commitment (months)")
        case .validFrom: return Phrase(fr: "Valable du", en: "Valid from")
        case .validTo: return Phrase(fr: "Valable jusqu’au", en: "Valid until")
        }
    }
}

/// The offer form as typed.
public struct OfferDraft: BudgetDraft, Sendable, Hashable {
    public var operatorName = ""
    public var name = ""
    public var service = OfferService.mobile.rawValue
    public var monthlyPrice = ""
    public var minutes = ""
    public var sms = ""
    public var data = ""
    public var benefits = ""
    public var commitmentMonths = ""
    public var validFrom = ""
    public var validTo = ""

    public init() {}

    public init(_ offer: BudgetOffer) {
        operatorName = offer.operatorName
        name = offer.name
        service = offer.service.rawValue
        monthlyPrice = BudgetAmount.typed(offer.monthlyPrice)
        minutes = Self.quantity(offer.content.minutes)
        sms = Self.quantity(offer.content.sms)
        data = offer.content.dataMB.map { $0 == 0 ? "" : OfferContent.data($0, .french) } ?? Self.unlimitedWord
        benefits = offer.benefits.sorted().map(\.code).joined(separator: ", ")
        commitmentMonths = offer.commitmentMonths == 0 ? "" : String(offer.commitmentMonths)
        validFrom = offer.validFrom?.formatted(.french) ?? ""
        validTo = offer.validTo?.formatted(.french) ?? ""
    }

    static let unlimitedWord = "illimité"

    private static func quantity(_ value: Int?) -> String {
        guard let value else { return unlimitedWord }
        return value == 0 ? "" : String(value)
    }

    public static func text(of field: OfferField) -> WritableKeyPath<Self, String> {
        switch field {
        case .operatorName: return \.operatorName
        case .name: return \.name
        case .service: return \.service
        case .monthlyPrice: return \.monthlyPrice
        case .minutes: return \.minutes
        case .sms: return \.sms
        case .data: return \.data
        case .benefits: return \.benefits
        case .commitmentMonths: return \.commitmentMonths
        case .validFrom: return \.validFrom
        case .validTo: return \.validTo
        }
    }

    public func check(_ c: inout BudgetChecks<OfferField>, today: CalendarDay) -> BudgetOffer? {
        let operatorValue = c.run(.operatorName) { () throws(GuichetError) -> String in
            try BudgetFreeText.required(operatorName, field: OfferField.operatorName.label,
                                        maximum: BudgetOffer.operatorMaximumLength, expected: BudgetText.operatorExpected)
        }
        let nameValue = c.run(.name) { () throws(GuichetError) -> String in
            try BudgetFreeText.required(name, field: OfferField.name.label, maximum: BudgetOffer.nameMaximumLength,
                                        expected: BudgetText.offerNameExpected)
        }
        let serviceValue = c.run(.service) { () throws(GuichetError) -> OfferService in
            guard let value = OfferService(rawValue: service) else {
                throw .invalid(BudgetText.choiceExpected.filled(OfferField.service.label))
            }
            return value
        }
        let price = c.run(.monthlyPrice) { () throws(GuichetError) -> Money in
            try BudgetAmount.parse(monthlyPrice, field: OfferField.monthlyPrice.label, example: "9,99", required: true) ?? .zero
        }
        let minutesValue = c.run(.minutes) { () throws(GuichetError) -> Int? in try Self.count(minutes, .minutes) }
        let smsValue = c.run(.sms) { () throws(GuichetError) -> Int? in try Self.count(sms, .sms) }
        let dataValue = c.run(.data) { () throws(GuichetError) -> Int? in try Self.megabytes(data) }
        let benefitsValue = c.run(.benefits) { () throws(GuichetError) in try Self.benefits(benefits) }
        let months = c.run(.commitmentMonths) { () throws(GuichetError) -> Int in
            let text = commitmentMonths.trimmingWhitespace()
            if text.isEmpty { return 0 }
            guard let value = Int(text), (0...Commitment.maximumMonths).contains(value) else {
                throw .invalid(BudgetText.commitmentMonthsExpected.filled(Commitment.maximumMonths))
            }
            return value
        }
        let day = { (text: String, field: OfferField) throws(GuichetError) -> CalendarDay? in
            try BudgetDay.parse(text, field: field.label, today: today, required: false,
                                earliest: CalendarDay(year: 2000, month: 1, day: 1), latest: CalendarDay(year: 2099, month: 12, day: 31))
        }
        let from = c.run(.validFrom) { () throws(GuichetError) in try day(validFrom, .validFrom) }
        let to = c.run(.validTo) { () throws(GuichetError) in try day(validTo, .validTo) }
        guard c.only == nil else { return nil }
        if let from, let to, let first = from, let last = to, last < first {
            c.add(.validTo, BudgetText.validityReversed.filled(last.formatted(.french), first.formatted(.french)))
        }
        guard c.errors.isEmpty, let operatorValue, let nameValue, let serviceValue, let price, let minutesValue, let smsValue,
              let dataValue, let benefitsValue, let months, let from, let to else { return nil }
        return BudgetOffer(id: nil, operatorName: operatorValue, name: nameValue, service: serviceValue, monthlyPrice: price,
                           content: OfferContent(minutes: minutesValue, sms: smsValue, dataMB: dataValue),
                           benefits: benefitsValue, commitmentMonths: months, validFrom: from, validTo: to,
                           isExample: false, isRetired: false)
    }

    /// The words that mean « unlimited », folded.
    private static let unlimited: Set<String> = ["illimite", "illimites", "illimitee", "illimitees", "unlimited"]

    /// A count of minutes or SMS: empty is none, « illimité » is nil.
    static func count(_ input: String, _ field: OfferField) throws(GuichetError) -> Int? {
        let text = input.trimmingWhitespace()
        if text.isEmpty { return 0 }
        if unlimited.contains(NameFolding.fold(text)) || text == "∞" { return nil }
        guard text.count <= 6, let value = Int(text), value >= 0 else { throw .invalid(BudgetText.quantityExpected.filled(field.label)) }
        return value
    }

    /// Data in megabytes: `100`, `100 Mo`, `1,5 Go`, `20 Go`; empty is none, « illimité » is nil.
    static func megabytes(_ input: String) throws(GuichetError) -> Int? {
        var text = input.trimmingWhitespace().lowercased()
        if text.isEmpty { return 0 }
        if unlimited.contains(NameFolding.fold(text)) || text == "∞" { return nil }
        var factor = 1
        for (unit, multiplier) in [("go", 1000), ("gb", 1000), ("mo", 1), ("mb", 1)] where text.hasSuffix(unit) {
            factor = multiplier
            text = String(text.dropLast(2)).trimmingWhitespace()
            break
        }
        guard let amount = Money.parse(text), amount.cents >= 0, amount.cents <= 100_000_000 else {
            throw .invalid(BudgetText.dataExpected)
        }
        // Money.parse reads `1,5` as 150 hundredths: the same decimal reading, in integers.
        let megabytes = amount.cents * Int64(factor) / 100
        guard factor == 1000 || amount.cents % 100 == 0 else { throw .invalid(BudgetText.dataExpected) }
        return Int(megabytes)
    }

    /// `RSA, AAH, ASS` (any separator, any case); empty or « tout le monde » for anyone.
    static func benefits(_ input: String) throws(GuichetError) -> Set<Benefit> {
        let folded = NameFolding.fold(input)
        if folded.isEmpty || ["tout le monde", "tous", "anyone", "everyone"].contains(folded) { return [] }
        var found: Set<Benefit> = []
        for word in folded.split(whereSeparator: { !$0.isLetter }) where word != "et" && word != "ou" && word != "and" && word != "or" {
            guard let benefit = Benefit(rawValue: String(word)) else { throw .invalid(BudgetText.benefitsExpected) }
            found.insert(benefit)
        }
        guard !found.isEmpty else { throw .invalid(BudgetText.benefitsExpected) }
        return found
    }
}
