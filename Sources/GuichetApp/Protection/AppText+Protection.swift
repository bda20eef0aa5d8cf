import GuichetCore

/// Texts of data protection (Administration → RGPD): retention, access and erasure,
/// the connection logs, backups.
extension AppText {
    /// {1} what runs, {2} the percentage done.
    public static let progressNotice = Phrase(fr: "{1}… {2} %", en: "{1}… {2} %")

    /// « RGPD » (GDPR): the key bar of Administration has room for four letters.
    public static let actionProtection = Phrase(fr: "RGPD", en: "GDPR")
    public static let actionNewUser = Phrase(fr: "Créer", en: "Create")
    public static let actionProtectionHelp = Phrase(
        fr: "protection des données : fiches à anonymiser, accès et effacement, journaux de connexion, sauvegardes",
        en: "data protection: files to anonymise, access and erasure, connection logs, backups")

    public static let protectionTitle = Phrase(fr: "Données personnelles", en: "Personal data")
    /// {1} the day and time, {2} the file.
    public static let protectionLastBackup = Phrase(fr: "Dernière sauvegarde : {1} ({2})", en: "Last backup: {1} ({2})")
    public static let protectionNoBackup = Phrase(fr: "Aucune sauvegarde n’a encore été faite.", en: "No backup has been made yet.")
    /// {1} the files, {2} the months.
    public static let protectionDueLine = Phrase(
        fr: "Fiches à anonymiser : {1} (sans contact depuis {2} mois)",
        en: "Files to anonymise: {1} (no contact for {2} months)")
    public static let consentPolicyAnonymise = Phrase(
        fr: "Fiches sans consentement : anonymisées 72 heures après leur création",
        en: "Files without consent: anonymised 72 hours after they were made")
    public static let consentPolicyFlag = Phrase(
        fr: "Fiches sans consentement : gardées et signalées sur leur fiche",
        en: "Files without consent: kept and flagged on their card")
    /// {1} the months, {2} the events.
    public static let protectionLogsLine = Phrase(
        fr: "Événements de connexion de plus de {1} mois : {2}",
        en: "Connection events older than {1} months: {2}")
    public static let menuRetention = Phrase(fr: "Fiches à anonymiser", en: "Files to anonymise")
    public static let menuAccess = Phrase(fr: "Accès et effacement d’une fiche", en: "Access to and erasure of a file")
    public static let menuPurge = Phrase(fr: "Purger les journaux de connexion", en: "Purge the connection logs")
    public static let menuBackup = Phrase(fr: "Sauvegarder maintenant", en: "Back up now")
    public static let actionOpenProtectionHelp = Phrase(fr: "ouvre l’action en surbrillance", en: "opens the highlighted action")
    public static let actionOpenNamedProtection = Phrase(fr: "ouvre cette action", en: "opens this action")

    public static let purgeTitle = Phrase(fr: "Purger les journaux de connexion", en: "Purge the connection logs")
    /// {1} the events, {2} the first day kept (the count in brackets: right for one as for many).
    public static let purgeQuestion = Phrase(
        fr: "Supprimer pour toujours les événements de connexion d’avant le {2} ({1}) ? C’est irréversible ; le journal reste vérifiable.",
        en: "Delete for good the connection events from before {2} ({1})? It cannot be undone; the journal stays checkable.")
    /// {1} the events, {2} the first day kept.
    public static let purgeDone = Phrase(
        fr: "Événements de connexion d’avant le {2} supprimés : {1}.",
        en: "Connection events from before {2} deleted: {1}.")

