import GuichetCore

/// Texts of the Recharges screens.
extension AppText {
    public static let rechargesTitle = Phrase(fr: "Recharges", en: "Recharges")
    public static let capSettingField = Phrase(fr: "Plafond mensuel (€)", en: "Monthly cap (€)")
    public static let coachClosingField = Phrase(fr: "Clôture de caisse", en: "Cash-box closing")
    public static let closingBySupervisors = Phrase(fr: "responsables seulement", en: "supervisors only")
    public static let closingByCoaches = Phrase(fr: "rôles responsable et accompagnateur·rice", en: "supervisors and coaches")
    public static let figureRechargeUnits = Phrase(fr: "Recharges vendues", en: "Recharges sold")
    public static let figureRechargeMinutes = Phrase(fr: "Minutes distribuées", en: "Minutes handed out")
    /// {1} the products and their stock.
    public static let lowStockAlert = Phrase(fr: "Stock bas : {1}", en: "Low stock: {1}")
    /// {1} how many more.
    public static let lowStockMore = Phrase(fr: " et {1} autres", en: " and {1} more")
    /// {1} the first entry at fault.
    public static let ledgerAlert = Phrase(
        fr: "Registre des recharges altéré (écriture n° {1}) : lancez guichet verify",
        en: "Recharge ledger altered (entry no. {1}): run guichet verify")

    public static let cashBoxOpenLine = Phrase(
        fr: "Caisse du {1} ouverte : fond {2}, attendu en caisse {3}",
        en: "Cash box of {1} open: float {2}, expected cash {3}")
    public static let cashBoxClosedLine = Phrase(
        fr: "Caisse du {1} clôturée : ventes possibles demain",
        en: "Cash box of {1} closed: sales possible tomorrow")
    /// {1} the day, {2} the float, {3} the key.
    public static let cashBoxNotOpenLine = Phrase(
        fr: "Caisse du {1} pas encore ouverte (fond : {2}) : {3} l’ouvre",
        en: "Cash box of {1} not open yet (float: {2}): {3} opens it")
    /// {1} the key.
    public static let cashBoxFirstLine = Phrase(
        fr: "Première ouverture de la caisse : une personne responsable tape le fond ({1})",
        en: "First opening of the cash box: a supervisor types the float ({1})")
    public static let cashBoxEarlierLine = Phrase(
        fr: "La caisse du {1} n’est pas clôturée : une personne responsable la clôture d’abord",
        en: "The cash box of {1} is not closed: a supervisor closes it first")
    public static let cashBoxNotOpenShort = Phrase(fr: "La caisse du jour n’est pas ouverte", en: "Today’s cash box is not open")
    public static let closeReserved = Phrase(
        fr: "Clôture réservée au rôle responsable (et accompagnateur·rice si le réglage le permet)",
        en: "Closing is for supervisors (and coaches when the setting allows it)")
    public static let nothingToClose = Phrase(fr: "Aucune caisse ouverte à clôturer", en: "No open cash box to close")
    public static let columnToday = Phrase(fr: "Aujourd’hui", en: "Today")
    public static let indicatorUnits = Phrase(fr: "Recharges vendues", en: "Recharges sold")
    public static let indicatorAmount = Phrase(fr: "Valeur encaissée", en: "Value taken")
    public static let indicatorHours = Phrase(fr: "Heures distribuées", en: "Hours handed out")
    public static let indicatorPeople = Phrase(fr: "Personnes servies", en: "People served")
    public static let lastThirtyDays = Phrase(fr: "Ventes des 30 derniers jours", en: "Sales of the last 30 days")
    public static let stockHeading = Phrase(fr: "Stock", en: "Stock")
    /// {1} how many products.
    public static let stockHeadingLow = Phrase(fr: "Stock — sous le seuil : {1}", en: "Stock — under the threshold: {1}")
    /// {1} the threshold.
    public static let lowStockFlag = Phrase(fr: "! seuil {1}", en: "! threshold {1}")
    /// {1} how many, {2} the key.
    public static let moreProducts = Phrase(fr: "{1} autres produits : {2} les montre", en: "{1} more products: {2} shows them")

