import GuichetCore

/// Texts of the commands that bring files in: `guichet import beneficiaries` and `guichet demo`.
extension AppText {
    public static let cliImportAbstract = Phrase(
        fr: "Importe des données depuis un tableur (fichier CSV).",
        en: "Imports data from a spreadsheet (CSV file).")
    public static let cliImportBeneficiariesAbstract = Phrase(
        fr: "Importe des bénéficiaires depuis un fichier CSV exporté d’un tableur.",
        en: "Imports beneficiaries from a CSV file exported from a spreadsheet.")
    public static let cliImportBeneficiariesDiscussion = Phrase(
        fr: """
            Colonnes (première ligne) : nom, prenom (obligatoires), date_naissance, telephone, email, logement, \
            activite, ressources, orientation_structure, orientation_referent, orientation_date. \
            Séparateur ; ou , et encodage UTF-8 (avec ou sans BOM) ou Windows-1252 reconnus seuls ; \
            un fichier en UTF-8 qui contient aussi des octets invalides est refusé (la ligne et l’octet sont indiqués) : \
            corrigez-le, ou précisez l’encodage avec --encoding. \
            Si une ligne est refusée, rien n’est importé, sauf avec --skip-invalid. \
            Les doublons probables d’un dossier existant (ou d’une ligne précédente) sont signalés et ignorés. \
            Tout est importé en une seule fois, au nom du compte --as (par défaut le premier compte responsable actif). \
            Code de sortie : 0 tout est importé (ou l’essai est bon), 1 erreur (dont un fichier illisible dans son encodage), \
            2 lignes refusées et rien d’importé, 3 lignes refusées et les autres importées (--skip-invalid).
            """,
        en: """
            Columns (first line): nom, prenom (required), date_naissance, telephone, email, logement, activite, \
            ressources, orientation_structure, orientation_referent, orientation_date. \
            Separator ; or , and encoding UTF-8 (with or without BOM) or Windows-1252 are detected; \
            a UTF-8 file that also holds invalid bytes is refused (the line and the byte are given): \
            fix it, or name the encoding with --encoding. \
            If any line is refused, nothing is imported, unless --skip-invalid is given. \
            Likely duplicates of an existing file (or of an earlier line) are reported and skipped. \
            Everything is imported at once, on behalf of the --as account (by default the first active supervisor). \
            Exit status: 0 all imported (or the dry run is fine), 1 error (including a file unreadable in its encoding), \
            2 lines refused and nothing imported, 3 lines refused and the others imported (--skip-invalid).
            """)
    public static let cliImportFileArgument = Phrase(fr: "Le fichier CSV à importer.", en: "The CSV file to import.")
    public static let cliDryRunOption = Phrase(
        fr: "Vérifie le fichier et affiche ce qui serait importé, sans rien enregistrer.",
        en: "Checks the file and shows what would be imported, without saving anything.")
    public static let cliSkipInvalidOption = Phrase(
        fr: "Importe les lignes valables même si d’autres sont refusées.",
        en: "Imports the valid lines even if others are refused.")
    public static let cliEncodingOption = Phrase(
        fr: "Encodage du fichier, quand celui reconnu seul ne convient pas : utf-8 ou windows-1252.",
        en: "Encoding of the file, when the one detected is not right: utf-8 or windows-1252.")
    /// {1} the value given.
    public static let cliEncodingExpected = Phrase(
        fr: "Encodage « {1} » inconnu : utf-8 ou windows-1252 attendu",
        en: "Unknown encoding “{1}”: utf-8 or windows-1252 expected")
    public static let cliActorOption = Phrase(
        fr: "Compte au nom duquel l’action est journalisée (par défaut : le premier compte responsable actif).",
        en: "Account the action is journaled for (default: the first active supervisor).")
    /// {1} the path.
    public static let cliFileUnreadable = Phrase(
        fr: "Impossible de lire le fichier « {1} » : vérifiez le chemin et les droits.",
        en: "Cannot read the file “{1}”: check the path and the permissions.")
    /// {1} the encoding, {2} the separator.
    public static let cliImportReading = Phrase(
        fr: "Fichier lu en {1}, séparateur « {2} ».",
        en: "File read as {1}, separator “{2}”.")
    /// {1} the encoding, {2} the separator.
    public static let cliImportReadingAsAsked = Phrase(
        fr: "Fichier lu en {1} comme demandé (--encoding), séparateur « {2} ».",
        en: "File read as {1} as asked (--encoding), separator “{2}”.")
    public static let cliImportProgress = Phrase(fr: "Import", en: "Import")
    /// {1} the line, {2} the file number.
    public static let cliDuplicateOfFile = Phrase(
        fr: "ligne {1} : doublon probable du dossier {2}, ignorée",
        en: "line {1}: likely duplicate of file {2}, skipped")
    /// {1} the line, {2} the earlier line.
    public static let cliDuplicateOfLine = Phrase(
        fr: "ligne {1} : doublon probable de la ligne {2}, ignorée",
        en: "line {1}: likely duplicate of line {2}, skipped")
    public static let cliFilesImported = PluralPhrase(
        one: Phrase(fr: "{1} fiche importée", en: "{1} file imported"),
        many: Phrase(fr: "{1} fiches importées", en: "{1} files imported"))
    public static let cliFilesToImport = PluralPhrase(
        one: Phrase(fr: "{1} fiche à importer", en: "{1} file to import"),
        many: Phrase(fr: "{1} fiches à importer", en: "{1} files to import"))
    public static let cliLinesRefused = PluralPhrase(
        one: Phrase(fr: "{1} ligne refusée", en: "{1} line refused"),
        many: Phrase(fr: "{1} lignes refusées", en: "{1} lines refused"))
    public static let cliDuplicatesSkipped = PluralPhrase(
        one: Phrase(fr: "{1} doublon ignoré", en: "{1} duplicate skipped"),
        many: Phrase(fr: "{1} doublons ignorés", en: "{1} duplicates skipped"))
    public static let cliDryRunDone = Phrase(
        fr: "Essai à blanc : rien n’a été enregistré.",
        en: "Dry run: nothing was saved.")
    public static let cliImportBlocked = Phrase(
        fr: "Rien n’a été importé : corrigez les lignes ci-dessus, ou relancez avec --skip-invalid pour importer les lignes valables.",
        en: "Nothing was imported: fix the lines above, or run again with --skip-invalid to import the valid lines.")
    public static let cliHeaderBlocked = Phrase(
        fr: "Rien n’a été importé : la première ligne (en-tête) est à corriger.",
        en: "Nothing was imported: the first line (header) must be fixed.")

