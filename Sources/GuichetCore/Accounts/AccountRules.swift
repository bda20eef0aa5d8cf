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
        let value = input.trimmingWhitespace().precomposedStringWithCanonicalMapping
        guard (1...80).contains(value.count), !containsControl(value) else {
            throw .invalid(CoreText.displayNameExpected)
        }
        return value
    }

    public static func password(_ password: String, confirmation: String) throws(GuichetError) {
        guard password.count >= minimumPasswordLength else {
            throw .invalid(Phrase(
                fr: CoreText.passwordTooShort.text(.french, minimumPasswordLength),
                en: CoreText.passwordTooShort.text(.english, minimumPasswordLength)))
        }
        guard password == confirmation else { throw .invalid(CoreText.passwordsDiffer) }
    }

    public static func siteCode(_ input: String) throws(GuichetError) -> SiteCode {
        guard let code = SiteCode(input) else { throw .invalid(CoreText.siteCodeExpected) }
        return code
    }

    public static func siteName(_ input: String) throws(GuichetError) -> String {
        let value = input.trimmingWhitespace().precomposedStringWithCanonicalMapping
        guard (1...60).contains(value.count), !containsControl(value) else {
            throw .invalid(CoreText.siteNameExpected)
        }
        return value
    }

    /// Control and format characters (escape, bidi overrides…) could drive the terminal or hide text.
    static func containsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { [.control, .format].contains($0.properties.generalCategory) }
    }
}
