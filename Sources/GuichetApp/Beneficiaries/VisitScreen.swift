import GuichetCore
import GuichetStore
import GuichetTerminal

/// Records a visit (passage) with its reasons; without a file it is an
/// anonymous visit, information only.
struct VisitScreen: Screen {
    let beneficiary: BeneficiaryRecord?
    private var ticked: Set<VisitReason>
    private var reasons = ListState()
    private var note = TextFieldState(maxLength: 200)
    private var noteFocused = false

    init(beneficiary: BeneficiaryRecord?) {
        self.beneficiary = beneficiary
        ticked = beneficiary == nil ? [.information] : []
    }

    var title: Phrase { AppText.visitTitle }
    var isEditingText: Bool { noteFocused }

    private var isAnonymous: Bool { beneficiary == nil }

    func actions(_ context: AppContext) -> [ScreenAction] {
        [StandardActions.help, StandardActions.save(), StandardActions.back]
    }

    mutating func perform(_ id: String, context: AppContext) -> Effect {
        switch id {
        case "save": return save(context)
        default:
            let changed = !note.text.isEmpty || (!isAnonymous && !ticked.isEmpty)
            return changed ? .push(ConfirmScreen.discardChanges()) : .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        switch key {
        case .tab, .backTab:
            noteFocused.toggle()
            return .none
        case .enter:
            if noteFocused { return save(context) }
            noteFocused = true
            return .none
        default:
            break
        }
        if noteFocused {
            if key == .up { noteFocused = false; return .none }
            _ = note.handle(key)
            return .none
        }
        if reasons.handle(key, itemCount: VisitReason.allCases.count, pageSize: VisitReason.allCases.count) { return .none }
        if key == .character(" ") {
            let reason = VisitReason.allCases[reasons.selected]
            guard !isAnonymous else { return .notice(Notice(context.text(AppText.visitAnonymousOnly), kind: .warning)) }
            if ticked.contains(reason) { ticked.remove(reason) } else { ticked.insert(reason) }
        }
        return .none
    }

    private mutating func save(_ context: AppContext) -> Effect {
        guard let actor = context.actor else { return .none }
        guard !ticked.isEmpty else {
            noteFocused = false
            return .notice(Notice(context.text(AppText.visitNeedsReason), kind: .error))
        }
        do throws(GuichetError) {
            let ordered = VisitReason.allCases.filter(ticked.contains)
            try context.store.recordVisit(as: actor, beneficiaryID: beneficiary?.id, reasons: ordered, note: note.text)
            return .popWith(Notice(context.text(AppText.visitRecorded), kind: .success))
        } catch {
            return .error(error, context)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        let heading = beneficiary.map {
            context.text(AppText.visitFor, $0.beneficiary.lastName.uppercased() + " " + $0.beneficiary.firstName, $0.fileNumber.formatted)
        } ?? context.text(AppText.visitAnonymous)
        TextLine(heading, role: .header).render(into: &buffer, area: inner.row(0))
        TextLine(context.text(AppText.visitHint), role: .muted).render(into: &buffer, area: inner.row(1))
        TextLine(context.text(AppText.visitReasons)).render(into: &buffer, area: inner.row(3))
        let items = VisitReason.allCases.map { reason in
            ListItem((ticked.contains(reason) ? "[x] " : "[ ] ") + context.text(reason.label),
                     role: isAnonymous && reason != .information ? .disabled : .normal)
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
