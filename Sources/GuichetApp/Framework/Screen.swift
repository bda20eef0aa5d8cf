import GuichetCore
import GuichetStore
import GuichetTerminal

/// A screen is state, a table of typed actions, a key handler and a renderer.
/// It never runs SQL and never touches the terminal: it reads the store only in
/// `load`, which the run loop calls, asks for writes through `Effect.command`,
/// and draws into a `Buffer`.
public protocol Screen {
    /// What the screen can do, as an enum: `perform` is an exhaustive switch over it.
    associatedtype Action: Hashable & Sendable

    var title: Phrase { get }
    /// The screen's actions, declared once: the key bar, the F1 help, the hint
    /// lines and the messages that name a key all come from here. F1 (help) is
    /// added by the run loop to every screen.
    func actions(_ context: AppContext) -> [ScreenAction<Action>]
    mutating func perform(_ action: Action, context: AppContext) -> Effect
    /// Keys that no action took: typing, arrows in a list, Tab in a form.
    mutating func handle(_ key: Key, context: AppContext) -> Effect
    /// Draws into `area` and returns where the real terminal cursor belongs (nil: hidden).
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position?
    /// True while a text field has focus: plain characters are typed, not taken as shortcuts.
    var isEditingText: Bool { get }
    /// True for a dialog drawn over the screen below it.
    var isModal: Bool { get }
    /// False for the help screen itself: F1 there has nothing more to show.
    var offersHelp: Bool { get }
    /// Reads what the screen shows. The run loop calls it when the screen is pushed,
    /// comes back to the top, on a resize and on `Effect.reload`; it shows a thrown
    /// error on the message line (a failed read is never silently an empty list).
    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError)
    /// A row chosen in a picker this screen pushed.
    mutating func receive(_ picked: Picked, context: AppContext) -> Effect
    /// A command this screen asked for failed (the loop has shown the error): mark the field at fault.
    mutating func commandFailed(_ error: GuichetError, context: AppContext)
    /// True while the screen has work left for when the keyboard is quiet (`CounterApp.idleDelay`
    /// without a key): the closest files of a name that finds nothing.
    var wantsIdleWork: Bool { get }
    /// That work; the run loop shows a thrown error on the message line, then draws.
    mutating func idle(from store: GuichetStore, context: AppContext) throws(GuichetError)
}

extension Screen {
    public var isEditingText: Bool { false }
    public var isModal: Bool { false }
    public var offersHelp: Bool { true }
    public mutating func handle(_ key: Key, context: AppContext) -> Effect { .none }
    public mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {}
    public mutating func receive(_ picked: Picked, context: AppContext) -> Effect { .none }
    public mutating func commandFailed(_ error: GuichetError, context: AppContext) {}
    public var wantsIdleWork: Bool { false }
    public mutating func idle(from store: GuichetStore, context: AppContext) throws(GuichetError) {}

    /// Help, then the screen's own actions: what the key bar, F1 and the tests read.
    public func entries(_ context: AppContext) -> [ActionEntry] {
        (offersHelp ? [ActionEntry.help] : []) + actions(context).map(\.entry)
    }

    /// What `key` does through the action table; nil when no action takes it.
    mutating func respond(to key: Key, context: AppContext) -> Effect? {
        if offersHelp, ActionEntry.help.keys.matches(key, textFieldFocused: isEditingText) {
            return .push(HelpScreen(screenTitle: title, entries: entries(context)))
        }
        let table = actions(context)
        guard let action = table.first(where: { $0.availability != .hidden && $0.keys.matches(key, textFieldFocused: isEditingText) })
        else { return nil }
        switch action.availability {
        case .enabled: return perform(action.action, context: context)
        case .greyed(let reason): return .notice(Notice(context.text(reason), kind: .warning))
        case .hidden: return nil
        }
    }
}
