import GuichetCore

/// Texts of the recharge commands: `guichet verify` and the demo ledger.
extension AppText {
    public static let cliVerifyAbstract = Phrase(
        fr: "Vérifie le registre des recharges et le journal : chaînes d’empreintes, clôtures, stock, fichier de la base.",
        en: "Checks the recharge ledger and the journal: hash chains, closings, stock, database file.")
    public static let cliVerifyDiscussion = Phrase(
        fr: "Code de sortie : 0 registre intact, 2 registre altéré (la première écriture en cause est nommée), 1 erreur.",
        en: "Exit status: 0 ledger intact, 2 ledger altered (the first entry at fault is named), 1 error.")
    public static let cliVerifyProgress = Phrase(fr: "Vérification", en: "Checking")
    public static let cliVerifyBroken = Phrase(
        fr: "Registre altéré : le premier problème est ci-dessus ({1} en tout).",
        en: "Ledger altered: the first problem is above ({1} in all).")
    public static let cliDemoLedgerOption = Phrase(
        fr: "Écritures du registre des recharges sur un an (0 : aucune).",
        en: "Recharge ledger entries over a year (0: none).")
    public static let cliDemoLedgerProgress = Phrase(fr: "Registre", en: "Ledger")
    /// {1} entries, {2} sales, {3} closings, {4} seconds.
    public static let cliDemoLedgerDone = Phrase(
        fr: "Registre de démonstration : {1} écritures dont {2} ventes et {3} clôtures, en {4} s.",
        en: "Demo ledger: {1} entries, {2} sales and {3} closings among them, in {4} s.")
    public static let cliDemoLedgerCountExpected = Phrase(
        fr: "--ledger-rows : un nombre de 0 à 5 000 000 attendu",
        en: "--ledger-rows: a number from 0 to 5,000,000 expected")
}
