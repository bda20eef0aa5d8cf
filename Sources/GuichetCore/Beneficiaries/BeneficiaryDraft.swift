/// The fields of the beneficiary form (and of an import row).
public enum BeneficiaryField: String, Sendable, CaseIterable, Hashable {
    case lastName
    case firstName
    case birthDate
    case phone
    case email
    case housing
    case activity
    case resourceKind
    case monthlyResources
    case referralStructureKind
    case referralStructureName
    case referralSocialWorker
    case referralContact
    case referralDate
    case consentDate
    case consentRecordedBy
    case notes

    public var label: Phrase {
        switch self {
        case .lastName: return Phrase(fr: "Nom", en: "Last name")
        case .firstName: return Phrase(fr: "Prénom", en: "First name")
        case .birthDate: return Phrase(fr: "Date de naissance", en: "Birth date")
        case .phone: return Phrase(fr: "Téléphone", en: "Phone")
        case .email: return Phrase(fr: "E-mail", en: "E-mail")
        case .housing: return Phrase(fr: "Logement", en: "Housing")
        case .activity: return Phrase(fr: "Activité", en: "Activity")
        case .resourceKind: return Phrase(fr: "Ressources principales", en: "Main resources")
        case .monthlyResources: return Phrase(fr: "Montant mensuel", en: "Monthly amount")
        case .referralStructureKind: return Phrase(fr: "Type de structure", en: "Kind of structure")
        case .referralStructureName: return Phrase(fr: "Structure d’orientation", en: "Referring structure")
        case .referralSocialWorker: return Phrase(fr: "Personne référente", en: "Social worker")
        case .referralContact: return Phrase(fr: "Contact", en: "Contact")
        case .referralDate: return Phrase(fr: "Date d’orientation", en: "Referral date")
        case .consentDate: return Phrase(fr: "Date du consentement", en: "Consent date")
        case .consentRecordedBy: return Phrase(fr: "Consentement recueilli par", en: "Consent recorded by")
        case .notes: return Phrase(fr: "Notes", en: "Notes")
        }
    }
}

/// One field's error: the field to highlight and what is expected there.
public struct FieldError: Sendable, Equatable, Hashable {
    public let field: BeneficiaryField
    public let message: Phrase

    public init(field: BeneficiaryField, message: Phrase) {
        self.field = field
        self.message = message
    }
}

/// Every field error of a draft at once, in form order, so the form can show each.
public struct BeneficiaryErrors: Error, Sendable, Equatable {
    public let fieldErrors: [FieldError]

    public init(_ fieldErrors: [FieldError]) { self.fieldErrors = fieldErrors }

    public func message(for field: BeneficiaryField) -> Phrase? {
        fieldErrors.first(where: { $0.field == field })?.message
    }

    public var fields: [BeneficiaryField] { fieldErrors.map(\.field) }
}

/// The referral ("bon d'orientation").
public struct Referral: Sendable, Hashable {
    public var structureKind: ReferralStructureKind?
    public var structureName: String?
    public var socialWorker: String?
    public var contact: String?
    public var date: CalendarDay?

    public init(structureKind: ReferralStructureKind? = nil, structureName: String? = nil, socialWorker: String? = nil,
                contact: String? = nil, date: CalendarDay? = nil) {
        self.structureKind = structureKind
        self.structureName = structureName
        self.socialWorker = socialWorker
        self.contact = contact
        self.date = date
    }

    public var isEmpty: Bool {
        structureKind == nil && structureName == nil && socialWorker == nil && contact == nil && date == nil
    }
}

/// The data-processing consent: when, and who recorded it.
public struct Consent: Sendable, Hashable {
    public let date: CalendarDay
    public let recordedBy: String

    public init(date: CalendarDay, recordedBy: String) {
        self.date = date
        self.recordedBy = recordedBy
    }
}

