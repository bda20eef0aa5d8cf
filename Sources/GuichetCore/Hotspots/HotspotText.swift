/// Messages of the hotspot rules: each says what is wrong and what to do.
public enum HotspotText {
    // The state machine.
    public static let lentMustBeReturned = Phrase(
        fr: "Une clé prêtée doit d’abord être rendue.",
        en: "A key on loan must be returned first.")
    public static let retiredIsFinal = Phrase(
        fr: "Une clé réformée est sortie du parc : son état ne change plus.",
        en: "A retired key has left the fleet: its state no longer changes.")
    public static let handedOverIsFinal = Phrase(
        fr: "Une clé remise appartient à la personne : son état ne change plus.",
        en: "A key handed over belongs to the person: its state no longer changes.")
    public static let notLent = Phrase(
        fr: "Cette clé n’est pas prêtée : rien à rendre.",
        en: "This key is not on loan: nothing to return.")
    public static let alreadyInRepair = Phrase(
        fr: "Cette clé est déjà en réparation.",
        en: "This key is already in repair.")
    public static let notInRepair = Phrase(
        fr: "Cette clé n’est pas en réparation.",
        en: "This key is not in repair.")
    public static let notLost = Phrase(
        fr: "Cette clé n’est pas déclarée perdue.",
        en: "This key is not declared lost.")
    public static let alreadyLost = Phrase(
        fr: "Cette clé est déjà déclarée perdue.",
        en: "This key is already declared lost.")
    public static let repairMustEnd = Phrase(
        fr: "Une clé en réparation doit d’abord en revenir.",
        en: "A key in repair must come back from repair first.")
    public static let lostMustBeFound = Phrase(
        fr: "Une clé perdue doit d’abord être retrouvée.",
        en: "A lost key must be found first.")
    public static let notAManualChange = Phrase(
        fr: "Ce changement se fait par un prêt ou un retour, pas à la main.",
        en: "This change is made by a loan or a return, not by hand.")

    // The key's details.
    public static let codeExpected = Phrase(
        fr: "Code d’inventaire : de 2 à 16 lettres sans accent, chiffres ou tirets attendus, par ex. CLE-017 (ou 17)",
        en: "Inventory code: 2 to 16 letters without accents, digits or dashes expected, e.g. CLE-017 (or 17)")
    public static let modelExpected = Phrase(
        fr: "Modèle : de 1 à 40 caractères attendus, par ex. Huawei E5330",
        en: "Model: 1 to 40 characters expected, e.g. Huawei E5330")
    public static let acquisitionExpected = Phrase(
        fr: "Provenance : don ou achat attendu",
        en: "Came from: donation or purchase expected")
    /// {1} the code.
    public static let codeTaken = Phrase(
        fr: "Code d’inventaire : {1} est déjà celui d’une autre clé",
        en: "Inventory code: {1} already belongs to another key")
    /// {1} the code of the key that has it.
    public static let imeiTaken = Phrase(
        fr: "IMEI : déjà enregistré pour la clé {1} (une clé ne s’ajoute qu’une fois)",
        en: "IMEI: already recorded for key {1} (a key is added only once)")
    /// {1} the code of the key that has it.
    public static let iccidTaken = Phrase(
        fr: "ICCID de la SIM : déjà enregistré pour la clé {1}",
        en: "SIM ICCID: already recorded for key {1}")
    /// {1} the code of the key that has it.
    public static let phoneTaken = Phrase(
        fr: "Numéro de la SIM : déjà enregistré pour la clé {1}",
        en: "SIM number: already recorded for key {1}")
    public static let unknownDevice = Phrase(
        fr: "Cette clé n’existe pas.",
        en: "This key does not exist.")
    public static let unknownLoan = Phrase(
        fr: "Ce prêt n’existe pas.",
        en: "This loan does not exist.")
    public static let noAccessory = Phrase(fr: "aucun", en: "none")

    // Settings.
    public static let housingsExpected = Phrase(
        fr: "Prêt de clés : au moins une situation de logement attendue",
        en: "Key loans: at least one housing situation expected")
    /// {1} and {2} the bounds.
    public static let loanDaysExpected = Phrase(
        fr: "Durée d’un prêt : un nombre de jours de {1} à {2} attendu",
        en: "Loan length: a number of days from {1} to {2} expected")
    /// {1} the maximum.
    public static let depositExpected = Phrase(
        fr: "Caution d’une clé : un montant de 0 à {1} attendu, par ex. 10,00 (0 : pas de caution)",
        en: "Key deposit: an amount from 0 to {1} expected, e.g. 10.00 (0: no deposit)")
    /// {1} the maximum.
    public static let renewalLimitExpected = Phrase(
        fr: "Prolongations d’un prêt : un nombre de 0 à {1} attendu",
        en: "Loan renewals: a number from 0 to {1} expected")

