import GuichetCore
import GuichetTerminal

/// The fields of a budget form made from the core's draft, so that every check is
/// the core's own: a field is checked alone as it is left, every field and the
/// rules across fields on save, each error marked at its field.
enum BudgetFormFields<Draft: BudgetDraft> {
    /// A text field holding `draft[field]`, checked alone when left.
    static func text(_ draft: Draft, _ field: Draft.Field, maxLength: Int, today: CalendarDay) -> FormField {
        FormField(id: field.key, label: field.label, text: draft[field], maxLength: maxLength) { value in
            var single = Draft()
            single[field] = value
            return single.error(in: field, today: today).map { GuichetError.invalid($0) }
        }
    }

    /// A choice field holding `draft[field]` among `options`.
    static func choice(_ draft: Draft, _ field: Draft.Field, _ options: [ChoiceOption]) -> FormField {
        FormField(id: field.key, label: field.label, options: options, selectedCode: draft[field])
    }

    /// The options of a fixed list, by code and label.
    static func options<Code: RawRepresentable>(_ codes: [Code], label: (Code) -> Phrase) -> [ChoiceOption] where Code.RawValue == String {
        codes.map { ChoiceOption(code: $0.rawValue, label: label($0)) }
    }

    /// The draft the form holds for `fields` (the others keep their defaults).
    static func draft(from form: FormState, _ fields: [Draft.Field]) -> Draft {
        var draft = Draft()
        for field in fields where form.fields.contains(where: { $0.id == field.key }) {
            draft[field] = form.value(field.key)
        }
        return draft
    }

    /// The checked value of the form, or the notice of its errors, every field in error marked.
    static func validated(_ form: inout FormState, _ fields: [Draft.Field], today: CalendarDay,
                          _ context: AppContext) -> Checked<Draft.Value> {
        do throws(BudgetFieldErrors<Draft.Field>) {
            return .valid(try draft(from: form, fields).validated(today: today))
        } catch {
            for fieldError in error.fieldErrors.reversed() { form.flag(fieldError.field.key, .invalid(fieldError.message)) }
            return .refused(FieldErrorsNotice.notice(error.fieldErrors.map(\.message), context))
        }
    }
}

extension BudgetFormFields {
    /// F2 on a form of the session or the plan: its value handed back to the screen
    /// below (`Effect.deliver`), or its errors marked and the first one said.
    static func deliver(_ form: inout FormState, _ fields: [Draft.Field], today: CalendarDay, _ context: AppContext,
                        as picked: (Draft.Value) -> BudgetPicked) -> Effect {
        switch validated(&form, fields, today: today, context) {
        case .valid(let value): return .sequence([.pop, .deliver(.budget(picked(value)))])
        case .refused(let notice): return .notice(notice)
        }
    }
}

/// The rows of a budget list and the highlighted one; the list takes the
/// screen's height less the `reserved` rows around it.
struct BudgetList<Row> {
    private(set) var rows: [Row] = []
    private(set) var state = ListState()
    let reserved: Int

    init(reserved: Int) {
        self.reserved = reserved
    }

    var selected: Row? { rows.indices.contains(state.selected) ? rows[state.selected] : nil }
    var selectedIndex: Int { state.selected }

    func pageSize(_ context: AppContext) -> Int {
        max(1, ScreenChrome.contentArea(of: context.screenSize).height - reserved)
    }

    /// The arrows, page and jump keys move the highlight.
    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = state.handle(key, itemCount: rows.count, pageSize: pageSize(context))
        return .none
    }

    /// Highlights the row `index`.
    mutating func select(_ index: Int, context: AppContext) {
        state.selected = index
        state.clamp(itemCount: rows.count, pageSize: pageSize(context))
    }

    /// New rows read from the store, the highlight kept within them.
    mutating func show(_ rows: [Row], context: AppContext) {
        self.rows = rows
        state.clamp(itemCount: rows.count, pageSize: pageSize(context))
    }
}

/// A form's value once checked, or the notice saying why it is refused.
enum Checked<Value> {
    case valid(Value)
    case refused(Notice)
}

/// The message line after a save refused: the first error, and how many other fields are marked.
enum FieldErrorsNotice {
    static func notice(_ messages: [Phrase], _ context: AppContext) -> Notice {
        guard let first = messages.first else { return Notice("", kind: .error) }
        let others = messages.count - 1
        let text = others == 0 ? context.text(first)
            : context.text(others == 1 ? AppText.oneOtherFieldError : AppText.otherFieldErrors, context.text(first), others)
        return Notice(text, kind: .error)
    }
}
