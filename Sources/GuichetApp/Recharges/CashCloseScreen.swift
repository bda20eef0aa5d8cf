import GuichetCore
import GuichetStore
import GuichetTerminal

/// The daily closing: the cash counted by denomination (500 € … 0,01 €) or as a
/// total, against the expected cash of the Z report; a discrepancy needs a note.
/// F2 asks to confirm: a closed day is final.
struct CashCloseScreen: FormScreen {
    let day: CalendarDay
    let report: CashReport
    var form: FormState

    static let totalID = "total"
    static let noteID = "note"

    init(day: CalendarDay, report: CashReport) {
        self.day = day
        self.report = report
        form = FormState(fields: Denomination.all.enumerated().map { index, value in
            FormField(id: "d\(index)", label: Phrase(fr: Denomination.label(value, .french), en: Denomination.label(value, .english)),
                      maxLength: 5) { text in
                FieldChecks.from { (input: String) throws(GuichetError) in try Denomination.count(input, of: value) }(text)
            }
        } + [
            FormField(id: Self.totalID, label: AppText.closeTotalField, maxLength: 12) { text in
                text.trimmingWhitespace().isEmpty || Money.parse(text).map({ $0.cents >= 0 }) == true
                    ? nil : .invalid(RechargeText.countedExpected)
            },
            FormField(id: Self.noteID, label: AppText.closeNoteField, maxLength: CashClosing.noteMaximumLength),
        ])
    }

    var title: Phrase { AppText.closeCashBoxTitle }

    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions(save: .save(.save, label: AppText.actionCloseCashBox, help: AppText.actionCloseConfirmCashHelp,
                                 hint: AppText.hintCloseCashBox))
    }

    private var count: Result<CashCount, GuichetError> {
        let counts = Denomination.all.indices.map { form.value("d\($0)") }
        do throws(GuichetError) {
            return .success(try CashCount.read(counts: counts, total: form.value(Self.totalID)))
        } catch {
            return .failure(error)
        }
    }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        let counted: CashCount
        switch count {
        case .success(let value): counted = value
        case .failure(let error):
            form.flag(Self.totalID, error)
            return .error(error, context)
        }
        let note: String
        do throws(GuichetError) {
            note = try CashClosing.note(form.value(Self.noteID), counted: counted.total, expected: report.expectedCash)
        } catch {
            form.flag(Self.noteID, error)
            return .error(error, context)
        }
        let language = context.language
        let dayText = day.formatted(language)
        let arguments = [dayText, counted.total.formatted(language), report.expectedCash.formatted(language),
                         (counted.total - report.expectedCash).formatted(language)]
        return .push(ConfirmScreen(title: AppText.closeCashBoxTitle, question: AppText.closeCashBoxQuestion, arguments: arguments) { _ in
            .asUser { store, actor, context throws(GuichetError) in
                let result = try store.closeCashBox(as: actor, count: counted, note: note)
                let done = context.text(AppText.cashBoxClosed, dayText, result.counted.formatted(context.language),
                                        result.gap.formatted(context.language))
                // The closing is final: then a backup of the day (a failed one leaves the closing as it is).
                return .sequence([.pop, AutomaticBackup.afterClosing(done)])
            }
        })
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let language = context.language
        TextLine(context.text(AppText.closeHeading, day.formatted(language), report.expectedCash.formatted(language)), role: .header)
            .render(into: &buffer, area: inner.row(0))
        TextLine(KeyHints.line(actions(context), language), role: .muted).render(into: &buffer, area: inner.row(1))
        TextLine(context.text(AppText.closeCountIntro)).render(into: &buffer, area: inner.row(3))
        var cursor: Position?
        // The denominations in three columns of five, the total and the note below.
        for index in Denomination.all.indices {
            let column = index / 5
            let origin = Position(x: inner.x + column * 26, y: inner.y + 4 + index % 5)
            if let position = field(index, at: origin, labelWidth: 8, fieldWidth: 7, into: &buffer, context) { cursor = position }
        }
        for (offset, id) in [Self.totalID, Self.noteID].enumerated() {
            guard let index = form.fields.firstIndex(where: { $0.id == id }) else { continue }
            let origin = Position(x: inner.x, y: inner.y + 10 + offset)
            if let position = field(index, at: origin, labelWidth: 16, fieldWidth: id == Self.noteID ? 58 : 12, into: &buffer, context) {
                cursor = position
            }
        }
        var status: (String, StyleRole)
        let typed = form.fields.contains { $0.id != Self.noteID && !$0.value.trimmingWhitespace().isEmpty }
        switch count {
        case .failure where !typed:
            status = (context.text(AppText.closeNothingCounted), .muted)
        case .success(let counted):
            let gap = counted.total - report.expectedCash
            status = (context.text(AppText.closeStatus, counted.total.formatted(language), report.expectedCash.formatted(language),
                                   gap.formatted(language)), gap == .zero ? .success : .warning)
            if gap != .zero { status.0 += " " + context.text(AppText.closeGapNeedsNote) }
        case .failure(let error):
            status = ("! " + error.message(language), .error)
        }
        for (row, line) in TextWrap.wrap(status.0, width: inner.width).prefix(2).enumerated() {
            TextLine(line, role: status.1).render(into: &buffer, area: inner.row(13 + row))
        }
        for (row, line) in TextWrap.wrap(context.text(AppText.closeFinal), width: inner.width).prefix(2).enumerated() {
            TextLine(line, role: .muted).render(into: &buffer, area: inner.row(16 + row))
        }
        return cursor
    }

    /// One labelled field of the grid; the cursor when it has the focus.
    private func field(_ index: Int, at origin: Position, labelWidth: Int, fieldWidth: Int, into buffer: inout Buffer,
                       _ context: AppContext) -> Position? {
        let field = form.fields[index]
        let focused = index == form.focus
        let mark = field.error == nil ? "" : "!"
        TextLine(mark + context.text(field.label), role: field.error == nil ? (focused ? .highlight : .normal) : .error)
            .render(into: &buffer, area: Rect(x: origin.x, y: origin.y, width: labelWidth, height: 1))
        guard case .text(let state) = field.kind else { return nil }
        let position = TextFieldView(state: state, focused: focused)
            .render(into: &buffer, area: Rect(x: origin.x + labelWidth, y: origin.y, width: fieldWidth, height: 1), glyphs: context.glyphs)
        return focused ? position : nil
    }
}
