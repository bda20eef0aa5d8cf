/// The journal actions of the beneficiary file. The raw values are stored in
/// the journal: never change one.
public enum BeneficiaryAction: String, JournalAction {
    case created = "beneficiary.create"
    case updated = "beneficiary.update"
    case duplicateConfirmed = "beneficiary.duplicate_confirmed"
    case enrolmentRenewed = "beneficiary.renew"
    case enrolmentClosed = "beneficiary.close"
    case enrolmentReopened = "beneficiary.reopen"
    case visitRecorded = "visit.record"
    case imported = "import.beneficiaries"
    case demoGenerated = "demo.generate"

    public static var area: AreaID { .beneficiaries }

    public var wording: Phrase {
        switch self {
        case .created: return Phrase(fr: "fiche {1} créée", en: "file {1} created")
        case .updated: return Phrase(fr: "fiche {1} modifiée", en: "file {1} edited")
        case .duplicateConfirmed:
            return Phrase(fr: "fiche {1} créée malgré des doublons possibles", en: "file {1} created despite possible duplicates")
        case .enrolmentRenewed: return Phrase(fr: "inscription {1} renouvelée", en: "enrolment {1} renewed")
        case .enrolmentClosed: return Phrase(fr: "inscription {1} clôturée", en: "enrolment {1} closed")
        case .enrolmentReopened: return Phrase(fr: "inscription {1} rouverte", en: "enrolment {1} reopened")
        case .visitRecorded: return Phrase(fr: "passage enregistré", en: "visit recorded")
        case .imported: return Phrase(fr: "import de fiches", en: "files imported")
        case .demoGenerated: return Phrase(fr: "données de démonstration créées", en: "demo data generated")
        }
    }
}