    public static let cliDemoAbstract = Phrase(
        fr: "Remplit une base configurée avec des données de démonstration réalistes (toujours les mêmes pour une même graine).",
        en: "Fills a set-up database with realistic demo data (always the same for the same seed).")
    public static let cliDemoCountOption = Phrase(
        fr: "Nombre de dossiers à créer (1 à 1 000 000).",
        en: "Number of files to create (1 to 1,000,000).")
    public static let cliDemoSeedOption = Phrase(
        fr: "Graine du générateur : la même graine donne les mêmes personnes.",
        en: "Seed of the generator: the same seed gives the same people.")
    public static let cliDemoCountExpected = Phrase(
        fr: "Nombre de dossiers : de 1 à 1 000 000 attendu",
        en: "Number of files: 1 to 1,000,000 expected")
    public static let cliDemoProgress = Phrase(fr: "Démonstration", en: "Demo")
    /// {1} the files, {2} the visits, {3} the seconds, {4} the budget sessions.
    public static let cliDemoDone = Phrase(
        fr: "{1} dossiers de démonstration, {2} passages et {4} séances de budget créés en {3} s.",
        en: "{1} demo files, {2} visits and {4} budget sessions created in {3} s.")

    /// A count in the reader's writing: `1 234` in French (narrow no-break space), `1,234` in English.
    public static func count(_ value: Int, _ language: Language) -> String {
        ReportText.grouped(Int64(value), language)
    }
}

/// A phrase with a singular and a plural form. French uses the singular for 0 and 1,
/// English only for 1.
public struct PluralPhrase: Sendable, Equatable {
    public let one: Phrase
    public let many: Phrase

    public init(one: Phrase, many: Phrase) {
        self.one = one
        self.many = many
    }

    /// The form for `value`, with `{1}` replaced by the grouped count.
    public func text(_ language: Language, _ value: Int) -> String {
        let singular = language == .french ? abs(value) < 2 : value == 1
        return (singular ? one : many).text(language, AppText.count(value, language))
    }
}
