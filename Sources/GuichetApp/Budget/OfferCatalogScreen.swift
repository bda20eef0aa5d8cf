import GuichetCore
import GuichetStore
import GuichetTerminal

/// The offer catalog (Administration, supervisors): the offers the sessions
/// propose, the examples seeded with the catalog marked until a supervisor has
/// checked and saved them, retired offers last. F2 adds, Enter edits, F6 retires
/// an offer or puts it back.
struct OfferCatalogScreen: Screen {
    enum Action: Hashable, Sendable { case new, edit, toggleRetired, back }

    private var list = BudgetList<BudgetOffer>(reserved: 8)

    var title: Phrase { AppText.offerCatalogTitle }

    private var selected: BudgetOffer? { list.selected }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            ScreenAction(.new, function: 2, control: "n", label: AppText.actionNew, help: AppText.actionNewOfferHelp),
            ScreenAction(.edit, function: 4, control: "o", keys: [.enter], label: AppText.actionEdit, help: AppText.actionEditOfferHelp,
                         hint: AppText.hintEdit)
                .greyed(AppText.noRowSelected, when: selected == nil),
            CatalogRetirement.action(.toggleRetired, retired: selected?.isRetired, help: AppText.actionToggleOfferHelp),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .new:
            return .push(OfferFormScreen(offer: nil, context: context))
        case .edit:
            guard let selected else { return .none }
            return .push(OfferFormScreen(offer: selected, context: context))
        case .toggleRetired:
            guard let selected, let id = selected.id else { return .none }
            let retire = !selected.isRetired
            return CatalogRetirement.confirm(
                retire: retire, name: selected.name, titles: (AppText.retireOfferTitle, AppText.restoreOfferTitle),
                questions: (AppText.retireOfferQuestion, AppText.restoreOfferQuestion)
            ) { store, actor, context throws(GuichetError) in
                _ = try store.setBudgetOfferRetired(as: actor, id: id, retired: retire)
                return Notice(context.text(retire ? AppText.offerRetired : AppText.offerRestored, selected.name), kind: .success)
            }
        case .back:
            return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        list.handle(key, context: context)
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        list.show(try store.budgetOffers(), context: context)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let language = context.language
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, context)
        let items = list.rows.map { offer -> ListItem in
            let state = offer.isRetired ? context.text(AppText.offerStateRetired)
                : (offer.isExample ? context.text(AppText.offerStateExample) : "")
            return ListItem(columns: [BudgetDraw.cell(offer.name, 22), BudgetDraw.cell(offer.operatorName, 15), offer.monthlyPrice.formatted(language),
                                      context.text(offer.service.label),
                                      Benefit.listed(offer.benefits, language), state],
                            role: offer.isRetired ? .muted : (offer.isExample ? .warning : .normal))
        }
        let header = ListItem(columns: [AppText.columnOffer, AppText.columnOperator, AppText.columnPrice, AppText.columnService,
                                        AppText.columnFor, AppText.columnState].map { context.text($0) }, role: .header)
        let rows = list.pageSize(context)
        ListView(items: items, state: list.state, header: header, columnWidths: [22, 15, 9, 11, 14])
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: rows + 1), glyphs: context.glyphs)
        guard let offer = selected else { return nil }
        let commitment = offer.commitmentMonths == 0 ? context.text(AppText.budgetNoCommitment)
            : context.text(AppText.budgetCommitmentMonths, offer.commitmentMonths)
        var validity = ""
        if offer.validFrom != nil || offer.validTo != nil {
            validity = " · " + context.text(AppText.offerValidity, offer.validFrom?.formatted(language) ?? "—",
                                             offer.validTo?.formatted(language) ?? "—")
        }
        var row = BudgetDraw.paragraph(offer.name + " : " + offer.content.text(language) + " · " + commitment + validity,
                                       into: &buffer, area: inner, row: 4 + rows)
        if offer.isExample {
            row += BudgetDraw.paragraph(context.text(AppText.offerExampleExplained), role: .warning, into: &buffer, area: inner,
                                        row: 4 + rows + row)
        }
        return nil
    }
}

/// A new or edited offer of the catalog. Saved, an example offer is marked checked.
struct OfferFormScreen: FormScreen {
    var form: FormState
    private let offerID: Int64?
    private let today: CalendarDay

    init(offer: BudgetOffer?, context: AppContext) {
        offerID = offer?.id
        today = context.today
        let draft = offer.map(OfferDraft.init) ?? OfferDraft()
        let text = { (field: OfferField, length: Int) in BudgetFormFields.text(draft, field, maxLength: length, today: context.today) }
        form = FormState(fields: [
            text(.operatorName, BudgetOffer.operatorMaximumLength), text(.name, BudgetOffer.nameMaximumLength),
            BudgetFormFields.choice(draft, .service, BudgetFormFields<OfferDraft>.options(OfferService.allCases) { $0.label }),
            text(.monthlyPrice, 14), text(.minutes, 10), text(.sms, 10), text(.data, 12), text(.benefits, 30),
            text(.commitmentMonths, 2), text(.validFrom, 10), text(.validTo, 10),
        ])
    }

    var title: Phrase { offerID == nil ? AppText.newOfferTitle : AppText.editOfferTitle }

    mutating func save(_ context: AppContext) -> Effect {
        let id = offerID
        return BudgetFormFields<OfferDraft>.save(&form, OfferField.allCases, today: today, context) {
            store, actor, context, offer throws(GuichetError) in
            let saved = try store.saveBudgetOffer(as: actor, id: id, offer)
            return Notice(context.text(AppText.offerSaved, saved.name), kind: .success)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, context)
        let formArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: form.fields.count)
        let cursor = FormView(form: form, fieldWidth: 40).render(into: &buffer, area: formArea, context: context)
        BudgetDraw.paragraph(context.text(AppText.offerFormHelp), role: .muted, into: &buffer, area: inner, row: 3 + form.fields.count,
                             rows: 3)
        return cursor
    }
}
