import GuichetCore
import GuichetStore
import GuichetTerminal

/// The ledger as a searchable list: the latest entries, or those of a receipt
/// number, an entry number or a file number.
struct LedgerSearchSource: SearchSource {
    func search(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [LedgerLine] {
        try store.searchLedger(query, limit: limit)
    }

    func id(of row: LedgerLine) -> Int64 { row.id }

    func header(_ context: AppContext) -> ListItem {
        ListItem(columns: [AppText.columnEntry, AppText.columnWhen, AppText.columnKind, AppText.columnReceipt, AppText.columnFile,
                           AppText.columnAmount].map { context.text($0) }, role: .header)
    }

    var columnWidths: [Int] { [8, 12, 12, 18, 16] }

    func items(_ rows: ArraySlice<LedgerLine>, context: AppContext) -> [ListItem] {
        rows.map { line in
            let entry = line.entry
            let day = CalendarDay(line.date, in: context.timeZone).formatted(context.language)
            let at = String(day.prefix(5)) + " " + Timestamp.clockText(line.date, in: context.timeZone)
            var kind = context.text(entry.kind.label)
            if line.reversedBy != nil { kind += " *" }
            return ListItem(columns: [String(entry.id), at, kind, entry.receipt ?? "", entry.fileNumber ?? entry.productCode ?? "",
                                      Self.figure(entry, context)],
                            role: line.reversedBy != nil || entry.kind == .reversal ? .muted : .normal)
        }
    }

    /// What the entry moved: cards for a stock movement, the counted cash for a closing,
    /// the cash for an opening or a cash movement, the amount paid otherwise.
    static func figure(_ entry: LedgerEntry, _ context: AppContext) -> String {
        switch entry.kind {
        case .reception, .loss, .stockReturn, .correction: return String(entry.quantity)
        case .open, .cashIn, .cashOut: return entry.cash.formatted(context.language)
        case .sale, .reversal, .close: return entry.amount.formatted(context.language)
        }
    }

    var queryHint: Phrase { AppText.ledgerSearchHint }
    var emptyQueryStatus: Phrase { AppText.ledgerRecent }
    var queryMaximumLength: Int { 20 }
}

/// The ledger: F7 reverses the highlighted entry (supervisors, with a reason).
struct LedgerListScreen: SearchListScreen {
    enum Action: Hashable, Sendable { case clear, reverse, back }

    var search = SearchList(source: LedgerSearchSource())

    var title: Phrase { AppText.ledgerTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        var refusal: Phrase?
        if let actor = context.actor, !actor.role.may(.correctLedger) {
            refusal = AppText.reservedTo(Permission.correctLedger.minimumRole)
        } else if let line = search.selected {
            if line.reversedBy != nil { refusal = RechargeText.alreadyReversed }
            if !line.entry.kind.isReversible { refusal = RechargeText.notReversible.filled(line.entry.kind.label) }
        } else {
            refusal = AppText.noRowSelected
        }
        return [
            .clearSearch(.clear),
            ScreenAction(.reverse, function: 7, control: "k", label: AppText.actionReverse, help: AppText.actionReverseHelp)
                .greyed(refusal ?? AppText.noRowSelected, when: refusal != nil),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .clear: return clearSearch()
        case .reverse:
            guard let line = search.selected else { return .none }
            return .push(ReversalScreen(entry: line.entry))
        case .back: return .pop
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        search.render(into: &buffer, area: area, context: context, noResult: context.text(AppText.ledgerNoResult))
    }
}

/// Reversing one entry: what it was, a reason, F2 to reverse after a confirmation.
struct ReversalScreen: FormScreen {
    let entry: LedgerEntry
    var form = FormState(fields: [
        FormField(id: "reason", label: AppText.reverseReasonField, maxLength: 120, check: FieldChecks.from(CashMovementRule.reason)),
    ])

    init(entry: LedgerEntry) {
        self.entry = entry
    }

    var title: Phrase { AppText.reverseTitle }

    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions(save: .save(.save, label: AppText.actionReverse, help: AppText.actionReverseConfirmHelp, hint: AppText.hintReverse))
    }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        let id = entry.id
        let reason = form.value("reason")
        let what = entry.receipt ?? context.text(AppText.entryNumber, entry.id)
        return .push(ConfirmScreen(title: AppText.reverseTitle, question: AppText.reverseQuestion,
                                   arguments: [what, entry.amount.formatted(context.language)]) { _ in
            .asUser { store, actor, context throws(GuichetError) in
                let done = try store.reverseLedgerEntry(as: actor, id: id, reason: reason)
                return .popWith(Notice(context.text(AppText.reversedDone, what, done.receipt.isEmpty ? "—" : done.receipt,
                                                    done.amount.formatted(context.language)), kind: .success))
            }
        })
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        let language = context.language
        TextLine(context.text(AppText.reverseHeading, entry.id, context.text(entry.kind.label), entry.day.formatted(language)),
                 role: .header).render(into: &buffer, area: inner.row(0))
        let rows: [(Phrase, String)] = [
            (AppText.columnReceipt, entry.receipt ?? "—"),
            (AppText.columnFile, entry.fileNumber ?? "—"),
            (AppText.columnProduct, entry.productCode.map { "\($0) × \(abs(entry.units != 0 ? entry.units : entry.quantity))" } ?? "—"),
            (AppText.columnAmount, entry.amount.formatted(language) + (entry.payment.map { " (" + context.text($0.label) + ")" } ?? "")),
            (AppText.columnCash, entry.cash.formatted(language)),
            (AppText.columnNote, entry.note.isEmpty ? "—" : entry.note),
        ]
        CardFields(rows: rows.map { (context.text($0.0), $0.1) }, labelWidth: 16)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: rows.count))
        for (row, line) in TextWrap.wrap(context.text(AppText.reverseIntro), width: inner.width).prefix(3).enumerated() {
            TextLine(line, role: .warning).render(into: &buffer, area: inner.row(9 + row))
        }
        TextLine(KeyHints.line(actions(context), language), role: .muted).render(into: &buffer, area: inner.row(13))
        return FormView(form: form, fieldWidth: 50)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 15, width: inner.width, height: 1), context: context)
    }
}
