import Foundation
import Testing
@testable import GuichetCore

@Suite struct LoginThrottleTests {
    @Test func noDelayBeforeFiveFailures() {
        for failures in -1..<5 { #expect(LoginThrottle.delay(afterFailures: failures) == 0) }
    }

    @Test func doublesFromTwoSecondsUpToFiveMinutes() {
        let delays = (5...14).map { LoginThrottle.delay(afterFailures: $0) }
        #expect(delays == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300])
        #expect(LoginThrottle.delay(afterFailures: 1_000) == 300)
        #expect(LoginThrottle.delay(afterFailures: Int.max) == 300)
    }

    @Test func remainingWaitRoundsUp() {
        let last = Date(timeIntervalSince1970: 1_000_000)
        #expect(LoginThrottle.remainingWait(failures: 6, lastFailure: last, now: last.addingTimeInterval(1.5)) == 3)
        #expect(LoginThrottle.remainingWait(failures: 6, lastFailure: last, now: last.addingTimeInterval(4)) == 0)
        #expect(LoginThrottle.remainingWait(failures: 6, lastFailure: nil, now: last) == 0)
        #expect(LoginThrottle.remainingWait(failures: 3, lastFailure: last, now: last) == 0)
    }
}