/// A beneficiary whose every field has been checked: only this is ever stored.
public struct ValidBeneficiary: Sendable, Hashable {
    public let lastName: String
    public let firstName: String
    public let birthDate: CalendarDay?
    public let phone: PhoneNumber?
    public let email: Email?
    public let housing: Housing?
    public let activity: Activity?
    public let resourceKind: ResourceKind?
    public let monthlyResources: Money?
    public let referral: Referral
    public let consent: Consent?
    public let notes: String

    /// For the store only: values read back from the database, which only ever
    /// received values validated by `BeneficiaryDraft.validated(today:)`. (Reading
    /// back must not re-check: a stored person may since have passed the age bounds.)
    public init(lastName: String, firstName: String, birthDate: CalendarDay?, phone: PhoneNumber?, email: Email?,
                housing: Housing?, activity: Activity?, resourceKind: ResourceKind?, monthlyResources: Money?,
                referral: Referral, consent: Consent?, notes: String) {
        self.lastName = lastName
        self.firstName = firstName
        self.birthDate = birthDate
        self.phone = phone
        self.email = email
        self.housing = housing
        self.activity = activity
        self.resourceKind = resourceKind
        self.monthlyResources = monthlyResources
        self.referral = referral
        self.consent = consent
        self.notes = notes
    }

    /// The folded search key of the name, `last first` (see `NameFolding`).
    public var searchKey: String { NameFolding.fold(lastName + " " + firstName) }

    /// What the duplicate guard compares.
    public var personKey: PersonKey {
        PersonKey(lastName: lastName, firstName: firstName, birthDate: birthDate, phoneE164: phone?.e164)
    }
}

/// The beneficiary form as typed: every field a string. `validated(today:)`
/// checks them all and reports every error at once.
public struct BeneficiaryDraft: Sendable, Hashable {
    public var lastName = ""
    public var firstName = ""
    public var birthDate = ""
    public var phone = ""
    public var email = ""
    /// A stored code (`homeless`) or a label/alias (`sans domicile`, `SDF`).
    public var housing = ""
    public var activity = ""
    public var resourceKind = ""
    /// `607,75`, `1 234,50 €`…
    public var monthlyResources = ""
    public var referralStructureKind = ""
    public var referralStructureName = ""
    public var referralSocialWorker = ""
    public var referralContact = ""
    public var referralDate = ""
    public var consentDate = ""
    public var consentRecordedBy = ""
    public var notes = ""

    public static let notesMaximumLength = 2000
    public static let shortTextMaximumLength = 120
    public static let monthlyResourcesMaximum = Money(cents: 10_000_000)

    /// Shown next to the notes field.
    public static let notesReminder = Phrase(
        fr: "La personne peut lire ces notes : faits objectifs seulement, aucune donnée de santé.",
        en: "The person may read these notes: objective facts only, no health data.")

    public init() {}

    /// The form filled with a stored beneficiary, for editing (dates `27/11/2026`, money `1234,50`).
    public init(_ beneficiary: ValidBeneficiary) {
        lastName = beneficiary.lastName
        firstName = beneficiary.firstName
        birthDate = beneficiary.birthDate?.formatted(.french) ?? ""
        phone = beneficiary.phone?.display ?? ""
        email = beneficiary.email?.value ?? ""
        housing = beneficiary.housing?.rawValue ?? ""
        activity = beneficiary.activity?.rawValue ?? ""
        resourceKind = beneficiary.resourceKind?.rawValue ?? ""
        if let money = beneficiary.monthlyResources {
            monthlyResources = "\(money.cents / 100)," + String(money.cents % 100).leftPadded(to: 2)
        }
        referralStructureKind = beneficiary.referral.structureKind?.rawValue ?? ""
        referralStructureName = beneficiary.referral.structureName ?? ""
        referralSocialWorker = beneficiary.referral.socialWorker ?? ""
        referralContact = beneficiary.referral.contact ?? ""
        referralDate = beneficiary.referral.date?.formatted(.french) ?? ""
        consentDate = beneficiary.consent?.date.formatted(.french) ?? ""
        consentRecordedBy = beneficiary.consent?.recordedBy ?? ""
        notes = beneficiary.notes
    }

