import GuichetCore
import GuichetStore
import GuichetTerminal

/// The files due for anonymisation, the longest without contact first: Enter opens one
/// to check it, F5 anonymises it, F6 anonymises them all — each after a confirmation that
/// says it cannot be undone; the work shows its progress and goes by batches.
struct RetentionListScreen: Screen {
    enum Action: Hashable, Sendable { case open, anonymise, anonymiseAll, back }

    private var list = BudgetList<RetentionCandidate>(reserved: 6)
    private var months = RetentionRule.defaultMonths

    var title: Phrase { AppText.retentionTitle }

    static let columnWidths = [16, 28, 16]

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let empty = list.selected == nil
        return [
            ScreenAction(.open, function: 4, control: "o", keys: [.enter], label: AppText.actionOpen, help: AppText.actionCheckFileHelp,
                         hint: AppText.hintOpen)
                .greyed(AppText.noCandidateSelected, when: empty),
            ScreenAction(.anonymise, function: 5, control: "a", label: AppText.actionAnonymise, help: AppText.actionAnonymiseHelp)
                .greyed(AppText.noCandidateSelected, when: empty),
            ScreenAction(.anonymiseAll, function: 6, control: "t", label: AppText.actionAnonymiseAll, help: AppText.actionAnonymiseAllHelp)
                .greyed(AppText.noCandidateSelected, when: empty),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .open:
            guard let row = list.selected else { return .none }
            return .push(BeneficiaryCardScreen(id: row.id))
        case .anonymise:
            guard let row = list.selected else { return .none }
            return confirm(AppText.anonymiseQuestion, [row.fileNumber.formatted], ids: [row.id])
        case .anonymiseAll:
            // One file left: the question names it (« les 1 fiches » would not be French).
            if list.rows.count == 1, let row = list.rows.first {
                return confirm(AppText.anonymiseQuestion, [row.fileNumber.formatted], ids: [row.id])
            }
            return confirm(AppText.anonymiseAllQuestion, [String(list.rows.count)], ids: list.rows.map(\.id))
        case .back:
            return .pop
        }
    }

    /// The confirmation, then the anonymisation with its progress; the list is read again after.
    private func confirm(_ question: Phrase, _ arguments: [String], ids: [Int64]) -> Effect {
        .push(ConfirmScreen(title: AppText.anonymiseTitle, question: question, arguments: arguments) { _ in
            .withProgress(AppText.anonymising) { store, actor, context, progress throws(GuichetError) in
                let result = try store.anonymise(as: actor, ids: ids, progress: progress)
                let text = result.skipped == 0 ? AppText.anonymisedDone.text(context.language, result.anonymised.count)
                    : context.text(AppText.anonymisedSomeSkipped, result.anonymised.count, result.skipped)
                return .sequence([.reload, .notice(Notice(text, kind: .success))])
            }
        })
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        list.handle(key, context: context)
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        guard let actor = context.actor else { return }
        months = store.protectionSettings().retentionMonths
        list.show(try store.retentionCandidates(as: actor), context: context)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: inner.row(0))
        for (index, line) in TextWrap.wrap(context.text(AppText.retentionIntro, months), width: inner.width).prefix(2).enumerated() {
            TextLine(line, role: .muted).render(into: &buffer, area: inner.row(1 + index))
        }
        guard !list.rows.isEmpty else {
            for (index, line) in TextWrap.wrap(context.text(AppText.noCandidate, months), width: inner.width).prefix(2).enumerated() {
                TextLine(line, role: .success).render(into: &buffer, area: inner.row(4 + index))
            }
            return nil
        }
        let header = ListItem(columns: [AppText.columnFile, AppText.columnPerson, AppText.columnLastContact, AppText.columnReason]
            .map { context.text($0) }, role: .header)
        let items = list.rows.map { row in
            ListItem(columns: [row.fileNumber.formatted, NameDisplay.listed(lastName: row.lastName, firstName: row.firstName),
                               row.lastContact.formatted(context.language), context.text(row.reason.label)])
        }
        ListView(items: items, state: list.state, header: header, columnWidths: Self.columnWidths)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: max(0, inner.height - 4)),
                    glyphs: context.glyphs)
        return nil
    }
}