    // Loans.
    /// {1} the key on loan, {2} its day due.
    public static let secondLoan = Phrase(
        fr: "Un prêt est déjà en cours (clé {1}, à rendre le {2}) : une seule clé par personne à la fois.",
        en: "A loan is already open (key {1}, due back on {2}): one key per person at a time.")
    /// {1} the situations the settings name.
    public static let housingUnknown = Phrase(
        fr: "Logement non renseigné sur la fiche : les clés se prêtent aux situations {1}. Complétez d’abord la fiche.",
        en: "Housing not filled in on the file: keys are lent to {1}. Fill in the file first.")
    /// {1} the person's housing, {2} the situations the settings name.
    public static let notEligible = Phrase(
        fr: "Prêt refusé : la fiche indique « {1} » ; les clés se prêtent aux situations {2} (réglage).",
        en: "Loan refused: the file says “{1}”; keys are lent to {2} (a setting).")
    public static let loanNotOpen = Phrase(
        fr: "Ce prêt est déjà terminé.",
        en: "This loan has already ended.")
    /// {1} renewals made, {2} the limit.
    public static let renewalLimitReached = Phrase(
        fr: "Déjà {1} prolongations sur {2} permises : la clé doit maintenant être rendue.",
        en: "Already {1} renewals of the {2} allowed: the key must now be returned.")
    public static let noDeviceAvailable = Phrase(
        fr: "Clé : aucune clé disponible ; une clé rendue ou revenue de réparation le redevient",
        en: "Key: no key available; a key returned or back from repair becomes available again")
    /// {1} the code.
    public static let deviceNotAvailable = Phrase(
        fr: "La clé {1} n’est plus disponible : choisissez-en une autre.",
        en: "Key {1} is no longer available: choose another one.")
    /// {1} the day typed, {2} tomorrow.
    public static let dueInPast = Phrase(
        fr: "À rendre le : le {1} est déjà passé ; une date à partir du {2} attendue",
        en: "Due back on: {1} is already past; a date from {2} on expected")
    /// {1} tomorrow.
    public static let dueToday = Phrase(
        fr: "À rendre le : pas le jour même ; une date à partir du {1} attendue",
        en: "Due back on: not the same day; a date from {1} on expected")
    /// {1} the latest day.
    public static let dueTooFar = Phrase(
        fr: "À rendre le : un an au plus, jusqu’au {1}",
        en: "Due back on: a year at most, until {1}")
    public static let agreementRequired = Phrase(
        fr: "Convention signée : la personne signe la convention de prêt avant de partir avec la clé",
        en: "Agreement signed: the person signs the loan agreement before leaving with the key")
    /// {1} the accessory.
    public static let accessoryNotBack = Phrase(
        fr: "État au retour : {1} non rendu ; choisissez « accessoires manquants »",
        en: "Condition: {1} not back; choose “accessories missing”")
    public static let nothingMissing = Phrase(
        fr: "État au retour : tous les accessoires sont rendus ; choisissez « bon état »",
        en: "Condition: every accessory is back; choose “good condition”")
    public static let reasonField = Phrase(fr: "Motif", en: "Reason")
    public static let reasonExpected = Phrase(
        fr: "Motif : une ligne de 1 à 120 caractères attendue",
        en: "Reason: one line of 1 to 120 characters expected")
    public static let fleetNotEmpty = Phrase(
        fr: "Le parc contient déjà des clés : pas de parc de démonstration par-dessus.",
        en: "The fleet already holds keys: no demo fleet on top of them.")

    // Histories.
    /// {1} the key, {2} the day due.
    public static let eventLent = Phrase(fr: "Clé 3G {1} prêtée, à rendre le {2}", en: "3G key {1} lent, due back on {2}")
    /// {1} the key.
    public static let eventHandedOverAtOnce = Phrase(fr: "Clé 3G {1} remise définitivement", en: "3G key {1} handed over for good")
    /// {1} the key, {2} the day due.
    public static let eventRenewed = Phrase(fr: "Prêt de la clé {1} prolongé jusqu’au {2}", en: "Loan of key {1} renewed until {2}")
    /// {1} the key, {2} how it ended.
    public static let eventEnded = Phrase(fr: "Clé 3G {1} : {2}", en: "3G key {1}: {2}")
    /// {1} how it came.
    public static let eventAdded = Phrase(fr: "Ajoutée au parc ({1})", en: "Added to the fleet ({1})")
    public static let eventCorrected = Phrase(fr: "Fiche de la clé corrigée", en: "Key details corrected")
    /// {1} the change.
    public static let eventStateChanged = Phrase(fr: "État : {1}", en: "State: {1}")
    /// {1} the file number, {2} the day due.
    public static let deviceLent = Phrase(fr: "Prêtée au dossier {1}, à rendre le {2}", en: "Lent to file {1}, due back on {2}")
    /// {1} the file number.
    public static let deviceHandedOverAtOnce = Phrase(fr: "Remise définitivement au dossier {1}", en: "Handed over for good to file {1}")
    /// {1} the file number, {2} the day due.
    public static let deviceRenewed = Phrase(fr: "Prêt au dossier {1} prolongé jusqu’au {2}", en: "Loan to file {1} renewed until {2}")
    /// {1} the file number, {2} how it ended.
    public static let deviceEnded = Phrase(fr: "Dossier {1} : {2}", en: "File {1}: {2}")
    /// {1} the deposit.
    public static let eventDeposit = Phrase(fr: ", caution {1}", en: ", deposit {1}")
    /// {1} the refund.
    public static let eventRefund = Phrase(fr: ", caution de {1} rendue", en: ", deposit of {1} given back")
}

extension HotspotText {
    public static let noDeviceHeader = Phrase(
        fr: "fichier vide : une première ligne d’en-tête (code;modele;imei;iccid;telephone) attendue",
        en: "empty file: a first header line (code;modele;imei;iccid;telephone) expected")
    /// {1} the field, {2} the earlier line.
    public static let sameInFile = Phrase(
        fr: "{1} : déjà à la ligne {2} du fichier",
        en: "{1}: already on line {2} of the file")
}