    public static let actionSell = Phrase(fr: "Vendre", en: "Sell")
    public static let actionSellRecharge = Phrase(fr: "Recharge", en: "Recharge")
    public static let actionSellRechargeHelp = Phrase(
        fr: "vendre une recharge à cette personne (le reste de son plafond du mois est montré)",
        en: "sells a recharge to this person (what is left of the monthly cap is shown)")
    public static let actionSellHelp = Phrase(
        fr: "vend une recharge : choisir la personne, puis la carte",
        en: "sells a recharge: choose the person, then the card")
    public static let actionSellConfirmHelp = Phrase(
        fr: "vend, après confirmation (les règles sont vérifiées avant)",
        en: "sells, after a confirmation (the rules are checked first)")
    public static let hintSell = Phrase(fr: "vendre", en: "sell")
    public static let actionOpenCashBox = Phrase(fr: "Ouvrir", en: "Open")
    public static let actionOpenCashBoxHelp = Phrase(
        fr: "ouvre la caisse du jour ; le fond est la dernière clôture comptée",
        en: "opens today’s cash box; the float is the last counted close")
    public static let actionCashMovement = Phrase(fr: "Espèces", en: "Cash")
    public static let actionCashMovementHelp = Phrase(
        fr: "retrait (dépôt en banque) ou apport d’espèces, avec un motif (responsables)",
        en: "cash taken out (bank deposit) or put in, with a reason (supervisors)")
    public static let actionReportX = Phrase(fr: "Rapport X", en: "X report")
    public static let actionReportXHelp = Phrase(
        fr: "le rapport de la caisse ouverte : ventes par carte et par paiement, annulations, heures, caisse attendue",
        en: "the open cash box’s report: sales by card and payment, reversals, hours, expected cash")
    public static let actionCloseCashBox = Phrase(fr: "Clôturer", en: "Close")
    public static let actionCloseCashBoxHelp = Phrase(
        fr: "clôture la caisse : comptage par coupures ou total, écart expliqué",
        en: "closes the cash box: count by denomination or total, any gap explained")
    public static let actionCloseConfirmCashHelp = Phrase(
        fr: "clôture, après confirmation : la journée n’accepte plus aucune écriture",
        en: "closes, after a confirmation: the day takes no more entries")
    public static let hintCloseCashBox = Phrase(fr: "clôturer", en: "close")
    public static let actionProducts = Phrase(fr: "Produits", en: "Products")
    public static let actionProductsHelp = Phrase(
        fr: "les cartes, leur stock, les réceptions et autres mouvements de stock",
        en: "the cards, their stock, receptions and other stock movements")
    public static let actionLedger = Phrase(fr: "Registre", en: "Ledger")
    public static let actionLedgerHelp = Phrase(
        fr: "toutes les écritures ; une vente s’y retrouve par son reçu et s’y annule",
        en: "every entry; a sale is found there by its receipt and reversed")
    public static let pickSaleBeneficiaryTitle = Phrase(fr: "Vente : choisir la personne", en: "Sale: choose the person")
    public static let openCashBoxTitle = Phrase(fr: "Ouverture de la caisse", en: "Opening the cash box")
    /// {1} the day, {2} the float.
    public static let openCashBoxQuestion = Phrase(
        fr: "Ouvrir la caisse du {1} avec un fond de {2} (la dernière clôture comptée) ?",
        en: "Open the cash box of {1} with a float of {2} (the last counted close)?")
    /// {1} the day, {2} the float.
    public static let cashBoxOpened = Phrase(fr: "Caisse du {1} ouverte, fond {2}.", en: "Cash box of {1} opened, float {2}.")
    public static let firstFloatIntro = Phrase(
        fr: "Première ouverture : comptez les espèces de la caisse et tapez ce fond. Les jours suivants, le fond est la clôture comptée de la veille.",
        en: "First opening: count the cash in the box and type this float. On later days, the float is the previous counted close.")
    public static let floatField = Phrase(fr: "Fond de caisse", en: "Opening float")
    public static let cashMovementTitle = Phrase(fr: "Mouvement d’espèces", en: "Cash movement")
    public static let cashAmountField = Phrase(fr: "Montant", en: "Amount")
    /// {1} the kind, {2} the amount.
    public static let cashMovementDone = Phrase(fr: "Enregistré : {1}, {2}.", en: "Recorded: {1}, {2}.")

