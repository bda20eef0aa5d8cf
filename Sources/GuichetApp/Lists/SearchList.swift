import GuichetCore
import GuichetStore
import GuichetTerminal

/// The searchable list every area uses: a query field searched at every
/// keystroke, a screenful of rows fetched per search, the next screenful when
/// the selection reaches the last row, up to `maximumRows` with End, and a
/// status line that says honestly how many were found. A screen embeds it,
/// passes it the keys its own actions leave, and returns `.reload` when
/// `handle` asks for a search; its `load` runs `load` here.
struct SearchList<Source: SearchSource> {
    let source: Source
    private(set) var query: TextFieldState
    private(set) var rows: [Source.Row] = []
    private var list = ListState()
    /// Rows asked for by the last search.
    private var limit = 0
    private var searchedText = ""
    private var searchError: GuichetError?
    /// True when nothing matched and the rows are the closest ones instead.
    private(set) var showsClosest = false
    /// Nothing matched and the closest rows are still to be found: they are looked for once
    /// typing pauses (`loadClosest`), so that a name typed wrong costs no keystroke its search.
    private(set) var closestPending = false
    private var pending = Pending.refresh

    /// The most rows fetched, however far the list is scrolled.
    static var maximumRows: Int { 500 }

    private enum Pending {
        /// The same search again, at least a screenful (back on top, resized).
        case refresh
        /// A new query: a screenful, the selection at the top.
        case fresh
        /// The next screenful of the same search, the selection kept on its row.
        case more
        /// Up to `maximumRows`, the selection on the last row.
        case end
    }

    /// The list of `source`, `query` already typed (a journal event opens the ledger at its receipt).
    init(source: Source, query: String = "") {
        self.source = source
        self.query = TextFieldState(text: query, maxLength: source.queryMaximumLength)
    }

    var selected: Source.Row? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }

    /// Whether the search may have found more rows than those fetched.
    var mayHaveMore: Bool { !showsClosest && rows.count >= limit && limit < Self.maximumRows }

    /// The rows a screen of this size shows: the content area less the search
    /// field, its hint, the status line and the column header.
    static func screenful(_ context: AppContext) -> Int {
        max(1, ScreenChrome.contentArea(of: context.screenSize).height - 4)
    }

    /// Moves in the list or edits the query; true when a search must run (`.reload`).
    mutating func handle(_ key: Key, context: AppContext) -> Bool {
        let page = Self.screenful(context)
        if list.handle(key, itemCount: rows.count, pageSize: page) {
            guard searchError == nil, mayHaveMore else { return false }
            if key == .end {
                pending = .end
                return true
            }
            if list.selected >= rows.count - 1 {
                pending = .more
                return true
            }
            return false
        }
        let typed = query.text
        // Moving the cursor in the field changes nothing to search for.
        guard query.handle(key), query.text != typed else { return false }
        pending = .fresh
        return true
    }

    /// Empties the query; a search must run (`.reload`).
    mutating func clear() {
        query = TextFieldState(maxLength: source.queryMaximumLength)
        pending = .fresh
    }

    /// Runs the search the last keys asked for; a failure empties the list and is thrown.
    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        let screenful = Self.screenful(context)
        let selectedID = selected.map(source.id(of:))
        let action = pending
        pending = .refresh
        switch action {
        case .refresh: limit = max(limit, screenful)
        case .fresh: limit = screenful
        case .more: limit = min(Self.maximumRows, limit + screenful)
        case .end: limit = Self.maximumRows
        }
        do throws(GuichetError) {
            rows = try source.search(query.text, limit: limit, store: store, context: context)
            showsClosest = false
            closestPending = rows.isEmpty && source.offersClosest && !query.text.trimmingWhitespace().isEmpty
            searchError = nil
        } catch {
            showsClosest = false
            closestPending = false
            rows = []
            searchError = error
            throw error
        }
        if query.text != searchedText { list = ListState() }
        searchedText = query.text
        switch action {
        case .end:
            list.selected = rows.count - 1
        case .more:
            // Rows found by whole words may come in before the selected one.
            if let selectedID, let index = rows.firstIndex(where: { source.id(of: $0) == selectedID }) { list.selected = index }
        case .refresh, .fresh:
            break
        }
        list.clamp(itemCount: rows.count, pageSize: screenful)
    }

    /// The closest rows of a query that found nothing (« Fiches proches »), asked for by the run
    /// loop once the keyboard is quiet; a failure leaves the list empty and is thrown.
    mutating func loadClosest(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        guard closestPending else { return }
        closestPending = false
        do throws(GuichetError) {
            rows = try source.closest(query.text, limit: Self.screenful(context), store: store, context: context)
        } catch {
            searchError = error
            throw error
        }
        showsClosest = !rows.isEmpty
        list = ListState()
        list.clamp(itemCount: rows.count, pageSize: Self.screenful(context))
    }

    /// Draws the field, its hint, the status line and the rows; returns the cursor.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext, noResult: @autoclosure () -> String) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let label = context.text(AppText.searchLabel)
        let labelWidth = TextWidth.of(label) + 1
        TextLine(label, role: .header).render(into: &buffer, area: inner.row(0))
        let cursor = TextFieldView(state: query, focused: true)
            .render(into: &buffer, area: Rect(x: inner.x + labelWidth, y: inner.y, width: 40, height: 1), glyphs: context.glyphs)
        TextLine(context.text(source.queryHint), role: .muted)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1))

        let status: String
        if let searchError {
            status = searchError.message(context.language)
        } else if query.text.trimmingWhitespace().isEmpty {
            status = context.text(source.emptyQueryStatus)
        } else if rows.isEmpty && closestPending {
            status = context.text(AppText.closestComing, query.text.trimmingWhitespace())
        } else if rows.isEmpty {
            status = noResult()
        } else if showsClosest {
            status = context.text(source.closestStatus, query.text.trimmingWhitespace())
        } else if mayHaveMore {
            status = context.text(AppText.firstResults, rows.count)
        } else {
            status = context.text(rows.count == 1 ? AppText.oneResult : AppText.resultCount, rows.count)
        }
        TextLine(status, role: searchError != nil ? .error : (showsClosest ? .warning : .muted)).render(into: &buffer, area: inner.row(2))
        let listArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        // Only the rows on screen are formatted: this runs at every keystroke.
        let visibleRows = max(1, listArea.height - 1)
        var window = list
        window.clamp(itemCount: rows.count, pageSize: visibleRows)
        let shown = rows[window.offset..<min(rows.count, window.offset + visibleRows)]
        ListView(items: source.items(shown, context: context), state: ListState(selected: window.selected - window.offset, offset: 0),
                 header: source.header(context), columnWidths: source.columnWidths)
            .render(into: &buffer, area: listArea, glyphs: context.glyphs)
        return cursor
    }
}
