import GuichetCore

/// Texts of the beneficiary file: list, form, duplicates, card, visits.
extension AppText {
    public static let beneficiariesTitle = Phrase(fr: "Bénéficiaires", en: "Beneficiaries")
    public static let searchLabel = Phrase(fr: "Chercher :", en: "Search:")
    public static let searchHint = Phrase(
        fr: "nom, prénom, n° de dossier ou téléphone — tapez, la liste suit",
        en: "name, first name, file number or phone — type, the list follows")
    public static let recentFiles = Phrase(fr: "Fiches récentes", en: "Recent files")
    public static let oneResult = Phrase(fr: "1 résultat", en: "1 result")
    public static let resultCount = Phrase(fr: "{1} résultats", en: "{1} results")
    public static let firstResults = Phrase(
        fr: "Au moins {1} résultats : tapez la suite pour préciser",
        en: "At least {1} results: type on to narrow down")
    public static let noResult = Phrase(
        fr: "Aucune fiche ne correspond : {1} pour en créer une",
        en: "No file matches: {1} to create one")
    /// {1} what was typed.
    public static let closestFiles = Phrase(
        fr: "Aucune fiche « {1} ». Fiches proches :",
        en: "No file “{1}”. Close files:")
    public static let noFileMatches = Phrase(fr: "Aucune fiche ne correspond", en: "No file matches")
    public static let pickBeneficiaryTitle = Phrase(fr: "Choisir une fiche", en: "Choose a file")
    public static let columnPerson = Phrase(fr: "Nom Prénom", en: "Name")
    public static let columnBirth = Phrase(fr: "Naissance", en: "Born")
    public static let columnPhone = Phrase(fr: "Téléphone", en: "Phone")
    public static let columnFile = Phrase(fr: "Dossier", en: "File")
    public static let columnStatus = Phrase(fr: "État", en: "Status")

    public static let actionNewFileHelp = Phrase(fr: "crée une fiche, après contrôle des doublons", en: "creates a file, after the duplicate check")
    public static let actionOpenFileHelp = Phrase(fr: "ouvre la fiche en surbrillance", en: "opens the highlighted file")
    public static let actionAnonymousVisit = Phrase(fr: "Anonyme", en: "Anonym.")
    public static let actionAnonymousVisitHelp = Phrase(
        fr: "enregistre un passage anonyme (information seulement)",
        en: "records an anonymous visit (information only)")
    public static let noFileSelected = Phrase(fr: "Aucune fiche en surbrillance", en: "No file highlighted")

    public static let newFileTitle = Phrase(fr: "Nouvelle fiche", en: "New file")
    public static let editFileTitle = Phrase(fr: "Modifier la fiche {1}", en: "Edit file {1}")
    public static let notSpecified = Phrase(fr: "— non renseigné", en: "— not given")
    public static let consentField = Phrase(fr: "Consentement", en: "Consent")
    public static let consentNone = Phrase(fr: "non recueilli", en: "not recorded")
    public static let consentToday = Phrase(fr: "recueilli aujourd’hui", en: "recorded today")
    public static let consentKept = Phrase(fr: "recueilli le {1} par {2}", en: "recorded on {1} by {2}")
    public static let fileCreated = Phrase(fr: "Fiche {1} créée.", en: "File {1} created.")
    /// {1} the key that edits the file.
    public static let savedWithoutConsent = Phrase(
        fr: "Consentement non recueilli : demandez-le à la personne, puis {1} pour le noter.",
        en: "Consent not recorded: ask the person, then {1} to record it.")
    public static let fileUpdated = Phrase(fr: "Fiche {1} enregistrée.", en: "File {1} saved.")
    public static let oneOtherFieldError = Phrase(
        fr: "{1} (et un autre champ marqué !)",
        en: "{1} (and one other field marked !)")
    public static let otherFieldErrors = Phrase(
        fr: "{1} (et {2} autres champs marqués !)",
        en: "{1} (and {2} other fields marked !)")

