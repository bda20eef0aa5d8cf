import GuichetCore

/// Texts of the home screen.
extension AppText {
    public static let homeTitle = Phrase(fr: "Accueil", en: "Home")
    public static let homeGreeting = Phrase(fr: "Bonjour {1} — {2}", en: "Hello {1} — {2}")
    public static let homeToday = Phrase(fr: "Aujourd’hui", en: "Today")
    public static let homeMenu = Phrase(fr: "Domaines", en: "Areas")
    public static let figureLogins = Phrase(fr: "Connexions au guichet", en: "Counter logins")
    public static let figureJournalEvents = Phrase(fr: "Événements du journal", en: "Journal events")

    public static let areaBeneficiaries = Phrase(fr: "Bénéficiaires", en: "Beneficiaries")
    public static let areaBudget = Phrase(fr: "Budget télécom", en: "Telecom budget")
    public static let areaRecharges = Phrase(fr: "Recharges", en: "Recharges")
    public static let areaHotspots = Phrase(fr: "Clés 3G", en: "3G hotspots")
    public static let areaJournal = Phrase(fr: "Journal", en: "Journal")
    public static let areaAdministration = Phrase(fr: "Administration", en: "Administration")
    public static let areaComingSoon = Phrase(fr: "Bientôt", en: "Coming soon")
    public static let areaReservedTo = Phrase(fr: "Réservé au rôle {1}", en: "Reserved to the {1} role")
}
