import GuichetCore

/// Texts of telecom budget coaching: the coach's screens, the screens turned
/// toward the person (short words), the offer catalog and the printed summary.
extension AppText {
    // MARK: Titles

    public static let budgetTitle = Phrase(fr: "Budget télécom", en: "Telecom budget")
    public static let budgetFileTitle = Phrase(fr: "Budget de la personne", en: "Person’s budget")
    public static let budgetSessionTitle = Phrase(fr: "Séance de budget", en: "Budget session")
    public static let budgetHeaderTitle = Phrase(fr: "Date et ressources", en: "Date and resources")
    public static let budgetNewLineTitle = Phrase(fr: "Nouvelle ligne", en: "New line")
    public static let budgetEditLineTitle = Phrase(fr: "Modifier la ligne", en: "Edit the line")
    public static let budgetOfferChoiceTitle = Phrase(fr: "Choisir une offre", en: "Choose an offer")
    public static let budgetTemplatesTitle = Phrase(fr: "Nouvelle étape", en: "New step")
    public static let budgetNewStepTitle = Phrase(fr: "Étape du plan", en: "Plan step")
    public static let budgetEditStepTitle = Phrase(fr: "Modifier l’étape", en: "Edit the step")
    public static let budgetResultTitle = Phrase(fr: "Votre budget", en: "Your budget")
    public static let budgetPlanTitle = Phrase(fr: "Plan d’action", en: "Action plan")
    public static let budgetHistoryTitle = Phrase(fr: "Historique du budget", en: "Budget history")
    public static let budgetPickTitle = Phrase(fr: "Budget : choisir une fiche", en: "Budget: choose a file")
    public static let offerCatalogTitle = Phrase(fr: "Catalogue des offres", en: "Offer catalog")
    public static let newOfferTitle = Phrase(fr: "Nouvelle offre", en: "New offer")
    public static let editOfferTitle = Phrase(fr: "Modifier l’offre", en: "Edit the offer")

    // MARK: Actions (key bar and F1)

    public static let actionAdd = Phrase(fr: "Ajouter", en: "Add")
    public static let actionRemove = Phrase(fr: "Retirer", en: "Remove")
    public static let actionResources = Phrase(fr: "Ressources", en: "Resources")
    public static let actionOffer = Phrase(fr: "Offre", en: "Offer")
    public static let actionSession = Phrase(fr: "Séance", en: "Session")
    public static let actionResult = Phrase(fr: "Résultat", en: "Result")
    public static let actionPlan = Phrase(fr: "Plan", en: "Plan")
    public static let actionHistory = Phrase(fr: "Historique", en: "History")
    public static let actionPrint = Phrase(fr: "Imprimer", en: "Print")
    public static let actionPickFile = Phrase(fr: "Choisir", en: "Choose")
    public static let actionStepDone = Phrase(fr: "Fait", en: "Done")
    public static let actionStepAbandon = Phrase(fr: "Abandonner", en: "Give up")
    public static let actionStepReopen = Phrase(fr: "À faire", en: "To do")
    public static let actionSwitchSection = Phrase(fr: "Lignes / plan", en: "Lines / plan")
    public static let actionNextPage = Phrase(fr: "Page suivante", en: "Next page")
    public static let actionPreviousPage = Phrase(fr: "Page précédente", en: "Previous page")
    public static let actionRetireOffer = Phrase(fr: "Retirer", en: "Retire")
    public static let actionRestoreOffer = Phrase(fr: "Remettre", en: "Restore")
    public static let actionOffers = Phrase(fr: "Offres", en: "Offers")
    public static let actionBudget = Phrase(fr: "Budget", en: "Budget")
    public static let actionBudgetHelp = Phrase(
        fr: "le budget télécom de la personne : séances, plan d’action (pour un compte bénévole, le plan seulement)",
        en: "the person’s telecom budget: sessions, action plan (for a volunteer account, the plan only)")

