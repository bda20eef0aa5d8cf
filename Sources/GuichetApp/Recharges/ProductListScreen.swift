import GuichetCore
import GuichetStore
import GuichetTerminal

/// The products as a searchable list, with their stock (from the ledger).
struct ProductSearchSource: SearchSource {
    func search(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [RechargeProduct] {
        try store.searchRechargeProducts(query, limit: limit)
    }

    func id(of row: RechargeProduct) -> Int64 { row.id }

    func header(_ context: AppContext) -> ListItem {
        ListItem(columns: [AppText.columnCode, AppText.columnProduct, AppText.columnPrice, AppText.columnContents, AppText.columnStock]
            .map { context.text($0) }, role: .header)
    }

    var columnWidths: [Int] { [16, 30, 9, 15] }

    func items(_ rows: ArraySlice<RechargeProduct>, context: AppContext) -> [ListItem] {
        rows.map { product in
            var stock = String(product.stock)
            if !product.isActive { stock += " " + context.text(AppText.productRetiredFlag) } else if product.isLow { stock = "! " + stock }
            return ListItem(columns: [product.code, product.label, product.price.formatted(context.language),
                                      product.contents(context.language), stock],
                            role: !product.isActive ? .muted : (product.isLow ? .warning : .normal))
        }
    }

    var queryHint: Phrase { AppText.productSearchHint }
    var emptyQueryStatus: Phrase { AppText.productsAll }
    var queryMaximumLength: Int { 40 }
}

/// Products and stock: supervisors create and edit products, record receptions and
/// other stock movements; everyone sees the stock.
struct ProductListScreen: SearchListScreen {
    enum Action: Hashable, Sendable { case new, clear, edit, reception, movement, back }

    var search = SearchList(source: ProductSearchSource())

    var title: Phrase { AppText.productsTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let allowed = context.actor?.role.may(.manageStock) ?? false
        let reason = AppText.reservedTo(Permission.manageStock.minimumRole)
        let none = search.selected == nil
        return [
            ScreenAction(.new, function: 2, control: "n", label: AppText.actionNew, help: AppText.actionNewProductHelp)
                .greyed(reason, when: !allowed),
            .clearSearch(.clear),
            ScreenAction(.edit, function: 4, control: "o", keys: [.enter], label: AppText.actionEdit, help: AppText.actionEditProductHelp,
                         hint: AppText.hintEdit)
                .greyed(none ? AppText.noRowSelected : reason, when: none || !allowed),
            ScreenAction(.reception, function: 5, control: "r", label: AppText.actionReception, help: AppText.actionReceptionHelp)
                .greyed(none ? AppText.noRowSelected : reason, when: none || !allowed),
            ScreenAction(.movement, function: 6, control: "d", label: AppText.actionStockMovement,
                         help: AppText.actionStockMovementHelp)
                .greyed(none ? AppText.noRowSelected : reason, when: none || !allowed),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .new: return .push(ProductFormScreen(editing: nil))
        case .clear: return clearSearch()
        case .edit:
            guard let product = search.selected else { return .none }
            return .push(ProductFormScreen(editing: product))
        case .reception:
            guard let product = search.selected else { return .none }
            return .push(StockMovementScreen(product: product, kinds: [.reception], context: context))
        case .movement:
            guard let product = search.selected else { return .none }
            return .push(StockMovementScreen(product: product, kinds: [.loss, .stockReturn, .correction], context: context))
        case .back: return .pop
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        search.render(into: &buffer, area: area, context: context, noResult: context.text(AppText.productNoResult))
    }
}

/// A product's form (supervisors): every field checked by the core's rules as it is left.
struct ProductFormScreen: FormScreen {
    let editing: RechargeProduct?
    var form: FormState

    init(editing: RechargeProduct?) {
        self.editing = editing
        let draft = editing.map(ProductDraft.init) ?? ProductDraft()
        form = FormState(fields: [
            FormField(id: "code", label: AppText.productCodeField, text: draft.code, maxLength: 16, check: FieldChecks.from(ProductDraft.code)),
            FormField(id: "operator", label: AppText.productOperatorField, text: draft.operatorName, maxLength: 30) { text in
                FieldChecks.from { (value: String) throws(GuichetError) in
                    try ProductDraft.text(value, maximum: 30, expected: RechargeText.operatorExpected)
                }(text)
            },
            FormField(id: "label", label: AppText.productLabelField, text: draft.label, maxLength: 60) { text in
                FieldChecks.from { (value: String) throws(GuichetError) in
                    try ProductDraft.text(value, maximum: 60, expected: RechargeText.productLabelExpected)
                }(text)
            },
            FormField(id: "face", label: AppText.productFaceField, text: draft.faceValue, maxLength: 10,
                      check: FieldChecks.from(ProductDraft.faceValue)),
            FormField(id: "minutes", label: AppText.productMinutesField, text: draft.minutes, maxLength: 5,
                      check: FieldChecks.from(ProductDraft.minutes)),
            FormField(id: "data", label: AppText.productDataField, text: draft.data, maxLength: 10, check: FieldChecks.from(ProductDraft.data)),
            FormField(id: "price", label: AppText.productPriceField, text: draft.price, maxLength: 10) { text in
                FieldChecks.from { (value: String) throws(GuichetError) in try ProductDraft.price(value, faceValue: nil) }(text)
            },
            FormField(id: "low", label: AppText.productLowField, text: draft.lowStock.isEmpty ? "5" : draft.lowStock, maxLength: 4,
                      check: FieldChecks.from(ProductDraft.lowStock)),
            FormField(id: "active", label: AppText.productStateField,
                      options: [ChoiceOption(code: "on", label: AppText.productOnSale), ChoiceOption(code: "off", label: AppText.productRetired)],
                      selectedCode: draft.isActive ? "on" : "off"),
        ])
    }

    var title: Phrase { editing == nil ? AppText.newProductTitle : AppText.editProductTitle.filled(editing?.code ?? "") }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        var draft = ProductDraft()
        draft.code = form.value("code")
        draft.operatorName = form.value("operator")
        draft.label = form.value("label")
        draft.faceValue = form.value("face")
        draft.minutes = form.value("minutes")
        draft.data = form.value("data")
        draft.price = form.value("price")
        draft.lowStock = form.value("low")
        draft.isActive = form.value("active") == "on"
        let valid: ProductDraft.Valid
        do throws(GuichetError) {
            valid = try draft.validated()
        } catch {
            // The rules that span fields: a price above the face value, a card giving nothing.
            form.flag(error == .invalid(RechargeText.contentsExpected) ? "minutes" : "price", error)
            return .error(error, context)
        }
        let id = editing?.id
        return .asUser { store, actor, context throws(GuichetError) in
            let saved: RechargeProduct
            if let id { saved = try store.updateRechargeProduct(as: actor, id: id, valid) } else {
                saved = try store.createRechargeProduct(as: actor, valid)
            }
            return .popWith(Notice(context.text(id == nil ? AppText.productCreated : AppText.productUpdated, saved.code), kind: .success))
        }
    }

    mutating func commandFailed(_ error: GuichetError, context: AppContext) {
        if error == .invalid(RechargeText.productCodeTaken) { form.flag("code", error) }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: area.row(0))
        if editing?.isExample == true {
            TextLine(context.text(AppText.productExampleNote), role: .warning).render(into: &buffer, area: area.row(1))
        }
        let formArea = Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: form.fields.count)
        return FormView(form: form, fieldWidth: 40).render(into: &buffer, area: formArea, context: context)
    }
}
