import Foundation

/// Folded writings → raw code, built once per list (imports read thousands of rows).
final class SituationIndex: @unchecked Sendable {
    static let shared = SituationIndex()
    private let lock = NSLock()
    private var tables: [ObjectIdentifier: [String: String]] = [:]

    func table<T>(for type: T.Type, build: () -> [String: String]) -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        if let table = tables[ObjectIdentifier(type)] { return table }
        let table = build()
        tables[ObjectIdentifier(type)] = table
        return table
    }
}

/// A fixed list of the beneficiary file (housing, activity…): stable raw codes
/// stored in the database, a label in each language, and a tolerant reading of
/// the words found in spreadsheets.
public protocol SituationCode: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String, AllCases == [Self] {
    var label: Phrase { get }
    /// Other writings met in spreadsheets (matched after folding: case, accents and punctuation ignored).
    var importAliases: [String] { get }
}

extension SituationCode {
    /// The case whose code, French or English label or alias matches `text`
    /// once folded (`"hébergé chez un tiers"`, `"HEBERGE"`, `"SDF"`…); nil otherwise.
    public static func fromImport(_ text: String) -> Self? {
        let key = NameFolding.fold(text)
        guard !key.isEmpty else { return nil }
        let table = SituationIndex.shared.table(for: Self.self) {
            var table: [String: String] = [:]
            for value in allCases {
                for name in [value.rawValue, value.label.french, value.label.english] + value.importAliases {
                    let folded = NameFolding.fold(name)
                    if table[folded] == nil { table[folded] = value.rawValue }
                }
            }
            return table
        }
        return table[key].flatMap { Self(rawValue: $0) }
    }

    /// The case of a stored code or, failing that, of an imported writing.
    public static func read(_ text: String) -> Self? {
        Self(rawValue: text.trimmingWhitespace()) ?? fromImport(text)
    }

    /// The French labels of all cases, `a, b, c ou d`, for messages.
    static func choices(_ language: Language) -> String {
        let labels = allCases.map { $0.label.text(language) }
        guard labels.count > 1 else { return labels.joined() }
        let last = language == .french ? " ou " : " or "
        return labels.dropLast().joined(separator: ", ") + last + labels.last!
    }
}

/// Housing situation.
public enum Housing: String, SituationCode {
    case housed = "housed"
    case hostedByThirdParty = "hosted"
    case emergencyShelter = "emergency_shelter"
    case homeless = "homeless"
    case other = "other"

    public var label: Phrase {
        switch self {
        case .housed: return Phrase(fr: "logement personnel", en: "own home")
        case .hostedByThirdParty: return Phrase(fr: "hébergement chez un tiers", en: "staying with a third party")
        case .emergencyShelter: return Phrase(fr: "hébergement d’urgence / CHRS", en: "emergency shelter / CHRS")
        case .homeless: return Phrase(fr: "sans domicile", en: "homeless")
        case .other: return Phrase(fr: "autre", en: "other")
        }
    }

    public var importAliases: [String] {
        switch self {
        case .housed: return ["logé", "logée", "logés", "logement", "locataire", "propriétaire", "logement autonome"]
        case .hostedByThirdParty: return ["hébergé", "hébergée", "hébergés", "hébergé chez un tiers", "hébergée chez un tiers", "chez un tiers", "tiers",
                                          "hébergé par un tiers", "hébergé famille", "hébergé chez la famille", "hébergé chez des amis"]
        case .emergencyShelter: return ["CHRS", "urgence", "hébergement d'urgence", "hébergement urgence", "115", "hôtel social",
                                        "hôtel 115", "centre d'hébergement", "foyer", "emergency"]
        case .homeless: return ["SDF", "sans domicile fixe", "sans-abri", "sans abri", "rue", "à la rue"]
        case .other: return ["autres"]
        }
    }
}

/// Main activity.
public enum Activity: String, SituationCode {
    case jobSeeker = "job_seeker"
    case employed = "employed"
    case training = "training"
    case retired = "retired"
    case noActivity = "none"

    public var label: Phrase {
        switch self {
        case .jobSeeker: return Phrase(fr: "en recherche d’emploi", en: "looking for work")
        case .employed: return Phrase(fr: "en emploi", en: "employed")
        case .training: return Phrase(fr: "en formation", en: "in training")
        case .retired: return Phrase(fr: "à la retraite", en: "retired")
        case .noActivity: return Phrase(fr: "sans activité", en: "no activity")
        }
    }

    public var importAliases: [String] {
        switch self {
        case .jobSeeker: return ["recherche d'emploi", "recherche emploi", "demandeur d'emploi", "demandeuse d'emploi", "DE",
                                 "chômage", "chômeur", "chômeuse", "job seeker", "unemployed"]
        case .employed: return ["emploi", "salarié", "salariée", "travail", "CDI", "CDD", "intérim", "intérimaire", "employed"]
        case .training: return ["formation", "stagiaire", "stage", "étudiant", "étudiante", "apprentissage", "apprenti", "apprentie"]
        case .retired: return ["retraite", "retraité", "retraitée", "retired"]
        case .noActivity: return ["sans", "aucune", "inactif", "inactive", "sans emploi"]
        }
    }
}

/// Main resources.
public enum ResourceKind: String, SituationCode {
    case rsa = "rsa"
    case are = "are"
    case aah = "aah"
    case salary = "salary"
    case pension = "pension"
    case none = "none"
    case other = "other"

