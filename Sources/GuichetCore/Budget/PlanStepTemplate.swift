/// A template of the action plan's steps, as the site keeps it (supervisors edit the
/// list in Administration → Catalogues): what to do, in French and in English, how
/// many days after the session it is due, who does it. A step chosen from it is a
/// copy: editing a template later changes no plan.
public struct PlanStepTemplate: Sendable, Hashable, Identifiable {
    /// Nil until stored.
    public let id: Int64?
    public var french: String
    /// Empty when nobody wrote it: the French is shown.
    public var english: String
    public var delayDays: Int
    public var who: StepActor
    /// One of the programme's templates as shipped, not edited since.
    public let isDefault: Bool
    /// No longer proposed to the sessions (a supervisor may put it back).
    public let isRetired: Bool

    /// A template's move in the list, one place at a time.
    public enum Move: Sendable, Hashable { case up, down }

    public static let maximumDelay = 365
    public static let textMaximumLength = PlanStep.textMaximumLength

    public init(id: Int64? = nil, french: String, english: String = "", delayDays: Int, who: StepActor,
                isDefault: Bool = false, isRetired: Bool = false) {
        self.id = id
        self.french = french
        self.english = english
        self.delayDays = delayDays
        self.who = who
        self.isDefault = isDefault
        self.isRetired = isRetired
    }

    /// The text in `language`; the French when there is no English.
    public func text(_ language: Language) -> String {
        language == .english && !english.isEmpty ? english : french
    }

    /// Every text a step made from it may hold.
    public var texts: [String] { english.isEmpty ? [french] : [french, english] }
}

/// The programme's seven templates: the seed of the site's list (`budget.2`, where the
/// same texts are written out, since a shipped migration never changes) and the steps
/// of the demo data. The sessions propose the site's list, never this one.
public enum DefaultStepTemplate: String, Sendable, CaseIterable {
    case getRIO
    case checkCommitmentEnd
    case chooseOffer
    case subscribeWithPorting
    case unlockPhone
    case fixedLineReduction
    case spendingAlert

    public var text: Phrase {
        switch self {
        case .getRIO:
            return Phrase(fr: "Obtenir le RIO : appel gratuit au 3179 depuis la ligne",
                          en: "Get the RIO: free call to 3179 from the line")
        case .checkCommitmentEnd:
            return Phrase(fr: "Vérifier la date de fin d’engagement (facture ou espace client)",
                          en: "Check the commitment end date (bill or online account)")
        case .chooseOffer:
            return Phrase(fr: "Choisir la nouvelle offre", en: "Choose the new offer")
        case .subscribeWithPorting:
            return Phrase(fr: "Souscrire en gardant son numéro (donner le RIO) et NE PAS résilier l’ancien contrat",
                          en: "Subscribe keeping the number (give the RIO) and do NOT cancel the old contract")
        case .unlockPhone:
            return Phrase(fr: "Faire débloquer le téléphone par l’opérateur (désimlockage)",
                          en: "Have the operator unlock the phone")
        case .fixedLineReduction:
            return Phrase(fr: "Demander la réduction sociale téléphonique (ligne fixe), avec l’attestation",
                          en: "Ask for the fixed-line social reduction, with the certificate")
        case .spendingAlert:
            return Phrase(fr: "Mettre en place une alerte de consommation", en: "Set up a spending alert")
        }
    }

    /// Days from the session to the step's due date, as first proposed.
    public var delayDays: Int {
        switch self {
        case .getRIO, .checkCommitmentEnd, .chooseOffer: return 7
        case .subscribeWithPorting, .unlockPhone: return 14
        case .fixedLineReduction, .spendingAlert: return 30
        }
    }

    public var who: StepActor {
        switch self {
        case .chooseOffer, .spendingAlert: return .counter
        case .getRIO, .checkCommitmentEnd, .subscribeWithPorting, .unlockPhone, .fixedLineReduction: return .person
        }
    }

    /// As the seed stores it.
    public var template: PlanStepTemplate {
        PlanStepTemplate(french: text.french, english: text.english, delayDays: delayDays, who: who, isDefault: true)
    }
}

/// The fields of the template form.
public enum PlanStepTemplateField: String, BudgetFieldName, CaseIterable {
    public var key: String { rawValue }

    case french
    case english
    case delay
    case who

    public var label: Phrase {
        switch self {
        case .french: return Phrase(fr: "Étape (français)", en: "Step (French)")
        case .english: return Phrase(fr: "Étape (anglais)", en: "Step (English)")
        case .delay: return Phrase(fr: "Délai (jours)", en: "Delay (days)")
        case .who: return Phrase(fr: "Qui", en: "Who")
        }
    }
}

/// The template form as typed.
public struct PlanStepTemplateDraft: BudgetDraft, Sendable, Hashable {
    public var french = ""
    public var english = ""
    public var delay = "7"
    public var who = StepActor.person.rawValue

    public init() {}

    public init(_ template: PlanStepTemplate) {
        french = template.french
        english = template.english
        delay = String(template.delayDays)
        who = template.who.rawValue
    }

    public static func text(of field: PlanStepTemplateField) -> WritableKeyPath<Self, String> {
        switch field {
        case .french: return \.french
        case .english: return \.english
        case .delay: return \.delay
        case .who: return \.who
        }
    }

    public func check(_ c: inout BudgetChecks<PlanStepTemplateField>, today: CalendarDay) -> PlanStepTemplate? {
        let frenchValue = c.run(.french) { () throws(GuichetError) -> String in
            try BudgetFreeText.required(french, field: PlanStepTemplateField.french.label,
                                        maximum: PlanStepTemplate.textMaximumLength, expected: BudgetText.templateTextExpected)
        }
        let englishValue = c.run(.english) { () throws(GuichetError) -> String in
            try BudgetFreeText.optional(english, field: PlanStepTemplateField.english.label,
                                        maximum: PlanStepTemplate.textMaximumLength)
        }
        let delayValue = c.run(.delay) { () throws(GuichetError) -> Int in try Self.delayDays(delay) }
        let whoValue = c.run(.who) { () throws(GuichetError) -> StepActor in
            guard let value = StepActor(rawValue: who) else {
                throw .invalid(BudgetText.choiceExpected.filled(PlanStepTemplateField.who.label))
            }
            return value
        }
        guard c.only == nil, let frenchValue, let englishValue, let delayValue, let whoValue else { return nil }
        return PlanStepTemplate(french: frenchValue, english: englishValue, delayDays: delayValue, who: whoValue)
    }

    /// A whole number of days, 0 (the session's day) to `PlanStepTemplate.maximumDelay`,
    /// digits only: « 7,5 », « -3 », « une semaine » are refused with the same message.
    static func delayDays(_ input: String) throws(GuichetError) -> Int {
        let text = input.trimmingWhitespace()
        guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text),
              value <= PlanStepTemplate.maximumDelay else {
            throw .invalid(BudgetText.templateDelayExpected.filled(PlanStepTemplate.maximumDelay))
        }
        return value
    }
}

extension BudgetText {
    public static let templateTextExpected = Phrase(
        fr: "Étape (français) : ce qu’il faut faire attendu, par ex. Obtenir le RIO",
        en: "Step (French): what is to be done expected, e.g. Get the RIO")
    /// {1} the maximum.
    public static let templateDelayExpected = Phrase(
        fr: "Délai (jours) : un nombre entier de 0 à {1} attendu (0 : le jour même), par ex. 14",
        en: "Delay (days): a whole number from 0 to {1} expected (0: the same day), e.g. 14")
}
