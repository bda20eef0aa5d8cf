import GuichetCore
import GuichetTerminal

/// A screen is state, a table of actions, a key handler and a renderer.
/// It never runs SQL and never touches the terminal: it reads and writes
/// through the store's services in `context` and draws into a `Buffer`.
public protocol Screen {
    var title: Phrase { get }
    /// The screen's actions, declared once: the key bar and the F1 help come from here.
    func actions(_ context: AppContext) -> [ScreenAction]
    /// Runs the action `id` (found through the table).
    mutating func perform(_ id: String, context: AppContext) -> Effect
    /// Keys that no action took: typing, arrows in a list, Tab in a form.
    mutating func handle(_ key: Key, context: AppContext) -> Effect
    /// Draws into `area` and returns where the real terminal cursor belongs (nil: hidden).
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position?
    /// True while a text field has focus: plain characters are typed, not taken as shortcuts.
    var isEditingText: Bool { get }
    /// True for a dialog drawn over the screen below it.
    var isModal: Bool { get }
    /// Called when the screen comes back to the top of the stack or the terminal is
    /// resized, to reload what may have changed (or what a screenful holds).
    mutating func reload(context: AppContext)
}

extension Screen {
    public var isEditingText: Bool { false }
    public var isModal: Bool { false }
    public mutating func reload(context: AppContext) {}
    public mutating func handle(_ key: Key, context: AppContext) -> Effect { .none }
}