    public var label: Phrase {
        switch self {
        case .rsa: return Phrase(fr: "RSA", en: "RSA (minimum income)")
        case .are: return Phrase(fr: "ARE", en: "ARE (unemployment benefit)")
        case .aah: return Phrase(fr: "AAH", en: "AAH (disability allowance)")
        case .salary: return Phrase(fr: "salaire", en: "wages")
        case .pension: return Phrase(fr: "retraite", en: "pension")
        case .none: return Phrase(fr: "aucune", en: "none")
        case .other: return Phrase(fr: "autre", en: "other")
        }
    }

    public var importAliases: [String] {
        switch self {
        case .rsa: return ["revenu de solidarité active", "RSA socle"]
        case .are: return ["allocation chômage", "chômage", "allocation d'aide au retour à l'emploi", "Pôle emploi", "France Travail"]
        case .aah: return ["allocation adulte handicapé", "allocation aux adultes handicapés"]
        case .salary: return ["salaires", "revenus d'activité", "revenu d'activité", "travail", "wage"]
        case .pension: return ["pension", "pension de retraite", "minimum vieillesse", "ASPA"]
        case .none: return ["aucun", "aucunes", "sans", "sans ressources", "néant", "0"]
        case .other: return ["autres"]
        }
    }
}

/// The kind of structure that referred the person (bon d'orientation).
public enum ReferralStructureKind: String, SituationCode {
    case ccas = "ccas"
    case siao = "siao"
    case franceTravail = "france_travail"
    case association = "association"
    case departmentalSocialService = "departmental_social_service"
    case missionLocale = "mission_locale"
    case shelter = "shelter"
    case other = "other"

    public var label: Phrase {
        switch self {
        case .ccas: return Phrase(fr: "CCAS", en: "CCAS (municipal social services)")
        case .siao: return Phrase(fr: "SIAO", en: "SIAO (housing and shelter service)")
        case .franceTravail: return Phrase(fr: "France Travail", en: "France Travail (employment service)")
        case .association: return Phrase(fr: "association", en: "charity")
        case .departmentalSocialService: return Phrase(fr: "service social départemental", en: "departmental social services")
        case .missionLocale: return Phrase(fr: "mission locale", en: "mission locale (youth employment)")
        case .shelter: return Phrase(fr: "centre d’hébergement / CHRS", en: "shelter / CHRS")
        case .other: return Phrase(fr: "autre", en: "other")
        }
    }

    public var importAliases: [String] {
        switch self {
        case .ccas: return ["centre communal d'action sociale", "CIAS", "mairie"]
        case .siao: return ["115", "service intégré d'accueil et d'orientation"]
        case .franceTravail: return ["Pôle emploi", "FT", "PE"]
        case .association: return ["asso", "associatif"]
        case .departmentalSocialService: return ["service social", "SSD", "EDS", "espace départemental des solidarités",
                                                 "PSA", "conseil départemental", "assistante sociale de secteur"]
        case .missionLocale: return ["ML"]
        case .shelter: return ["CHRS", "centre d'hébergement", "foyer", "CHU", "hébergement d'urgence"]
        case .other: return ["autres"]
        }
    }

    /// The kind suggested by a structure's name (`CCAS de Roanne`, `Pôle emploi Antony`,
    /// `Association Aurore`): the first kind whose name or alias appears as whole words.
    public static func guess(fromName name: String) -> ReferralStructureKind? {
        let words = " " + NameFolding.fold(name) + " "
        guard words.count > 2 else { return nil }
        if let exact = fromImport(name) { return exact }
        return guessKeys.first(where: { words.contains(" " + $0.key + " ") })?.kind
    }

    /// Folded names and aliases looked for in a structure's name, in list order
    /// (short codes such as `PE` or `ML` are left out: too ambiguous inside a name).
    private static let guessKeys: [(key: String, kind: ReferralStructureKind)] = allCases.filter { $0 != .other }.flatMap { kind in
        ([kind.rawValue, kind.label.french] + kind.importAliases.filter { $0.count > 3 || $0 == "CCAS" || $0 == "SIAO" || $0 == "asso" })
            .map { (key: NameFolding.fold($0), kind: kind) }
            .filter { !$0.key.isEmpty }
    }
}

/// The reasons of a visit (several may be given).
public enum VisitReason: String, SituationCode {
    case recharge = "recharge"
    case budget = "budget"
    case hotspot = "hotspot"
    case information = "information"
    case other = "other"

    public var label: Phrase {
        switch self {
        case .recharge: return Phrase(fr: "recharge", en: "top-up")
        case .budget: return Phrase(fr: "budget", en: "budget")
        case .hotspot: return Phrase(fr: "clé 3G", en: "3G hotspot")
        case .information: return Phrase(fr: "information", en: "information")
        case .other: return Phrase(fr: "autre", en: "other")
        }
    }

    public var importAliases: [String] {
        switch self {
        case .recharge: return ["recharges", "carte prépayée", "top up"]
        case .budget: return ["accompagnement budgétaire", "diagnostic", "coaching"]
        case .hotspot: return ["clé", "clé internet", "clé 3G+", "hotspot", "prêt de clé"]
        case .information: return ["info", "renseignement"]
        case .other: return ["autres"]
        }
    }
}
