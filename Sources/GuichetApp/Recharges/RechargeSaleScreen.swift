import GuichetCore
import GuichetStore
import GuichetTerminal

/// A sale at the counter, for one person: product, quantity, price (the solidarity
/// price by default), payment (cash by default). Before anything is sold the screen
/// shows how much of the monthly cap is left and what the sale would leave, and says
/// why a sale would be refused (enrolment, stock, cap, cash box); F2 asks to confirm.
struct RechargeSaleScreen: FormScreen {
    let beneficiaryID: Int64
    var form = FormState(fields: [])
    private var record: BeneficiaryRecord?
    private var sale: SaleContext?
    /// The card whose price the price field was last set to.
    private var followedProduct = ""

    init(beneficiaryID: Int64) {
        self.beneficiaryID = beneficiaryID
    }

    var title: Phrase { AppText.saleTitle }

    func actions(_ context: AppContext) -> [ScreenAction<FormAction>] {
        form.actions(save: .save(.save, label: AppText.actionSell, help: AppText.actionSellConfirmHelp, hint: AppText.hintSell))
    }

    mutating func load(from store: GuichetStore, context: AppContext) throws(GuichetError) {
        record = try store.beneficiary(id: beneficiaryID)
        let fresh = try store.saleContext(beneficiaryID: beneficiaryID)
        // Built once: coming back from the confirmation keeps what was typed.
        if sale == nil {
            form = FormState(fields: Self.fields(fresh.products))
            followedProduct = form.value("product")
        }
        sale = fresh
    }

    static func fields(_ products: [RechargeProduct]) -> [FormField] {
        let options = products.map { product in
            ChoiceOption(code: String(product.id), label: Phrase(
                fr: AppText.productChoice.text(.french, product.label, product.price.formatted(.french), product.stock),
                en: AppText.productChoice.text(.english, product.label, product.price.formatted(.english), product.stock)))
        }
        let first = products.first { $0.stock > 0 } ?? products.first
        return [
            FormField(id: "product", label: AppText.saleProductField, options: options, selectedCode: first.map { String($0.id) }),
            FormField(id: "quantity", label: AppText.saleQuantityField, text: "1", maxLength: 3,
                      check: FieldChecks.from(SaleRule.quantity)),
            FormField(id: "price", label: AppText.salePriceField, text: first?.price.plain ?? "", maxLength: 10) { text in
                Money.parse(text).map { $0.cents > 0 && $0 <= ProductDraft.maximumFaceValue } == true
                    ? nil : .invalid(RechargeText.priceExpected.filled(ProductDraft.maximumFaceValue.formatted(.french)))
            },
            FormField(id: "payment", label: AppText.salePaymentField,
                      options: PaymentMethod.allCases.map { ChoiceOption(code: $0.rawValue, label: $0.label) }),
            FormField(id: "reason", label: AppText.saleReasonField, maxLength: SaleRule.reasonMaximumLength),
        ]
    }

    private var product: RechargeProduct? { sale?.products.first { String($0.id) == form.value("product") } }
    private var payment: PaymentMethod { PaymentMethod(rawValue: form.value("payment")) ?? .cash }

    /// Another card chosen: its solidarity price becomes the price.
    mutating func formEdited(_ context: AppContext) {
        let chosen = form.value("product")
        defer { followedProduct = chosen }
        guard chosen != followedProduct, let product else { return }
        form.setText("price", product.price.plain)
    }

