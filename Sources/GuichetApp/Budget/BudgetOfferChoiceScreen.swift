import GuichetCore
import GuichetStore
import GuichetTerminal

/// The offers the person may have that cover a line, cheapest first, each with
/// what it saves a month; the first row keeps the line as it is. Below the
/// list: what the highlighted offer includes, and what leaving the line's
/// commitment costs and when the saving pays it back.
struct BudgetOfferChoiceScreen: Screen {
    enum Action: Hashable, Sendable { case choose, back }

    private let index: Int
    private let planned: PlannedLine
    private let proposals: [OfferProposal]
    private let benefits: Set<Benefit>
    /// The session's day: the day of leaving the old contract.
    private let day: CalendarDay
    private var list = ListState()

    init(index: Int, planned: PlannedLine, offers: [BudgetOffer], benefits: Set<Benefit>, day: CalendarDay) {
        self.index = index
        self.planned = planned
        self.benefits = benefits
        self.day = day
        proposals = OfferMatching.proposals(for: planned.line, benefits: benefits, offers: offers, on: day)
        if let chosen = planned.choice?.offerID, let position = proposals.firstIndex(where: { $0.offer.id == chosen }) {
            list.selected = position + 1
        }
    }

    var title: Phrase { AppText.budgetOfferChoiceTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            ScreenAction(.choose, function: 4, control: "o", keys: [.enter], label: AppText.actionChoose,
                         help: AppText.actionChooseOfferHelp, hint: AppText.hintChooseRow),
            .back(.back),
        ]
    }

    /// The offer highlighted; nil on the first row (keep the line).
    private var highlighted: OfferProposal? {
        list.selected >= 1 && list.selected <= proposals.count ? proposals[list.selected - 1] : nil
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .choose:
            return .sequence([.pop, .deliver(.budget(.offer(index: index, highlighted.map { ChosenOffer($0.offer) })))])
        case .back:
            return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = list.handle(key, itemCount: proposals.count + 1, pageSize: Self.listRows)
        return .none
    }

    private static let listRows = 8

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let line = planned.line
        TextLine(context.text(AppText.budgetOfferForLine, line.title(context.language), line.monthlyCost.formatted(context.language)),
                 role: .header).render(into: &buffer, area: inner.row(0))
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 1, context)
        let intro = benefits.isEmpty ? context.text(AppText.budgetOffersForAnyone)
            : context.text(AppText.budgetOffersForBenefits, Benefit.listed(benefits, context.language))
        TextLine(intro, role: .muted).render(into: &buffer, area: inner.row(2))
        let money = { (amount: Money) in amount.formatted(context.language) }
        var items = [ListItem(columns: [context.text(AppText.budgetKeepLine), line.operatorName, money(line.monthlyCost), ""])]
        items += proposals.map { proposal in
            let saving = proposal.monthlySaving
            let savingText = saving.cents >= 0 ? context.text(AppText.budgetSavingPerMonth, money(saving))
                : context.text(AppText.budgetExtraPerMonth, money(Money(cents: -saving.cents)))
            let name = proposal.offer.name + (proposal.offer.isExample ? " " + context.text(AppText.budgetExampleMark) : "")
            return ListItem(columns: [BudgetDraw.cell(name, 32), BudgetDraw.cell(proposal.offer.operatorName, 17), money(proposal.offer.monthlyPrice),
                                      savingText],
                            role: saving.cents < 0 ? .muted : .normal)
        }
        let header = ListItem(columns: [AppText.columnOffer, AppText.columnOperator, AppText.columnPrice, AppText.columnSaving]
            .map { context.text($0) }, role: .header)
        ListView(items: items, state: list, header: header, columnWidths: [32, 17, 12])
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: Self.listRows + 1),
                    glyphs: context.glyphs)
        if proposals.isEmpty {
            TextLine(context.text(AppText.budgetNoOffer), role: .muted).render(into: &buffer, area: inner.row(6))
        }
        let details = Rect(x: inner.x, y: inner.y + 5 + Self.listRows, width: inner.width, height: max(0, inner.height - 5 - Self.listRows))
        var row = 0
        if let offer = highlighted?.offer {
            let commitment = offer.commitmentMonths == 0 ? context.text(AppText.budgetNoCommitment)
                : context.text(AppText.budgetCommitmentMonths, offer.commitmentMonths)
            row += BudgetDraw.paragraph(context.text(AppText.budgetOfferContent, offer.content.text(context.language), commitment,
                                                     Benefit.listed(offer.benefits, context.language)),
                                        into: &buffer, area: details, row: row)
            if offer.isExample {
                row += BudgetDraw.paragraph(context.text(AppText.budgetExampleWarning), role: .warning, into: &buffer, area: details, row: row)
            }
            let switched = PlannedLine(line: line, choice: ChosenOffer(offer))
            row += BudgetDraw.paragraph(ExitText.text(switched, day: day, context), role: .normal, into: &buffer, area: details, row: row)
        } else if let commitment = line.commitment {
            BudgetDraw.paragraph(context.text(AppText.budgetCommittedUntil, commitment.end.formatted(context.language)), role: .muted,
                                 into: &buffer, area: details, row: row)
        }
        return nil
    }
}

/// What switching a line costs and when it pays for itself, in one sentence.
enum ExitText {
    static func text(_ planned: PlannedLine, day: CalendarDay, _ context: AppContext) -> String {
        guard let commitment = planned.line.commitment, day <= commitment.end else {
            return context.text(AppText.budgetNoExitCost)
        }
        let cost = planned.exitCost(on: day)
        let leaving = context.text(AppText.budgetExitCost, day.formatted(context.language), cost.formatted(context.language),
                                   commitment.end.formatted(context.language))
        guard let payback = planned.payback(from: day) else { return leaving + " " + context.text(AppText.budgetNeverPaysBack) }
        return leaving + " " + context.text(AppText.budgetPaysBackOn, payback.formatted(context.language))
    }
}