    public static let retentionTitle = Phrase(fr: "Fiches à anonymiser", en: "Files to anonymise")
    /// {1} the months.
    public static let retentionIntro = Phrase(
        fr: "Sans contact (passage, séance, achat, prêt) depuis {1} mois, ou sans consentement si le réglage le demande.",
        en: "No contact (visit, session, purchase, loan) for {1} months, or no consent when the setting asks for it.")
    public static let columnLastContact = Phrase(fr: "Dernier contact", en: "Last contact")
    public static let columnReason = Phrase(fr: "Motif", en: "Reason")
    /// {1} the months.
    public static let noCandidate = Phrase(
        fr: "Aucune fiche à anonymiser : toutes ont eu un contact dans les {1} derniers mois.",
        en: "No file to anonymise: every one had a contact in the last {1} months.")
    public static let actionAnonymise = Phrase(fr: "Anonymiser", en: "Anonymise")
    public static let actionAnonymiseHelp = Phrase(
        fr: "anonymise la fiche en surbrillance, après confirmation",
        en: "anonymises the highlighted file, after a confirmation")
    public static let actionAnonymiseAll = Phrase(fr: "Tout anonym.", en: "All")
    public static let actionAnonymiseAllHelp = Phrase(
        fr: "anonymise toutes les fiches de la liste, après confirmation",
        en: "anonymises every file of the list, after a confirmation")
    public static let actionCheckFileHelp = Phrase(fr: "ouvre la fiche pour la vérifier", en: "opens the file to check it")
    public static let noCandidateSelected = Phrase(fr: "Aucune fiche dans la liste", en: "No file in the list")
    public static let anonymiseTitle = Phrase(fr: "Anonymiser", en: "Anonymise")
    /// {1} the file number.
    public static let anonymiseQuestion = Phrase(
        fr: "Anonymiser la fiche {1} ? Identité, coordonnées, notes et contacts d’orientation seront effacés : c’est irréversible.",
        en: "Anonymise file {1}? Identity, contact details, notes and referral contacts will be erased: it cannot be undone.")
    /// {1} the number of files.
    public static let anonymiseAllQuestion = Phrase(
        fr: "Anonymiser les {1} fiches ? Identités, coordonnées, notes et contacts d’orientation seront effacés : c’est irréversible.",
        en: "Anonymise the {1} files? Identities, contact details, notes and referral contacts will be erased: it cannot be undone.")
    public static let anonymising = Phrase(fr: "Anonymisation", en: "Anonymising")
    /// {1} the files anonymised: « 1 fiche anonymisée. », « 3 fiches anonymisées. ».
    public static let anonymisedDone = PluralPhrase(
        one: Phrase(fr: "{1} fiche anonymisée.", en: "{1} file anonymised."),
        many: Phrase(fr: "{1} fiches anonymisées.", en: "{1} files anonymised."))
    /// {1} the files anonymised, {2} those left as they were (counts after a colon: no agreement to make).
    public static let anonymisedSomeSkipped = Phrase(
        fr: "Fiches anonymisées : {1} ; plus à anonymiser (la personne est revenue) : {2}.",
        en: "Files anonymised: {1}; no longer due (the person came back): {2}.")

