/// The fixed lists of telecom budget coaching: kinds of resources, of lines,
/// of services an offer covers, and the benefits that open a social tariff.
/// Raw values are stored in the database: never change one.

/// A kind of monthly resource entered at a session.
public enum BudgetResourceKind: String, SituationCode {
    case rsa = "rsa"
    case are = "are"
    case ass = "ass"
    case aah = "aah"
    case salary = "salary"
    case pension = "pension"
    case familyAllowances = "family_allowances"
    case housingBenefit = "apl"
    case other = "other"

    public var label: Phrase {
        switch self {
        case .rsa: return Phrase(fr: "RSA", en: "RSA (minimum income)")
        case .are: return Phrase(fr: "ARE", en: "ARE (unemployment benefit)")
        case .ass: return Phrase(fr: "ASS", en: "ASS (solidarity allowance)")
        case .aah: return Phrase(fr: "AAH", en: "AAH (disability allowance)")
        case .salary: return Phrase(fr: "Salaire", en: "Wages")
        case .pension: return Phrase(fr: "Retraite", en: "Pension")
        case .familyAllowances: return Phrase(fr: "Allocations familiales", en: "Family allowances")
        case .housingBenefit: return Phrase(fr: "APL", en: "APL (housing benefit)")
        case .other: return Phrase(fr: "Autre", en: "Other")
        }
    }

    public var importAliases: [String] { [] }

    /// The kind matching the file's main resource (« aucune » has none).
    public init?(fileResource: ResourceKind) {
        switch fileResource {
        case .rsa: self = .rsa
        case .are: self = .are
        case .aah: self = .aah
        case .salary: self = .salary
        case .pension: self = .pension
        case .other: self = .other
        case .none: return nil
        }
    }

    /// The benefit this resource proves, for the offers reserved to its recipients.
    public var benefit: Benefit? {
        switch self {
        case .rsa: return .rsa
        case .are: return .are
        case .ass: return .ass
        case .aah: return .aah
        case .salary, .pension, .familyAllowances, .housingBenefit, .other: return nil
        }
    }
}

/// The kind of a telecom line the person pays for.
public enum TelecomLineKind: String, SituationCode {
    case mobilePlan = "mobile_plan"
    case prepaidMobile = "prepaid_mobile"
    case internetBox = "internet_box"
    case landline = "landline"
    case hotspot = "hotspot"

    public var label: Phrase {
        switch self {
        case .mobilePlan: return Phrase(fr: "forfait mobile", en: "mobile plan")
        case .prepaidMobile: return Phrase(fr: "mobile prépayé", en: "prepaid mobile")
        case .internetBox: return Phrase(fr: "box internet", en: "internet box")
        case .landline: return Phrase(fr: "ligne fixe", en: "landline")
        case .hotspot: return Phrase(fr: "clé 3G", en: "3G key")
        }
    }

    public var importAliases: [String] { [] }

    /// The service an offer must cover to replace this line.
    public var service: OfferService {
        switch self {
        case .mobilePlan, .prepaidMobile: return .mobile
        case .internetBox, .hotspot: return .internet
        case .landline: return .landline
        }
    }

    /// Lines on a SIM card (a 3G key has one too): their RIO's third character is P or E.
    public var hasMobileRIO: Bool { self != .internetBox && self != .landline }
}

/// What an offer of the catalog provides: the lines it can replace.
public enum OfferService: String, SituationCode {
    case mobile = "mobile"
    case internet = "internet"
    case landline = "landline"

    public var label: Phrase {
        switch self {
        case .mobile: return Phrase(fr: "mobile", en: "mobile")
        case .internet: return Phrase(fr: "internet", en: "internet")
        case .landline: return Phrase(fr: "ligne fixe", en: "landline")
        }
    }

    public var importAliases: [String] { [] }
}

/// A benefit that opens an offer reserved to its recipients (the social tariffs).
/// An offer reserved to none of them is for anyone.
public enum Benefit: String, Sendable, CaseIterable, Hashable, Comparable {
    case rsa
    case aah
    case ass
    case are

    /// `RSA`: the same in both languages, as the benefits are named in France.
    public var code: String { rawValue.uppercased() }

    public static func < (lhs: Benefit, rhs: Benefit) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// `rsa,aah` as stored; empty for anyone.
    public static func stored(_ benefits: Set<Benefit>) -> String {
        benefits.sorted().map(\.rawValue).joined(separator: ",")
    }

    /// The benefits of a stored text; nil when a code is unknown.
    public static func read(stored text: String) -> Set<Benefit>? {
        var found: Set<Benefit> = []
        for part in text.split(separator: ",") {
            guard let benefit = Benefit(rawValue: String(part)) else { return nil }
            found.insert(benefit)
        }
        return found
    }

    /// `RSA, AAH, ASS`, or « tout le monde » when empty.
    public static func listed(_ benefits: Set<Benefit>, _ language: Language) -> String {
        benefits.isEmpty ? BudgetText.anyone.text(language) : benefits.sorted().map(\.code).joined(separator: ", ")
    }
}
