import GuichetCore
import GuichetStore
import GuichetTerminal

/// A searchable list in pick mode: another area pushes it (« Choisir un·e
/// bénéficiaire ») and Enter hands the chosen row back to that area's screen
/// through `Screen.receive`.
struct PickerScreen<Source: SearchSource>: SearchListScreen {
    enum Action: Hashable, Sendable { case choose, clear, back }

    let title: Phrase
    var search: SearchList<Source>
    private let picked: (Source.Row) -> Picked
    private let noResult: Phrase

    init(title: Phrase, source: Source, noResult: Phrase, picked: @escaping (Source.Row) -> Picked) {
        self.title = title
        search = SearchList(source: source)
        self.noResult = noResult
        self.picked = picked
    }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            .clearSearch(.clear),
            ScreenAction(.choose, function: 4, control: "o", keys: [.enter], label: AppText.actionChoose,
                         help: AppText.actionChooseHelp, hint: AppText.hintChooseRow)
                .greyed(AppText.noRowSelected, when: search.selected == nil),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .choose:
            guard let row = search.selected else { return .none }
            return .sequence([.pop, .deliver(picked(row))])
        case .clear:
            return clearSearch()
        case .back:
            return .pop
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        search.render(into: &buffer, area: area, context: context, noResult: context.text(noResult))
    }
}
