import GuichetCore
import GuichetStore
import GuichetTerminal

/// Records a visit (passage) with its reasons; without a file it is an
/// anonymous visit, information only (`VisitRule`).
struct VisitScreen: Screen {
    enum Action: Hashable, Sendable { case save, toggleReason, switchField, next, back }

    let beneficiary: BeneficiaryRecord?
    private var ticked: Set<VisitReason>
    private var reasons = ListState()
    private var note = TextFieldState(maxLength: VisitRule.noteMaximumLength)
    private var noteFocused = false

    init(beneficiary: BeneficiaryRecord?) {
        self.beneficiary = beneficiary
        ticked = VisitRule.initialReasons(anonymous: beneficiary == nil)
    }

    var title: Phrase { AppText.visitTitle }
    var isEditingText: Bool { noteFocused }

    private var isAnonymous: Bool { beneficiary == nil }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            ScreenAction(.next, keys: [.enter], label: AppText.actionVisitNext, help: AppText.actionVisitNextHelp),
            ScreenAction(.switchField, keys: [.tab, .backTab], label: AppText.actionVisitSwitch,
                         help: AppText.actionVisitSwitchHelp, hint: AppText.hintVisitRemark),
            ScreenAction(.toggleReason, keys: [.character(" ")], label: AppText.actionTick, help: AppText.actionTickHelp,
                         hint: AppText.hintTick, yieldsToTextInput: true)
                .hidden(when: noteFocused),
            .save(.save),
            .back(.back, hint: AppText.hintGiveUp),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .save:
            return save(context)
        case .next:
            if noteFocused { return save(context) }
            noteFocused = true
            return .none
        case .switchField:
            noteFocused.toggle()
            return .none
        case .toggleReason:
            let reason = VisitReason.allCases[reasons.selected]
            guard VisitRule.allows(reason, anonymous: isAnonymous) else {
                return .notice(Notice(context.text(VisitText.anonymousOnlyInformation), kind: .warning))
            }
            if ticked.contains(reason) { ticked.remove(reason) } else { ticked.insert(reason) }
            return .none
        case .back:
            let changed = !note.text.isEmpty || ticked != VisitRule.initialReasons(anonymous: isAnonymous)
            return changed ? .push(ConfirmScreen.discardChanges()) : .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        if noteFocused {
            if key == .up { noteFocused = false; return .none }
            _ = note.handle(key)
            guard note.isFull else { return .none }
            return .notice(Notice(context.text(AppText.fieldFull, AppText.visitNote, VisitRule.noteMaximumLength), kind: .warning))
        }
        _ = reasons.handle(key, itemCount: VisitReason.allCases.count, pageSize: VisitReason.allCases.count)
        return .none
    }

    private mutating func save(_ context: AppContext) -> Effect {
        let visit: ValidVisit
        do throws(GuichetError) {
            visit = try VisitRule.validated(reasons: ticked, note: note.text, anonymous: isAnonymous)
        } catch {
            noteFocused = error == .invalid(VisitText.noteTooLong.filled(VisitRule.noteMaximumLength))
            return .error(error, context)
        }
        let fileID = beneficiary?.id
        return .asUser { store, actor, context throws(GuichetError) in
            try store.recordVisit(as: actor, beneficiaryID: fileID, reasons: visit.reasons, note: visit.note)
            return .popWith(Notice(context.text(AppText.visitRecorded), kind: .success))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        let heading = beneficiary.map {
            context.text(AppText.visitFor, $0.beneficiary.lastName.uppercased() + " " + $0.beneficiary.firstName, $0.fileNumber.formatted)
        } ?? context.text(AppText.visitAnonymous)
        TextLine(heading, role: .header).render(into: &buffer, area: inner.row(0))
        let table = actions(context)
        TextLine(KeyHints.line(table, context.language), role: .muted).render(into: &buffer, area: inner.row(1))
        let tickKey = table.keyName(of: .toggleReason, context.language)
        TextLine(context.text(AppText.visitReasons, tickKey)).render(into: &buffer, area: inner.row(3))
        let items = VisitReason.allCases.map { reason in
            ListItem((ticked.contains(reason) ? "[x] " : "[ ] ") + context.text(reason.label),
                     role: VisitRule.allows(reason, anonymous: isAnonymous) ? .normal : .disabled)
        }
        var state = reasons
        if noteFocused { state.selected = -1 }
        ListView(items: items, state: state)
            .render(into: &buffer, area: Rect(x: inner.x + 2, y: inner.y + 4, width: 40, height: items.count), glyphs: context.glyphs)
        let noteRow = inner.y + 5 + items.count
        let label = context.text(AppText.visitNote)
        TextLine(label, role: noteFocused ? .highlight : .normal)
            .render(into: &buffer, area: Rect(x: inner.x, y: noteRow, width: 12, height: 1))
        return TextFieldView(state: note, focused: noteFocused)
            .render(into: &buffer, area: Rect(x: inner.x + 12, y: noteRow, width: 50, height: 1), glyphs: context.glyphs)
    }
}
