import Foundation
import GuichetCore

/// SQLite's `quick_check` before writing to a file that may be damaged.
///
/// On 100,000 files `quick_check` reads the whole file: 0.3 s with the file in
/// the page cache, 1 s without. The commands that write (import, demo) pay it
/// before they start (`GuichetStore.checkNotDamaged`); the counter cannot pay it
/// before its first screen, so it asks for it before its first write
/// (`GuichetStore.checkBeforeFirstWrite`), the login of the day. Once the file is
/// known to be damaged, every write is refused with the same message.
final class IntegrityGate: @unchecked Sendable {
    private enum State {
        case notAsked
        case pending
        case sound
        case damaged(GuichetError)
    }

    private let lock = NSLock()
    private var state = State.notAsked

    /// The next write runs the check first.
    func requireCheck() {
        lock.withLock { if case .notAsked = state { state = .pending } }
    }

    /// Runs `check` (the problems found) when it is due, and refuses once the file is known to be damaged.
    func ensure(_ check: () throws(GuichetError) -> [String]) throws(GuichetError) {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .notAsked, .sound:
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
            let error = GuichetError.refused(StorageText.damaged.filled("PRAGMA quick_check"))
            state = .damaged(error)
            throw error
        }
        state = .sound
    }
}
