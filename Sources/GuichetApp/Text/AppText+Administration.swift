import GuichetCore

/// Texts of the administration: users and settings.
extension AppText {
    public static let adminTitle = Phrase(fr: "Administration", en: "Administration")
    public static let adminUsersHeading = Phrase(fr: "Utilisateurs du site", en: "Users of the site")
    public static let userSearchHint = Phrase(
        fr: "identifiant ou nom — tapez, la liste suit",
        en: "login or name — type, the list follows")
    public static let noUserMatches = Phrase(fr: "Aucun utilisateur ne correspond", en: "No user matches")
    public static let columnLogin = Phrase(fr: "Identifiant", en: "Login")
    public static let columnName = Phrase(fr: "Nom", en: "Name")
    public static let columnRole = Phrase(fr: "Rôle", en: "Role")
    public static let columnState = Phrase(fr: "État", en: "State")
    public static let userActive = Phrase(fr: "actif", en: "active")
    public static let userInactive = Phrase(fr: "désactivé", en: "deactivated")
    public static let noUserSelected = Phrase(fr: "Choisissez d’abord un compte dans la liste", en: "Choose an account in the list first")
    public static let deactivateTitle = Phrase(fr: "Désactiver", en: "Deactivate")
    public static let deactivateQuestion = Phrase(
        fr: "Désactiver le compte « {1} » ? Il ne pourra plus se connecter.",
        en: "Deactivate the account “{1}”? It will no longer be able to sign in.")
    public static let reactivateTitle = Phrase(fr: "Réactiver", en: "Reactivate")
    public static let reactivateQuestion = Phrase(fr: "Réactiver le compte « {1} » ?", en: "Reactivate the account “{1}”?")
    public static let userDeactivated = Phrase(fr: "Compte « {1} » désactivé.", en: "Account “{1}” deactivated.")
    public static let userReactivated = Phrase(fr: "Compte « {1} » réactivé.", en: "Account “{1}” reactivated.")

    public static let newUserTitle = Phrase(fr: "Nouvel utilisateur", en: "New user")
    public static let roleField = Phrase(fr: "Rôle", en: "Role")
    public static let userCreated = Phrase(fr: "Utilisateur « {1} » créé.", en: "User “{1}” created.")

    public static let passwordResetTitle = Phrase(fr: "Nouveau mot de passe", en: "New password")
    public static let passwordResetIntro = Phrase(fr: "Compte « {1} » ({2})", en: "Account “{1}” ({2})")
    public static let passwordResetDone = Phrase(
        fr: "Mot de passe de « {1} » remplacé.",
        en: "Password of “{1}” replaced.")

    public static let settingsTitle = Phrase(fr: "Réglages", en: "Settings")
    public static let settingsIntro = Phrase(
        fr: "Le thème se choisit avec {1} et s’applique au prochain démarrage.",
        en: "Pick the theme with {1}; it applies at the next start.")
    public static let themeField = Phrase(fr: "Thème", en: "Theme")
    public static let lockField = Phrase(fr: "Verrouillage (minutes)", en: "Lock after (minutes)")
    public static let renewalWindowField = Phrase(fr: "Fenêtre de renouvellement", en: "Renewal window")
    public static let quitSettingField = Phrase(fr: "Quitter Guichet", en: "Quitting Guichet")
    public static let quitByAnyone = Phrase(fr: "tout le monde", en: "anyone")
    public static let quitBySupervisors = Phrase(fr: "responsables seulement (poste de guichet)", en: "supervisors only (kiosk)")
    public static let renewalWindowIntro = Phrase(
        fr: "Fenêtre de renouvellement : combien de jours avant sa fin une inscription peut être renouvelée (une seule fois).",
        en: "Renewal window: how many days before its end an enrolment may be renewed (once only).")
    public static let settingsSaved = Phrase(fr: "Réglages enregistrés.", en: "Settings saved.")

    public static let actionCatalogs = Phrase(fr: "Catalog.", en: "Catalogs")
    public static let actionCatalogsHelp = Phrase(
        fr: "les cartes de recharge et les offres télécom du site",
        en: "the site’s recharge cards and telecom offers")
    public static let catalogsTitle = Phrase(fr: "Catalogues", en: "Catalogs")
    public static let catalogProducts = Phrase(fr: "Cartes de recharge (Recharges)", en: "Recharge cards (Recharges)")
    public static let catalogOffers = Phrase(fr: "Offres télécom (Budget télécom)", en: "Telecom offers (Telecom budget)")
    public static let actionOpenCatalogHelp = Phrase(fr: "ouvre ce catalogue", en: "opens this catalog")
}
