/// The journal actions of telecom budget coaching. The raw values are stored
/// in the journal: never change one. The subject is the file number (or the
/// offer's or the step template's number for the catalogs), never a name.
public enum BudgetAction: String, JournalAction {
    case sessionRecorded = "budget.session"
    case stepAdded = "budget.plan_step"
    case stepUpdated = "budget.plan_step_update"
    case summaryPrinted = "budget.print"
    case offerCreated = "budget.offer_create"
    case offerUpdated = "budget.offer_update"
    case offerRetired = "budget.offer_retire"
    case offerRestored = "budget.offer_restore"
    case templateAdded = "budget.template_add"
    case templateEdited = "budget.template_edit"
    case templateRetired = "budget.template_retire"
    case templateRestored = "budget.template_restore"
    case templateMoved = "budget.template_move"

    public static var area: AreaID { .budget }

    public var wording: Phrase {
        switch self {
        case .sessionRecorded: return Phrase(fr: "séance de budget télécom du dossier {1}", en: "telecom budget session of file {1}")
        case .stepAdded: return Phrase(fr: "étape ajoutée au plan du dossier {1}", en: "step added to the plan of file {1}")
        case .stepUpdated: return Phrase(fr: "étape du plan du dossier {1} mise à jour", en: "step of the plan of file {1} updated")
        case .summaryPrinted: return Phrase(fr: "résumé budget du dossier {1} imprimé", en: "budget summary of file {1} printed")
        case .offerCreated: return Phrase(fr: "offre {1} ajoutée au catalogue", en: "offer {1} added to the catalog")
        case .offerUpdated: return Phrase(fr: "offre {1} du catalogue modifiée", en: "offer {1} of the catalog edited")
        case .offerRetired: return Phrase(fr: "offre {1} retirée du catalogue", en: "offer {1} retired from the catalog")
        case .offerRestored: return Phrase(fr: "offre {1} remise au catalogue", en: "offer {1} put back in the catalog")
        case .templateAdded: return Phrase(fr: "modèle d’étape {1} ajouté", en: "step template {1} added")
        case .templateEdited: return Phrase(fr: "modèle d’étape {1} modifié", en: "step template {1} edited")
        case .templateRetired: return Phrase(fr: "modèle d’étape {1} retiré", en: "step template {1} retired")
        case .templateRestored: return Phrase(fr: "modèle d’étape {1} remis en service", en: "step template {1} put back in use")
        case .templateMoved: return Phrase(fr: "modèle d’étape {1} déplacé dans la liste", en: "step template {1} moved in the list")
        }
    }
}

/// The events of telecom budget coaching in a person's history. They name no
/// amount: a volunteer reads the history too, and the figures are the coaches'.
public enum BudgetEvent: TimelineEvent, Equatable {
    case session(lines: Int, steps: Int)
    case stepAdded(String)
    case stepUpdated(String, StepStatus)

    public func text(_ language: Language) -> String {
        switch self {
        case .session(let lines, let steps):
            let linesText = (lines == 1 ? Self.oneLine : Self.lines).text(language, lines)
            guard steps > 0 else { return Self.session.text(language, linesText) }
            return Self.sessionWithSteps.text(language, linesText, (steps == 1 ? Self.oneStep : Self.steps).text(language, steps))
        case .stepAdded(let text):
            return Self.added.text(language, text)
        case .stepUpdated(let text, let status):
            return Self.updated.text(language, text, status.label.text(language))
        }
    }

    static let session = Phrase(fr: "Séance budget télécom : {1}", en: "Telecom budget session: {1}")
    static let sessionWithSteps = Phrase(fr: "Séance budget télécom : {1}, {2} au plan", en: "Telecom budget session: {1}, {2} in the plan")
    static let oneLine = Phrase(fr: "{1} ligne", en: "{1} line")
    static let lines = Phrase(fr: "{1} lignes", en: "{1} lines")
    static let oneStep = Phrase(fr: "{1} étape", en: "{1} step")
    static let steps = Phrase(fr: "{1} étapes", en: "{1} steps")
    static let added = Phrase(fr: "Plan : étape ajoutée — {1}", en: "Plan: step added — {1}")
    static let updated = Phrase(fr: "Plan : {1} — {2}", en: "Plan: {1} — {2}")
}
