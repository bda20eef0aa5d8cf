import GuichetCore

/// Texts of the Clés 3G area.
extension AppText {
    public static let hotspotsTitle = Phrase(fr: "Clés 3G", en: "3G keys")
    public static let figureLoansStarted = Phrase(fr: "Clés prêtées", en: "Keys lent")
    public static let figureOverdueLoans = Phrase(fr: "Clés en retard", en: "Keys overdue")
    /// {1} the number of keys.
    public static let fleetTotal = Phrase(fr: "Parc : {1} clés", en: "Fleet: {1} keys")
    public static let fleetOne = Phrase(fr: "Parc : {1} clé", en: "Fleet: {1} key")
    /// {1} the count, {2} the state.
    public static let stateCount = Phrase(fr: "{1} {2}", en: "{1} {2}")
    /// {1} the count.
    public static let filterOverdue = Phrase(fr: "En retard ({1})", en: "Overdue ({1})")
    /// {1} the count.
    public static let filterDueSoon = Phrase(fr: "À rendre sous 3 jours ({1})", en: "Due within 3 days ({1})")
    /// {1} the count.
    public static let filterAll = Phrase(fr: "Tous les prêts ({1})", en: "Every loan ({1})")
    /// {1} the key of the filter action.
    public static let noOverdueLoan = Phrase(
        fr: "Aucune clé en retard. {1} : les autres prêts.",
        en: "No key overdue. {1}: the other loans.")
    /// {1} the key of the filter action.
    public static let noLoanHere = Phrase(fr: "Aucun prêt ici. {1} : les autres prêts.", en: "No loan here. {1}: the other loans.")
    public static let columnKey = Phrase(fr: "Clé", en: "Key")
    public static let columnModel = Phrase(fr: "Modèle", en: "Model")
    public static let columnDueBack = Phrase(fr: "À rendre", en: "Due back")
    public static let columnLate = Phrase(fr: "Retard", en: "Late")
    public static let columnLastSeen = Phrase(fr: "Vu le", en: "Last seen")
    /// {1} days late.
    public static let daysLate = Phrase(fr: "{1} j", en: "{1} d")

    public static let actionLend = Phrase(fr: "Prêter", en: "Lend")
    public static let actionLendHelp = Phrase(
        fr: "Prêter une clé : choisir la personne, puis la clé",
        en: "Lend a key: choose the person, then the key")
    public static let actionLendThisHelp = Phrase(
        fr: "Prêter cette clé : choisir la personne",
        en: "Lend this key: choose the person")
    public static let actionLendConfirmHelp = Phrase(
        fr: "Prêter la clé, après confirmation (la caution passe par la caisse du jour)",
        en: "Lend the key, after a confirmation (the deposit goes through today’s cash box)")
    public static let hintLend = Phrase(fr: "prêter", en: "lend")
    public static let actionGiveBack = Phrase(fr: "Rendre", en: "Return")
    public static let actionGiveBackHelp = Phrase(
        fr: "Fin du prêt : retour de la clé (son état, les accessoires), perte ou remise définitive",
        en: "End of the loan: the key back (its condition, the accessories), lost, or handed over for good")
    public static let actionGiveBackConfirmHelp = Phrase(
        fr: "Enregistrer la fin du prêt, après confirmation (la caution est rendue, sauf pour une clé perdue)",
        en: "Record the end of the loan, after a confirmation (the deposit is given back, except for a lost key)")
    public static let hintGiveBack = Phrase(fr: "rendre", en: "return")
    public static let actionRenewLoan = Phrase(fr: "Prolonger", en: "Renew")
    public static let actionRenewLoanHelp = Phrase(
        fr: "Prolonger le prêt d’une durée de prêt, dans la limite des prolongations permises",
        en: "Renew the loan for one more loan length, within the number of renewals allowed")
    public static let actionLoanFilter = Phrase(fr: "Liste", en: "List")
    public static let actionLoanFilterHelp = Phrase(
        fr: "Passer des prêts en retard à ceux à rendre sous 3 jours, puis à tous les prêts",
        en: "Go from the overdue loans to those due within 3 days, then to every loan")
    public static let hintLoanFilter = Phrase(fr: "autre liste", en: "other list")
    public static let actionFleet = Phrase(fr: "Parc", en: "Fleet")
    public static let actionFleetHelp = Phrase(
        fr: "Toutes les clés : chercher par code, fin d’IMEI, numéro ou personne",
        en: "Every key: search by code, end of IMEI, number or borrower")
    public static let actionOpenKeyHelp = Phrase(fr: "Ouvrir la fiche de la clé et son historique", en: "Open the key’s card and its history")
    public static let actionNewKeyHelp = Phrase(fr: "Ajouter une clé au parc", en: "Add a key to the fleet")
    public static let actionEditKeyHelp = Phrase(
        fr: "Corriger la fiche de la clé (code, IMEI, SIM…)",
        en: "Correct the key’s details (code, IMEI, SIM…)")
    public static let actionKeyState = Phrase(fr: "État", en: "State")
    public static let actionKeyStateHelp = Phrase(
        fr: "Changer l’état de la clé : réparation, perte, retrouvée, réformée",
        en: "Change the key’s state: repair, lost, found, retired")
    public static let actionBorrowerFile = Phrase(fr: "Fiche", en: "File")
    public static let actionBorrowerFileHelp = Phrase(
        fr: "Ouvrir la fiche de la personne qui a la clé",
        en: "Open the file of the person who has the key")

