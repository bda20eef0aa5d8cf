import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// An anonymisation of 10,000 files in a second process killed with SIGKILL in the middle
/// (issue 13, item 8): each file is either anonymised or untouched, each anonymised one has
/// its journal event, and `verify` is clean.
@Suite struct AnonymisationKillTests {
    static let databaseVariable = "GUICHET_ANONYMISE_DB"

    /// The second process: this test binary run again with only this test and the variable set.
    @Test func anonymiseEverythingDue() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.databaseVariable] else { return }
        let store = try GuichetStore(path: path)
        let chef = try store.commandLineActor(login: nil)
        let due = try store.retentionCandidates(as: chef)
        try store.anonymise(as: chef, ids: due.map(\.id)) { done, _ in
            FileHandle.standardOutput.write(Data("done \(done)\n".utf8))
        }
    }

    @Test func killedInTheMiddleLeavesEachFileAnonymisedOrUntouched() throws {
        let scratch = Scratch(at: ProtectionFixture.then)
        let (store, chef) = try scratch.openSetUp()
        _ = try store.generateDemoData(as: chef, count: 10_000, seed: 7)
        scratch.clock.advance(seconds: 3 * 365 * 86_400)
        let columns = "id, last_name, first_name, birth_date, phone, email, notes, referral_social_worker, search_key, name_tokens, anonymised_on"
        let before = try scratch.query { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT \(columns) FROM beneficiaries").map { ($0[0] as Int64, $0) })
        }
        #expect(before.count == 10_000)

        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        child.arguments = ["--testing-library", "swift-testing", "--filter", "anonymiseEverythingDue"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.databaseVariable] = scratch.path
        child.environment = environment
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()
        var seen = ""
        while seen.components(separatedBy: "done ").count <= 3 {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)

        let after = try scratch.query { db in try Row.fetchAll(db, sql: "SELECT \(columns) FROM beneficiaries") }
        var anonymised = 0
        for row in after {
            let id: Int64 = row[0]
            if row["anonymised_on"] as String? == nil {
                #expect(row == before[id], "file \(id) half-changed")
            } else {
                anonymised += 1
                #expect(row["last_name"] as String == "X" && row["birth_date"] as String? == nil && row["phone"] as String? == nil
                        && row["email"] as String? == nil && row["notes"] as String == "" && row["search_key"] as String == ""
                        && row["name_tokens"] as String == "" && row["referral_social_worker"] as String? == nil,
                        "file \(id) half-anonymised")
            }
        }
        #expect(anonymised >= 200 && anonymised < 10_000, "killed after \(anonymised) files")
        #expect(anonymised % GuichetStore.anonymisationBatch == 0, "whole batches only")
        #expect(try scratch.count("journal", where: "action = 'protection.anonymise'") == anonymised)
        #expect(try scratch.open().verifyLedger().isIntact)
        // Started again, it finishes the rest.
        let rest = try scratch.open().retentionCandidates(as: chef)
        #expect(rest.count == 10_000 - anonymised)
    }
}
