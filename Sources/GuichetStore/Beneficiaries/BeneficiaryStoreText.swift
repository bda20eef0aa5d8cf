import GuichetCore

/// Messages of the rules the store enforces on beneficiary files and visits.
public enum BeneficiaryStoreText {
    public static let unknownFile = Phrase(
        fr: "Ce dossier n’existe pas (ou plus)",
        en: "This file does not exist (any more)")
    /// {1} the site, {2} the year.
    public static let sequencesExhausted = Phrase(
        fr: "Plus de numéro de dossier libre pour {1} en {2} (99 999 dossiers déjà créés)",
        en: "No file number left for {1} in {2} (99,999 files already created)")
    public static let reasonsExpected = Phrase(
        fr: "Passage : au moins un motif attendu",
        en: "Visit: at least one reason expected")
    public static let anonymousOnlyInformation = Phrase(
        fr: "Un passage anonyme ne peut avoir qu’un motif : information. Pour un autre motif, ouvrez le dossier de la personne.",
        en: "An anonymous visit can only have one reason: information. For any other reason, open the person’s file.")
    /// {1} the maximum length.
    public static let noteTooLong = Phrase(
        fr: "Note du passage : une seule ligne de {1} caractères au plus attendue",
        en: "Visit note: a single line of at most {1} characters expected")
}
