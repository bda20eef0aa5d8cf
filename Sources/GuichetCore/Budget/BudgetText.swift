/// Messages of the budget rules: each says what is wrong and what is expected.
public enum BudgetText {
    public static let anyone = Phrase(fr: "tout le monde", en: "anyone")
    public static let shareNotComputable = Phrase(fr: "non calculable", en: "not computable")
    public static let unlimitedCalls = Phrase(fr: "appels illimités", en: "unlimited calls")
    public static let unlimitedSMS = Phrase(fr: "SMS illimités", en: "unlimited SMS")
    public static let unlimitedData = Phrase(fr: "internet illimité", en: "unlimited data")

    /// {1} the field, {2} an example.
    public static let amountExpected = Phrase(
        fr: "{1} : un montant en euros attendu, par ex. {2}",
        en: "{1}: an amount in euros expected, e.g. {2}")
    public static let amountNegative = Phrase(
        fr: "{1} : un montant ne peut pas être négatif ; tapez-le sans signe moins, par ex. {2}",
        en: "{1}: an amount cannot be negative; type it without a minus sign, e.g. {2}")
    /// {1} the field, {2} the amount typed, {3} the maximum.
    public static let amountAbsurd = Phrase(
        fr: "{1} : {2} par mois n’est pas vraisemblable ({3} au plus) ; vérifiez la virgule",
        en: "{1}: {2} a month is not plausible ({3} at most); check the decimal point")
    /// {1} the field, {2} an example day.
    public static let dayExpected = Phrase(
        fr: "{1} : une date JJ/MM/AAAA attendue, par ex. {2}",
        en: "{1}: a date DD/MM/YYYY expected, e.g. {2}")
    /// {1} the field, {2} the day typed, {3} the earliest day.
    public static let dayTooEarly = Phrase(
        fr: "{1} : le {2} est trop ancien ; le {3} au plus tôt",
        en: "{1}: {2} is too far back; {3} at the earliest")
    /// {1} the field, {2} the day typed, {3} the latest day.
    public static let dayTooLate = Phrase(
        fr: "{1} : le {2} est trop loin ; le {3} au plus tard",
        en: "{1}: {2} is too far ahead; {3} at the latest")
    /// {1} the field, {2} the maximum length.
    public static let textExpected = Phrase(
        fr: "{1} : texte d’une seule ligne de {2} caractères au plus attendu",
        en: "{1}: a single line of at most {2} characters expected")
    /// {1} the field.
    public static let choiceExpected = Phrase(
        fr: "{1} : choisissez une valeur de la liste",
        en: "{1}: choose a value from the list")
    public static let operatorExpected = Phrase(
        fr: "Opérateur : son nom attendu, par ex. Orange, SFR, Free, Bouygues Telecom",
        en: "Operator: its name expected, e.g. Orange, SFR, Free, Bouygues Telecom")
    public static let offerNameExpected = Phrase(
        fr: "Nom de l’offre : le nom attendu, par ex. Tarif social mobile",
        en: "Offer name: the name expected, e.g. Social mobile tariff")
    public static let stepTextExpected = Phrase(
        fr: "Étape : ce qu’il faut faire attendu, par ex. Obtenir le RIO",
        en: "Step: what is to be done expected, e.g. Get the RIO")

    /// {1} the end typed, {2} the start.
    public static let commitmentEndBeforeStart = Phrase(
        fr: "Fin d’engagement : le {1} n’est pas après le début ({2}) ; vérifiez les deux dates",
        en: "Commitment end: {1} is not after the start ({2}); check both dates")
    /// {1} the months typed, {2} the maximum.
    public static let commitmentTooLong = Phrase(
        fr: "Fin d’engagement : {1} mois après le début ; un engagement dure {2} mois au plus (loi Chatel)",
        en: "Commitment end: {1} months after the start; a commitment lasts {2} months at most (Chatel law)")
    public static let commitmentEndMissing = Phrase(
        fr: "Fin d’engagement : la date de fin attendue avec celle du début (ou videz le début)",
        en: "Commitment end: the end date expected with the start date (or empty the start)")
    public static let commitmentStartMissing = Phrase(
        fr: "Début d’engagement : la date de début attendue avec celle de fin (date du contrat)",
        en: "Commitment start: the start date expected with the end date (the contract’s date)")
    /// {1} the maximum.
    public static let commitmentMonthsExpected = Phrase(
        fr: "Engagement (mois) : un nombre de mois de 0 à {1} attendu (vide : sans engagement)",
        en: "Commitment (months): a number of months from 0 to {1} expected (empty: no commitment)")

