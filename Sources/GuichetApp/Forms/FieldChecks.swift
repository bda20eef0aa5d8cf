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


    /// The length rule alone, when the password field is left (the confirmation is checked on save).
    static func password(_ value: String) -> GuichetError? {
        from { (text: String) throws(GuichetError) in try AccountRules.password(text, confirmation: text) }(value)
    }
}
