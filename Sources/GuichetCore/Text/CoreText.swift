/// Texts of the core's rules and validations.
public enum CoreText {
    public static let forbidden = Phrase(
        fr: "Action réservée au rôle {1} ou supérieur.",
        en: "This action needs the {1} role or higher.")
    public static let storageFailure = Phrase(
        fr: "La base de données a refusé l’opération ({1}). Rien n’a été enregistré.",
        en: "The database refused the operation ({1}). Nothing was saved.")
    public static let siteCodeExpected = Phrase(
        fr: "Code du site : 3 lettres attendues, par ex. PAR",
        en: "Site code: 3 letters expected, e.g. PAR")
    public static let siteNameExpected = Phrase(
        fr: "Nom du site : de 1 à 60 caractères attendus (lettres, chiffres, espaces et - ’ . , ( ) ° / &), par ex. « Paris 19e »",
        en: "Site name: 1 to 60 characters expected (letters, digits, spaces and - ’ . , ( ) ° / &), e.g. “Paris 19e”")
    public static let loginExpected = Phrase(
        fr: "Identifiant : de 2 à 32 caractères attendus, lettres minuscules sans accent, chiffres, . - _",
        en: "Login: 2 to 32 characters expected, lower-case letters without accents, digits, . - _")
    public static let displayNameExpected = Phrase(
        fr: "Nom : de 1 à 80 caractères attendus",
        en: "Name: 1 to 80 characters expected")
    public static let passwordTooShort = Phrase(
        fr: "Mot de passe : au moins {1} caractères attendus",
        en: "Password: at least {1} characters expected")
    public static let passwordsDiffer = Phrase(
        fr: "Les deux mots de passe ne sont pas identiques : retapez-les",
        en: "The two passwords differ: type them again")
    public static let loginTaken = Phrase(
        fr: "Cet identifiant existe déjà : choisissez-en un autre",
        en: "This login already exists: choose another one")
    public static let wrongCredentials = Phrase(
        fr: "Identifiant ou mot de passe incorrect",
        en: "Wrong login or password")
    public static let tooManyAttempts = Phrase(
        fr: "Trop d’essais : réessayez dans {1} s",
        en: "Too many attempts: try again in {1} s")
    public static let userInactive = Phrase(
        fr: "Ce compte est désactivé : adressez-vous à une personne responsable du site",
        en: "This account is deactivated: ask a supervisor of the site")
    public static let alreadySetUp = Phrase(
        fr: "Cette base est déjà configurée : rien n’a été modifié",
        en: "This database is already set up: nothing was changed")
    public static let notSetUp = Phrase(
        fr: "Cette base n’est pas encore configurée : lancez « guichet init » ou « guichet »",
        en: "This database is not set up yet: run “guichet init” or “guichet”")
    public static let lastSupervisor = Phrase(
        fr: "Impossible : il doit rester au moins un compte responsable actif",
        en: "Not possible: at least one active supervisor must remain")
    public static let cannotDeactivateSelf = Phrase(
        fr: "Vous ne pouvez pas désactiver votre propre compte",
        en: "You cannot deactivate your own account")
    public static let timeZoneExpected = Phrase(
        fr: "Fuseau horaire : un nom comme Europe/Paris ou America/Cayenne attendu",
        en: "Time zone: a name like Europe/Paris or America/Cayenne expected")
    public static let lockMinutesExpected = Phrase(
        fr: "Verrouillage : un nombre de minutes entre 1 et 120 attendu",
        en: "Lock: a number of minutes between 1 and 120 expected")
}
