/// Why an enrolment is closed, chosen from a short list when a supervisor
/// closes it. The raw codes are stored and journaled.
public enum ClosingReason: String, Sendable, CaseIterable, Codable {
    case goalsReached = "goals_reached"
    case movedAway = "moved_away"
    case noLongerComing = "no_longer_coming"
    case personsRequest = "persons_request"
    case duplicateFile = "duplicate_file"
    case other = "other"

    public var label: Phrase {
        switch self {
        case .goalsReached: return Phrase(fr: "accompagnement terminé", en: "coaching completed")
        case .movedAway: return Phrase(fr: "déménagement", en: "moved away")
        case .noLongerComing: return Phrase(fr: "ne vient plus", en: "no longer comes")
        case .personsRequest: return Phrase(fr: "à la demande de la personne", en: "at the person’s request")
        case .duplicateFile: return Phrase(fr: "fiche en double", en: "duplicate file")
        case .other: return Phrase(fr: "autre", en: "other")
        }
    }
}

/// How long before its end an enrolment may be renewed: renewing on the day a
/// file is created would use up its only renewal for nothing.
public enum RenewalWindow {
    public static let defaultDays = 30
    /// Up to the whole 9 months of an enrolment (renewal at any time).
    public static let days = 1...280

    /// The window typed in the settings, or why it is refused.
    public static func days(_ input: String) throws(GuichetError) -> Int {
        guard let value = Int(input.trimmingWhitespace()), days.contains(value) else {
            throw .invalid(EnrolmentText.windowExpected.filled(days.lowerBound, days.upperBound))
        }
        return value
    }
}
