/// Texts of the data-protection rules.
public enum ProtectionText {
    /// {1} and {2} the bounds.
    public static let retentionExpected = Phrase(
        fr: "Durée de conservation : un nombre de mois entre {1} et {2} attendu",
        en: "Retention: a number of months between {1} and {2} expected")
    /// {1} and {2} the bounds.
    public static let logMonthsExpected = Phrase(
        fr: "Journaux de connexion : un nombre de mois entre {1} et {2} attendu",
        en: "Connection logs: a number of months between {1} and {2} expected")
    /// {1} and {2} the bounds.
    public static let keptExpected = Phrase(
        fr: "Sauvegardes gardées : un nombre entre {1} et {2} attendu",
        en: "Backups kept: a number between {1} and {2} expected")
    public static let folderExpected = Phrase(
        fr: "Dossier des sauvegardes : un chemin complet attendu (commençant par /), ou rien pour le dossier « sauvegardes » à côté de la base",
        en: "Backup folder: a full path expected (starting with /), or nothing for the « sauvegardes » folder beside the database")
    /// {1} the minimum length.
    public static let passphraseTooShort = Phrase(
        fr: "Phrase de passe : au moins {1} caractères attendus (plusieurs mots, par exemple)",
        en: "Passphrase: at least {1} characters expected (several words, for example)")
    public static let passphrasesDiffer = Phrase(
        fr: "Les deux phrases de passe ne sont pas identiques : retapez-les",
        en: "The two passphrases differ: type them again")
    public static let alreadyAnonymised = Phrase(
        fr: "Cette fiche est déjà anonymisée : il n’y a plus rien à effacer.",
        en: "This file is already anonymised: there is nothing left to erase.")
    /// {1} the key's code.
    public static let keyStillLent = Phrase(
        fr: "La clé {1} est encore prêtée à cette personne : enregistrez d’abord son retour (ou sa perte).",
        en: "Key {1} is still lent to this person: record its return (or its loss) first.")
}
