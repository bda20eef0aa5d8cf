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
}
