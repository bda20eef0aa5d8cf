/// One field's error in a budget form (a line, the resources, an offer, a
/// step): the field to mark and what is expected there.
public struct BudgetFieldError<Field: Hashable & Sendable>: Sendable, Hashable {
    public let field: Field
    public let message: Phrase

    public init(field: Field, message: Phrase) {
        self.field = field
        self.message = message
    }
}

/// Every field error of a budget draft at once, in form order, so that the
/// form can mark each field and the message line says the first.
public struct BudgetFieldErrors<Field: Hashable & Sendable>: Error, Sendable, Equatable {
    public let fieldErrors: [BudgetFieldError<Field>]

    public init(_ fieldErrors: [BudgetFieldError<Field>]) { self.fieldErrors = fieldErrors }

    public func message(for field: Field) -> Phrase? {
        fieldErrors.first(where: { $0.field == field })?.message
    }

    public var fields: [Field] { fieldErrors.map(\.field) }
}

/// Runs the checks of a draft's fields and keeps their errors, so that every
/// error is reported at once; `only` restricts it to one field (the check made
/// when a field is left).
public struct BudgetChecks<Field: Hashable & Sendable> {
    var errors: [BudgetFieldError<Field>] = []
    let only: Field?

    init(only: Field? = nil) { self.only = only }

    func wanted(_ field: Field) -> Bool { only == nil || only == field }

    /// The value `body` gives for `field`, or nil with its error kept (or when the field is not wanted).
    mutating func run<T>(_ field: Field, _ body: () throws(GuichetError) -> T) -> T? {
        guard wanted(field) else { return nil }
        do { return try body() } catch {
            add(field, error.phrase)
            return nil
        }
    }

    mutating func add(_ field: Field, _ message: Phrase) {
        guard wanted(field) else { return }
        errors.append(BudgetFieldError(field: field, message: message))
    }

    /// Throws every error kept; `value` when there is none.
    func result<T>(_ value: T?) throws(BudgetFieldErrors<Field>) -> T {
        guard errors.isEmpty, let value else { throw BudgetFieldErrors(errors) }
        return value
    }
}

/// A field of a budget form: a stable key (the form's field id) and its label.
public protocol BudgetFieldName: Hashable, Sendable {
    var key: String { get }
    var label: Phrase { get }
}

/// A budget form as typed (every field a string), checked by the core: one
/// field as it is left, or every field and the rules across fields on save.
public protocol BudgetDraft {
    associatedtype Field: BudgetFieldName
    associatedtype Value
    init()
    /// Where the text typed in `field` is kept.
    static func text(of field: Field) -> WritableKeyPath<Self, String>
    /// Checks the fields `checks` wants, keeping their errors; the value when every field was checked and is right.
    func check(_ checks: inout BudgetChecks<Field>, today: CalendarDay) -> Value?
}

extension BudgetDraft {
    /// The text typed in `field`.
    public subscript(field: Field) -> String {
        get { self[keyPath: Self.text(of: field)] }
        set { self[keyPath: Self.text(of: field)] = newValue }
    }

    /// The error of `field` alone, as it is left; nil when it is fine.
    public func error(in field: Field, today: CalendarDay) -> Phrase? {
        var checks = BudgetChecks<Field>(only: field)
        _ = check(&checks, today: today)
        return checks.errors.first?.message
    }

    /// Every field checked, and the rules across fields; all errors together, in form order.
    public func validated(today: CalendarDay) throws(BudgetFieldErrors<Field>) -> Value {
        var checks = BudgetChecks<Field>()
        let value = check(&checks, today: today)
        return try checks.result(value)
    }
}

/// Amounts typed in the budget forms: euros and cents, never negative, and at
/// most 10,000 € a month (more is a typing slip, not a telecom bill).
public enum BudgetAmount {
    public static let maximum = Money(cents: 1_000_000)

    /// The amount typed for `field`; nil when empty and not `required`.
    /// `example` is shown in the message (`29,99`).
    public static func parse(_ input: String, field: Phrase, example: String, required: Bool) throws(GuichetError) -> Money? {
        let text = input.trimmingWhitespace()
        if text.isEmpty {
            guard required else { return nil }
            throw .invalid(BudgetText.amountExpected.filled(field, example))
        }
        guard let amount = Money.parse(text) else { throw .invalid(BudgetText.amountExpected.filled(field, example)) }
        guard amount >= .zero else { throw .invalid(BudgetText.amountNegative.filled(field, example)) }
        guard amount <= maximum else {
            throw .invalid(Phrase(fr: BudgetText.amountAbsurd.text(.french, field, amount.formatted(.french), maximum.formatted(.french)),
                                  en: BudgetText.amountAbsurd.text(.english, field, amount.formatted(.english), maximum.formatted(.english))))
        }
        return amount
    }

    /// `29,99`: the amount as a form shows it for editing.
    public static func typed(_ money: Money) -> String {
        "\(money.cents / 100)," + (money.cents % 100 < 10 ? "0" : "") + "\(money.cents % 100)"
    }
}

/// Days typed in the budget forms (`27/11/2026`, `27112026`, `27/11/26`).
public enum BudgetDay {
    static let lastDayOfTheCentury = CalendarDay(year: 2099, month: 12, day: 31)!

    /// The day typed for `field`, between `earliest` and `latest`; nil when empty and not `required`.
    public static func parse(_ input: String, field: Phrase, today: CalendarDay, required: Bool,
                             earliest: CalendarDay? = nil, latest: CalendarDay? = nil) throws(GuichetError) -> CalendarDay? {
        let text = input.trimmingWhitespace()
        let example = (latest.map { min($0, today) } ?? today).formatted(.french)
        if text.isEmpty {
            guard required else { return nil }
            throw .invalid(BudgetText.dayExpected.filled(field, example))
        }
        // Budget days are this century's, past or future (a commitment's end, a step's
        // due date): a two-digit year is always 20YY, whatever today is.
        switch DayInput.read(text, today: Self.lastDayOfTheCentury) {
        case .failure(.noSuchDay(let day, let month, let year)):
            throw .invalid(DayInput.noSuchDay(field, day: day, month: month, year: year))
        case .failure(.malformed):
            throw .invalid(BudgetText.dayExpected.filled(field, example))
        case .success(let day):
            if let earliest, day < earliest {
                throw .invalid(BudgetText.dayTooEarly.filled(field, day.formatted(.french), earliest.formatted(.french)))
            }
            if let latest, day > latest {
                throw .invalid(BudgetText.dayTooLate.filled(field, day.formatted(.french), latest.formatted(.french)))
            }
            return day
        }
    }
}
