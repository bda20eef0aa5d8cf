/// Validation of the values that make an account and a site.
public enum AccountRules {
    public static let minimumPasswordLength = 8

    /// A login: 2–32 of `a–z 0–9 . - _`, typed in any case, kept lower-cased.
    public static func login(_ input: String) throws(GuichetError) -> String {
        let value = input.trimmingWhitespace().lowercased()
        let allowed = value.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." || $0 == "-" || $0 == "_" }
        guard (2...32).contains(value.count), allowed else { throw .invalid(CoreText.loginExpected) }
        return value
    }

    public static func displayName(_ input: String) throws(GuichetError) -> String {
        try singleLine(input, maximum: 80, expected: CoreText.displayNameExpected)
    }

    public static func password(_ password: String, confirmation: String) throws(GuichetError) {
        guard password.count >= minimumPasswordLength else {
            throw .invalid(CoreText.passwordTooShort.filled(minimumPasswordLength))
        }
        guard password == confirmation else { throw .invalid(CoreText.passwordsDiffer) }
    }

    public static func siteCode(_ input: String) throws(GuichetError) -> SiteCode {
        guard let code = SiteCode(input) else { throw .invalid(CoreText.siteCodeExpected) }
        return code
    }

    /// By the rule of people's names, with digits and a place's signs (`SiteName`).
    public static func siteName(_ input: String) throws(GuichetError) -> String {
        try SiteName.validate(input)
    }

    /// One line of 1 to `maximum` characters, by the free-text rule: no control or
    /// format characters (escape, bidi overrides…) that could drive the terminal or hide text.
    private static func singleLine(_ input: String, maximum: Int, expected: Phrase) throws(GuichetError) -> String {
        let checked = FreeText.validate(input, maximum: maximum)
        guard let value = checked.value, !checked.tooLong, !checked.badCharacter else { throw .invalid(expected) }
        return value
    }
}
