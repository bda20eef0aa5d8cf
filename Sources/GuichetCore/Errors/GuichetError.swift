/// An error a user can read: every case carries or derives a catalog phrase.
public enum GuichetError: Error, Sendable, Equatable {
    /// The actor's role does not hold the permission.
    case forbidden(Permission)
    /// A value typed by the user is not acceptable; the phrase says what is expected.
    case invalid(Phrase)
    /// The action is refused by a rule (already set up, user inactive, too many tries…).
    case refused(Phrase)
    /// The database could not do what was asked; the detail is technical and never personal.
    case storage(String)

    /// The message in every language (for a greyed action's reason, a notice…).
    public var phrase: Phrase {
        Phrase(fr: message(.french), en: message(.english))
    }

    public func message(_ language: Language) -> String {
        switch self {
        case .forbidden(let permission):
            return CoreText.forbidden.text(language, permission.minimumRole.label.text(language))
        case .invalid(let phrase), .refused(let phrase):
            return phrase.text(language)
        case .storage(let detail):
            return CoreText.storageFailure.text(language, detail)
        }
    }
}
