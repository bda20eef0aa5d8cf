import Foundation

/// How a write waits for another program's lock (an import, another counter).
///
/// SQLite calls `shouldRetry` (its busy handler) each time it finds the file
/// locked: it sleeps a little and tries again, for `limit` (5 s) at most, then
/// SQLite gives up with SQLITE_BUSY, which the user reads as `StorageText.busy`.
/// Once a wait has lasted `notice` (0.3 s), the hook set with
/// `GuichetStore.onLongWait` is called, once per wait, on the thread that is
/// writing, so that the counter can say why it does not answer.
final class LockWait: @unchecked Sendable {
    var limit: TimeInterval = 5
    let notice: TimeInterval = 0.3

    private let lock = NSLock()
    private var hook: (() -> Void)?
    private var started: TimeInterval = 0
    private var told = false

    /// SQLite's own pauses between tries (sqliteDefaultBusyCallback), in milliseconds.
    private static let pauses: [UInt32] = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100]

    func setHook(_ hook: (() -> Void)?) {
        lock.withLock { self.hook = hook }
    }

    /// `tries` counts the calls of this wait, from 0.
    func shouldRetry(tries: Int) -> Bool {
        let now = ProcessInfo.processInfo.systemUptime
        let tell: (() -> Void)? = lock.withLock {
            if tries == 0 {
                started = now
                told = false
            }
            guard !told, now - started >= notice else { return nil }
            told = true
            return hook
        }
        guard now - started < limit else { return false }
        tell?()
        usleep(Self.pauses[min(tries, Self.pauses.count - 1)] * 1000)
        return true
    }
}
