import Foundation
import GuichetCore

/// Adapters from the core's throwing validators to a form field's check.
enum FieldChecks {
    static func from<T>(_ validate: @escaping (String) throws(GuichetError) -> T) -> (String) -> GuichetError? {
        { value in
            do throws(GuichetError) {
                _ = try validate(value)
                return nil
            } catch {
                return error
            }
        }
    }

    static func timeZone(_ value: String) -> GuichetError? {
        TimeZone(identifier: value.trimmingWhitespace()) == nil ? .invalid(AppText.timeZoneExpected) : nil
    }

    static func password(_ value: String) -> GuichetError? {
        value.count < AccountRules.minimumPasswordLength
            ? .invalid(Phrase(fr: CoreText.passwordTooShort.text(.french, AccountRules.minimumPasswordLength),
                              en: CoreText.passwordTooShort.text(.english, AccountRules.minimumPasswordLength)))
            : nil
    }
}
