import GuichetCore
import GuichetStore
import GuichetTerminal

/// A screen built around a `SearchList`: typing searches, the arrows move in
/// the list, and the store is read when the list asks for it. The screen adds
/// its own actions (open, new, choose…) and how it says « nothing found ».
protocol SearchListScreen: Screen {
    associatedtype Source: SearchSource
    var search: SearchList<Source> { get set }
}

extension SearchListScreen {
    var isEditingText: Bool { true }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        search.handle(key, context: context) ? .reload : .none
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        try search.load(from: store, context: context)
    }

    var wantsIdleWork: Bool { search.closestPending }

    mutating func idle(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        try search.loadClosest(from: store, context: context)
    }

    /// What the « clear » action does: an empty query, searched again.
    mutating func clearSearch() -> Effect {
        search.clear()
        return .reload
    }
}

extension ScreenAction {
    /// F3 or Ctrl-F in a searchable list: empties the query (typing searches at once).
    static func clearSearch(_ action: Action) -> ScreenAction {
        ScreenAction(action, function: 3, control: "f", label: AppText.actionClearSearch, help: AppText.actionClearSearchHelp)
    }
}
