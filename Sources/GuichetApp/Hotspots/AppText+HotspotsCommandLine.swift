import GuichetCore

/// Texts of `guichet import devices` and of the demo fleet.
extension AppText {
    public static let cliImportDevicesAbstract = Phrase(
        fr: "Ajoute au parc un lot de clés 3G depuis un fichier CSV exporté d’un tableur.",
        en: "Adds a batch of 3G keys to the fleet from a CSV file exported from a spreadsheet.")
    public static let cliImportDevicesDiscussion = Phrase(
        fr: """
            Colonnes (première ligne) : code, modele, imei (obligatoires), iccid, telephone, provenance (don ou achat), \
            date_reception, donateur, remarques. Chaque valeur est vérifiée comme à l’écran (IMEI et ICCID avec leur clé de Luhn). \
            Séparateur ; ou , et encodage UTF-8 (avec ou sans BOM) ou Windows-1252 reconnus seuls ; \
            un fichier en UTF-8 qui contient aussi des octets invalides est refusé : corrigez-le, ou précisez l’encodage avec --encoding. \
            Un code, un IMEI, un ICCID ou un numéro déjà connu, ou présent deux fois dans le fichier, refuse sa ligne. \
            Si une ligne est refusée, rien n’est importé, sauf avec --skip-invalid. \
            Code de sortie : 0 tout est importé (ou l’essai est bon), 1 erreur (dont un fichier illisible dans son encodage), \
            2 lignes refusées et rien d’importé, 3 lignes refusées et les autres importées (--skip-invalid).
            """,
        en: """
            Columns (first line): code, modele, imei (required), iccid, telephone, provenance (don or achat), \
            date_reception, donateur, remarques. Each value is checked as on screen (IMEI and ICCID with their Luhn digit). \
            Separator ; or , and encoding UTF-8 (with or without BOM) or Windows-1252 are detected; \
            a UTF-8 file that also holds invalid bytes is refused: fix it, or name the encoding with --encoding. \
            A code, IMEI, ICCID or number already known, or given twice in the file, refuses its line. \
            If any line is refused, nothing is imported, unless --skip-invalid is given. \
            Exit status: 0 all imported (or the dry run is fine), 1 error (including a file unreadable in its encoding), \
            2 lines refused and nothing imported, 3 lines refused and the others imported (--skip-invalid).
            """)
    public static let cliKeysImported = PluralPhrase(
        one: Phrase(fr: "{1} clé importée", en: "{1} key imported"),
        many: Phrase(fr: "{1} clés importées", en: "{1} keys imported"))
    public static let cliKeysToImport = PluralPhrase(
        one: Phrase(fr: "{1} clé à importer", en: "{1} key to import"),
        many: Phrase(fr: "{1} clés à importer", en: "{1} keys to import"))
    public static let cliDemoDevicesOption = Phrase(
        fr: "Nombre de clés 3G du parc de démonstration (0 à 1 000 ; 0 : aucun parc).",
        en: "Number of 3G keys of the demo fleet (0 to 1,000; 0: no fleet).")
    public static let cliDemoDevicesExpected = Phrase(
        fr: "Nombre de clés : de 0 à 1 000 attendu",
        en: "Number of keys: 0 to 1,000 expected")
    /// {1} keys, {2} loans, {3} open, {4} overdue, {5} lost.
    public static let cliDemoFleetDone = Phrase(
        fr: "Parc de démonstration : {1} clés, {2} prêts dont {3} en cours ({4} en retard), {5} clés perdues.",
        en: "Demo fleet: {1} keys, {2} loans of which {3} open ({4} overdue), {5} keys lost.")
}