    public static let actionSaveSessionHelp = Phrase(
        fr: "enregistre la séance, ses lignes et son plan, puis montre le résultat à la personne",
        en: "saves the session, its lines and its plan, then shows the result to the person")
    public static let actionEditBudgetItemHelp = Phrase(
        fr: "modifie la ligne ou l’étape en surbrillance",
        en: "edits the highlighted line or step")
    public static let actionResourcesHelp = Phrase(
        fr: "date de la séance, prochain rendez-vous et ressources du mois, par type",
        en: "session date, next appointment and monthly resources, by kind")
    public static let actionAddBudgetItemHelp = Phrase(
        fr: "ajoute une ligne, ou une étape au plan quand la liste des étapes est choisie",
        en: "adds a line, or a step to the plan when the list of steps is chosen")
    public static let actionRemoveBudgetItemHelp = Phrase(
        fr: "retire la ligne ou l’étape en surbrillance, après confirmation",
        en: "removes the highlighted line or step, after a confirmation")
    public static let actionOfferHelp = Phrase(
        fr: "choisit, pour la ligne en surbrillance, une offre du catalogue ouverte à la personne",
        en: "chooses, for the highlighted line, an offer of the catalog open to the person")
    public static let actionSwitchSectionHelp = Phrase(
        fr: "passe de la liste des lignes à celle des étapes du plan, et inversement",
        en: "moves from the list of lines to the list of plan steps, and back")
    public static let actionSessionHelp = Phrase(
        fr: "commence une séance de diagnostic (une séance de suivi reprend les lignes de la précédente)",
        en: "starts a diagnosis session (a follow-up session starts from the previous one’s lines)")
    public static let actionResultHelp = Phrase(
        fr: "montre à la personne le résultat de la dernière séance, une idée par page",
        en: "shows the person the last session’s result, one idea a page")
    public static let actionPlanHelp = Phrase(
        fr: "le plan d’action de la personne : ajouter une étape, la marquer faite ou abandonnée",
        en: "the person’s action plan: add a step, mark it done or given up")
    public static let actionHistoryHelp = Phrase(
        fr: "les séances de la personne côte à côte : part des ressources et dépenses du mois",
        en: "the person’s sessions side by side: share of resources and monthly spending")
    public static let actionPrintHelp = Phrase(
        fr: "imprime le résumé de la dernière séance pour la personne (sans imprimante, l’écrit dans un fichier)",
        en: "prints the last session’s summary for the person (without a printer, writes it to a file)")
    public static let actionPickFileHelp = Phrase(
        fr: "choisit une fiche pour commencer ou reprendre son budget télécom",
        en: "chooses a file to start or resume its telecom budget")
    public static let actionOpenBudgetHelp = Phrase(
        fr: "ouvre le budget de la personne en surbrillance",
        en: "opens the highlighted person’s budget")
    public static let actionChooseOfferHelp = Phrase(
        fr: "choisit l’offre en surbrillance pour la ligne (la première ligne de la liste garde la ligne telle quelle)",
        en: "chooses the highlighted offer for the line (the list’s first row keeps the line as it is)")
    public static let actionChooseTemplateHelp = Phrase(
        fr: "ouvre l’étape en surbrillance, à compléter ou à modifier avant de l’ajouter",
        en: "opens the highlighted step, to complete or edit before adding it")
    public static let actionAddStepHelp = Phrase(
        fr: "ajoute une étape au plan, à partir d’un modèle ou d’un texte libre",
        en: "adds a step to the plan, from a template or a free text")
    public static let actionEditStepHelp = Phrase(
        fr: "modifie l’étape en surbrillance : texte, date, qui la fait, où en est-on",
        en: "edits the highlighted step: text, date, who does it, its status")
    public static let actionStepDoneHelp = Phrase(fr: "marque l’étape en surbrillance comme faite", en: "marks the highlighted step as done")
    public static let actionStepAbandonHelp = Phrase(
        fr: "marque l’étape en surbrillance comme abandonnée",
        en: "marks the highlighted step as given up")
    public static let actionStepReopenHelp = Phrase(fr: "remet l’étape en surbrillance à faire", en: "puts the highlighted step back to do")
    public static let actionNextPageHelp = Phrase(fr: "montre la page suivante", en: "shows the next page")
    public static let actionPreviousPageHelp = Phrase(fr: "montre la page précédente", en: "shows the previous page")
    public static let actionNewOfferHelp = Phrase(fr: "ajoute une offre au catalogue", en: "adds an offer to the catalog")
    public static let actionEditOfferHelp = Phrase(
        fr: "modifie l’offre en surbrillance (une fois enregistrée, une offre d’exemple est marquée vérifiée)",
        en: "edits the highlighted offer (once saved, an example offer is marked checked)")
    public static let actionToggleOfferHelp = Phrase(
        fr: "retire l’offre du catalogue (les séances qui l’ont choisie la gardent) ou la remet, après confirmation",
        en: "retires the offer from the catalog (the sessions that chose it keep it) or puts it back, after a confirmation")
    public static let actionOffersHelp = Phrase(
        fr: "le catalogue des offres que proposent les séances de budget télécom",
        en: "the catalog of offers the telecom budget sessions propose")

