import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct ConcurrencyTests {
    @Test func anotherProcessReadsTheLastCommittedStateWhileAWriteIsOpen() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let seen = try store.perform(as: chef, action: TestAction.write, subject: nil, summary: "") { db in
            try db.execute(sql: "INSERT INTO settings (key, value, changed_at) VALUES ('theme', 'dark', 'now')")
            return try sqlite3(scratch.path, "SELECT (SELECT count(*) FROM journal) || ' ' || (SELECT count(*) FROM settings);")
        }
        #expect(seen == "2 0")
        #expect(try sqlite3(scratch.path, "SELECT count(*) FROM journal;") == "3")
    }

    @Test func twoStoresOnOneFileWriteAtOnceAndAllWritesSucceed() throws {
        let scratch = Scratch()
        let (first, chef) = try scratch.openSetUp()
        let second = try scratch.open()
        let perStore = 20
        let failures = Failures()
        let group = DispatchGroup()
        for (index, store) in [first, second].enumerated() {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for count in 0..<perStore {
                    do {
                        try store.perform(as: chef, action: TestAction.write, subject: "\(index)-\(count)", summary: "") { _ in
                            // Hold the write lock a little, so the other store has to wait for it.
                            usleep(2_000)
                        }
                    } catch {
                        failures.add(error)
                    }
                }
            }
        }
        #expect(group.wait(timeout: .now() + 60) == .success)
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(try scratch.count("journal", where: "action = 'test.write'") == 2 * perStore)
    }
}

/// Runs `/usr/bin/sqlite3` on `path` as a separate process and returns its trimmed output.
private func sqlite3(_ path: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = ["-readonly", "-cmd", ".timeout 2000", path, sql]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
