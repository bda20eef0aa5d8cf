/// Short texts of the budget forms (operator, offer, remarks, a step): one
/// line, checked like the file's free texts (`FreeText`), with a maximum length.
enum BudgetFreeText {
    /// The text typed, trimmed; "" when empty.
    static func optional(_ input: String, field: Phrase, maximum: Int) throws(GuichetError) -> String {
        let checked = FreeText.validate(input, maximum: maximum)
        guard !checked.badCharacter, !checked.tooLong else {
            throw .invalid(BudgetText.textExpected.filled(field, maximum))
        }
        return checked.value ?? ""
    }

    /// The same, refused when empty with `expected`.
    static func required(_ input: String, field: Phrase, maximum: Int, expected: Phrase) throws(GuichetError) -> String {
        let value = try optional(input, field: field, maximum: maximum)
        guard !value.isEmpty else { throw .invalid(expected) }
        return value
    }
}