    /// The sale as typed, checked field by field, then against the enrolment, the stock,
    /// the cap and the cash box — the rules the store applies again when it sells.
    private func checked(_ context: AppContext) -> (sale: ValidSale?, counted: Money, problem: GuichetError?, field: String?) {
        guard let sale, let product else { return (nil, .zero, .refused(AppText.noProductToSell), "product") }
        let valid: ValidSale
        do throws(GuichetError) {
            valid = try SaleRule.validated(product: product, quantity: form.value("quantity"), unitPrice: form.value("price"),
                                           payment: payment, reason: form.value("reason"))
        } catch {
            let field = error == .invalid(RechargeText.quantityExpected.filled(SaleRule.maximumQuantity)) ? "quantity"
                : (payment == .free ? "reason" : "price")
            return (nil, .zero, error, field)
        }
        let counted = SaleRule.capValue(product, quantity: valid.quantity)
        do throws(GuichetError) {
            try sale.enrolment.requireActive(on: context.today)
            try SaleRule.requireStock(product, quantity: valid.quantity)
            try MonthlyCap.check(cap: sale.cap, spent: sale.spentThisMonth, adding: counted)
            try sale.cashBox.allow(.sale, today: context.today)
        } catch {
            return (valid, counted, error, "quantity")
        }
        return (valid, counted, nil, nil)
    }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        let check = checked(context)
        if let problem = check.problem {
            if let field = check.field, case .invalid = problem { form.flag(field, problem) }
            return .error(problem, context)
        }
        guard let valid = check.sale, let product, let record else { return .none }
        let id = beneficiaryID
        let productID = product.id
        let remaining = MonthlyCap.remaining(cap: sale?.cap ?? .zero, spent: (sale?.spentThisMonth ?? .zero) + check.counted)
        let question = [String(valid.quantity), product.label, valid.amount.formatted(context.language),
                        context.text(valid.payment.label), record.fileNumber.formatted, remaining.formatted(context.language)]
        return .push(ConfirmScreen(title: AppText.saleConfirmTitle, question: AppText.saleConfirmQuestion, arguments: question) { _ in
            .asUser { store, actor, context throws(GuichetError) in
                let receipt = try store.sellRecharge(as: actor, beneficiaryID: id, productID: productID, sale: valid)
                return .popWith(Notice(context.text(AppText.saleDone, receipt.receipt, receipt.amount.formatted(context.language),
                                                    context.text(valid.payment.label), receipt.remaining.formatted(context.language)),
                                       kind: .success))
            }
        })
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        guard let record else { return nil }
        let person = record.beneficiary
        TextLine(record.fileNumber.formatted + "  " + NameDisplay.listed(lastName: person.lastName, firstName: person.firstName),
                 role: .header).render(into: &buffer, area: inner.row(0))
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: inner.row(1))
        let cursor = FormView(form: form, fieldWidth: 52)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: form.fields.count),
                    context: context)
        guard let sale else { return cursor }
        TextLine(context.text(AppText.capLine, sale.cap.formatted(context.language), sale.spentThisMonth.formatted(context.language),
                              sale.remaining.formatted(context.language)), role: .header)
            .render(into: &buffer, area: inner.row(9))
        let check = checked(context)
        var lines: [String]
        var role = StyleRole.success
        if let problem = check.problem {
            lines = TextWrap.wrap("! " + problem.message(context.language), width: inner.width)
            role = .error
        } else if let valid = check.sale {
            let left = MonthlyCap.remaining(cap: sale.cap, spent: sale.spentThisMonth + check.counted)
            var text = context.text(AppText.salePreview, valid.quantity, valid.unitPrice.formatted(context.language),
                                    valid.amount.formatted(context.language), context.text(valid.payment.label),
                                    left.formatted(context.language))
            if check.counted != valid.amount { text += " " + context.text(AppText.saleCounted, check.counted.formatted(context.language)) }
            lines = TextWrap.wrap(text, width: inner.width)
        } else {
            lines = []
        }
        for (index, line) in lines.prefix(3).enumerated() {
            TextLine(line, role: role).render(into: &buffer, area: inner.row(10 + index))
        }
        if let product {
            TextLine(context.text(AppText.saleStockLine, product.code, product.stock, product.contents(context.language)), role: .muted)
                .render(into: &buffer, area: inner.row(14))
        }
        return cursor
    }
}
