import GuichetCore
import GuichetStore
import GuichetTerminal

/// The beneficiary list: typing searches at once, the list follows every key;
/// Enter opens the highlighted file.
struct BeneficiaryListScreen: Screen {
    private var query = TextFieldState(maxLength: 60)
    private var results: [BeneficiarySummary] = []
    private var list = ListState()
    private var searchError: GuichetError?
    private var searchedText = ""
    /// Rows asked for: a screenful at each keystroke (the search runs at every key),
    /// another screenful whenever the selection reaches the last row fetched.
    private var limit = 0

    /// The most rows fetched, however far the list is scrolled.
    static let maximumRows = 500

    init(context: AppContext) {
        reload(context: context)
    }

    /// The rows the list shows at the terminal's size.
    static func screenful(_ context: AppContext) -> Int {
        max(1, ScreenChrome.contentArea(of: context.screenSize).height - 4)
    }

    /// Whether the search may have found more rows than those fetched.
    private var mayHaveMore: Bool { results.count >= limit && limit < Self.maximumRows }

    var title: Phrase { AppText.beneficiariesTitle }
    var isEditingText: Bool { true }

    private var selected: BeneficiarySummary? { results.indices.contains(list.selected) ? results[list.selected] : nil }

    func actions(_ context: AppContext) -> [ScreenAction] {
        [
            StandardActions.help,
            ScreenAction(id: "new", functionKey: 2, controlKey: "n", label: AppText.actionNew, help: AppText.actionNewFileHelp),
            ScreenAction(id: "clear", functionKey: 3, controlKey: "f", label: AppText.actionClearSearch, help: AppText.actionClearSearchHelp),
            ScreenAction(id: "open", functionKey: 4, controlKey: "o", otherKeys: [.enter], label: AppText.actionOpen,
                         help: AppText.actionOpenFileHelp, availability: selected == nil ? .greyed(AppText.noFileSelected) : .enabled),
            ScreenAction(id: "anonymous", functionKey: 5, controlKey: "p", label: AppText.actionAnonymousVisit,
                         help: AppText.actionAnonymousVisitHelp),
            StandardActions.back,
        ]
    }

    mutating func perform(_ id: String, context: AppContext) -> Effect {
        switch id {
        case "new":
            return .push(BeneficiaryFormScreen(creatingWith: query.text, context: context))
        case "clear":
            query = TextFieldState(maxLength: 60)
            searchAgain(context)
            return .none
        case "open":
            guard let selected else { return .none }
            return BeneficiaryCardScreen.open(id: selected.id, context: context)
        case "anonymous":
            return .push(VisitScreen(beneficiary: nil))
        default:
            return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        if list.handle(key, itemCount: results.count, pageSize: 12) {
            if key == .end || list.selected >= results.count - 1 { fetchMore(context, toTheEnd: key == .end) }
            return .none
        }
        let typed = query.text
        // Moving the cursor in the field changes nothing to search for.
        guard query.handle(key), query.text != typed else { return .none }
        searchAgain(context)
        return .none
    }

    /// A new search text: a screenful again.
    private mutating func searchAgain(_ context: AppContext) {
        limit = Self.screenful(context)
        search(context)
    }

    /// Fetches the next screenful (or, for End, up to the most rows) of the same search;
    /// the selection stays on its file (rows found by whole words may come in
    /// before it), or goes to the last one for End.
    private mutating func fetchMore(_ context: AppContext, toTheEnd: Bool) {
        guard mayHaveMore, searchError == nil else { return }
        let selectedID = selected?.id
        limit = toTheEnd ? Self.maximumRows : min(Self.maximumRows, limit + Self.screenful(context))
        search(context)
        if toTheEnd {
            list.selected = results.count - 1
        } else if let selectedID, let index = results.firstIndex(where: { $0.id == selectedID }) {
            list.selected = index
        }
        list.clamp(itemCount: results.count, pageSize: 12)
    }

    /// Back on top or resized: the same search again, at least a screenful.
    mutating func reload(context: AppContext) {
        limit = max(limit, Self.screenful(context))
        search(context)
    }

    private mutating func search(_ context: AppContext) {
        do {
            results = try context.store.searchBeneficiaries(query.text, limit: limit)
            searchError = nil
        } catch {
            results = []
            searchError = error
        }
        if query.text != searchedText { list = ListState() }
        searchedText = query.text
        list.clamp(itemCount: results.count, pageSize: 12)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let label = context.text(AppText.searchLabel)
        let labelWidth = TextWidth.of(label) + 1
        TextLine(label, role: .header).render(into: &buffer, area: inner.row(0))
        let cursor = TextFieldView(state: query, focused: true)
            .render(into: &buffer, area: Rect(x: inner.x + labelWidth, y: inner.y, width: 40, height: 1), glyphs: context.glyphs)
        TextLine(context.text(AppText.searchHint), role: .muted)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1))

        let status: String
        if let searchError {
            status = searchError.message(context.language)
        } else if query.text.trimmingWhitespace().isEmpty {
            status = context.text(AppText.recentFiles)
        } else if results.isEmpty {
            status = context.text(AppText.noResult)
        } else if results.count >= limit {
            status = context.text(AppText.firstResults, results.count)
        } else {
            status = context.text(AppText.resultCount, results.count)
        }
        TextLine(status, role: searchError == nil ? .muted : .error).render(into: &buffer, area: inner.row(2))
        let listArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        // Only the rows on screen are formatted: this runs at every keystroke.
        var window = list
        window.clamp(itemCount: results.count, pageSize: max(1, listArea.height - 1))
        let shown = results[window.offset..<min(results.count, window.offset + max(1, listArea.height - 1))]
        let today = context.today
        BeneficiaryRow.list(shown.map { BeneficiaryRow.item($0, context, today: today) },
                            state: ListState(selected: window.selected - window.offset, offset: 0), context: context)
            .render(into: &buffer, area: listArea, glyphs: context.glyphs)
        return cursor
    }
}
