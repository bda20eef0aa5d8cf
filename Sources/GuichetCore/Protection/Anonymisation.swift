/// What anonymising a file (or erasing it on request) removes and what it keeps.
///
/// Removed: the names, the birth date (its year is kept apart), the phone, the
/// e-mail, the notes, the referral's structure name, social worker and contact,
/// the consent (its day and who recorded it); in the other areas, the remarks of
/// visits, the phone, RIO and remarks of budget lines, the free texts of plan steps
/// (a template's text stays), the remark of a key's return.
///
/// Kept, because the reports count them and they name nobody: the file number, the
/// enrolment's days, the situation codes (housing, activity, main resources and their
/// monthly amount, the kind of referring structure and the referral's day), the year
/// of birth, the postcode if the file had one (it has no such field today), and every
/// figure of the other areas: visits and their reasons, budget sessions and their
/// amounts, purchases (the ledger keeps them under the file number), loans.
public enum Anonymisation {
    /// The names an anonymised file keeps: letters that name nobody, so that its row
    /// still reads as a checked file; the screens show « Personne anonymisée ».
    public static let lastName = "X"
    public static let firstName = "X"

    public static let removedFields: [BeneficiaryField] = [
        .lastName, .firstName, .birthDate, .phone, .email, .referralStructureName, .referralSocialWorker, .referralContact,
        .consentDate, .consentRecordedBy, .notes,
    ]

    public static let keptFields: [BeneficiaryField] = BeneficiaryField.allCases.filter { !removedFields.contains($0) }

    /// The person as anonymisation leaves them.
    public static func anonymised(_ person: ValidBeneficiary) -> ValidBeneficiary {
        ValidBeneficiary(
            lastName: lastName, firstName: firstName, birthDate: nil, phone: nil, email: nil,
            housing: person.housing, activity: person.activity, resourceKind: person.resourceKind,
            monthlyResources: person.monthlyResources,
            referral: Referral(structureKind: person.referral.structureKind, date: person.referral.date),
            consent: nil, notes: "")
    }

    /// The year of birth the statistics keep.
    public static func birthYear(_ person: ValidBeneficiary) -> Int? {
        person.birthDate?.year
    }

    /// A plan step's text once anonymised: a text of one of the site's templates (`templates`:
    /// their texts in both languages, retired ones too) stays, since it says nothing of the
    /// person; a text of one's own becomes « — ».
    public static func stepText(_ text: String, templates: Set<String>) -> String {
        templates.contains(text) ? text : removedText
    }

    /// What a free text removed reads as where the schema wants a text.
    public static let removedText = "—"
}

/// Why a person asked for their file to be erased (recorded in the journal as a code).
public enum ErasureReason: String, Sendable, CaseIterable {
    case consentWithdrawn = "consent_withdrawn"
    case objection = "objection"
    case noLongerNeeded = "no_longer_needed"
    case other = "other"

    public var label: Phrase {
        switch self {
        case .consentWithdrawn: return Phrase(fr: "retrait du consentement", en: "consent withdrawn")
        case .objection: return Phrase(fr: "opposition au traitement", en: "objection to the processing")
        case .noLongerNeeded: return Phrase(fr: "données plus nécessaires", en: "data no longer needed")
        case .other: return Phrase(fr: "autre motif", en: "another reason")
        }
    }
}

/// Who asked for the erasure (a code: the journal names nobody).
public enum ErasureRequester: String, Sendable, CaseIterable {
    case person = "person"
    case representative = "legal_representative"
    case socialWorker = "social_worker"
    case other = "other"

    public var label: Phrase {
        switch self {
        case .person: return Phrase(fr: "la personne elle-même", en: "the person themself")
        case .representative: return Phrase(fr: "sa représentation légale", en: "their legal representative")
        case .socialWorker: return Phrase(fr: "la personne référente", en: "the social worker")
        case .other: return Phrase(fr: "quelqu’un d’autre", en: "someone else")
        }
    }
}