    public static let hintAddLine = Phrase(fr: "ajouter une ligne", en: "add a line")
    public static let hintAddStep = Phrase(fr: "ajouter une étape", en: "add a step")
    public static let hintResources = Phrase(fr: "ressources", en: "resources")
    public static let hintOffer = Phrase(fr: "choisir une offre", en: "choose an offer")
    public static let hintSwitchSection = Phrase(fr: "lignes ou plan", en: "lines or plan")
    public static let hintNextPage = Phrase(fr: "page suivante", en: "next page")
    public static let hintPreviousPage = Phrase(fr: "page précédente", en: "previous page")
    public static let hintPrint = Phrase(fr: "imprimer", en: "print")
    public static let hintPickFile = Phrase(fr: "choisir une fiche", en: "choose a file")
    public static let hintSession = Phrase(fr: "nouvelle séance", en: "new session")
    public static let hintResult = Phrase(fr: "résultat pour la personne", en: "result for the person")
    public static let hintPlan = Phrase(fr: "plan d’action", en: "action plan")
    public static let hintStepDone = Phrase(fr: "fait", en: "done")

    // MARK: Greyed actions

    public static let budgetNoLineSelected = Phrase(fr: "Aucune ligne pour l’instant", en: "No line yet")
    public static let budgetNoStepSelected = Phrase(fr: "Aucune étape pour l’instant", en: "No step yet")
    public static let budgetOfferOnLines = Phrase(
        fr: "Une offre se choisit pour une ligne : revenez à la liste des lignes",
        en: "An offer is chosen for a line: go back to the list of lines")
    public static let budgetNoSessionYet = Phrase(fr: "Aucune séance enregistrée", en: "No session recorded")
    /// {1} the status.
    public static let budgetStepAlready = Phrase(fr: "Cette étape est déjà « {1} »", en: "This step is already “{1}”")
    public static let budgetLastPage = Phrase(fr: "C’est la dernière page", en: "This is the last page")
    public static let budgetFirstPage = Phrase(fr: "C’est la première page", en: "This is the first page")

    // MARK: The people followed

    /// {1} the key that picks a file.
    public static let budgetNobodyFollowed = Phrase(
        fr: "Personne n’est encore suivi : {1} pour choisir une fiche",
        en: "Nobody is followed yet: {1} to choose a file")
    /// {1} the people, {2} those with a step overdue.
    public static let budgetFollowedCount = Phrase(
        fr: "Personnes suivies : {1} · avec une étape en retard : {2}",
        en: "People followed: {1} · with a step overdue: {2}")
    public static let columnLastSession = Phrase(fr: "Séance", en: "Session")
    public static let columnShare = Phrase(fr: "Part", en: "Share")
    public static let columnNextStep = Phrase(fr: "Prochaine étape", en: "Next step")

    // MARK: A person's budget

