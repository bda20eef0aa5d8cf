import GuichetCore
import GuichetStore
import GuichetTerminal

/// Before a new file is saved: the files it may duplicate. Enter opens one
/// of them instead; F2 creates the new file anyway, and that choice is journaled.
struct DuplicatesScreen: Screen {
    enum Action: Hashable, Sendable { case createAnyway, open, back }

    let candidate: ValidBeneficiary
    let duplicates: [BeneficiarySummary]
    private var list = ListState()

    init(candidate: ValidBeneficiary, duplicates: [BeneficiarySummary]) {
        self.candidate = candidate
        self.duplicates = duplicates
    }

    var title: Phrase { AppText.duplicatesTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            ScreenAction(.open, function: 4, control: "o", keys: [.enter], label: AppText.actionOpen,
                         help: AppText.actionOpenFileHelp, hint: AppText.hintOpenExisting),
            ScreenAction(.createAnyway, function: 2, control: "n", label: AppText.actionCreateAnyway,
                         help: AppText.actionCreateAnywayHelp, hint: AppText.hintCreateAnyway),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .createAnyway:
            let candidate = candidate
            let numbers = duplicates.map(\.fileNumber)
            return .asUser { store, actor, context throws(GuichetError) in
                let created = try store.createBeneficiary(as: actor, candidate, enrolledOn: context.today, confirmedDuplicates: numbers)
                return .sequence([.pop, BeneficiaryFormScreen.showCreated(created, context)])
            }
        case .open:
            guard duplicates.indices.contains(list.selected) else { return .none }
            return .sequence([.pop, .pop, .push(BeneficiaryCardScreen(id: duplicates[list.selected].id))])
        case .back:
            return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = list.handle(key, itemCount: duplicates.count, pageSize: 10)
        return .none
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        TextLine(context.text(AppText.duplicatesIntro), role: .warning).render(into: &buffer, area: inner.row(0))
        let newLine = NameDisplay.listed(lastName: candidate.lastName, firstName: candidate.firstName)
            + (candidate.birthDate.map { " · " + $0.formatted(context.language) } ?? "")
            + (candidate.phone.map { " · " + $0.display } ?? "")
        TextLine("→ " + newLine, role: .header).render(into: &buffer, area: inner.row(1))
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: inner.row(2))
        let listArea = Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: inner.height - 4)
        let today = context.today
        BeneficiaryRow.list(duplicates.map { BeneficiaryRow.item($0, context, today: today) }, state: list, context: context)
            .render(into: &buffer, area: listArea, glyphs: context.glyphs)
        return nil
    }
}
