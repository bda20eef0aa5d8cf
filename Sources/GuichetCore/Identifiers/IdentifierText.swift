/// Messages of the identifier checks: each says what is expected.
public enum IdentifierText {
    public static let imeiExpected = Phrase(
        fr: "IMEI : 15 chiffres attendus (tapez *#06# sur l’appareil), par ex. 35 209900 176148 1",
        en: "IMEI: 15 digits expected (dial *#06# on the device), e.g. 35 209900 176148 1")
    public static let imeiCheck = Phrase(
        fr: "IMEI : le dernier chiffre (clé de Luhn) ne correspond pas : vérifiez la saisie",
        en: "IMEI: the last digit (Luhn check digit) does not match: check what was typed")
    public static let iccidExpected = Phrase(
        fr: "ICCID de la carte SIM : 19 ou 20 chiffres commençant par 89 attendus, par ex. 8933 0112 3456 7890 120",
        en: "SIM ICCID: 19 or 20 digits starting with 89 expected, e.g. 8933 0112 3456 7890 120")
    public static let iccidCheck = Phrase(
        fr: "ICCID de la carte SIM : le dernier chiffre (clé de Luhn) ne correspond pas : vérifiez la saisie",
        en: "SIM ICCID: the last digit (Luhn check digit) does not match: check what was typed")
    public static let rioExpected = Phrase(
        fr: "RIO : 12 caractères attendus — opérateur (2 chiffres), P ou E pour un mobile, 6 lettres ou chiffres, clé de 3 signes — par ex. 01 P EROY4P 4TR",
        en: "RIO: 12 characters expected — operator (2 digits), P or E for a mobile, 6 letters or digits, a 3-symbol key — e.g. 01 P EROY4P 4TR")
    public static let rioFrenchLine = Phrase(
        fr: "RIO : il n’existe que pour un numéro français ; saisissez d’abord le numéro de la ligne",
        en: "RIO: it only exists for a French number; enter the line’s number first")
    public static let rioKeyMismatch = Phrase(
        fr: "RIO : la clé ne correspond pas au numéro {1} ; vérifiez le RIO (appel gratuit au 3179 depuis la ligne) et le numéro",
        en: "RIO: the key does not match the number {1}; check the RIO (free call to 3179 from the line) and the number")
    public static let emailExpected = Phrase(
        fr: "Adresse e-mail : nom@domaine.fr attendu (un seul @, sans espace)",
        en: "E-mail address: name@domain.com expected (a single @, no spaces)")
}
