import Foundation
import GuichetCore

/// SQLite's `quick_check` before writing to a file that may be damaged.
///
/// On 100,000 files `quick_check` reads the whole file: 0.3 s with the file in
/// the page cache, 1 s without. The commands that write (import, demo) pay it
/// before they start (`GuichetStore.checkNotDamaged`). The counter can pay it
/// neither before its first screen nor at the login: it runs it on a thread of
/// its own, on a read-only connection, while the login screen waits for the
/// volunteer (`GuichetStore.checkInBackground`); the first write waits for its
/// end if it has not come yet. Once the file is known to be damaged, every
/// write is refused with the same message.
final class IntegrityGate: @unchecked Sendable {
    private enum State {
        case notAsked
        case pending
        case checking
        case sound
        case damaged(GuichetError)
    }

    private let lock = NSCondition()
    private var state = State.notAsked

    /// Runs `check` on a thread of its own; a write waits for its outcome. A check that
    /// could not run (the file could not be opened read-only) is run again at the next write.
    func startInBackground(_ check: @escaping @Sendable () throws(GuichetError) -> [String]) {
        lock.withLock { if case .notAsked = state { state = .checking } }
        Thread.detachNewThread { [self] in
            // After the first screen is out: on an old single-core PC the check must not delay it.
            Thread.sleep(forTimeInterval: 0.25)
            let outcome: State
            do throws(GuichetError) {
                outcome = try check().isEmpty ? .sound : .damaged(Self.damagedError)
            } catch {
                outcome = .pending
            }
            lock.withLock {
                state = outcome
                lock.broadcast()
            }
        }
    }

    private static let damagedError = GuichetError.refused(StorageText.damaged.filled("PRAGMA quick_check"))

    /// The next write runs the check first.
    func requireCheck() {
        lock.withLock { if case .notAsked = state { state = .pending } }
    }

    /// Runs `check` (the problems found) when it is due, and refuses once the file is known to be damaged.
    func ensure(_ check: () throws(GuichetError) -> [String]) throws(GuichetError) {
        lock.lock()
        defer { lock.unlock() }
        while case .checking = state { lock.wait() }
        switch state {
        case .checking, .notAsked, .sound:
            return
        case .damaged(let error):
            throw error
        case .pending:
            try record(check)
        }
    }

    /// Runs `check` now, whatever the state, and remembers the outcome.
    func checkNow(_ check: () throws(GuichetError) -> [String]) throws(GuichetError) {
        lock.lock()
        defer { lock.unlock() }
        try record(check)
    }

    /// A check that fails (SQLite could not even read the file: its error, mapped by
    /// `StorageFailure`, says why) is run again at the next write.
    private func record(_ check: () throws(GuichetError) -> [String]) throws(GuichetError) {
        state = .pending
        guard try check().isEmpty else {
            state = .damaged(Self.damagedError)
            throw Self.damagedError
        }
        state = .sound
    }
}