    public static let duplicatesTitle = Phrase(fr: "Doublons possibles", en: "Possible duplicates")
    public static let duplicatesIntro = Phrase(
        fr: "Ces fiches ressemblent à celle que vous créez. Est-ce la même personne ?",
        en: "These files look like the one you are creating. Is it the same person?")
    public static let hintCreateAnyway = Phrase(fr: "créer quand même", en: "create anyway")
    public static let hintOpenExisting = Phrase(fr: "ouvrir la fiche existante", en: "open the existing file")
    public static let actionCreateAnyway = Phrase(fr: "Créer", en: "Create")
    public static let actionCreateAnywayHelp = Phrase(
        fr: "crée quand même la nouvelle fiche (la confirmation est journalisée)",
        en: "creates the new file anyway (the confirmation is journaled)")

    public static let cardTitle = Phrase(fr: "Fiche", en: "File")
    public static let cardBorn = Phrase(fr: "Naissance", en: "Born")
    public static let cardAge = Phrase(fr: "{1} ({2} ans)", en: "{1} (age {2})")
    public static let cardPhone = Phrase(fr: "Téléphone", en: "Phone")
    public static let cardEmail = Phrase(fr: "E-mail", en: "E-mail")
    public static let cardHousing = Phrase(fr: "Logement", en: "Housing")
    public static let cardActivity = Phrase(fr: "Activité", en: "Activity")
    public static let cardResources = Phrase(fr: "Ressources", en: "Resources")
    public static let cardReferral = Phrase(fr: "Orientation", en: "Referral")
    public static let cardSocialWorker = Phrase(fr: "Suivi par", en: "Followed by")
    public static let cardContact = Phrase(fr: "Contact", en: "Contact")
    public static let cardReferralDate = Phrase(fr: "Date du bon", en: "Referral date")
    public static let cardConsent = Phrase(fr: "Consentement", en: "Consent")
    public static let cardNotes = Phrase(fr: "Notes", en: "Notes")
    public static let cardNotesMore = Phrase(fr: "(suite : {1})", en: "(more: {1})")
    public static let consentMissingOnCard = Phrase(
        fr: "! non recueilli : demandez-le à la personne et notez-le ({1})",
        en: "! not recorded: ask the person and record it ({1})")
    public static let cardNone = Phrase(fr: "—", en: "—")
    public static let cardActiveUntil = Phrase(fr: "Inscription active jusqu’au {1}", en: "Enrolment active until {1}")
    public static let cardRenewedNote = Phrase(fr: " (renouvelée le {1})", en: " (renewed on {1})")
    public static let cardExpired = Phrase(
        fr: "! Inscription expirée depuis le {1}",
        en: "! Enrolment expired since {1}")
    public static let cardExpiredRenew = Phrase(fr: " — {1} pour renouveler", en: " — {1} to renew")
    public static let cardClosed = Phrase(fr: "Inscription clôturée le {1}", en: "Enrolment closed on {1}")
    public static let cardAnonymised = Phrase(fr: "Fiche anonymisée", en: "Anonymised file")
    public static let timelineHeading = Phrase(fr: "Historique (le plus récent d’abord)", en: "History (newest first)")
    public static let timelineEmpty = Phrase(fr: "Aucun événement.", en: "No event.")