    public subscript(field: BeneficiaryField) -> String {
        get {
            switch field {
            case .lastName: return lastName
            case .firstName: return firstName
            case .birthDate: return birthDate
            case .phone: return phone
            case .email: return email
            case .housing: return housing
            case .activity: return activity
            case .resourceKind: return resourceKind
            case .monthlyResources: return monthlyResources
            case .referralStructureKind: return referralStructureKind
            case .referralStructureName: return referralStructureName
            case .referralSocialWorker: return referralSocialWorker
            case .referralContact: return referralContact
            case .referralDate: return referralDate
            case .consentDate: return consentDate
            case .consentRecordedBy: return consentRecordedBy
            case .notes: return notes
            }
        }
        set {
            switch field {
            case .lastName: lastName = newValue
            case .firstName: firstName = newValue
            case .birthDate: birthDate = newValue
            case .phone: phone = newValue
            case .email: email = newValue
            case .housing: housing = newValue
            case .activity: activity = newValue
            case .resourceKind: resourceKind = newValue
            case .monthlyResources: monthlyResources = newValue
            case .referralStructureKind: referralStructureKind = newValue
            case .referralStructureName: referralStructureName = newValue
            case .referralSocialWorker: referralSocialWorker = newValue
            case .referralContact: referralContact = newValue
            case .referralDate: referralDate = newValue
            case .consentDate: consentDate = newValue
            case .consentRecordedBy: consentRecordedBy = newValue
            case .notes: notes = newValue
            }
        }
    }

    /// The error of one field, for the check made when the field is left; nil when it is fine.
    public func error(in field: BeneficiaryField, today: CalendarDay) -> Phrase? {
        var collector = Collector()
        _ = check(&collector, today: today, only: field)
        return collector.errors.first?.message
    }

    /// Every field checked; all errors reported together, in form order.
    public func validated(today: CalendarDay) throws(BeneficiaryErrors) -> ValidBeneficiary {
        var collector = Collector()
        let result = check(&collector, today: today, only: nil)
        guard collector.errors.isEmpty, let result else { throw BeneficiaryErrors(collector.errors) }
        return result
    }

    // MARK: Checking

    struct Collector {
        var errors: [FieldError] = []
        mutating func run<T>(_ field: BeneficiaryField, _ body: () throws(GuichetError) -> T) -> T? {
            do { return try body() } catch {
                switch error {
                case .invalid(let phrase), .refused(let phrase): errors.append(FieldError(field: field, message: phrase))
                default: errors.append(FieldError(field: field, message: Phrase(fr: error.message(.french), en: error.message(.english))))
                }
                return nil
            }
        }
    }

