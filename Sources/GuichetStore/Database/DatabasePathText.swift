import GuichetCore

/// What is wrong with the path of the database, said before SQLite opens it.
/// {1} is the path (or its folder); the messages never say « pas encore configurée »
/// for a file that is simply not there.
public enum DatabasePathText {
    public static let folderMissing = Phrase(
        fr: "Le dossier « {1} » n’existe pas : vérifiez le chemin, ou créez d’abord ce dossier (mkdir). Rien n’a été créé.",
        en: "The folder “{1}” does not exist: check the path, or create that folder first (mkdir). Nothing was created.")
    public static let isAFolder = Phrase(
        fr: "« {1} » est un dossier : donnez le chemin d’un fichier de base, par ex. {1}/guichet.sqlite.",
        en: "“{1}” is a folder: give the path of a database file, e.g. {1}/guichet.sqlite.")
    public static let fileMissing = Phrase(
        fr: "La base « {1} » n’existe pas : vérifiez le chemin, ou créez-la avec « guichet init ».",
        en: "The database “{1}” does not exist: check the path, or create it with “guichet init”.")
    /// {2} the reason (`SystemErrorText`).
    public static let cannotOpen = Phrase(
        fr: "Impossible d’ouvrir « {1} » ({2}) : vérifiez les droits du fichier et de son dossier (ls -l).",
        en: "Cannot open “{1}” ({2}): check the permissions of the file and of its folder (ls -l).")
    /// {2} the reason (`SystemErrorText`).
    public static let cannotCreateFolder = Phrase(
        fr: "Impossible de créer le dossier « {1} » ({2}) : vérifiez les droits, ou donnez un autre chemin avec --db.",
        en: "Cannot create the folder “{1}” ({2}): check the permissions, or give another path with --db.")
    public static let notAGuichetDatabase = Phrase(
        fr: "« {1} » n’est pas une base Guichet : vérifiez le chemin (--db ou GUICHET_DB). Le fichier n’a pas été modifié.",
        en: "“{1}” is not a Guichet database: check the path (--db or GUICHET_DB). The file was not changed.")
}