    /// {1} the key that starts a session.
    public static let budgetNoSessionStart = Phrase(
        fr: "Aucune séance pour l’instant : {1} pour la première",
        en: "No session yet: {1} for the first one")
    public static let budgetOneSession = Phrase(fr: "{1} séance", en: "{1} session")
    public static let budgetSessions = Phrase(fr: "{1} séances", en: "{1} sessions")
    /// {1} the sessions, {2} the last one's day, {3} its coach.
    public static let budgetLastSession = Phrase(fr: "{1}, la dernière le {2} avec {3}", en: "{1}, the last one on {2} with {3}")
    public static let budgetLastSessionHeading = Phrase(fr: "Dernière séance", en: "Last session")
    public static let budgetSpending = Phrase(fr: "Dépenses télécom", en: "Telecom spending")
    /// {1} the total, {2} the lines.
    public static let budgetSpendingValue = Phrase(fr: "{1} par mois ({2} lignes)", en: "{1} a month ({2} lines)")
    public static let budgetShareOfResources = Phrase(fr: "Part des ressources", en: "Share of resources")
    /// {1} the share, {2} the resources, {3} the reference.
    public static let budgetShareValue = Phrase(fr: "{1} de {2} (repère {3})", en: "{1} of {2} (reference {3})")
    public static let budgetWithPlan = Phrase(fr: "Avec le plan", en: "With the plan")
    /// {1} the total after, {2} its share.
    public static let budgetWithPlanValue = Phrase(fr: "{1} par mois, soit {2}", en: "{1} a month, that is {2}")
    public static let budgetSaving = Phrase(fr: "Économie", en: "Saving")
    /// {1} a month, {2} a year.
    public static let budgetSavingValue = Phrase(fr: "{1} par mois, {2} par an", en: "{1} a month, {2} a year")
    public static let budgetNextAppointment = Phrase(fr: "Prochain rendez-vous", en: "Next appointment")
    public static let budgetPlanHeading = Phrase(fr: "Plan d’action", en: "Action plan")
    public static let budgetNoPlan = Phrase(fr: "Pas de plan d’action pour l’instant.", en: "No action plan yet.")
    public static let budgetPlanDone = Phrase(fr: "Toutes les étapes du plan sont faites ou abandonnées.", en: "Every step of the plan is done or given up.")
    public static let budgetOneOpenStep = Phrase(fr: "Un plan est en cours : {1} étape à faire.", en: "A plan is under way: {1} step to do.")
    public static let budgetOpenSteps = Phrase(fr: "Un plan est en cours : {1} étapes à faire.", en: "A plan is under way: {1} steps to do.")
    public static let budgetOneOverdue = Phrase(fr: "! {1} étape en retard", en: "! {1} step overdue")
    public static let budgetOverdueSteps = Phrase(fr: "! {1} étapes en retard", en: "! {1} steps overdue")
    /// {1} the due day, {2} who, {3} the step.
    public static let budgetNextStep = Phrase(fr: "Prochaine étape, pour le {1} ({2}) : {3}", en: "Next step, due {1} ({2}): {3}")
    /// {1} the role.
    public static let budgetFiguresReserved = Phrase(
        fr: "Les séances et leurs chiffres sont réservés au rôle {1}.",
        en: "The sessions and their figures are reserved to the {1} role.")
    /// {1} the sessions.
    public static let budgetCardNoStep = Phrase(
        fr: "Budget télécom : séances : {1}, aucune étape à faire",
        en: "Telecom budget: sessions: {1}, no step to do")
    /// {1} the steps to do, {2} the next one's day, {3} its text.
    public static let budgetCardNext = Phrase(
        fr: "Budget télécom : étapes à faire : {1}, la prochaine le {2} : {3}",
        en: "Telecom budget: steps to do: {1}, the next one on {2}: {3}")
    /// {1} the steps overdue, {2} the next one's day, {3} its text.
    public static let budgetCardOverdue = Phrase(
        fr: "! Budget télécom : étapes en retard : {1}, depuis le {2} : {3}",
        en: "! Telecom budget: steps overdue: {1}, since {2}: {3}")

    // MARK: The session being entered

    /// {1} the day, {2} the resources, {3} the next appointment.
    public static let budgetSessionLine = Phrase(
        fr: "Séance du {1} · ressources : {2} par mois",
        en: "Session of {1} · resources: {2} a month")
    /// {1} the day.
    public static let budgetNextAppointmentOn = Phrase(fr: "Prochain rendez-vous : le {1}", en: "Next appointment: on {1}")
    public static let budgetNoNextAppointment = Phrase(fr: "Prochain rendez-vous : à fixer", en: "Next appointment: to be set")
    public static let budgetLinesHeading = Phrase(fr: "Lignes télécom ({1})", en: "Telecom lines ({1})")
    public static let budgetNewStepsHeading = Phrase(fr: "Étapes ajoutées au plan ({1})", en: "Steps added to the plan ({1})")
    /// {1} the key that adds.
    public static let budgetNoLinesYet = Phrase(fr: "Aucune ligne : {1} pour en ajouter une", en: "No line: {1} to add one")
    /// {1} the key that switches lists, {2} the key that adds.
    public static let budgetNoStepsYet = Phrase(
        fr: "Aucune étape : {1} puis {2} pour en ajouter une",
        en: "No step: {1} then {2} to add one")
    public static let budgetKept = Phrase(fr: "inchangée", en: "unchanged")
    /// {1} before, {2} after, {3} the saving.
    public static let budgetTotalLine = Phrase(
        fr: "Total par mois : {1}, avec le plan {2} (économie : {3})",
        en: "Total a month: {1}, with the plan {2} (saving: {3})")
    /// {1} before, {2} after, {3} the reference.
    public static let budgetShareLine = Phrase(
        fr: "Part des ressources : {1}, avec le plan {2} (repère : {3})",
        en: "Share of resources: {1}, with the plan {2} (reference: {3})")
    public static let budgetShareLineNone = Phrase(
        fr: "Part des ressources : non calculable (ressources non renseignées)",
        en: "Share of resources: not computable (no resources given)")
    public static let columnLine = Phrase(fr: "Ligne", en: "Line")
    public static let columnCost = Phrase(fr: "Coût", en: "Cost")
    public static let columnCommitmentEnd = Phrase(fr: "Engagement", en: "Commitment")
    public static let columnChoice = Phrase(fr: "Offre choisie", en: "Offer chosen")
    public static let columnAfter = Phrase(fr: "Après", en: "After")
    /// {1} the file number.
    public static let budgetSessionSaved = Phrase(fr: "Séance du dossier {1} enregistrée.", en: "Session of file {1} saved.")
    public static let budgetRemoveTitle = Phrase(fr: "Retirer", en: "Remove")
    /// {1} the line.
    public static let budgetRemoveLineQuestion = Phrase(fr: "Retirer la ligne « {1} » de la séance ?", en: "Remove the line “{1}” from the session?")
    /// {1} the step.
    public static let budgetRemoveStepQuestion = Phrase(fr: "Retirer l’étape « {1} » ?", en: "Remove the step “{1}”?")