    public static let pickBorrowerTitle = Phrase(fr: "Prêter une clé : la personne", en: "Lend a key: the person")
    public static let fleetTitle = Phrase(fr: "Parc des clés", en: "Key fleet")
    public static let fleetAll = Phrase(fr: "Toutes les clés, par code", en: "Every key, by code")
    public static let deviceSearchHint = Phrase(
        fr: "Code (17 ou CLE-017), fin d’IMEI, numéro de SIM, dossier ou nom",
        en: "Code (17 or CLE-017), end of IMEI, SIM number, file or name")
    public static let noKeyMatches = Phrase(fr: "Aucune clé ne correspond.", en: "No key matches.")

    public static let newKeyTitle = Phrase(fr: "Nouvelle clé", en: "New key")
    /// {1} the code.
    public static let editKeyTitle = Phrase(fr: "Clé {1}", en: "Key {1}")
    public static let deviceFormHelp = Phrase(
        fr: "L’IMEI s’affiche en tapant *#06# ou sous la batterie ; l’ICCID est imprimé sur la carte SIM.",
        en: "The IMEI shows when dialling *#06# or under the battery; the ICCID is printed on the SIM card.")
    /// {1} the code.
    public static let deviceAdded = Phrase(fr: "Clé {1} ajoutée au parc.", en: "Key {1} added to the fleet.")
    /// {1} the code.
    public static let deviceCorrected = Phrase(fr: "Clé {1} corrigée.", en: "Key {1} corrected.")

    public static let deviceCardTitle = Phrase(fr: "Fiche de la clé", en: "Key card")
    public static let cardLentTo = Phrase(fr: "Prêtée à", en: "Lent to")
    public static let cardBorrowerPhone = Phrase(fr: "Téléphone", en: "Phone")
    public static let cardDue = Phrase(fr: "À rendre le", en: "Due back on")
    public static let cardDeposit = Phrase(fr: "Caution", en: "Deposit")
    public static let cardAccessories = Phrase(fr: "Accessoires", en: "Accessories")
    public static let deviceNotLent = Phrase(fr: "Pas de prêt en cours.", en: "No loan under way.")
    /// {1} the code.
    public static let deviceStateTitle = Phrase(fr: "État de la clé {1}", en: "State of key {1}")
    /// {1} the code, {2} the state.
    public static let deviceStateNow = Phrase(fr: "La clé {1} est {2}.", en: "Key {1} is {2}.")
    public static let deviceStateField = Phrase(fr: "Changement", en: "Change")
    /// {1} the code, {2} the new state.
    public static let deviceStateChanged = Phrase(fr: "Clé {1} : {2}.", en: "Key {1}: {2}.")

    public static let loanTitle = Phrase(fr: "Prêter une clé", en: "Lend a key")
    public static let housingUnknownShort = Phrase(fr: "logement non renseigné", en: "housing not filled in")
    /// {1} the deposit.
    public static let depositLine = Phrase(
        fr: "Caution : {1}, encaissée dans la caisse du jour, rendue au retour (gardée si la clé est perdue).",
        en: "Deposit: {1}, taken into today’s cash box, given back at the return (kept if the key is lost).")
    public static let noDeposit = Phrase(fr: "Pas de caution (réglage à 0).", en: "No deposit (the setting is 0).")
    public static let handoverNoDeposit = Phrase(
        fr: "Remise définitive : la clé appartient désormais à la personne, sans caution.",
        en: "Handed over for good: the key now belongs to the person, without a deposit.")
    /// {1} the loan's length in days, {2} the renewals allowed.
    public static let mayBorrow = Phrase(
        fr: "La personne peut emprunter une clé : prêt de {1} jours, {2} prolongations possibles.",
        en: "The person may borrow a key: a loan of {1} days, {2} renewals possible.")
    public static let loanConfirmTitle = Phrase(fr: "Prêt de clé", en: "Key loan")
    /// {1} the key, {2} the file, {3} the day due, {4} the deposit.
    public static let loanQuestion = Phrase(
        fr: "Prêter la clé {1} au dossier {2} jusqu’au {3}, caution {4} ? La convention est signée.",
        en: "Lend key {1} to file {2} until {3}, deposit {4}? The agreement is signed.")
    /// {1} the key, {2} the file.
    public static let handoverQuestion = Phrase(
        fr: "Remettre définitivement la clé {1} au dossier {2} ? Elle sort du parc.",
        en: "Hand key {1} over for good to file {2}? It leaves the fleet.")
    /// {1} the key, {2} the day due.
    public static let loanDone = Phrase(fr: "Clé {1} prêtée jusqu’au {2}.", en: "Key {1} lent until {2}.")
    /// {1} the deposit, {2} the receipt.
    public static let depositTaken = Phrase(fr: "Caution {1} : reçu {2}.", en: "Deposit {1}: receipt {2}.")
    /// {1} the key.
    public static let handedOverDone = Phrase(fr: "Clé {1} remise définitivement.", en: "Key {1} handed over for good.")

