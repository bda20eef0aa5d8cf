/// The optional birth date: a real day, not in the future, giving an age of 15 to 110.
public enum BirthDate {
    public static let ages = 15...110

    /// nil for an empty input (the birth date is optional); throws when typed but not acceptable.
    public static func parse(_ input: String, today: CalendarDay) throws(GuichetError) -> CalendarDay? {
        let text = input.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        switch DayInput.read(text, today: today) {
        case .success(let day):
            return try validate(day, today: today)
        case .failure(.noSuchDay(let day, let month, let year)):
            throw .invalid(DayInput.noSuchDay(BeneficiaryField.birthDate.label, day: day, month: month, year: year))
        case .failure(.malformed):
            throw .invalid(BirthDateText.dateExpected)
        }
    }

    public static func validate(_ day: CalendarDay, today: CalendarDay) throws(GuichetError) -> CalendarDay {
        guard day <= today else { throw .invalid(BirthDateText.future) }
        let years = age(of: day, on: today)
        guard ages.contains(years) else {
            throw .invalid(BirthDateText.ageExpected.filled(years, ages.lowerBound, ages.upperBound))
        }
        return day
    }

    /// Full years from `birth` to `today` (someone born on 29 February turns a year older on 1 March in common years).
    public static func age(of birth: CalendarDay, on today: CalendarDay) -> Int {
        var years = today.year - birth.year
        if (today.month, today.day) < (birth.month, birth.day) { years -= 1 }
        return years
    }
}

/// Messages of the birth date check.
public enum BirthDateText {
    public static let dateExpected = Phrase(
        fr: "Date de naissance : une date JJ/MM/AAAA attendue, par ex. 05/03/1978",
        en: "Birth date: a date DD/MM/YYYY expected, e.g. 05/03/1978")
    public static let future = Phrase(
        fr: "Date de naissance : une date passée attendue (celle-ci est dans le futur)",
        en: "Birth date: a past date expected (this one is in the future)")
    /// {1} the computed age, {2} and {3} the bounds.
    public static let ageExpected = Phrase(
        fr: "Date de naissance : un âge de {2} à {3} ans attendu (cette date donne {1} ans)",
        en: "Birth date: an age of {2} to {3} years expected (this date gives {1})")
}
