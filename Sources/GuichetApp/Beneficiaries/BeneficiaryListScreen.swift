import GuichetCore
import GuichetStore
import GuichetTerminal

/// The beneficiary list: typing searches at once, the list follows every key;
/// Enter opens the highlighted file.
struct BeneficiaryListScreen: SearchListScreen {
    enum Action: Hashable, Sendable { case new, clear, open, anonymousVisit, back }

    var search = SearchList(source: BeneficiarySearchSource())

    var title: Phrase { AppText.beneficiariesTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            ScreenAction(.new, function: 2, control: "n", label: AppText.actionNew, help: AppText.actionNewFileHelp),
            .clearSearch(.clear),
            ScreenAction(.open, function: 4, control: "o", keys: [.enter], label: AppText.actionOpen,
                         help: AppText.actionOpenFileHelp, hint: AppText.hintOpen)
                .greyed(AppText.noFileSelected, when: search.selected == nil),
            ScreenAction(.anonymousVisit, function: 5, control: "p", label: AppText.actionAnonymousVisit,
                         help: AppText.actionAnonymousVisitHelp),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .new:
            return .push(BeneficiaryFormScreen(creatingWith: search.query.text, context: context))
        case .clear:
            return clearSearch()
        case .open:
            guard let selected = search.selected else { return .none }
            return .push(BeneficiaryCardScreen(id: selected.summary.id))
        case .anonymousVisit:
            return .push(VisitScreen(beneficiary: nil))
        case .back:
            return .pop
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let noResult = context.text(AppText.noResult, actions(context).keyName(of: .new, context.language))
        return search.render(into: &buffer, area: area, context: context, noResult: noResult)
    }
}
