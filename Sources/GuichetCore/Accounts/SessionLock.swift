import Foundation

/// The counter PC is shared: a session locks after some minutes without a key.
public enum SessionLock {
    public static let defaultMinutes = 5
    public static let allowedMinutes = 1...120

    public static func isDue(lastActivity: Date, now: Date, minutes: Int) -> Bool {
        now.timeIntervalSince(lastActivity) >= TimeInterval(minutes * 60)
    }

    public static func minutes(_ input: String) throws(GuichetError) -> Int {
        guard let value = Int(input.trimmingWhitespace()), allowedMinutes.contains(value) else {
            throw .invalid(CoreText.lockMinutesExpected)
        }
        return value
    }
}
