import Foundation

/// Failed logins slow down after five tries: each further try waits twice as
/// long as the one before (2 s, 4 s, 8 s… at most 5 minutes).
public enum LoginThrottle {
    public static let freeAttempts = 5
    public static let maximumDelay: TimeInterval = 300

    public static func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeAttempts else { return 0 }
        let exponent = min(failures - freeAttempts + 1, 16)
        return min(maximumDelay, pow(2, Double(exponent)))
    }

    /// Seconds still to wait before another try is allowed; 0 when one is allowed now.
    public static func remainingWait(failures: Int, lastFailure: Date?, now: Date) -> Int {
        guard let lastFailure else { return 0 }
        let until = lastFailure.addingTimeInterval(delay(afterFailures: failures))
        let remaining = until.timeIntervalSince(now)
        return remaining > 0 ? Int(remaining.rounded(.up)) : 0
    }
}