    /// {1} the total typed.
    public static let budgetResourcesTotal = Phrase(fr: "Total des ressources : {1} par mois", en: "Total resources: {1} a month")
    public static let budgetResourcesIntro = Phrase(
        fr: "Repris de la séance précédente ou de la fiche : vérifiez chaque montant avec la personne (vide : aucun).",
        en: "Taken from the previous session or the file: check each amount with the person (empty: none).")
    public static let budgetLineRIOHelp = Phrase(
        fr: "RIO : la personne l’obtient par un appel gratuit au 3179 depuis la ligne ; il se vérifie avec le numéro de la ligne.",
        en: "RIO: the person gets it with a free call to 3179 from the line; it is checked against the line’s number.")
    public static let budgetLineCommitmentHelp = Phrase(
        fr: "Engagement : les dates du contrat (24 mois au plus) ; elles donnent les frais de sortie.",
        en: "Commitment: the contract’s dates (24 months at most); they give the exit fees.")

    // MARK: Choosing an offer

    /// {1} the line, {2} its monthly cost.
    public static let budgetOfferForLine = Phrase(fr: "{1} : {2} par mois", en: "{1}: {2} a month")
    public static let budgetOffersForAnyone = Phrase(
        fr: "Offres pour tout le monde (aucune aide déclarée), les moins chères d’abord :",
        en: "Offers for anyone (no benefit declared), cheapest first:")
    /// {1} the benefits.
    public static let budgetOffersForBenefits = Phrase(
        fr: "Offres ouvertes à la personne ({1}), les moins chères d’abord :",
        en: "Offers open to the person ({1}), cheapest first:")
    public static let budgetKeepLine = Phrase(fr: "Garder la ligne actuelle", en: "Keep the current line")
    public static let budgetSavingPerMonth = Phrase(fr: "{1} par mois", en: "{1} a month")
    public static let budgetExtraPerMonth = Phrase(fr: "{1} de plus", en: "{1} more")
    public static let budgetExampleMark = Phrase(fr: "(exemple)", en: "(example)")
    public static let budgetNoOffer = Phrase(
        fr: "Aucune offre du catalogue ne couvre cette ligne pour cette personne.",
        en: "No offer of the catalog covers this line for this person.")
    public static let columnOffer = Phrase(fr: "Offre", en: "Offer")
    public static let columnOperator = Phrase(fr: "Opérateur", en: "Operator")
    public static let columnSaving = Phrase(fr: "Économie", en: "Saving")
    /// {1} the content, {2} the commitment, {3} who may have it.
    public static let budgetOfferContent = Phrase(fr: "Comprend : {1} · {2} · pour : {3}", en: "Includes: {1} · {2} · for: {3}")
    public static let budgetNoCommitment = Phrase(fr: "sans engagement", en: "no commitment")
    public static let budgetCommitmentMonths = Phrase(fr: "engagement de {1} mois", en: "{1}-month commitment")
    public static let budgetExampleWarning = Phrase(
        fr: "Offre d’exemple du catalogue : vérifiez son prix et ses conditions avant de la proposer.",
        en: "Example offer of the catalog: check its price and terms before offering it.")
    /// {1} the end of the commitment.
    public static let budgetCommittedUntil = Phrase(fr: "Ligne engagée jusqu’au {1}.", en: "Line committed until {1}.")
    public static let budgetNoExitCost = Phrase(fr: "Pas d’engagement en cours : changer ne coûte rien.", en: "No commitment running: changing costs nothing.")
    /// {1} the day of leaving, {2} the fee, {3} the end of the commitment.
    public static let budgetExitCost = Phrase(
        fr: "Partir le {1} coûte {2} de frais (engagement jusqu’au {3}).",
        en: "Leaving on {1} costs {2} in fees (commitment until {3}).")
    /// {1} the day.
    public static let budgetPaysBackOn = Phrase(fr: "L’économie les rembourse le {1}.", en: "The saving pays them back on {1}.")
    public static let budgetNeverPaysBack = Phrase(
        fr: "Cette offre ne coûte pas moins : mieux vaut attendre la fin de l’engagement.",
        en: "This offer does not cost less: better wait for the end of the commitment.")

