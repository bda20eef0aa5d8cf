import GuichetCore

/// Messages of the data-protection store.
public enum ProtectionStoreText {
    public static let nothingDue = Phrase(
        fr: "Aucune de ces fiches n’est plus à anonymiser : rien n’a été modifié.",
        en: "None of these files is due for anonymisation any more: nothing was changed.")
    public static let nothingToPurge = Phrase(
        fr: "Aucun événement de connexion n’est assez ancien pour être purgé : rien n’a été supprimé.",
        en: "No connection event is old enough to be purged: nothing was removed.")
}

extension ProtectionStoreText {
    /// {1} the folder.
    public static let destinationFull = Phrase(
        fr: "Sauvegarde impossible : le disque de {1} est plein. Aucun fichier de sauvegarde n’a été gardé.",
        en: "Backup impossible: the disk of {1} is full. No backup file was kept.")
    /// {1} the folder, {2} the reason.
    public static let cannotWrite = Phrase(
        fr: "Impossible d’écrire dans {1} ({2}) : aucun fichier n’a été gardé.",
        en: "Cannot write to {1} ({2}): no file was kept.")
    /// {1} the file, {2} the reason.
    public static let cannotRead = Phrase(
        fr: "Impossible de lire {1} ({2}).",
        en: "Cannot read {1} ({2}).")
    /// {1} the folder.
    public static let folderMissing = Phrase(
        fr: "Le dossier {1} n’existe pas : branchez la clé USB ou vérifiez le chemin.",
        en: "The folder {1} does not exist: plug in the USB key or check the path.")
    /// {1} the copy, {2} what SQLite says.
    public static let copyDamaged = Phrase(
        fr: "La copie {1} n’est pas saine ({2}) : elle a été retirée. La base elle-même est peut-être endommagée : lancez « guichet verify ».",
        en: "The copy {1} is not sound ({2}): it was removed. The database itself may be damaged: run “guichet verify”.")
    /// What is wrong in an encrypted backup, for `backupDamaged`.
    public static let damagedHeader = Phrase(fr: "en-tête", en: "header")
    public static let damagedScryptParameters = Phrase(fr: "paramètres de scrypt", en: "scrypt parameters")
    public static let damagedBlockSize = Phrase(fr: "taille des blocs", en: "block size")
    public static let damagedCutShort = Phrase(fr: "fichier coupé", en: "file cut short")
    /// {1} the block's number, from 1.
    public static let damagedBlock = Phrase(fr: "bloc {1}", en: "block {1}")
    /// {1} the backup, {2} what is wrong.
    public static let backupDamaged = Phrase(
        fr: "La sauvegarde {1} est abîmée ou incomplète ({2}) : elle n’a pas été restaurée, rien n’a été changé.",
        en: "The backup {1} is damaged or incomplete ({2}): it was not restored, nothing was changed.")
    /// {1} the file, {2} the first problem `verify` found.
    public static let chainBroken = Phrase(
        fr: "{1} : les chaînes d’empreintes ne sont pas intactes ({2}). Rien n’a été gardé ni changé.",
        en: "{1}: the hash chains are not intact ({2}). Nothing was kept or changed.")
    /// {1} the file.
    public static let notABackup = Phrase(
        fr: "{1} n’est pas une sauvegarde de Guichet : rien n’a été changé.",
        en: "{1} is not a Guichet backup: nothing was changed.")
    /// {1} the backup.
    public static let backupNewer = Phrase(
        fr: "La sauvegarde {1} vient d’une version plus récente de Guichet : restaurez-la avec cette version-là. Rien n’a été changé.",
        en: "The backup {1} comes from a newer version of Guichet: restore it with that version. Nothing was changed.")
    public static let wrongPassphrase = Phrase(
        fr: "Phrase de passe incorrecte : la sauvegarde n’a pas été déchiffrée, rien n’a été changé.",
        en: "Wrong passphrase: the backup was not decrypted, nothing was changed.")
    public static let passphraseNeeded = Phrase(
        fr: "Cette sauvegarde est chiffrée : sa phrase de passe est nécessaire.",
        en: "This backup is encrypted: its passphrase is needed.")
    public static let databaseInUse = Phrase(
        fr: "Un guichet (ou une commande) a la base ouverte : fermez tous les guichets (Quitter), puis recommencez. Rien n’a été changé.",
        en: "A counter (or a command) has the database open: close every counter (Quit), then start again. Nothing was changed.")
    public static let restoreRunning = Phrase(
        fr: "Une restauration de sauvegarde est en cours sur cette base : attendez qu’elle se termine, puis recommencez.",
        en: "A backup is being restored onto this database: wait until it ends, then start again.")
}
