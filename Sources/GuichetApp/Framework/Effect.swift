import GuichetCore
import GuichetTerminal

/// A line for the message line: confirmations in the normal colour, errors with `!`.
public struct Notice: Equatable {
    public let text: String
    public let kind: MessageKind

    public init(_ text: String, kind: MessageKind = .info) {
        self.text = text
        self.kind = kind
    }

    public static func error(_ error: GuichetError, _ language: Language) -> Notice {
        Notice(error.message(language), kind: .error)
    }
}

/// What a key asks of the application after a screen handled it.
public enum Effect {
    case none
    case push(any Screen)
    case pop
    /// Pops the screen and shows a notice on the one below.
    case popWith(Notice)
    case notice(Notice)
    /// A login succeeded (or the site was just set up): open the counter for this user.
    case signIn(Actor)
    case signOut
    case quit
    /// Several effects, in order.
    case sequence([Effect])

    public static func error(_ error: GuichetError, _ context: AppContext) -> Effect {
        .notice(.error(error, context.language))
    }
}