    public static let renewLoanTitle = Phrase(fr: "Prolonger le prêt", en: "Renew the loan")
    /// {1} the key, {2} the file, {3} the new day due, {4} this renewal's number, {5} the limit.
    public static let renewLoanQuestion = Phrase(
        fr: "Prolonger le prêt de la clé {1} (dossier {2}) jusqu’au {3} ? Prolongation {4} sur {5}.",
        en: "Renew the loan of key {1} (file {2}) until {3}? Renewal {4} of {5}.")
    /// {1} the new day due.
    public static let loanRenewed = Phrase(fr: "Prêt prolongé jusqu’au {1}.", en: "Loan renewed until {1}.")

    public static let returnTitle = Phrase(fr: "Fin du prêt", en: "End of the loan")
    /// {1} the day due, {2} the accessories given.
    public static let returnDueLine = Phrase(fr: "À rendre le {1} · remis : {2}", en: "Due back on {1} · given: {2}")
    /// {1} the deposit.
    public static let depositBackLine = Phrase(
        fr: "Caution de {1} rendue en espèces depuis la caisse du jour, sauf si la clé est perdue.",
        en: "Deposit of {1} given back in cash from today’s cash box, unless the key is lost.")
    public static let noDepositTaken = Phrase(fr: "Pas de caution à rendre.", en: "No deposit to give back.")
    public static let returnConfirmTitle = Phrase(fr: "Fin du prêt", en: "End of the loan")
    /// {1} the key, {2} the file, {3} the condition, {4} the deposit given back.
    public static let returnQuestion = Phrase(
        fr: "Clé {1} du dossier {2} : {3}. Caution rendue : {4}. Enregistrer ?",
        en: "Key {1} of file {2}: {3}. Deposit given back: {4}. Record it?")
    /// {1} the key, {2} the file, {3} the condition, {4} the deposit kept.
    public static let lostQuestion = Phrase(
        fr: "Clé {1} du dossier {2} : {3}. Caution gardée : {4}. Enregistrer ?",
        en: "Key {1} of file {2}: {3}. Deposit kept: {4}. Record it?")
    /// {1} the key, {2} its new state.
    public static let returnDone = Phrase(fr: "Prêt terminé : clé {1} {2}.", en: "Loan ended: key {1} {2}.")
    /// {1} the refund, {2} the receipt.
    public static let depositGivenBack = Phrase(fr: "Caution {1} rendue : reçu {2}.", en: "Deposit {1} given back: receipt {2}.")

    public static let actionCardHotspot = Phrase(fr: "Clé 3G", en: "3G key")
    public static let actionCardLendHelp = Phrase(
        fr: "Prêter une clé 3G à la personne (ou la lui remettre définitivement)",
        en: "Lend a 3G key to the person (or hand one over for good)")
    public static let actionCardLoanHelp = Phrase(
        fr: "Ouvrir la clé 3G que la personne a en prêt : la rendre, prolonger",
        en: "Open the 3G key the person has on loan: return it, renew")
    public static let catalogDevices = Phrase(fr: "Parc des clés 3G (Clés 3G)", en: "3G key fleet (3G keys)")

    public static let hotspotHousingsField = Phrase(fr: "Clés : prêtées aux", en: "Keys: lent to")
    public static let hotspotLoanDaysField = Phrase(fr: "Clés : jours de prêt", en: "Keys: days of a loan")
    public static let hotspotDepositField = Phrase(fr: "Clés : caution", en: "Keys: deposit")
    public static let hotspotRenewalsField = Phrase(fr: "Clés : prolongations", en: "Keys: renewals")
    /// The first one, two… housing situations, from the most precarious (`HotspotSettings.housingOrder`).
    public static let hotspotHousingChoices = [
        Phrase(fr: "sans domicile", en: "homeless"),
        Phrase(fr: "sans domicile, urgence / CHRS", en: "homeless, shelter / CHRS"),
        Phrase(fr: "sans domicile, CHRS, chez un tiers", en: "homeless, shelter, with a third party"),
        Phrase(fr: "les mêmes et « autre »", en: "the same and “other”"),
        Phrase(fr: "toutes les situations", en: "every situation"),
    ]
    public static let cardICCID = Phrase(fr: "ICCID", en: "ICCID")
    public static let cardSIMNumber = Phrase(fr: "Numéro SIM", en: "SIM number")
    public static let cardDonor = Phrase(fr: "Donateur", en: "Donor")
    public static let cardNoDeposit = Phrase(fr: "aucune", en: "none")
    /// {1} the housing situation.
    public static let loanHousingLine = Phrase(fr: "Logement : {1}", en: "Housing: {1}")
}