    public static let actionEdit = Phrase(fr: "Modifier", en: "Edit")
    public static let actionEditHelp = Phrase(fr: "modifie la fiche", en: "edits the file")
    public static let actionVisit = Phrase(fr: "Passage", en: "Visit")
    public static let actionVisitHelp = Phrase(fr: "enregistre un passage et ses motifs", en: "records a visit and its reasons")
    public static let actionRenew = Phrase(fr: "Renouv.", en: "Renew")
    public static let actionRenewHelp = Phrase(
        fr: "renouvelle l’inscription pour 9 mois, une seule fois, dans ses derniers jours",
        en: "renews the enrolment for 9 months, once only, in its last days")
    public static let actionClose = Phrase(fr: "Clôturer", en: "Close")
    public static let actionCloseHelp = Phrase(
        fr: "clôture l’inscription, en demandant le motif (une personne responsable peut la rouvrir)",
        en: "closes the enrolment, asking for the reason (a supervisor can reopen it)")
    public static let renewNotPossible = Phrase(
        fr: "Renouvellement impossible : déjà renouvelée une fois, ou inscription clôturée",
        en: "Renewal not possible: already renewed once, or enrolment closed")
    public static let closeNotPossible = Phrase(fr: "Inscription déjà clôturée", en: "Enrolment already closed")
    public static let renewTitle = Phrase(fr: "Renouveler", en: "Renew")
    public static let renewQuestion = Phrase(
        fr: "Renouveler l’inscription du dossier {1} jusqu’au {2} ? C’est son seul renouvellement possible.",
        en: "Renew the enrolment of file {1} until {2}? It is its only possible renewal.")
    public static let renewed = Phrase(fr: "Inscription du dossier {1} renouvelée jusqu’au {2}.", en: "Enrolment of file {1} renewed until {2}.")
    public static let closeTitle = Phrase(fr: "Clôturer", en: "Close")
    public static let closeIntro = Phrase(
        fr: "Clôturer l’inscription du dossier {1} : plus de vente, de prêt ni de renouvellement. Une personne responsable pourra la rouvrir.",
        en: "Close the enrolment of file {1}: no more sale, loan or renewal. A supervisor can reopen it.")
    public static let closeReasonField = Phrase(fr: "Motif", en: "Reason")
    public static let actionCloseConfirm = Phrase(fr: "Clôturer", en: "Close")
    public static let actionCloseConfirmHelp = Phrase(
        fr: "clôture l’inscription pour le motif choisi",
        en: "closes the enrolment for the chosen reason")
    public static let hintCloseConfirm = Phrase(fr: "clôturer", en: "close")
    public static let actionReopen = Phrase(fr: "Rouvrir", en: "Reopen")
    public static let actionReopenHelp = Phrase(
        fr: "rouvre l’inscription clôturée (la clôture reste dans l’historique)",
        en: "reopens the closed enrolment (the closing stays in the history)")
    public static let reopenTitle = Phrase(fr: "Rouvrir", en: "Reopen")
    public static let reopenQuestion = Phrase(
        fr: "Rouvrir l’inscription du dossier {1} ? Elle reprend avec ses dates d’origine.",
        en: "Reopen the enrolment of file {1}? It resumes with its original dates.")
    public static let reopenedDone = Phrase(fr: "Inscription du dossier {1} rouverte.", en: "Enrolment of file {1} reopened.")
    public static let closedDone = Phrase(fr: "Inscription du dossier {1} clôturée.", en: "Enrolment of file {1} closed.")

    public static let visitTitle = Phrase(fr: "Passage", en: "Visit")
    public static let visitFor = Phrase(fr: "Passage de {1} ({2})", en: "Visit of {1} ({2})")
    public static let visitAnonymous = Phrase(
        fr: "Passage anonyme : information seulement, sans fiche",
        en: "Anonymous visit: information only, no file")
    public static let visitReasons = Phrase(fr: "Motifs ({1} coche ou décoche) :", en: "Reasons ({1} ticks or unticks):")
    public static let visitNote = Phrase(fr: "Remarque", en: "Remark")
    public static let actionVisitNext = Phrase(fr: "Suivant", en: "Next")
    public static let actionVisitNextHelp = Phrase(
        fr: "passe des motifs à la remarque ; sur la remarque, enregistre",
        en: "moves from the reasons to the remark; on the remark, saves")
    public static let actionVisitSwitch = Phrase(fr: "Motifs / remarque", en: "Reasons / remark")
    public static let actionVisitSwitchHelp = Phrase(
        fr: "passe des motifs à la remarque et inversement",
        en: "moves between the reasons and the remark")
    public static let hintVisitRemark = Phrase(fr: "remarque", en: "remark")
    public static let actionTick = Phrase(fr: "Cocher", en: "Tick")
    public static let actionTickHelp = Phrase(
        fr: "coche ou décoche le motif en surbrillance",
        en: "ticks or unticks the highlighted reason")
    public static let hintTick = Phrase(fr: "cocher", en: "tick")
    public static let visitRecorded = Phrase(fr: "Passage enregistré.", en: "Visit recorded.")

    public static let figureVisits = Phrase(fr: "Passages", en: "Visits")
    public static let figureNewFiles = Phrase(fr: "Nouvelles fiches", en: "New files")
}
