import Foundation
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct FirstOpeningRaceTests {
    @Test func twoCountersOpeningOneNewFileAtOnceBothSucceed() throws {
        for _ in 1...5 {
            let scratch = Scratch()
            let failures = Failures()
            let group = DispatchGroup()
            for _ in 1...2 {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    do { _ = try scratch.open() } catch { failures.add(error) }
                }
            }
            #expect(group.wait(timeout: .now() + 30) == .success)
            #expect(failures.all.isEmpty, "\(failures.all)")
            #expect(try scratch.count("grdb_migrations") == Migrations.migrator.migrations.count)
        }
    }
}
