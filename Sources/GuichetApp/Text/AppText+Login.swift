import GuichetCore

/// Texts of the login and of the first start.
extension AppText {
    public static let loginTitle = Phrase(fr: "Connexion", en: "Login")
    public static let loginWelcome = Phrase(fr: "Guichet — {1}", en: "Guichet — {1}")
    public static let loginHint = Phrase(
        fr: "Tapez votre identifiant, {1}, puis votre mot de passe et {1}.",
        en: "Type your login, {1}, then your password and {1}.")
    public static let loginField = Phrase(fr: "Identifiant", en: "Login")
    public static let passwordField = Phrase(fr: "Mot de passe", en: "Password")
    public static let passwordAgainField = Phrase(fr: "Mot de passe (encore)", en: "Password (again)")
    public static let newPasswordField = Phrase(fr: "Nouveau mot de passe", en: "New password")
    public static let loginMissing = Phrase(fr: "Identifiant : tapez votre identifiant", en: "Login: type your login")

    public static let setupTitle = Phrase(fr: "Premier démarrage", en: "First start")
    public static let setupIntro = Phrase(
        fr: "Bienvenue ! Configurons ce point d’accueil et son premier compte responsable.",
        en: "Welcome! Let us set up this reception point and its first supervisor account.")
    public static let setupPasswordsHidden = Phrase(
        fr: "Les mots de passe restent cachés.",
        en: "Passwords stay hidden.")
    public static let setupSiteCode = Phrase(fr: "Code du site (3 lettres)", en: "Site code (3 letters)")
    public static let setupSiteName = Phrase(fr: "Nom du site", en: "Site name")
    public static let setupTimeZone = Phrase(fr: "Fuseau horaire", en: "Time zone")
    public static let setupLogin = Phrase(fr: "Identifiant", en: "Login")
    public static let setupName = Phrase(fr: "Prénom et nom", en: "Full name")
    public static let setupDone = Phrase(
        fr: "Site configuré : votre session de responsable est ouverte.",
        en: "Site set up: you are signed in as supervisor.")
}