    // MARK: Plan steps

    public static let budgetFreeStep = Phrase(fr: "Autre étape (texte libre)", en: "Other step (free text)")
    public static let budgetStepInDays = Phrase(fr: "dans {1} jours", en: "in {1} days")
    public static let columnStep = Phrase(fr: "Étape", en: "Step")
    public static let columnDueIn = Phrase(fr: "Pour", en: "Due")
    public static let columnDue = Phrase(fr: "Pour le", en: "Due on")
    public static let columnWho = Phrase(fr: "Qui", en: "Who")
    /// {1} the person.
    public static let budgetPlanFor = Phrase(fr: "Votre plan d’action — {1}", en: "Your action plan — {1}")
    public static let budgetOverdue = Phrase(fr: "! en retard", en: "! overdue")
    /// {1} the key that adds.
    public static let budgetEmptyPlan = Phrase(fr: "Aucune étape : {1} pour en ajouter une", en: "No step: {1} to add one")
    /// {1} the step.
    public static let budgetStepSaved = Phrase(fr: "Étape enregistrée : {1}", en: "Step saved: {1}")

    // MARK: The result, for the person

    /// {1} the person, {2} the session's day.
    public static let budgetResultFor = Phrase(fr: "{1} · séance du {2}", en: "{1} · session of {2}")
    public static let budgetPageTotal = Phrase(fr: "Votre téléphone et Internet coûtent", en: "Your phone and Internet cost")
    public static let perMonth = Phrase(fr: "par mois", en: "a month")
    public static let perYear = Phrase(fr: "par an", en: "a year")
    public static let budgetForOneLine = Phrase(fr: "pour {1} ligne :", en: "for {1} line:")
    public static let budgetForLines = Phrase(fr: "pour {1} lignes :", en: "for {1} lines:")
    public static let budgetMoreLines = Phrase(fr: "et {1} autres lignes", en: "and {1} more lines")
    public static let budgetPageShare = Phrase(fr: "C’est cette part de vos ressources", en: "That is this share of your resources")
    /// {1} the resources.
    public static let budgetOfResources = Phrase(fr: "Vos ressources : {1} par mois", en: "Your resources: {1} a month")
    public static let budgetShareNotComputable = Phrase(
        fr: "Part non calculable : les ressources ne sont pas renseignées.",
        en: "Share not computable: the resources are not given.")
    /// {1} the reference.
    public static let budgetReferenceCaption = Phrase(fr: "repère : {1}, la moyenne en France", en: "reference: {1}, the French average")
    /// {1} how many times.
    public static let budgetTimesReference = Phrase(fr: "C’est {1} fois la moyenne en France.", en: "That is {1} times the French average.")
    public static let budgetWithinReference = Phrase(fr: "C’est dans la moyenne en France.", en: "That is within the French average.")
    /// {1} the share after.
    public static let budgetWithThePlan = Phrase(fr: "Avec le plan : {1}", en: "With the plan: {1}")
    public static let budgetPageBeforeAfter = Phrase(fr: "Avant et après le plan, par mois", en: "Before and after the plan, a month")
    public static let budgetBefore = Phrase(fr: "avant", en: "before")
    public static let budgetAfter = Phrase(fr: "après", en: "after")
    public static let budgetTotal = Phrase(fr: "Total", en: "Total")
    public static let budgetPageSaving = Phrase(fr: "Ce que vous économisez", en: "What you save")
    /// {1} before, {2} after.
    public static let budgetSavingFrom = Phrase(fr: "de {1} à {2} par mois", en: "from {1} to {2} a month")
    public static let budgetNoOfferChosen = Phrase(
        fr: "Aucune offre choisie pour l’instant : les lignes restent telles quelles.",
        en: "No offer chosen yet: the lines stay as they are.")
    public static let budgetNoSaving = Phrase(
        fr: "Les offres choisies ne coûtent pas moins que les lignes actuelles.",
        en: "The offers chosen do not cost less than the current lines.")
    public static let budgetPageChanging = Phrase(fr: "Avant de changer", en: "Before changing")
    /// {1} the unpaid amount.
    public static let budgetUnpaid = Phrase(fr: "Impayé à régler : {1}.", en: "Unpaid bill to settle: {1}.")
    public static let budgetDoNotCancel = Phrase(
        fr: "Ne résiliez pas l’ancien contrat : le changement d’opérateur en gardant votre numéro s’en charge.",
        en: "Do not cancel the old contract: changing operator while keeping your number takes care of it.")