    public static let saleTitle = Phrase(fr: "Vente de recharge", en: "Recharge sale")
    public static let saleProductField = Phrase(fr: "Carte", en: "Card")
    public static let saleQuantityField = Phrase(fr: "Quantité", en: "Quantity")
    public static let salePriceField = Phrase(fr: "Prix unitaire", en: "Unit price")
    public static let salePaymentField = Phrase(fr: "Paiement", en: "Payment")
    public static let saleReasonField = Phrase(fr: "Motif si gratuit", en: "Reason if free")
    /// {1} the label, {2} the solidarity price, {3} the stock.
    public static let productChoice = Phrase(fr: "{1} — {2} (stock {3})", en: "{1} — {2} (stock {3})")
    public static let noProductToSell = Phrase(
        fr: "Aucune carte en vente : une personne responsable en crée dans Produits",
        en: "No card on sale: a supervisor creates some in Products")
    /// {1} the cap, {2} counted this month, {3} what is left.
    public static let capLine = Phrase(
        fr: "Plafond du mois : {1} · déjà compté : {2} · reste : {3}",
        en: "Monthly cap: {1} · already counted: {2} · left: {3}")
    /// {1} cards, {2} unit price, {3} amount, {4} payment, {5} left after it.
    public static let salePreview = Phrase(
        fr: "Cette vente : {1} × {2} = {3} ({4}) ; restera {5} ce mois-ci",
        en: "This sale: {1} × {2} = {3} ({4}); {5} will be left this month")
    /// {1} what the sale counts toward the cap at the solidarity price.
    public static let saleCounted = Phrase(
        fr: "Au plafond, elle compte {1} (le prix solidaire des cartes).",
        en: "Toward the cap it counts {1} (the cards’ solidarity price).")
    /// {1} the product code, {2} its stock, {3} what the card gives.
    public static let saleStockLine = Phrase(fr: "{1} : {2} en stock · {3}", en: "{1}: {2} in stock · {3}")
    public static let saleConfirmTitle = Phrase(fr: "Vente", en: "Sale")
    /// {1} cards, {2} the product, {3} amount, {4} payment, {5} the file, {6} left after it.
    public static let saleConfirmQuestion = Phrase(
        fr: "Vendre {1} × {2} pour {3} ({4}) au dossier {5} ? Il restera {6} ce mois-ci.",
        en: "Sell {1} × {2} for {3} ({4}) to file {5}? {6} will be left this month.")
    /// {1} the receipt, {2} the amount, {3} the payment, {4} left this month.
    public static let saleDone = Phrase(
        fr: "Vente enregistrée : reçu {1}, {2} ({3}). Reste ce mois-ci : {4}.",
        en: "Sale recorded: receipt {1}, {2} ({3}). Left this month: {4}.")

    public static let reportTitle = Phrase(fr: "Rapport X", en: "X report")
    /// {1} the day.
    public static let reportHeading = Phrase(fr: "Rapport X de la caisse du {1}", en: "X report of the cash box of {1}")
    /// {1} the day.
    public static let reportHeadingZ = Phrase(fr: "Rapport Z de la caisse du {1} (clôturée)", en: "Z report of the cash box of {1} (closed)")
    public static let reportFloat = Phrase(fr: "Fond de caisse", en: "Opening float")
    /// {1} how many sales.
    public static let reportSales = Phrase(fr: "Ventes : {1}", en: "Sales: {1}")
    /// {1} the product code, {2} cards, {3} hours.
    public static let reportProductLine = Phrase(fr: "{1} × {2}, {3}", en: "{1} × {2}, {3}")
    /// {1} the payment, {2} how many sales.
    public static let reportPaymentLine = Phrase(fr: "payé en {1} : {2}", en: "paid {1}: {2}")
    /// {1} how many.
    public static let reportReversals = Phrase(fr: "Annulations : {1}", en: "Reversals: {1}")
    public static let reportRefunded = Phrase(fr: "dont espèces rendues", en: "of which cash refunded")
    /// {1} cards, {2} hours.
    public static let reportNet = Phrase(fr: "Net : cartes {1}, heures {2}", en: "Net: cards {1}, hours {2}")
    public static let reportCashIn = Phrase(fr: "Apports d’espèces", en: "Cash put in")
    public static let reportCashOut = Phrase(fr: "Retraits d’espèces", en: "Cash taken out")
    /// {1} cards received, {2} other movements.
    public static let reportStock = Phrase(fr: "Stock : reçues {1}, autres mouvements {2}",
                                           en: "Stock: received {1}, other movements {2}")
    public static let reportExpected = Phrase(fr: "Attendu en caisse", en: "Expected cash")

