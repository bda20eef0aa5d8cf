import GuichetCore

/// Messages of the storage layer: what went wrong with the file, and what to do.
public enum StorageText {
    /// The database stayed locked by another writer (a long import, another counter) beyond the wait.
    public static let busy = Phrase(
        fr: "Une autre opération (un import ?) occupe la base de données : patientez quelques secondes, puis recommencez. Rien n’a été enregistré.",
        en: "Another operation (an import?) is keeping the database busy: wait a few seconds, then try again. Nothing was saved.")
    /// Shown while a write waits for another program's lock (`GuichetStore.onLongWait`).
    public static let waitingForLock = Phrase(
        fr: "Une autre opération (un import ?) écrit dans la base de données : patientez…",
        en: "Another operation (an import?) is writing to the database: please wait…")
    /// SQLite found the file damaged (SQLITE_CORRUPT, SQLITE_NOTADB, or `quick_check`); {1} the technical detail.
    public static let damaged = Phrase(
        fr: "La base est endommagée ({1}) : arrêtez la saisie et restaurez la dernière sauvegarde (README, « Restaurer »). Rien n’a été enregistré.",
        en: "The database is damaged ({1}): stop entering data and restore the last backup (README, “Restaurer”). Nothing was saved.")
    /// SQLITE_FULL, or a write refused by the system (a full disk, `ulimit -f`).
    public static let diskFull = Phrase(
        fr: "Le disque est plein (ou la taille de fichier permise est atteinte) : libérez de la place puis recommencez. Rien n’a été enregistré.",
        en: "The disk is full (or the allowed file size is reached): free some space, then try again. Nothing was saved.")
    /// The file was migrated by a build that knows more migrations than this one.
    public static let newerVersion = Phrase(
        fr: "Cette base a été créée par une version plus récente de Guichet : utilisez cette version-là, ou une sauvegarde faite avec celle-ci.",
        en: "This database was made by a newer version of Guichet: use that version, or a backup made with this one.")
}