    // MARK: History

    /// {1} the person, {2} the sessions.
    public static let budgetHistoryFor = Phrase(fr: "{1} — séances : {2}", en: "{1} — sessions: {2}")
    /// {1} the reference.
    public static let budgetHistoryShares = Phrase(
        fr: "Part des ressources à chaque séance (repère : {1})",
        en: "Share of resources at each session (reference: {1})")
    public static let budgetHistoryTotals = Phrase(fr: "Dépenses télécom par mois à chaque séance", en: "Telecom spending a month at each session")
    /// {1} the number, {2} the day.
    public static let budgetSessionNumber = Phrase(fr: "n° {1} du {2}", en: "no. {1} of {2}")
    /// {1} the sessions.
    public static let budgetAllSessions = Phrase(fr: "Les {1} séances", en: "All {1} sessions")

    // MARK: Home figures

    public static let figureBudgetSessions = Phrase(fr: "Séances budget", en: "Budget sessions")
    public static let figureOverdueSteps = Phrase(fr: "Étapes en retard", en: "Steps overdue")

    // MARK: Offer catalog

    public static let columnService = Phrase(fr: "Remplace", en: "Replaces")
    public static let columnFor = Phrase(fr: "Pour", en: "For")
    public static let offerStateExample = Phrase(fr: "exemple", en: "example")
    public static let offerStateRetired = Phrase(fr: "retirée", en: "retired")
    /// {1} from, {2} until.
    public static let offerValidity = Phrase(fr: "valable du {1} au {2}", en: "valid from {1} to {2}")
    public static let offerExampleExplained = Phrase(
        fr: "Offre d’exemple livrée avec Guichet : vérifiez-la, puis enregistrez-la (ou retirez-la).",
        en: "Example offer shipped with Guichet: check it, then save it (or retire it).")
    public static let offerFormHelp = Phrase(
        fr: "Appels, SMS, internet : un nombre, « illimité », ou rien. Réservée à : RSA, AAH, ASS, ARE (vide : tout le monde).",
        en: "Calls, SMS, data: a number, “illimité” (unlimited), or nothing. Reserved to: RSA, AAH, ASS, ARE (empty: anyone).")
    /// {1} the offer.
    public static let offerSaved = Phrase(fr: "Offre « {1} » enregistrée.", en: "Offer “{1}” saved.")
    public static let retireOfferTitle = Phrase(fr: "Retirer l’offre", en: "Retire the offer")
    public static let restoreOfferTitle = Phrase(fr: "Remettre l’offre", en: "Restore the offer")
    /// {1} the offer.
    public static let retireOfferQuestion = Phrase(
        fr: "Retirer « {1} » du catalogue ? Les séances ne la proposeront plus.",
        en: "Retire “{1}” from the catalog? The sessions will no longer offer it.")
    /// {1} the offer.
    public static let restoreOfferQuestion = Phrase(fr: "Remettre « {1} » au catalogue ?", en: "Put “{1}” back in the catalog?")
    public static let offerRetired = Phrase(fr: "Offre « {1} » retirée.", en: "Offer “{1}” retired.")
    public static let offerRestored = Phrase(fr: "Offre « {1} » remise au catalogue.", en: "Offer “{1}” put back in the catalog.")

    // MARK: Settings

    public static let referenceShareField = Phrase(fr: "Part de référence (%)", en: "Reference share (%)")

    // MARK: The printed summary

