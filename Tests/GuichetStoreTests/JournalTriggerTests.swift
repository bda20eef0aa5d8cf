import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct JournalTriggerTests {
    @Test func updateAndDeleteOnTheJournalAreRefusedByTheDatabaseItself() throws {
        let scratch = Scratch()
        _ = try scratch.openSetUp()
        let queue = try DatabaseQueue(path: scratch.path)
        for statement in ["UPDATE journal SET summary = 'forged'", "DELETE FROM journal",
                          "UPDATE journal SET user_login = NULL WHERE id = 1"] {
            do {
                try queue.write { db in try db.execute(sql: statement) }
                Issue.record("\(statement) was accepted")
            } catch let error as DatabaseError {
                #expect(error.message == "journal is append-only")
            }
        }
        #expect(try scratch.count("journal") == 2)
        #expect(try scratch.count("journal", where: "summary = 'forged'") == 0)
    }
}
