import GuichetCore

/// Texts of the page a person receives for the right of access.
extension AppText {
    public static let accessHeading = Phrase(fr: "Vos données personnelles (droit d’accès)", en: "Your personal data (right of access)")
    public static let accessIdentity = Phrase(fr: "Identité", en: "Identity")
    public static let accessSituation = Phrase(fr: "Situation", en: "Situation")
    public static let accessReferral = Phrase(fr: "Orientation", en: "Referral")
    public static let accessConsent = Phrase(fr: "Consentement au traitement des données", en: "Consent to the processing of data")
    public static let accessConsentMissing = Phrase(fr: "non recueilli", en: "not recorded")
    public static let accessNotes = Phrase(fr: "Notes", en: "Notes")
    public static let accessEnrolment = Phrase(fr: "Inscription", en: "Enrolment")
    /// {1} the first day, {2} the status.
    public static let accessEnrolled = Phrase(fr: "inscription du {1} : {2}", en: "enrolment of {1}: {2}")
    /// {1} the day.
    public static let accessRenewedOn = Phrase(fr: "renouvelée le {1}", en: "renewed on {1}")
    /// {1} the day.
    public static let accessClosedOn = Phrase(fr: "clôturée le {1}", en: "closed on {1}")
    /// {1} the day.
    public static let accessAnonymisedOn = Phrase(fr: "anonymisée le {1}", en: "anonymised on {1}")
    /// {1} the last active day.
    public static let accessActiveUntil = Phrase(fr: "active jusqu’au {1}", en: "active until {1}")
    /// {1} how many.
    public static let accessVisits = Phrase(fr: "Passages ({1})", en: "Visits ({1})")
    /// {1} how many.
    public static let accessSessions = Phrase(fr: "Séances de budget télécom ({1})", en: "Telecom budget sessions ({1})")
    /// {1} the resources, {2} the total today, {3} with the plan.
    public static let accessSessionFigures = Phrase(
        fr: "ressources {1} par mois ; téléphone et Internet {2} par mois, {3} avec le plan",
        en: "resources {1} a month; phone and Internet {2} a month, {3} with the plan")
    /// {1} a line of the budget, {2} what it costs a month.
    public static let accessLineCost = Phrase(fr: "- {1} : {2}", en: "- {1}: {2}")
    /// {1} what is said, {2} what follows it: the punctuation of each language.
    public static let accessThen = Phrase(fr: "{1} ; {2}", en: "{1}; {2}")
    /// {1} the number, {2} the RIO.
    public static let accessLineNumber = Phrase(fr: "numéro {1}, RIO {2}", en: "number {1}, RIO {2}")
    /// {1} how many.
    public static let accessPlan = Phrase(fr: "Plan d’action ({1})", en: "Action plan ({1})")
    /// {1} how many.
    public static let accessLedger = Phrase(fr: "Achats et cautions ({1})", en: "Purchases and deposits ({1})")
    /// {1} how many.
    public static let accessLoans = Phrase(fr: "Prêts de clés 3G ({1})", en: "3G key loans ({1})")
    /// {1} the key, {2} the first day.
    public static let accessLoanFrom = Phrase(fr: "{1}, prêtée le {2}", en: "{1}, lent on {2}")
    /// {1} the day, {2} how it came back.
    public static let accessLoanEnded = Phrase(fr: "{2} le {1}", en: "{2} on {1}")
    /// {1} the day due.
    public static let accessLoanOpen = Phrase(fr: "en cours, à rendre le {1}", en: "under way, due on {1}")
    /// {1} the deposit.
    public static let accessLoanDeposit = Phrase(fr: "caution {1}", en: "deposit {1}")
    /// {1} how many.
    public static let accessJournal = Phrase(
        fr: "Qui a consulté ou modifié la fiche, et quand ({1})",
        en: "Who read or changed the file, and when ({1})")
    public static let accessNothing = Phrase(fr: "aucun", en: "none")
    /// {1} the day, {2} the time, {3} the login.
    public static let accessFooter = Phrase(
        fr: "Exporté le {1} à {2} par {3}. Pour corriger ou effacer ces données, demandez au responsable du site.",
        en: "Exported on {1} at {2} by {3}. To correct or erase these data, ask the site’s supervisor.")
}
