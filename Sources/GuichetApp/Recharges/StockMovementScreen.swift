import GuichetCore
import GuichetStore
import GuichetTerminal

/// A reception (a donation batch: quantity, donor, date) or another stock movement
/// (loss, return, correction, with a reason) for one product (supervisors).
struct StockMovementScreen: FormScreen {
    let product: RechargeProduct
    var form: FormState

    init(product: RechargeProduct, kinds: [StockMovementKind], context: AppContext) {
        self.product = product
        let today = context.today
        var fields = [FormField(id: "kind", label: AppText.movementKindField,
                                options: kinds.map { ChoiceOption(code: $0.rawValue, label: $0.label) })]
        fields.append(FormField(id: "quantity", label: AppText.saleQuantityField, maxLength: 6) { text in
            FieldChecks.from { (value: String) throws(GuichetError) in try StockMovementRule.delta(value, kind: .correction) }(text)
        })
        let isReception = kinds == [.reception]
        fields.append(FormField(id: "note", label: isReception ? AppText.movementDonorField : AppText.movementReasonField, maxLength: 120,
                                check: FieldChecks.from(StockMovementRule.note)))
        if isReception {
            fields.append(FormField(id: "date", label: AppText.movementDateField, text: today.formatted(context.language), maxLength: 10) {
                text in
                guard let day = DayInput.parse(text, today: today), day <= today else { return .invalid(AppText.movementDateExpected) }
                return nil
            })
        }
        form = FormState(fields: fields)
    }

    var title: Phrase { AppText.movementTitle }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        guard let kind = StockMovementKind(rawValue: form.value("kind")) else { return .none }
        let delta: Int
        do throws(GuichetError) {
            delta = try StockMovementRule.delta(form.value("quantity"), kind: kind)
        } catch {
            form.flag("quantity", error)
            return .error(error, context)
        }
        let note = form.value("note")
        let received = kind == .reception ? DayInput.parse(form.value("date"), today: context.today) : nil
        let product = product
        return .asUser { store, actor, context throws(GuichetError) in
            try store.recordStockMovement(as: actor, productID: product.id, kind: kind, delta: delta, note: note, receivedOn: received)
            return .popWith(Notice(context.text(AppText.movementDone, product.code, product.stock, product.stock + delta), kind: .success))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(context.text(AppText.movementHeading, product.label, product.stock), role: .header).render(into: &buffer, area: area.row(0))
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: area.row(1))
        let formArea = Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: form.fields.count)
        return FormView(form: form, fieldWidth: 44).render(into: &buffer, area: formArea, context: context)
    }
}

/// The first opening of the cash box (no close to take the float from): a supervisor types the float.
struct CashOpenScreen: FormScreen {
    var form = FormState(fields: [
        FormField(id: "float", label: AppText.floatField, maxLength: 10, check: FieldChecks.from(CashFloat.amount)),
    ])

    var title: Phrase { AppText.openCashBoxTitle }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        let typed = Money.parse(form.value("float")) ?? .zero
        let day = context.today.formatted(context.language)
        return .asUser { store, actor, context throws(GuichetError) in
            let float = try store.openCashBox(as: actor, typedFloat: typed)
            return .popWith(Notice(context.text(AppText.cashBoxOpened, day, float.formatted(context.language)), kind: .success))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        for (row, line) in TextWrap.wrap(context.text(AppText.firstFloatIntro), width: area.width - 4).prefix(2).enumerated() {
            TextLine(line).render(into: &buffer, area: Rect(x: area.x + 2, y: area.y + row, width: area.width - 4, height: 1))
        }
        TextLine(KeyHints.line(actions(context), context.language), role: .muted)
            .render(into: &buffer, area: Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: 1))
        return FormView(form: form).render(into: &buffer, area: Rect(x: area.x + 2, y: area.y + 5, width: area.width - 4, height: 1),
                                           context: context)
    }
}

/// Cash taken out (a bank deposit…) or put in (change…) by a supervisor, with a reason.
struct CashMovementScreen: FormScreen {
    var form = FormState(fields: [
        FormField(id: "kind", label: AppText.movementKindField,
                  options: CashMovementKind.allCases.map { ChoiceOption(code: $0.rawValue, label: $0.label) }),
        FormField(id: "amount", label: AppText.cashAmountField, maxLength: 10, check: FieldChecks.from(CashMovementRule.amount)),
        FormField(id: "reason", label: AppText.movementReasonField, maxLength: 120, check: FieldChecks.from(CashMovementRule.reason)),
    ])

    var title: Phrase { AppText.cashMovementTitle }

    mutating func save(_ context: AppContext) -> Effect {
        if let error = form.validateAll() { return .error(error, context) }
        guard let kind = CashMovementKind(rawValue: form.value("kind")), let amount = Money.parse(form.value("amount")) else { return .none }
        let reason = form.value("reason")
        return .asUser { store, actor, context throws(GuichetError) in
            try store.recordCashMovement(as: actor, kind: kind, amount: amount, reason: reason)
            return .popWith(Notice(context.text(AppText.cashMovementDone, context.text(kind.label), amount.formatted(context.language)),
                                   kind: .success))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: area.row(0))
        let formArea = Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: form.fields.count)
        return FormView(form: form, fieldWidth: 44).render(into: &buffer, area: formArea, context: context)
    }
}
