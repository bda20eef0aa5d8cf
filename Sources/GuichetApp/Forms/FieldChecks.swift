import Foundation
import GuichetCore

/// Adapters from the core's throwing validators to a form field's check.
enum FieldChecks {
    static func from<T>(_ validate: @escaping (String) throws(GuichetError) -> T) -> (String) -> GuichetError? {
        { value in
            do {
                _ = try validate(value)
                return nil
            } catch {
                return error
            }
        }
    }

    static let timeZone: (String) -> GuichetError? = { value in
        TimeZone(identifier: value.trimmingWhitespace()) == nil ? .invalid(AppText.timeZoneExpected) : nil
    }

    static let password: (String) -> GuichetError? = { value in
        value.count < AccountRules.minimumPasswordLength
            ? .invalid(Phrase(fr: CoreText.passwordTooShort.text(.french, AccountRules.minimumPasswordLength),
                              en: CoreText.passwordTooShort.text(.english, AccountRules.minimumPasswordLength)))
            : nil
    }
}
