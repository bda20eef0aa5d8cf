import GuichetCore

/// Texts of the plan's step templates: the list a supervisor keeps in Administration →
/// Catalogues, its form, and the delay as the session's choice of a step shows it.
extension AppText {
    public static let catalogStepTemplates = Phrase(fr: "Modèles d’étapes (Budget télécom)", en: "Step templates (Telecom budget)")
    public static let stepTemplateCatalogTitle = Phrase(fr: "Modèles d’étapes du plan", en: "Plan step templates")
    public static let newStepTemplateTitle = Phrase(fr: "Nouveau modèle d’étape", en: "New step template")
    public static let editStepTemplateTitle = Phrase(fr: "Modifier le modèle d’étape", en: "Edit the step template")

    public static let actionMoveUp = Phrase(fr: "Monter", en: "Move up")
    public static let actionMoveDown = Phrase(fr: "Descendre", en: "Move down")
    public static let actionNewTemplateHelp = Phrase(
        fr: "ajoute un modèle à la fin de la liste",
        en: "adds a template at the end of the list")
    public static let actionEditTemplateHelp = Phrase(
        fr: "modifie le modèle en surbrillance (les plans déjà faits ne changent pas)",
        en: "edits the highlighted template (plans already made do not change)")
    public static let actionToggleTemplateHelp = Phrase(
        fr: "retire le modèle (les séances ne le proposent plus) ou le remet, après confirmation",
        en: "retires the template (the sessions no longer offer it) or puts it back, after a confirmation")
    public static let actionMoveUpHelp = Phrase(
        fr: "fait monter le modèle d’une place : les séances proposent les modèles dans cet ordre",
        en: "moves the template up one place: the sessions offer the templates in this order")
    public static let actionMoveDownHelp = Phrase(
        fr: "fait descendre le modèle d’une place",
        en: "moves the template down one place")

    public static let columnNumber = Phrase(fr: "N°", en: "No.")
    public static let templateStateRetired = Phrase(fr: "retiré", en: "retired")
    public static let templateSameDay = Phrase(fr: "le jour même", en: "same day")
    public static let templateInOneDay = Phrase(fr: "dans 1 jour", en: "in 1 day")
    public static let templateDefaultExplained = Phrase(
        fr: "Modèle livré avec Guichet, pas encore modifié.",
        en: "Template shipped with Guichet, not edited yet.")
    public static let templateRetiredExplained = Phrase(
        fr: "Modèle retiré : les séances ne le proposent plus.",
        en: "Retired template: the sessions no longer offer it.")
    public static let templateNoEnglish = Phrase(
        fr: "Pas de texte en anglais : le français est montré.",
        en: "No English text: the French is shown.")
    public static let templateNoneActive = Phrase(
        fr: "Aucun modèle en service : un compte responsable les tient dans les catalogues de l’administration.",
        en: "No template in use: a supervisor keeps them in the administration’s catalogs.")
    public static let templateFormHelp = Phrase(
        fr: "Le texte anglais est facultatif (sans lui, le français est montré). Délai : les jours entre la séance et "
            + "la date prévue de l’étape, de 0 à 365.",
        en: "The English text is optional (without it, the French is shown). Delay: the days between the session and "
            + "the step’s due date, 0 to 365.")
    /// {1} the field, {2} its whole text.
    public static let templateFieldText = Phrase(fr: "{1} : {2}", en: "{1}: {2}")
    public static let templateSaved = Phrase(fr: "Modèle d’étape enregistré.", en: "Step template saved.")
    public static let retireTemplateTitle = Phrase(fr: "Retirer le modèle", en: "Retire the template")
    public static let restoreTemplateTitle = Phrase(fr: "Remettre le modèle", en: "Restore the template")
    /// {1} the template's text.
    public static let retireTemplateQuestion = Phrase(
        fr: "Retirer « {1} » ? Les séances ne le proposeront plus ; les plans déjà faits gardent leurs étapes.",
        en: "Retire “{1}”? The sessions will no longer offer it; plans already made keep their steps.")
    /// {1} the template's text.
    public static let restoreTemplateQuestion = Phrase(
        fr: "Remettre « {1} » parmi les modèles proposés ?",
        en: "Put “{1}” back among the templates offered?")
    public static let templateRetired = Phrase(
        fr: "Modèle retiré : les séances ne le proposent plus.",
        en: "Template retired: the sessions no longer offer it.")
    public static let templateRestored = Phrase(
        fr: "Modèle remis : les séances le proposent de nouveau.",
        en: "Template restored: the sessions offer it again.")
}

/// How the template lists say a template's delay.
enum StepTemplateText {
    static func delay(_ template: PlanStepTemplate, _ context: AppContext) -> String {
        switch template.delayDays {
        case 0: return context.text(AppText.templateSameDay)
        case 1: return context.text(AppText.templateInOneDay)
        default: return context.text(AppText.budgetStepInDays, template.delayDays)
        }
    }
}
