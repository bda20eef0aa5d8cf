import GuichetCore
import GuichetTerminal
import Testing
@testable import GuichetApp

/// The run loop handles every key already typed before it draws: on a slow PC the
/// screen never lags behind a fast typist.
@Suite struct TypeAheadTests {
    @Test func keysTypedAheadAreHandledBeforeTheNextFrame() throws {
        let counter = try CounterHarness()
        try counter.addBeneficiary("Martin", "Anne")
        // A supervisor who quits without a backup of the day takes one, its progress drawn: made before, so only keys are counted.
        _ = try counter.store.automaticBackup(as: counter.store.authenticate(login: "alice", password: "motdepasse-alice"))
        counter.signIn()
        let framesBefore = counter.backend.presentCount
        // Open the list, search, go back home, quit: eleven keys waiting at once.
        counter.backend.type("1martin")
        counter.backend.enqueue(.down, .function(10), .function(10))
        counter.backend.type("o")
        counter.app.run()
        #expect(counter.app.isFinished)
        #expect(counter.backend.pendingKeyCount == 0)
        // Only the frame drawn when the loop starts: every key was handled before the next one.
        #expect(counter.backend.presentCount == framesBefore + 1)
        #expect(try counter.journalActions().first == "auth.logout")
    }
}
