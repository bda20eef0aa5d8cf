import GuichetCore
import GuichetStore
import GuichetTerminal

/// The result of a session, for the person to read on the turned screen: one
/// idea a page, big figures, short words — what the lines cost, the share of
/// the resources against the reference (a gauge), each line before and after
/// the plan (bars), the saving, and what changing before the end of a
/// commitment costs. → and ← turn the pages; F8 prints the summary.
struct BudgetResultScreen: Screen {
    enum Action: Hashable, Sendable { case next, previous, print, back }

    enum Page: Hashable, Sendable { case total, share, beforeAfter, saving, changing }

    let person: BudgetPerson
    let record: BudgetSessionRecord
    private(set) var page = 0

    init(person: BudgetPerson, record: BudgetSessionRecord) {
        self.person = person
        self.record = record
    }

    var title: Phrase { AppText.budgetResultTitle }

    /// The pages of this session: « changing » only when a line switched has a
    /// commitment running or an unpaid bill to settle.
    var pages: [Page] {
        let day = record.day
        let changing = record.session.lines.contains { planned in
            (planned.choice != nil && (planned.line.commitment.map { day <= $0.end } ?? false)) || planned.line.unpaid > .zero
        }
        return [.total, .share, .beforeAfter, .saving] + (changing ? [.changing] : [])
    }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            ScreenAction(.next, keys: [.right, .pageDown], label: AppText.actionNextPage, help: AppText.actionNextPageHelp,
                         hint: AppText.hintNextPage)
                .greyed(AppText.budgetLastPage, when: page >= pages.count - 1),
            ScreenAction(.previous, keys: [.left, .pageUp], label: AppText.actionPreviousPage, help: AppText.actionPreviousPageHelp,
                         hint: AppText.hintPreviousPage)
                .greyed(AppText.budgetFirstPage, when: page == 0),
            ScreenAction(.print, function: 8, control: "e", label: AppText.actionPrint, help: AppText.actionPrintHelp,
                         hint: AppText.hintPrint),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .next: page = min(pages.count - 1, page + 1)
        case .previous: page = max(0, page - 1)
        case .print: return BudgetPrinting.print(person: person, record: record)
        case .back: return .pop
        }
        return .none
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        let language = context.language
        let position = "\(page + 1)/\(pages.count)"
        TextLine(position, role: .muted, alignment: .right).render(into: &buffer, area: inner.row(0))
        TextLine(context.text(AppText.budgetResultFor, person.firstName + " " + NameDisplay.capitals(person.lastName),
                              record.day.formatted(language)), role: .muted)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y, width: inner.width - position.count - 1, height: 1))
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 4))
        switch pages[min(page, pages.count - 1)] {
        case .total: renderTotal(into: &buffer, body, context)
        case .share: renderShare(into: &buffer, body, context)
        case .beforeAfter: renderBeforeAfter(into: &buffer, body, context)
        case .saving: renderSaving(into: &buffer, body, context)
        case .changing: renderChanging(into: &buffer, body, context)
        }
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: inner.height - 1, context)
        return nil
    }

    private func renderTotal(into buffer: inout Buffer, _ area: Rect, _ context: AppContext) {
        let figures = record.figures
        TextLine(context.text(AppText.budgetPageTotal), role: .header).render(into: &buffer, area: area.row(0))
        BigFigure.money(figures.before, per: AppText.perMonth, context)
            .render(into: &buffer, at: Position(x: area.x + 2, y: area.y + 2), maxX: area.maxX, glyphs: context.glyphs)
        let lines = record.session.lines
        TextLine(context.text(lines.count == 1 ? AppText.budgetForOneLine : AppText.budgetForLines, lines.count))
            .render(into: &buffer, area: area.row(6))
        for (index, planned) in lines.prefix(7).enumerated() {
            let row = area.row(7 + index)
            // A cell: the whole line is on the coach's screens.
            TextLine("  " + planned.line.title(context.language), countsCut: false)
                .render(into: &buffer, area: Rect(x: row.x, y: row.y, width: min(56, row.width - 14), height: 1))
            TextLine(planned.line.monthlyCost.formatted(context.language), alignment: .right)
                .render(into: &buffer, area: Rect(x: row.x + min(56, row.width - 14) + 1, y: row.y, width: 12, height: 1))
        }
        if lines.count > 7 {
            TextLine(context.text(AppText.budgetMoreLines, lines.count - 7), role: .muted).render(into: &buffer, area: area.row(14))
        }
    }

    private func renderShare(into buffer: inout Buffer, _ area: Rect, _ context: AppContext) {
        let figures = record.figures
        let language = context.language
        TextLine(context.text(AppText.budgetPageShare), role: .header).render(into: &buffer, area: area.row(0))
        TextLine(context.text(AppText.budgetOfResources, figures.resources.formatted(language)), role: .muted)
            .render(into: &buffer, area: area.row(1))
        guard let before = figures.shareBefore else {
            BudgetDraw.paragraph(context.text(AppText.budgetShareNotComputable), role: .warning, into: &buffer, area: area, row: 3, rows: 3)
            return
        }
        let reference = figures.reference
        let after = figures.shareAfter ?? before
        // The scale shows the reference whole and leaves room past the larger share: 20 % at least, by steps of 5 %.
        let top = max(200, ((max(before, after) + 49) / 50) * 50)
        let caption = context.text(AppText.budgetReferenceCaption, ResourceShare.referenceText(reference, language))
        BigFigure.share(before, context).render(into: &buffer, at: Position(x: area.x + 2, y: area.y + 3), maxX: area.maxX,
                                                glyphs: context.glyphs)
        Gauge(value: before, maximum: top, reference: reference, text: ResourceShare.text(before, language), caption: caption,
              role: before > reference ? .warning : .chart)
            .render(into: &buffer, area: Rect(x: area.x, y: area.y + 7, width: area.width, height: 2), glyphs: context.glyphs)
        if let times = ResourceShare.timesReference(before, reference: reference) {
            let text = times > 10 ? context.text(AppText.budgetTimesReference, ResourceShare.number(times, language))
                : context.text(AppText.budgetWithinReference)
            TextLine(text, role: times > 10 ? .warning : .success).render(into: &buffer, area: area.row(10))
        }
        guard figures.after != figures.before else { return }
        TextLine(context.text(AppText.budgetWithThePlan, ResourceShare.text(after, language)), role: .header)
            .render(into: &buffer, area: area.row(12))
        Gauge(value: after, maximum: top, reference: reference, text: ResourceShare.text(after, language), caption: caption,
              role: after > reference ? .warning : .success)
            .render(into: &buffer, area: Rect(x: area.x, y: area.y + 13, width: area.width, height: 2), glyphs: context.glyphs)
    }

    private func renderBeforeAfter(into buffer: inout Buffer, _ area: Rect, _ context: AppContext) {
        let language = context.language
        TextLine(context.text(AppText.budgetPageBeforeAfter), role: .header).render(into: &buffer, area: area.row(0))
        let figures = record.figures
        let shown = record.session.lines.prefix(Self.pairsShown)
        var pairs = shown.map { ($0.line.title(language), $0.line.monthlyCost, $0.costAfter, false) }
        pairs.append((context.text(AppText.budgetTotal), figures.before, figures.after, true))
        // Every bar on the same scale and the same width: the amounts padded to the widest.
        let amounts = pairs.flatMap { [$0.1.formatted(language), $0.2.formatted(language)] }
        let amountWidth = amounts.map(TextWidth.of).max() ?? 0
        let maximum = Int(max(figures.before, figures.after).cents)
        var row = 2
        for (name, before, after, isTotal) in pairs where row + 2 < area.height {
            // A cell: the whole line is on the coach's screens.
            TextLine(name, role: isTotal ? .header : .normal, countsCut: false).render(into: &buffer, area: area.row(row))
            let bars = [
                BarChart.Bar(label: context.text(AppText.budgetBefore), value: Int(before.cents),
                             text: TextWidth.padded(before.formatted(language), to: amountWidth, alignment: .right), role: .chart),
                BarChart.Bar(label: context.text(AppText.budgetAfter), value: Int(after.cents),
                             text: TextWidth.padded(after.formatted(language), to: amountWidth, alignment: .right), role: .success),
            ]
            BarChart(bars: bars, maximum: maximum, labelRole: .muted)
                .render(into: &buffer, area: Rect(x: area.x + 2, y: area.y + row + 1, width: area.width - 2, height: 2), glyphs: context.glyphs)
            row += 3
        }
        if record.session.lines.count > Self.pairsShown {
            TextLine(context.text(AppText.budgetMoreLines, record.session.lines.count - Self.pairsShown), role: .muted)
                .render(into: &buffer, area: area.row(area.height - 1))
        }
    }

    /// Lines drawn before and after on one page (the total under them).
    static let pairsShown = 4

    private func renderSaving(into buffer: inout Buffer, _ area: Rect, _ context: AppContext) {
        let figures = record.figures
        TextLine(context.text(AppText.budgetPageSaving), role: .header).render(into: &buffer, area: area.row(0))
        guard figures.monthlySaving > .zero else {
            let text = record.session.lines.contains { $0.choice != nil } ? AppText.budgetNoSaving : AppText.budgetNoOfferChosen
            BudgetDraw.paragraph(context.text(text), into: &buffer, area: area, row: 2, rows: 3)
            return
        }
        BigFigure.money(figures.monthlySaving, per: AppText.perMonth, context)
            .render(into: &buffer, at: Position(x: area.x + 2, y: area.y + 2), maxX: area.maxX, glyphs: context.glyphs)
        BigFigure.money(figures.yearlySaving, per: AppText.perYear, context)
            .render(into: &buffer, at: Position(x: area.x + 2, y: area.y + 7), maxX: area.maxX, glyphs: context.glyphs)
        TextLine(context.text(AppText.budgetSavingFrom, figures.before.formatted(context.language),
                              figures.after.formatted(context.language)), role: .muted)
            .render(into: &buffer, area: area.row(11))
    }

    private func renderChanging(into buffer: inout Buffer, _ area: Rect, _ context: AppContext) {
        let language = context.language
        TextLine(context.text(AppText.budgetPageChanging), role: .header).render(into: &buffer, area: area.row(0))
        var row = 2
        for planned in record.session.lines where row < area.height - 1 {
            let committed = planned.choice != nil && (planned.line.commitment.map { record.day <= $0.end } ?? false)
            guard committed || planned.line.unpaid > .zero else { continue }
            TextLine(planned.line.title(language), role: .header).render(into: &buffer, area: area.row(row))
            row += 1
            if committed {
                row += BudgetDraw.paragraph(ExitText.text(planned, day: record.day, context), into: &buffer, area: area, row: row)
            }
            if planned.line.unpaid > .zero {
                row += BudgetDraw.paragraph(context.text(AppText.budgetUnpaid, planned.line.unpaid.formatted(language)), role: .warning,
                                            into: &buffer, area: area, row: row)
            }
            row += 1
        }
        BudgetDraw.paragraph(context.text(AppText.budgetDoNotCancel), role: .muted, into: &buffer, area: area, row: max(row, area.height - 2))
    }
}
