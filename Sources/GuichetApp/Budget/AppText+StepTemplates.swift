import GuichetCore

/// Texts of the plan's step templates: the list a supervisor keeps in Administration →
/// Catalogues, its form, and the delay as the session's choice of a step shows it.
extension AppText {
    public static let templateSameDay = Phrase(fr: "le jour même", en: "same day")
    public static let templateInOneDay = Phrase(fr: "dans 1 jour", en: "in 1 day")
    public static let templateNoneActive = Phrase(
        fr: "Aucun modèle en service : un compte responsable les tient dans les catalogues de l’administration.",
        en: "No template in use: a supervisor keeps them in the administration’s catalogs.")
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
