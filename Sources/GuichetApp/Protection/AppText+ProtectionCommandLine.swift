import GuichetCore

/// Texts of the data-protection commands.
extension AppText {
    public static let cliAnonymiseAbstract = Phrase(
        fr: "Anonymise les fiches sans contact depuis la durée de conservation (et celles sans consentement si le réglage le demande).",
        en: "Anonymises the files without contact for the retention period (and those without consent when the setting asks for it).")
    public static let cliAnonymiseDryRunOption = Phrase(
        fr: "Liste les fiches qui seraient anonymisées, sans rien changer.",
        en: "Lists the files that would be anonymised, changing nothing.")
    /// {1} the file, {2} its last contact, {3} the reason.
    public static let cliAnonymiseLine = Phrase(fr: "{1}  dernier contact le {2}  {3}", en: "{1}  last contact on {2}  {3}")
    /// {1} the files.
    public static let cliAnonymiseWould = PluralPhrase(
        one: Phrase(fr: "{1} fiche serait anonymisée (essai : rien n’a été changé).",
                    en: "{1} file would be anonymised (dry run: nothing was changed)."),
        many: Phrase(fr: "{1} fiches seraient anonymisées (essai : rien n’a été changé).",
                     en: "{1} files would be anonymised (dry run: nothing was changed)."))
    public static let cliAnonymiseProgress = Phrase(fr: "Anonymisation", en: "Anonymising")

    public static let cliExportPersonAbstract = Phrase(
        fr: "Droit d’accès : écrit toute la fiche d’une personne en texte lisible (80 colonnes) et en JSON.",
        en: "Right of access: writes a person's whole file as readable text (80 columns) and as JSON.")
    public static let cliExportFolderOption = Phrase(
        fr: "Dossier des deux fichiers (sinon « impressions » à côté de la base).",
        en: "Folder of both files (else « impressions » beside the database).")
    public static let cliExportEncodingOption = Phrase(
        fr: "Encodage de la page : utf-8 (par défaut) ou latin-1 pour les vieilles imprimantes.",
        en: "Encoding of the page: utf-8 (the default) or latin-1 for old printers.")
    /// {1} the text file, {2} the JSON file.
    public static let cliExportPersonDone = Phrase(fr: "Fiche exportée : {1} et {2}", en: "File exported: {1} and {2}")

    public static let cliEraseAbstract = Phrase(
        fr: "Efface les données personnelles d’une fiche à la demande de la personne ; le registre garde ses écritures sous le numéro de dossier.",
        en: "Erases a file's personal data at the person's request; the ledger keeps its entries under the file number.")
    public static let cliEraseReasonOption = Phrase(
        fr: "Motif : consent_withdrawn (retrait du consentement), objection, no_longer_needed ou other.",
        en: "Reason: consent_withdrawn, objection, no_longer_needed or other.")
    public static let cliEraseRequesterOption = Phrase(
        fr: "Qui le demande : person (la personne elle-même), legal_representative, social_worker ou other.",
        en: "Who asks: person (the person themself), legal_representative, social_worker or other.")
    /// {1} the value, {2} the choices.
    public static let cliChoiceExpected = Phrase(fr: "« {1} » : une de ces valeurs attendue : {2}", en: "“{1}”: one of these values expected: {2}")
    /// {1} the file.
    public static let cliEraseDone = Phrase(
        fr: "Fiche {1} effacée : ses données personnelles ne sont plus dans la base ; le motif et la demande sont au journal.",
        en: "File {1} erased: its personal data are no longer in the database; the reason and the request are in the journal.")

    public static let cliPurgeAbstract = Phrase(
        fr: "Supprime du journal les événements de connexion plus anciens que le réglage (12 mois par défaut) ; le journal reste vérifiable.",
        en: "Removes from the journal the connection events older than the setting (12 months by default); the journal stays checkable.")
    public static let cliPurgeDryRunOption = Phrase(
        fr: "Compte les événements qui seraient supprimés, sans rien supprimer.",
        en: "Counts the events that would be removed, removing nothing.")
    /// {1} the events, {2} the first day kept.
    public static let cliPurgeWould = Phrase(
        fr: "{1} événements de connexion d’avant le {2} seraient supprimés (essai : rien n’a été supprimé).",
        en: "{1} connection events from before {2} would be removed (dry run: nothing was removed).")

    public static let cliBackupAbstract = Phrase(
        fr: "Sauvegarde la base, même pendant que les guichets tournent : la copie est vérifiée, nommée par site et heure, et les N dernières sont gardées.",
        en: "Backs up the database, even while the counters run: the copy is checked, named by site and time, and the last N are kept.")
    public static let cliBackupFolderArgument = Phrase(
        fr: "Dossier de la sauvegarde (sinon le dossier réglé, « sauvegardes » à côté de la base par défaut).",
        en: "Folder of the backup (else the folder set, « sauvegardes » beside the database by default).")
    public static let cliEncryptOption = Phrase(
        fr: "Chiffre la sauvegarde avec une phrase de passe demandée deux fois (pour une clé USB).",
        en: "Encrypts the backup with a passphrase asked twice (for a USB key).")
    public static let cliPassphraseStdinOption = Phrase(
        fr: "Lit la phrase de passe sur l’entrée standard (scripts), jamais sur la ligne de commande.",
        en: "Reads the passphrase from standard input (scripts), never from the command line.")
    public static let cliPassphrasePrompt = Phrase(fr: "Phrase de passe : ", en: "Passphrase: ")
    public static let cliPassphraseAgainPrompt = Phrase(fr: "Phrase de passe, à nouveau : ", en: "Passphrase, again: ")
    public static let cliPassphraseNeedsTerminal = Phrase(
        fr: "Phrase de passe : lancez la commande dans un terminal, ou donnez --passphrase-stdin et envoyez-la sur l’entrée standard",
        en: "Passphrase: run the command in a terminal, or give --passphrase-stdin and send it on standard input")
    public static let cliBackupProgress = Phrase(fr: "Sauvegarde", en: "Backing up")
    /// {1} the file, {2} its size.
    public static let cliBackupDone = Phrase(fr: "Sauvegarde vérifiée : {1} ({2} octets)", en: "Backup checked: {1} ({2} bytes)")
    /// {1} the files removed.
    public static let cliBackupPruned = Phrase(fr: "Anciennes sauvegardes retirées : {1}", en: "Older backups removed: {1}")

    public static let cliRestoreAbstract = Phrase(
        fr: "Restaure une sauvegarde vérifiée (intégrité, chaînes, version) à la place de la base, gardée de côté ; refusé tant qu’un guichet a la base ouverte.",
        en: "Restores a checked backup (integrity, chains, version) in place of the database, kept aside; refused while a counter has the database open.")
    public static let cliRestoreFileArgument = Phrase(fr: "Fichier de la sauvegarde.", en: "The backup's file.")
    public static let cliRestoreProgress = Phrase(fr: "Restauration", en: "Restoring")
    /// {1} the backup, {2} the database.
    public static let cliRestoreDone = Phrase(fr: "Sauvegarde {1} restaurée dans {2}.", en: "Backup {1} restored into {2}.")
    /// {1} where the old database went.
    public static let cliRestoreAside = Phrase(fr: "L’ancienne base est gardée : {1}", en: "The former database is kept: {1}")
}