    public static let accessTitle = Phrase(fr: "Accès et effacement", en: "Access and erasure")
    public static let accessPickTitle = Phrase(fr: "Accès et effacement : la fiche", en: "Access and erasure: the file")
    public static let accessHolds = Phrase(fr: "Ce que la base garde de cette personne", en: "What the database keeps about this person")
    /// {1} visits, {2} sessions, {3} steps.
    public static let accessCountsCoaching = Phrase(
        fr: "Passages : {1} · séances de budget : {2} · étapes du plan : {3}",
        en: "Visits: {1} · budget sessions: {2} · plan steps: {3}")
    /// {1} ledger entries, {2} loans.
    public static let accessCountsLedger = Phrase(
        fr: "Écritures du registre (achats, cautions) : {1} · prêts de clés 3G : {2}",
        en: "Ledger entries (purchases, deposits): {1} · 3G key loans: {2}")
    /// {1} events.
    public static let accessCountsJournal = Phrase(
        fr: "Événements du journal sur la fiche : {1}",
        en: "Journal events about the file: {1}")
    public static let accessRightOfAccess = Phrase(
        fr: "Droit d’accès : la personne reçoit toute sa fiche, en texte lisible et en JSON.",
        en: "Right of access: the person gets their whole file, as readable text and as JSON.")
    public static let accessRightOfErasure = Phrase(
        fr: "Effacement : ses données personnelles partent aussitôt ; ce que le registre doit garder reste sous le numéro de dossier.",
        en: "Erasure: their personal data go at once; what the ledger must keep stays under the file number.")
    public static let actionExportPerson = Phrase(fr: "Exporter", en: "Export")
    public static let actionExportPersonHelp = Phrase(
        fr: "écrit la fiche entière en texte (80 colonnes) et en JSON, dans le dossier des impressions",
        en: "writes the whole file as text (80 columns) and as JSON, in the printouts folder")
    public static let actionPrintAccess = Phrase(fr: "Imprimer", en: "Print")
    public static let actionPrintAccessHelp = Phrase(
        fr: "imprime la page de la fiche entière (dans un fichier quand il n’y a pas d’imprimante)",
        en: "prints the page of the whole file (to a file when there is no printer)")
    public static let actionErase = Phrase(fr: "Effacer", en: "Erase")
    public static let actionEraseHelp = Phrase(
        fr: "efface les données personnelles à la demande de la personne, après confirmation",
        en: "erases the personal data at the person’s request, after a confirmation")
    /// {1} the text file, {2} the JSON file.
    public static let exportDone = Phrase(fr: "Fiche exportée : {1} (et {2}).", en: "File exported: {1} (and {2}).")

    public static let erasureTitle = Phrase(fr: "Effacement à la demande", en: "Erasure on request")
    public static let erasureReasonField = Phrase(fr: "Motif", en: "Reason")
    public static let erasureRequesterField = Phrase(fr: "Demandé par", en: "Asked by")
    /// {1} the file number.
    public static let erasureIntro = Phrase(
        fr: "Effacer la fiche {1} : noms, naissance (sauf l’année), téléphone, e-mail, notes, contacts d’orientation et consentement partent pour toujours.",
        en: "Erase file {1}: names, birth date (but the year), phone, e-mail, notes, referral contacts and consent go for good.")
    public static let erasureKeeps = Phrase(
        fr: "Les achats restent au registre sous le numéro de dossier ; le motif et qui l’a demandé sont notés au journal.",
        en: "Purchases stay in the ledger under the file number; the reason and who asked are written in the journal.")
    public static let actionEraseConfirm = Phrase(fr: "Effacer", en: "Erase")
    public static let actionEraseConfirmHelp = Phrase(
        fr: "efface la fiche, après une dernière confirmation",
        en: "erases the file, after a last confirmation")
    public static let hintErase = Phrase(fr: "effacer", en: "erase")
    public static let eraseTitle = Phrase(fr: "Effacer", en: "Erase")
    /// {1} the file number.
    public static let eraseQuestion = Phrase(
        fr: "Effacer pour toujours les données personnelles de la fiche {1} ? C’est irréversible.",
        en: "Erase for good the personal data of file {1}? It cannot be undone.")
    /// {1} the file number.
    public static let erasedDone = Phrase(
        fr: "Fiche {1} effacée : le motif et la demande sont notés au journal.",
        en: "File {1} erased: the reason and the request are written in the journal.")

