/// The events of the beneficiary file in a person's history.
public enum BeneficiaryEvent: TimelineEvent, Equatable {
    case visit(reasons: [VisitReason], note: String)
    case fileCreated
    case fileUpdated
    case enrolmentRenewed
    case enrolmentClosed(ClosingReason?)
    case enrolmentReopened

    public func text(_ language: Language) -> String {
        switch self {
        case .visit(let reasons, let note):
            let listed = reasons.map { $0.label.text(language) }.joined(separator: ", ")
            return Self.visit.text(language, listed) + (note.isEmpty ? "" : " — " + note)
        case .fileCreated: return Self.created.text(language)
        case .fileUpdated: return Self.updated.text(language)
        case .enrolmentRenewed: return Self.renewed.text(language)
        case .enrolmentClosed(let reason):
            return Self.closed.text(language) + (reason.map { " — " + $0.label.text(language) } ?? "")
        case .enrolmentReopened: return Self.reopened.text(language)
        }
    }

    static let visit = Phrase(fr: "Passage : {1}", en: "Visit: {1}")
    static let created = Phrase(fr: "Fiche créée", en: "File created")
    static let updated = Phrase(fr: "Fiche modifiée", en: "File edited")
    static let renewed = Phrase(fr: "Inscription renouvelée", en: "Enrolment renewed")
    static let closed = Phrase(fr: "Inscription clôturée", en: "Enrolment closed")
    static let reopened = Phrase(fr: "Inscription rouverte", en: "Enrolment reopened")
}