    private func check(_ c: inout Collector, today: CalendarDay, only: BeneficiaryField?) -> ValidBeneficiary? {
        func wanted(_ field: BeneficiaryField) -> Bool { only == nil || only == field }

        let last = wanted(.lastName) ? c.run(.lastName) { () throws(GuichetError) in try PersonName.validate(lastName, as: .last) } : nil
        let first = wanted(.firstName) ? c.run(.firstName) { () throws(GuichetError) in try PersonName.validate(firstName, as: .first) } : nil
        let birth = wanted(.birthDate) ? c.run(.birthDate) { () throws(GuichetError) in try BirthDate.parse(birthDate, today: today) } : nil
        let phoneNumber = wanted(.phone) ? c.run(.phone) { () throws(GuichetError) -> PhoneNumber? in
            phone.trimmingWhitespace().isEmpty ? nil : try PhoneNumber.parse(phone)
        } : nil
        let mail = wanted(.email) ? c.run(.email) { () throws(GuichetError) -> Email? in
            email.trimmingWhitespace().isEmpty ? nil : try Email.parse(email)
        } : nil
        let housingValue = wanted(.housing) ? c.run(.housing) { () throws(GuichetError) in try Self.code(housing, Housing.self, .housing) } : nil
        let activityValue = wanted(.activity) ? c.run(.activity) { () throws(GuichetError) in try Self.code(activity, Activity.self, .activity) } : nil
        let resourceValue = wanted(.resourceKind) ? c.run(.resourceKind) { () throws(GuichetError) in
            try Self.code(resourceKind, ResourceKind.self, .resourceKind)
        } : nil
        let money = wanted(.monthlyResources) ? c.run(.monthlyResources) { () throws(GuichetError) -> Money? in
            let text = monthlyResources.trimmingWhitespace()
            if text.isEmpty { return nil }
            guard let amount = Money.parse(text), amount >= .zero, amount <= Self.monthlyResourcesMaximum else {
                throw .invalid(DraftText.amountExpected)
            }
            return amount
        } : nil
        let structureKind = wanted(.referralStructureKind) ? c.run(.referralStructureKind) { () throws(GuichetError) in
            try Self.code(referralStructureKind, ReferralStructureKind.self, .referralStructureKind)
        } : nil
        let structureName = wanted(.referralStructureName) ? c.run(.referralStructureName) { () throws(GuichetError) in
            try Self.text(referralStructureName, .referralStructureName, maximum: Self.shortTextMaximumLength)
        } : nil
        let socialWorker = wanted(.referralSocialWorker) ? c.run(.referralSocialWorker) { () throws(GuichetError) in
            try Self.text(referralSocialWorker, .referralSocialWorker, maximum: PersonName.maximumLength)
        } : nil
        let contact = wanted(.referralContact) ? c.run(.referralContact) { () throws(GuichetError) in
            try Self.text(referralContact, .referralContact, maximum: Self.shortTextMaximumLength)
        } : nil
        let referralDay = wanted(.referralDate) ? c.run(.referralDate) { () throws(GuichetError) in
            try Self.pastDay(referralDate, .referralDate, today: today)
        } : nil
        let consentDay = wanted(.consentDate) ? c.run(.consentDate) { () throws(GuichetError) in
            try Self.pastDay(consentDate, .consentDate, today: today)
        } : nil
        let recordedBy = wanted(.consentRecordedBy) ? c.run(.consentRecordedBy) { () throws(GuichetError) in
            try Self.text(consentRecordedBy, .consentRecordedBy, maximum: PersonName.maximumLength)
        } : nil
        // A consent is a date and a person: one without the other is incomplete.
        if only == nil || only == .consentDate || only == .consentRecordedBy {
            let hasDate = !consentDate.trimmingWhitespace().isEmpty
            let hasWho = !consentRecordedBy.trimmingWhitespace().isEmpty
            if hasDate && !hasWho && wanted(.consentRecordedBy) {
                c.errors.append(FieldError(field: .consentRecordedBy, message: DraftText.consentWhoMissing))
            } else if hasWho && !hasDate && wanted(.consentDate) {
                c.errors.append(FieldError(field: .consentDate, message: DraftText.consentDateMissing))
            }
        }
        let notesValue = wanted(.notes) ? c.run(.notes) { () throws(GuichetError) -> String in
            let checked = FreeText.validate(notes, maximum: Self.notesMaximumLength, multiline: true)
            if checked.badCharacter { throw .invalid(DraftText.notesCharacters) }
            if checked.tooLong {
                throw .invalid(DraftText.notesTooLong.filled(Self.notesMaximumLength, TextScalars.length(checked.value ?? "")))
            }
            return checked.value ?? ""
        } : nil

        guard only == nil, c.errors.isEmpty, let last, let first, let notesValue,
              let birth, let phoneNumber, let mail, let housingValue, let activityValue, let resourceValue, let money,
              let structureKind, let structureName, let socialWorker, let contact, let referralDay,
              let consentDay, let recordedBy else { return nil }
        let consent: Consent? = if let consentDay, let recordedBy { Consent(date: consentDay, recordedBy: recordedBy) } else { nil }
        return ValidBeneficiary(
            lastName: last, firstName: first, birthDate: birth, phone: phoneNumber, email: mail,
            housing: housingValue, activity: activityValue, resourceKind: resourceValue, monthlyResources: money,
            referral: Referral(structureKind: structureKind, structureName: structureName, socialWorker: socialWorker,
                               contact: contact, date: referralDay),
            consent: consent, notes: notesValue)
    }

