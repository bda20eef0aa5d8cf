/// A visit (passage) ready to be stored: its reasons in the catalog's order,
/// without repeats, and its checked note.
public struct ValidVisit: Sendable, Equatable {
    public let reasons: [VisitReason]
    public let note: String
    public let isAnonymous: Bool
}

/// What makes a visit acceptable: at least one reason; an anonymous visit (no
/// file) is for information only; a note of one line, 200 characters at most.
public enum VisitRule {
    public static let noteMaximumLength = 200

    /// Whether `reason` may be ticked on a visit with or without a file.
    public static func allows(_ reason: VisitReason, anonymous: Bool) -> Bool {
        !anonymous || reason == .information
    }

    /// The reasons an anonymous visit starts with (and keeps).
    public static func initialReasons(anonymous: Bool) -> Set<VisitReason> {
        anonymous ? [.information] : []
    }

    public static func validated(reasons: some Sequence<VisitReason>, note: String, anonymous: Bool) throws(GuichetError) -> ValidVisit {
        let ticked = Set(reasons)
        let ordered = VisitReason.allCases.filter(ticked.contains)
        guard !ordered.isEmpty else { throw .invalid(VisitText.reasonsExpected) }
        guard ordered.allSatisfy({ allows($0, anonymous: anonymous) }) else {
            throw .invalid(VisitText.anonymousOnlyInformation)
        }
        let checked = FreeText.validate(note, maximum: noteMaximumLength)
        guard !checked.tooLong, !checked.badCharacter else {
            throw .invalid(VisitText.noteTooLong.filled(noteMaximumLength))
        }
        return ValidVisit(reasons: ordered, note: checked.value ?? "", isAnonymous: anonymous)
    }
}

/// Messages of the visit rule.
public enum VisitText {
    public static let reasonsExpected = Phrase(
        fr: "Passage : au moins un motif attendu",
        en: "Visit: at least one reason expected")
    public static let anonymousOnlyInformation = Phrase(
        fr: "Un passage anonyme ne peut avoir qu’un motif : information. Pour un autre motif, ouvrez le dossier de la personne.",
        en: "An anonymous visit can only have one reason: information. For any other reason, open the person’s file.")
    /// {1} the maximum length.
    public static let noteTooLong = Phrase(
        fr: "Remarque du passage : une seule ligne de {1} caractères au plus attendue",
        en: "Visit remark: a single line of at most {1} characters expected")
}