    /// {1} how many characters were typed.
    public static let rioLength = Phrase(
        fr: "RIO : 12 caractères attendus ({1} tapés), par ex. 01 P EROY4P 4TR",
        en: "RIO: 12 characters expected ({1} typed), e.g. 01 P EROY4P 4TR")
    /// {1} the two first characters.
    public static let rioOperatorPart = Phrase(
        fr: "RIO : l’opérateur (2 premiers caractères, « {1} ») s’écrit en 2 chiffres, par ex. 01 pour Orange",
        en: "RIO: the operator (first 2 characters, “{1}”) is written with 2 digits, e.g. 01 for Orange")
    /// {1} the third character.
    public static let rioLineTypePart = Phrase(
        fr: "RIO : le 3e caractère (« {1} ») donne le type de ligne : P ou E pour un mobile, une lettre de F à Z pour un fixe",
        en: "RIO: the 3rd character (“{1}”) gives the kind of line: P or E for a mobile, a letter from F to Z for a landline")
    /// {1} the six characters of the reference.
    public static let rioReferencePart = Phrase(
        fr: "RIO : la référence client (caractères 4 à 9, « {1} ») est faite de 6 lettres ou chiffres",
        en: "RIO: the customer reference (characters 4 to 9, “{1}”) is made of 6 letters or digits")
    /// {1} the three characters of the key.
    public static let rioKeyCharacters = Phrase(
        fr: "RIO : la clé (3 derniers caractères, « {1} ») est faite de lettres, de chiffres ou du signe +",
        en: "RIO: the key (last 3 characters, “{1}”) is made of letters, digits or the + sign")
    /// {1} the key typed, {2} the line's number.
    public static let rioKeyMismatch = Phrase(
        fr: "RIO : la clé « {1} » ne correspond pas au reste du RIO et au numéro {2} ; un caractère est mal tapé (le 3179 redonne le RIO)",
        en: "RIO: the key “{1}” does not match the rest of the RIO and the number {2}; a character is mistyped (3179 gives the RIO again)")
    /// {1} the third character.
    public static let rioFixedForMobile = Phrase(
        fr: "RIO : le 3e caractère « {1} » désigne une ligne fixe ; celui d’un mobile ou d’une clé 3G est P ou E",
        en: "RIO: the 3rd character “{1}” means a landline; a mobile’s or a 3G key’s is P or E")
    /// {1} the third character.
    public static let rioMobileForFixed = Phrase(
        fr: "RIO : le 3e caractère « {1} » désigne un mobile ; celui d’une box ou d’un fixe est une lettre de F à Z",
        en: "RIO: the 3rd character “{1}” means a mobile; a box’s or a landline’s is a letter from F to Z")
    public static let rioNeedsNumber = Phrase(
        fr: "Numéro de la ligne : attendu avec le RIO (sa clé se calcule avec le numéro), par ex. 06 12 34 56 78",
        en: "Line number: expected with the RIO (its key is computed with the number), e.g. 06 12 34 56 78")

    /// {1} the field.
    public static let quantityExpected = Phrase(
        fr: "{1} : un nombre attendu, « illimité », ou rien si l’offre n’en comprend pas",
        en: "{1}: a number expected, “illimité” (unlimited), or nothing when the offer includes none")
    public static let dataExpected = Phrase(
        fr: "Internet mobile : une quantité attendue, par ex. 100 Mo, 1,5 Go ou « illimité » (vide : aucune)",
        en: "Mobile data: an amount expected, e.g. 100 Mo, 1.5 Go or “illimité” (empty: none)")
    public static let benefitsExpected = Phrase(
        fr: "Réservée à : RSA, AAH, ASS ou ARE attendus, séparés par des virgules (vide : tout le monde)",
        en: "Reserved to: RSA, AAH, ASS or ARE expected, separated by commas (empty: anyone)")
    /// {1} the end typed, {2} the start.
    public static let validityReversed = Phrase(
        fr: "Valable jusqu’au : le {1} est avant le début de validité ({2})",
        en: "Valid until: {1} is before the start of validity ({2})")
    public static let referenceExpected = Phrase(
        fr: "Part de référence : un pourcentage de 1 à 30 attendu, par ex. 5 ou 4,5",
        en: "Reference share: a percentage from 1 to 30 expected, e.g. 5 or 4.5")
    /// {1} the maximum.
    public static let tooManyLines = Phrase(
        fr: "Une séance compte {1} lignes au plus", en: "A session has {1} lines at most")
    /// {1} the maximum.
    public static let tooManySteps = Phrase(
        fr: "Une séance ajoute {1} étapes au plus au plan", en: "A session adds {1} steps at most to the plan")
}
