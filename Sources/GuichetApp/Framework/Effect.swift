import GuichetCore
import GuichetStore
import GuichetTerminal

/// A line for the message line: confirmations in the normal colour, errors with `!`.
public struct Notice: Equatable, Sendable {
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

/// A store read or write the run loop runs for a screen: the loop gives it the
/// store, shows its error on the message line the same way everywhere (and tells
/// the screen that asked, through `commandFailed`), or applies the effect it returns.
public struct StoreCommand {
    let run: (GuichetStore, AppContext) throws(GuichetError) -> Effect
}

/// A long store command (a backup, an anonymisation of many files): the loop shows its
/// label and how far it is on the message line while it runs, redrawn at each percent.
public struct ProgressCommand {
    let label: Phrase
    let run: (GuichetStore, AppContext, @escaping (Int, Int) -> Void) throws(GuichetError) -> Effect
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
    /// A store read or write, run by the loop.
    case command(StoreCommand)
    /// A long store command whose progress the loop shows.
    case progress(ProgressCommand)
    /// The top screen reads what it shows again (`Screen.load`).
    case reload
    /// Hands a picked row to the screen now on top (the one that pushed the picker).
    case deliver(Picked)

    public static func error(_ error: GuichetError, _ context: AppContext) -> Effect {
        .notice(.error(error, context.language))
    }

    /// Runs `body` with the store in the loop; its error is shown on the message line.
    public static func store(_ body: @escaping (GuichetStore, AppContext) throws(GuichetError) -> Effect) -> Effect {
        .command(StoreCommand(run: body))
    }

    /// A long command on behalf of the signed-in user: `body` reports `(done, total)` and
    /// the message line shows « label… 42 % » meanwhile.
    public static func withProgress(
        _ label: Phrase, _ body: @escaping (GuichetStore, Actor, AppContext, @escaping (Int, Int) -> Void) throws(GuichetError) -> Effect
    ) -> Effect {
        .progress(ProgressCommand(label: label) { store, context, report throws(GuichetError) in
            guard let actor = context.actor else { return .none }
            return try body(store, actor, context, report)
        })
    }

    /// `store` on behalf of the signed-in user (nothing happens when nobody is).
    public static func asUser(_ body: @escaping (GuichetStore, Actor, AppContext) throws(GuichetError) -> Effect) -> Effect {
        .command(StoreCommand { store, context throws(GuichetError) in
            guard let actor = context.actor else { return .none }
            return try body(store, actor, context)
        })
    }
}