    public static let backupTitle = Phrase(fr: "Sauvegarder", en: "Back up")
    public static let backupFolderField = Phrase(fr: "Dossier", en: "Folder")
    public static let backupPassphraseField = Phrase(fr: "Phrase de passe (facultative)", en: "Passphrase (optional)")
    public static let backupPassphraseAgainField = Phrase(fr: "Phrase de passe, à nouveau", en: "Passphrase, again")
    public static let backupIntro = Phrase(
        fr: "Copie vérifiée avant d’être gardée. Pour une clé USB, donnez une phrase de passe : la copie est chiffrée, la phrase sera demandée pour la restaurer.",
        en: "The copy is checked before it is kept. For a USB key, give a passphrase: the copy is encrypted, and it will be asked to restore it.")
    public static let actionBackUp = Phrase(fr: "Sauvegarder", en: "Back up")
    public static let actionBackUpHelp = Phrase(
        fr: "fait la sauvegarde dans ce dossier, vérifiée, chiffrée s’il y a une phrase de passe",
        en: "makes the backup in this folder, checked, encrypted when there is a passphrase")
    public static let hintBackUp = Phrase(fr: "sauvegarder", en: "back up")
    public static let backingUp = Phrase(fr: "Sauvegarde", en: "Backing up")
    /// {1} the backup's file.
    public static let backupDone = Phrase(fr: "Sauvegarde faite et vérifiée : {1}", en: "Backup made and checked: {1}")
    /// {1} the backup's file.
    public static let backupDoneEncrypted = Phrase(
        fr: "Sauvegarde chiffrée faite et vérifiée : {1}",
        en: "Encrypted backup made and checked: {1}")
    /// {1} the backup's file name.
    public static let closingBackupDone = Phrase(fr: "Sauvegarde faite : {1}.", en: "Backup made: {1}.")
    /// {1} why.
    public static let closingBackupFailed = Phrase(fr: "La sauvegarde a échoué : {1}", en: "The backup failed: {1}")
    public static let quitWithoutBackupTitle = Phrase(fr: "Quitter sans sauvegarde", en: "Quit without a backup")
    public static let quitWithoutBackupQuestion = Phrase(
        fr: "La sauvegarde a échoué (voir le message). Quitter Guichet quand même ?",
        en: "The backup failed (see the message). Quit Guichet anyway?")

    public static let retentionField = Phrase(fr: "Durée sans contact (mois)", en: "Kept without contact (months)")
    public static let consentPolicyField = Phrase(fr: "Fiches sans consentement", en: "Files without consent")
    public static let consentKeepFlagged = Phrase(fr: "gardées, signalées", en: "kept, flagged")
    public static let consentAnonymise = Phrase(fr: "anonymisées après 72 h", en: "anonymised after 72 h")
    public static let logMonthsField = Phrase(fr: "Journaux de connexion (mois)", en: "Connection logs (months)")
    public static let backupsKeptField = Phrase(fr: "Sauvegardes gardées", en: "Backups kept")
    public static let backupFolderSettingField = Phrase(fr: "Dossier des sauvegardes", en: "Backup folder")

    /// {1} the time.
    public static let backupToday = Phrase(fr: "Dernière sauvegarde : aujourd’hui à {1}", en: "Last backup: today at {1}")
    /// {1} the time.
    public static let backupYesterday = Phrase(fr: "Dernière sauvegarde : hier à {1}", en: "Last backup: yesterday at {1}")
    /// {1} the days, {2} the day.
    public static let backupDaysAgo = Phrase(fr: "Dernière sauvegarde : il y a {1} jours ({2})", en: "Last backup: {1} days ago ({2})")
    /// {1} the days.
    public static let backupStale = Phrase(
        fr: "Dernière sauvegarde il y a {1} jours : sauvegardez (Administration, puis RGPD)",
        en: "Last backup {1} days ago: back up (Administration, then GDPR)")
    public static let backupNone = Phrase(
        fr: "Aucune sauvegarde : sauvegardez (Administration, puis RGPD)",
        en: "No backup yet: back up (Administration, then GDPR)")

    /// {1} the day, {2} the time.
    public static let consentDeadlineOnCard = Phrase(
        fr: "! non recueilli : fiche anonymisée le {1} à {2}",
        en: "! not recorded: file anonymised on {1} at {2}")
    public static let anonymisedPerson = Phrase(fr: "Personne anonymisée", en: "Anonymised person")
}