    public static let closeCashBoxTitle = Phrase(fr: "Clôture de caisse", en: "Cash-box closing")
    /// {1} the day, {2} the expected cash.
    public static let closeHeading = Phrase(fr: "Caisse du {1} — attendu en caisse : {2}", en: "Cash box of {1} — expected cash: {2}")
    public static let closeCountIntro = Phrase(
        fr: "Nombre de billets et de pièces de chaque valeur, ou le total compté :",
        en: "How many notes and coins of each value, or the counted total:")
    public static let closeNothingCounted = Phrase(fr: "Rien de compté pour l’instant.", en: "Nothing counted yet.")
    public static let closeTotalField = Phrase(fr: "Total compté", en: "Counted total")
    public static let closeNoteField = Phrase(fr: "Note (écart)", en: "Note (gap)")
    /// {1} counted, {2} expected, {3} the gap.
    public static let closeStatus = Phrase(fr: "Compté {1}, attendu {2}, écart {3}.", en: "Counted {1}, expected {2}, gap {3}.")
    public static let closeGapNeedsNote = Phrase(fr: "Un écart demande une note.", en: "A gap needs a note.")
    public static let closeFinal = Phrase(
        fr: "Une journée clôturée n’accepte plus aucune écriture ; l’annulation d’une de ses ventes ira sur le jour en cours.",
        en: "A closed day takes no more entries; reversing one of its sales goes on the current day.")
    /// {1} the day, {2} counted, {3} expected, {4} the gap.
    public static let closeCashBoxQuestion = Phrase(
        fr: "Clôturer la caisse du {1} ? Compté {2}, attendu {3}, écart {4}. C’est définitif.",
        en: "Close the cash box of {1}? Counted {2}, expected {3}, gap {4}. This is final.")
    /// {1} the day, {2} counted, {3} the gap.
    public static let cashBoxClosed = Phrase(
        fr: "Caisse du {1} clôturée : compté {2}, écart {3}.",
        en: "Cash box of {1} closed: counted {2}, gap {3}.")

    public static let ledgerTitle = Phrase(fr: "Registre", en: "Ledger")
    public static let ledgerSearchHint = Phrase(
        fr: "Reçu (PAR-R-2026-000123 ou 123), numéro d’écriture ou de dossier",
        en: "Receipt (PAR-R-2026-000123 or 123), entry or file number")
    public static let ledgerRecent = Phrase(fr: "Dernières écritures (* : annulée)", en: "Latest entries (*: reversed)")
    public static let ledgerNoResult = Phrase(fr: "Aucune écriture ne correspond.", en: "No entry matches.")
    public static let columnEntry = Phrase(fr: "N°", en: "No.")
    public static let columnWhen = Phrase(fr: "Date", en: "Date")
    public static let columnKind = Phrase(fr: "Nature", en: "Kind")
    public static let columnReceipt = Phrase(fr: "Reçu", en: "Receipt")
    public static let columnAmount = Phrase(fr: "Montant", en: "Amount")
    public static let columnCash = Phrase(fr: "Espèces", en: "Cash")
    public static let columnNote = Phrase(fr: "Motif", en: "Reason")
    public static let actionReverse = Phrase(fr: "Annuler", en: "Reverse")
    public static let actionReverseHelp = Phrase(
        fr: "annule l’écriture en surbrillance par une écriture inverse, avec un motif (responsables)",
        en: "reverses the highlighted entry with an opposite entry, with a reason (supervisors)")
    public static let actionReverseConfirmHelp = Phrase(
        fr: "annule, après confirmation ; une écriture ne s’annule qu’une fois",
        en: "reverses, after a confirmation; an entry is reversed only once")
    public static let hintReverse = Phrase(fr: "annuler l’écriture", en: "reverse the entry")
    public static let reverseTitle = Phrase(fr: "Annulation", en: "Reversal")
    /// {1} the entry, {2} its kind, {3} its day.
    public static let reverseHeading = Phrase(fr: "Écriture n° {1} : {2} du {3}", en: "Entry no. {1}: {2} of {3}")
    public static let reverseIntro = Phrase(
        fr: "Rien n’est effacé : une écriture inverse est ajoutée aujourd’hui, qui renvoie à celle-ci. Une vente en espèces se rembourse en espèces.",
        en: "Nothing is erased: an opposite entry is added today, referring to this one. A cash sale is refunded in cash.")
    public static let reverseReasonField = Phrase(fr: "Motif", en: "Reason")
    /// {1} the receipt or entry, {2} its amount.
    public static let reverseQuestion = Phrase(fr: "Annuler {1} ({2}) ? C’est définitif.", en: "Reverse {1} ({2})? This is final.")
    /// {1} what was reversed, {2} the reversal's receipt, {3} its amount.
    public static let reversedDone = Phrase(fr: "{1} annulée : reçu {2}, {3}.", en: "{1} reversed: receipt {2}, {3}.")
    /// {1} the entry's number.
    public static let entryNumber = Phrase(fr: "écriture n° {1}", en: "entry no. {1}")