    public static let printHeading = Phrase(fr: "Budget télécom", en: "Telecom budget")
    public static let printFile = Phrase(fr: "dossier {1}", en: "file {1}")
    /// {1} the session's day.
    public static let printSpendingHeading = Phrase(fr: "Vos dépenses télécom (séance du {1})", en: "Your telecom spending (session of {1})")
    public static let printLine = Phrase(fr: "Ligne", en: "Line")
    public static let printToday = Phrase(fr: "Aujourd’hui", en: "Today")
    public static let printWithPlan = Phrase(fr: "Avec le plan", en: "With the plan")
    public static let printNoLine = Phrase(fr: "Aucune ligne.", en: "No line.")
    public static let printTotal = Phrase(fr: "Total par mois", en: "Total a month")
    /// {1} the resources.
    public static let printResources = Phrase(fr: "Vos ressources : {1} par mois.", en: "Your resources: {1} a month.")
    /// {1} before, {2} after, {3} the reference.
    public static let printShare = Phrase(
        fr: "Part pour le téléphone et Internet : {1} aujourd’hui, {2} avec le plan (repère : {3}, la moyenne en France).",
        en: "Share for phone and Internet: {1} today, {2} with the plan (reference: {3}, the French average).")
    /// {1} a month, {2} a year.
    public static let printSaving = Phrase(fr: "Votre économie : {1} par mois, soit {2} par an", en: "Your saving: {1} a month, that is {2} a year")
    public static let printChangingHeading = Phrase(fr: "Avant de changer", en: "Before changing")
    public static let printPlanHeading = Phrase(fr: "Votre plan d’action", en: "Your action plan")
    public static let printNoStep = Phrase(fr: "Aucune étape à faire.", en: "No step to do.")
    /// {1} the steps done.
    public static let printDone = Phrase(fr: "Déjà fait : {1}.", en: "Already done: {1}.")
    /// {1} the day.
    public static let printNextAppointment = Phrase(fr: "Prochain rendez-vous : {1}", en: "Next appointment: {1}")
    public static let printNoAppointment = Phrase(fr: "à fixer", en: "to be set")
    /// {1} the coach.
    public static let printCoach = Phrase(fr: "Votre accompagnement au guichet : {1}", en: "Your coach at the counter: {1}")
    /// {1} the printer.
    public static let printSent = Phrase(fr: "Résumé envoyé à l’imprimante {1}.", en: "Summary sent to the printer {1}.")
    /// {1} the file.
    public static let printWrittenAsked = Phrase(fr: "Résumé écrit dans {1}", en: "Summary written to {1}")
    /// {1} the file.
    public static let printWritten = Phrase(
        fr: "Pas d’imprimante par défaut : résumé écrit dans {1}",
        en: "No default printer: summary written to {1}")
    /// {1} the path, {2} the reason.
    public static let printCannotWrite = Phrase(fr: "Impossible d’écrire {1} ({2})", en: "Cannot write {1} ({2})")

    // MARK: Command line

    public static let cliPrintAbstract = Phrase(
        fr: "Imprime un résumé pour une personne (sans imprimante par défaut, l’écrit dans un fichier privé).",
        en: "Prints a summary for a person (without a default printer, writes it to a private file).")
    public static let cliPrintBudgetAbstract = Phrase(
        fr: "Imprime le résumé d’une séance de budget télécom : chiffres, plan d’action, prochain rendez-vous.",
        en: "Prints the summary of a telecom budget session: figures, action plan, next appointment.")
    public static let cliPrintBudgetDiscussion = Phrase(
        fr: "Une page de 80 colonnes, envoyée avec lp à l’imprimante par défaut (lpstat -d), sinon écrite (mode 0600) dans le dossier « impressions » à côté de la base.",
        en: "An 80-column page, sent with lp to the default printer (lpstat -d), otherwise written (mode 0600) to the “impressions” folder beside the database.")
    public static let cliPrintFileArgument = Phrase(fr: "Numéro de dossier de la personne.", en: "The person’s file number.")
    public static let cliPrintSessionOption = Phrase(
        fr: "Numéro de la séance (1 pour la première) ; la dernière sinon.",
        en: "Number of the session (1 for the first); the last one otherwise.")
    public static let cliPrintOutputOption = Phrase(
        fr: "Écrit la page dans ce fichier (mode 0600) au lieu de l’imprimer.",
        en: "Writes the page to this file (mode 0600) instead of printing it.")
    public static let cliPrintEncodingOption = Phrase(
        fr: "Encodage de la page : utf-8, ou latin-1 pour les vieilles imprimantes.",
        en: "Encoding of the page: utf-8, or latin-1 for old printers.")
    /// {1} the value given.
    public static let cliPrintEncodingExpected = Phrase(
        fr: "Encodage « {1} » inconnu : utf-8 ou latin-1 attendu",
        en: "Unknown encoding “{1}”: utf-8 or latin-1 expected")
    /// {1} how many sessions the file has.
    public static let cliPrintSessionExpected = Phrase(
        fr: "Séance : un numéro de 1 à {1} attendu (les séances du dossier)",
        en: "Session: a number from 1 to {1} expected (the file’s sessions)")
}