    private static func code<T: SituationCode>(_ input: String, _ type: T.Type, _ field: BeneficiaryField) throws(GuichetError) -> T? {
        if input.trimmingWhitespace().isEmpty { return nil }
        guard let value = T.read(input) else {
            throw .invalid(Phrase(
                fr: DraftText.choiceExpected.text(.french, field.label.french, T.choices(.french)),
                en: DraftText.choiceExpected.text(.english, field.label.english, T.choices(.english))))
        }
        return value
    }

    private static func text(_ input: String, _ field: BeneficiaryField, maximum: Int) throws(GuichetError) -> String? {
        let checked = FreeText.validate(input, maximum: maximum)
        guard !checked.badCharacter, !checked.tooLong else {
            throw .invalid(DraftText.textExpected.filled(field.label, maximum))
        }
        return checked.value
    }

    private static func pastDay(_ input: String, _ field: BeneficiaryField, today: CalendarDay) throws(GuichetError) -> CalendarDay? {
        let text = input.trimmingWhitespace()
        if text.isEmpty { return nil }
        if case .failure(.noSuchDay(let day, let month, let year)) = DayInput.read(text, today: today) {
            throw .invalid(DayInput.noSuchDay(field.label, day: day, month: month, year: year))
        }
        guard let day = DayInput.parse(text, today: today), day <= today, day.year >= 1900 else {
            throw .invalid(Phrase(
                fr: DraftText.pastDateExpected.text(.french, field.label.french, today.formatted(.french)),
                en: DraftText.pastDateExpected.text(.english, field.label.english, today.formatted(.english))))
        }
        return day
    }
}

/// Messages of the beneficiary form.
public enum DraftText {
    /// {1} the field, {2} the choices.
    public static let choiceExpected = Phrase(
        fr: "{1} : une valeur de la liste attendue ({2})",
        en: "{1}: a value from the list expected ({2})")
    /// {1} the field, {2} the maximum length.
    public static let textExpected = Phrase(
        fr: "{1} : texte d’une seule ligne de {2} caractères au plus attendu",
        en: "{1}: a single line of at most {2} characters expected")
    /// {1} the field, {2} today.
    public static let pastDateExpected = Phrase(
        fr: "{1} : une date JJ/MM/AAAA au plus tard le {2} attendue",
        en: "{1}: a date DD/MM/YYYY no later than {2} expected")
    public static let amountExpected = Phrase(
        fr: "Montant mensuel : un montant en euros attendu, par ex. 607,75 (au plus 100 000 €)",
        en: "Monthly amount: an amount in euros expected, e.g. 607.75 (at most €100,000)")
    public static let consentWhoMissing = Phrase(
        fr: "Consentement recueilli par : nom de la personne qui l’a recueilli attendu",
        en: "Consent recorded by: the name of who recorded it expected")
    public static let consentDateMissing = Phrase(
        fr: "Date du consentement : la date où il a été recueilli attendue",
        en: "Consent date: the day it was recorded expected")
    /// {1} the maximum, {2} the length typed (in code points, as the database counts).
    public static let notesTooLong = Phrase(
        fr: "Notes : {1} caractères au plus attendus ({2} tapés)",
        en: "Notes: at most {1} characters expected ({2} typed)")
    public static let notesCharacters = Phrase(
        fr: "Notes : texte simple attendu (caractères de contrôle ou invisibles refusés, \(TextScalars.maximumMarksPerLetter) accents au plus sur une lettre)",
        en: "Notes: plain text expected (control or invisible characters refused, at most \(TextScalars.maximumMarksPerLetter) accents on one letter)")
}
