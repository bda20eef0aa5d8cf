/// Messages of the recharge and cash-box rules.
public enum RechargeText {
    /// {1} the maximum.
    public static let quantityExpected = Phrase(
        fr: "Quantité : un nombre entier de 1 à {1} attendu",
        en: "Quantity: a whole number from 1 to {1} expected")
    /// {1} the face value.
    public static let priceExpected = Phrase(
        fr: "Prix : un montant comme 5,00 attendu, de 0,01 € à {1} (la valeur de la carte)",
        en: "Price: an amount like 5.00 expected, from €0.01 to {1} (the card’s value)")
    /// {1} the maximum length.
    public static let freeReasonExpected = Phrase(
        fr: "Motif de la gratuité : une ligne de 1 à {1} caractères attendue",
        en: "Reason it is free: one line of 1 to {1} characters expected")
    /// {1} the product code.
    public static let productRetired = Phrase(
        fr: "Le produit {1} est retiré de la vente : choisissez-en un autre.",
        en: "Product {1} is withdrawn from sale: choose another one.")
    /// {1} the product code, {2} the stock.
    public static let outOfStock = Phrase(
        fr: "Stock insuffisant pour {1} : il en reste {2}. Réduisez la quantité ou choisissez une autre carte.",
        en: "Not enough stock of {1}: {2} left. Lower the quantity or choose another card.")
    /// {1} what the sale counts, {2} what is left, {3} the cap.
    public static let overCap = Phrase(
        fr: "Plafond mensuel dépassé : cette vente compte {1}, il reste {2} ce mois-ci (plafond {3}). Rien n’a été vendu.",
        en: "Monthly cap exceeded: this sale counts {1}, {2} is left this month (cap {3}). Nothing was sold.")
    /// {1} and {2} the bounds.
    public static let capExpected = Phrase(
        fr: "Plafond mensuel : un montant de {1} à {2} attendu",
        en: "Monthly cap: an amount from {1} to {2} expected")
    public static let cashBoxNotOpen = Phrase(
        fr: "La caisse du jour n’est pas ouverte : ouvrez-la d’abord depuis l’écran Recharges.",
        en: "Today’s cash box is not open: open it first from the Recharges screen.")
    /// {1} the day.
    public static let dayClosed = Phrase(
        fr: "La caisse du {1} est clôturée : plus aucune écriture ce jour-là.",
        en: "The cash box of {1} is closed: no more entries that day.")
    /// {1} the day.
    public static let earlierDayOpen = Phrase(
        fr: "La caisse du {1} n’est pas clôturée : une personne responsable doit la clôturer d’abord.",
        en: "The cash box of {1} is not closed: a supervisor must close it first.")
    public static let alreadyOpen = Phrase(
        fr: "La caisse du jour est déjà ouverte.",
        en: "Today’s cash box is already open.")
    public static let notOpenToClose = Phrase(
        fr: "Aucune caisse ouverte à clôturer.",
        en: "No open cash box to close.")
    public static let firstFloatNeeded = Phrase(
        fr: "Première ouverture : une personne responsable tape le fond de caisse.",
        en: "First opening: a supervisor types the opening float.")
    public static let floatExpected = Phrase(
        fr: "Fond de caisse : un montant de 0 à 10 000 € attendu, par ex. 50,00",
        en: "Opening float: an amount from €0 to €10,000 expected, e.g. 50.00")
    public static let cashAmountExpected = Phrase(
        fr: "Montant : un montant de 0,01 à 10 000 € attendu, par ex. 20,00",
        en: "Amount: an amount from €0.01 to €10,000 expected, e.g. 20.00")
    public static let reasonExpected = Phrase(
        fr: "Motif : une ligne de 1 à 120 caractères attendue",
        en: "Reason: one line of 1 to 120 characters expected")
    /// {1} the denomination, {2} the maximum count.
    public static let denominationExpected = Phrase(
        fr: "Coupures de {1} : un nombre entier de 0 à {2} attendu",
        en: "{1} notes or coins: a whole number from 0 to {2} expected")
    /// {1} the sum of the denominations.
    public static let totalDiffers = Phrase(
        fr: "Total compté : les coupures font {1} ; videz ce champ ou corrigez les coupures",
        en: "Counted total: the notes and coins make {1}; empty this field or correct them")
    public static let countedExpected = Phrase(
        fr: "Total compté : un montant comme 152,40 attendu (ou comptez par coupures)",
        en: "Counted total: an amount like 152.40 expected (or count by denomination)")
    /// {1} the discrepancy.
    public static let discrepancyNeedsNote = Phrase(
        fr: "Écart de {1} : une note qui l’explique est attendue",
        en: "Discrepancy of {1}: a note explaining it is expected")
    /// {1} the maximum length.
    public static let closingNoteTooLong = Phrase(
        fr: "Note de clôture : une ligne de {1} caractères au plus attendue",
        en: "Closing note: one line of at most {1} characters expected")
    /// {1} the kind of entry.
    public static let notReversible = Phrase(
        fr: "Une écriture de {1} ne s’annule pas.",
        en: "An entry of kind {1} cannot be reversed.")
    public static let alreadyReversed = Phrase(
        fr: "Cette écriture est déjà annulée : une écriture ne s’annule qu’une fois.",
        en: "This entry is already reversed: an entry is reversed only once.")
    public static let unknownEntry = Phrase(
        fr: "Cette écriture n’existe pas.",
        en: "This entry does not exist.")
    public static let unknownProduct = Phrase(
        fr: "Ce produit n’existe pas.",
        en: "This product does not exist.")
    public static let productCodeExpected = Phrase(
        fr: "Code : de 2 à 16 lettres sans accent, chiffres ou tirets attendus, par ex. SFR-10",
        en: "Code: 2 to 16 letters without accents, digits or dashes expected, e.g. SFR-10")
    public static let productCodeTaken = Phrase(
        fr: "Ce code de produit existe déjà : choisissez-en un autre",
        en: "This product code already exists: choose another one")
    public static let operatorExpected = Phrase(
        fr: "Opérateur : de 1 à 30 caractères attendus",
        en: "Operator: 1 to 30 characters expected")
    public static let productLabelExpected = Phrase(
        fr: "Libellé : de 1 à 60 caractères attendus",
        en: "Label: 1 to 60 characters expected")
    public static let faceValueExpected = Phrase(
        fr: "Valeur faciale : un montant de 0,01 à 100 € attendu, par ex. 10,00",
        en: "Face value: an amount from €0.01 to €100 expected, e.g. 10.00")
    public static let productPriceExpected = Phrase(
        fr: "Prix solidaire : un montant de 0 à la valeur faciale attendu, par ex. 5,00",
        en: "Solidarity price: an amount from 0 to the face value expected, e.g. 5.00")
    public static let minutesExpected = Phrase(
        fr: "Minutes : un nombre entier de 0 à 6 000 attendu (vide : aucune)",
        en: "Minutes: a whole number from 0 to 6,000 expected (empty: none)")
    public static let dataExpected = Phrase(
        fr: "Données : par ex. 500 Mo ou 1 Go attendu, 100 Go au plus (vide : aucune)",
        en: "Data: e.g. 500 MB or 1 GB expected, 100 GB at most (empty: none)")
    public static let contentsExpected = Phrase(
        fr: "Minutes ou données : la carte doit donner l’un ou l’autre",
        en: "Minutes or data: the card must give one or the other")
    public static let lowStockExpected = Phrase(
        fr: "Seuil de stock bas : un nombre entier de 0 à 1 000 attendu",
        en: "Low-stock threshold: a whole number from 0 to 1,000 expected")
    /// {1} the maximum.
    public static let movementQuantityExpected = Phrase(
        fr: "Quantité : un nombre entier de 1 à {1} attendu (négatif permis pour une correction)",
        en: "Quantity: a whole number from 1 to {1} expected (negative allowed for a correction)")
    /// {1} the product code, {2} the stock.
    public static let stockWouldBeNegative = Phrase(
        fr: "Le stock de {1} est de {2} : ce mouvement le rendrait négatif.",
        en: "The stock of {1} is {2}: this movement would make it negative.")
    public static let ledgerNotEmpty = Phrase(
        fr: "Le registre contient déjà des écritures : pas de registre de démonstration par-dessus.",
        en: "The ledger already holds entries: no demo ledger on top of them.")
}
