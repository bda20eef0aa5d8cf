import Foundation
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct StoredTimeTests {
    @Test(arguments: [0, 951_782_400.5, 1_795_000_000.123, 1_709_164_800.999, 4_102_444_799.001, -86_400.25])
    func readsBackWhatTimestampWrites(_ seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        let text = Timestamp.utcText(date)
        #expect(StoredTime.parse(text) == Timestamp.parse(text), "\(text)")
    }

    @Test func otherShapesFallBackToTheCoreParser() {
        #expect(StoredTime.parse("2026-11-27T09:15:02Z") == Timestamp.parse("2026-11-27T09:15:02Z"))
        #expect(StoredTime.parse("not a time") == nil)
    }
}