    public static let productsTitle = Phrase(fr: "Produits et stock", en: "Products and stock")
    public static let productSearchHint = Phrase(fr: "Code, opérateur ou libellé", en: "Code, operator or label")
    public static let productsAll = Phrase(fr: "Tous les produits (! : stock bas)", en: "Every product (!: low stock)")
    public static let productNoResult = Phrase(fr: "Aucun produit ne correspond.", en: "No product matches.")
    public static let columnCode = Phrase(fr: "Code", en: "Code")
    public static let columnProduct = Phrase(fr: "Produit", en: "Product")
    public static let columnContents = Phrase(fr: "Contenu", en: "Contents")
    public static let columnStock = Phrase(fr: "Stock", en: "Stock")
    public static let productRetiredFlag = Phrase(fr: "(retiré)", en: "(withdrawn)")
    public static let actionNewProductHelp = Phrase(fr: "crée un produit (responsables)", en: "creates a product (supervisors)")
    public static let actionEditProductHelp = Phrase(
        fr: "modifie le produit en surbrillance (responsables) ; les ventes passées gardent leur prix",
        en: "edits the highlighted product (supervisors); past sales keep their price")
    public static let actionReception = Phrase(fr: "Réception", en: "Receive")
    public static let actionReceptionHelp = Phrase(
        fr: "enregistre un lot reçu en don : quantité, donateur, date (responsables)",
        en: "records a donated batch: quantity, donor, date (supervisors)")
    public static let actionStockMovement = Phrase(fr: "Mouvement", en: "Movement")
    public static let actionStockMovementHelp = Phrase(
        fr: "perte, retour au donateur ou correction d’inventaire, avec un motif (responsables)",
        en: "loss, return to the donor or inventory correction, with a reason (supervisors)")
    public static let newProductTitle = Phrase(fr: "Nouveau produit", en: "New product")
    public static let editProductTitle = Phrase(fr: "Produit {1}", en: "Product {1}")
    public static let productCodeField = Phrase(fr: "Code", en: "Code")
    public static let productOperatorField = Phrase(fr: "Opérateur", en: "Operator")
    public static let productLabelField = Phrase(fr: "Libellé", en: "Label")
    public static let productFaceField = Phrase(fr: "Valeur faciale", en: "Face value")
    public static let productMinutesField = Phrase(fr: "Minutes", en: "Minutes")
    public static let productDataField = Phrase(fr: "Données (Mo, Go)", en: "Data (MB, GB)")
    public static let productPriceField = Phrase(fr: "Prix solidaire", en: "Solidarity price")
    public static let productLowField = Phrase(fr: "Seuil de stock bas", en: "Low-stock threshold")
    public static let productStateField = Phrase(fr: "État", en: "State")
    public static let productOnSale = Phrase(fr: "en vente", en: "on sale")
    public static let productRetired = Phrase(fr: "retiré de la vente", en: "withdrawn from sale")
    public static let productExampleNote = Phrase(
        fr: "Produit d’exemple : corrigez ses valeurs ou retirez-le de la vente.",
        en: "Example product: correct its values or withdraw it from sale.")
    public static let productCreated = Phrase(fr: "Produit {1} créé.", en: "Product {1} created.")
    public static let productUpdated = Phrase(fr: "Produit {1} modifié.", en: "Product {1} edited.")

    public static let movementTitle = Phrase(fr: "Mouvement de stock", en: "Stock movement")
    /// {1} the product, {2} its stock.
    public static let movementHeading = Phrase(fr: "{1} — en stock : {2}", en: "{1} — in stock: {2}")
    public static let movementKindField = Phrase(fr: "Nature", en: "Kind")
    public static let movementDonorField = Phrase(fr: "Donateur", en: "Donor")
    public static let movementReasonField = Phrase(fr: "Motif", en: "Reason")
    public static let movementDateField = Phrase(fr: "Reçu le", en: "Received on")
    public static let movementDateExpected = Phrase(
        fr: "Reçu le : une date passée attendue, par ex. 27/11/2026",
        en: "Received on: a past date expected, e.g. 27/11/2026")
    /// {1} the product code, {2} the stock before, {3} after.
    public static let movementDone = Phrase(fr: "Stock de {1} : {2}, maintenant {3}.", en: "Stock of {1}: {2}, now {3}.")
}
