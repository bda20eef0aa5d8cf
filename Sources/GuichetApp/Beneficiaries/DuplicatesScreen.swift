import GuichetCore
import GuichetStore
import GuichetTerminal

/// Before a new file is saved: the files it may duplicate. Enter opens one
/// of them instead; F2 creates the new file anyway, and that choice is journaled.
struct DuplicatesScreen: Screen {
    let candidate: ValidBeneficiary
    let duplicates: [BeneficiarySummary]
    private var list = ListState()

    init(candidate: ValidBeneficiary, duplicates: [BeneficiarySummary]) {
        self.candidate = candidate
        self.duplicates = duplicates
    }

    var title: Phrase { AppText.duplicatesTitle }

    func actions(_ context: AppContext) -> [ScreenAction] {
        [
            StandardActions.help,
            ScreenAction(id: "create", functionKey: 2, controlKey: "n", label: AppText.actionCreateAnyway, help: AppText.actionCreateAnywayHelp),
            ScreenAction(id: "open", functionKey: 4, controlKey: "o", otherKeys: [.enter], label: AppText.actionOpen, help: AppText.actionOpenFileHelp),
            StandardActions.back,
        ]
    }

    mutating func perform(_ id: String, context: AppContext) -> Effect {
        switch id {
        case "create":
            guard let actor = context.actor else { return .none }
            do throws(GuichetError) {
                let created = try context.store.createBeneficiary(
                    as: actor, candidate, enrolledOn: context.today, confirmedDuplicates: duplicates.map(\.fileNumber))
                return .sequence([.pop, BeneficiaryFormScreen.showCreated(created, context)])
            } catch {
                return .error(error, context)
            }
        case "open":
            guard duplicates.indices.contains(list.selected) else { return .none }
            let opened = BeneficiaryCardScreen.open(id: duplicates[list.selected].id, context: context)
            guard case .push = opened else { return opened }
            return .sequence([.pop, .pop, opened])
        default:
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
        TextLine(context.text(AppText.duplicatesHint), role: .muted).render(into: &buffer, area: inner.row(2))
        let listArea = Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: inner.height - 4)
        let today = context.today
        BeneficiaryRow.list(duplicates.map { BeneficiaryRow.item($0, context, today: today) }, state: list, context: context)
            .render(into: &buffer, area: listArea, glyphs: context.glyphs)
        return nil
    }
}
