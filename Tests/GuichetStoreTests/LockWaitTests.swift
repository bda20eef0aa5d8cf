import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// A write that waits for another program's lock (an import) tells the counter
/// once, through `onLongWait`, and goes through when the lock is released; it
/// gives up with `StorageText.busy` at the limit.
@Suite struct LockWaitTests {
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        let first = DispatchSemaphore(value: 0)
        func add() {
            lock.withLock { count += 1 }
            first.signal()
        }
        var total: Int { lock.withLock { count } }
    }

    /// Another program (a plain connection on another thread) holds the write lock until `release` is signalled.
    final class LockHolder: @unchecked Sendable {
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)

        init(_ path: String) throws {
            let other = try DatabaseQueue(path: path)
            let locked = DispatchSemaphore(value: 0)
            Thread.detachNewThread { [release, done] in
                try? other.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        locked.signal()
                        release.wait()
                        return .rollback
                    }
                }
                done.signal()
            }
            locked.wait()
        }

        func letGo() {
            release.signal()
            done.wait()
        }
    }

    @Test func aLongWaitIsToldOnceAndTheWriteGoesThroughWhenTheLockIsReleased() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let calls = Calls()
        store.onLongWait { calls.add() }
        let journal = try scratch.count("journal")
        let holder = try LockHolder(scratch.path)
        let failures = Failures()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            do { try store.logout(chef) } catch { failures.add(error) }
            done.signal()
        }
        // The hook is called while the lock is still held; then the holder lets go.
        #expect(calls.first.wait(timeout: .now() + 30) == .success)
        holder.letGo()
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(failures.all.isEmpty)
        #expect(calls.total == 1)
        #expect(try scratch.count("journal") == journal + 1)
    }

    @Test func atTheLimitTheWriteGivesUpWithTheBusyMessage() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        store.lockWait.limit = 0.5
        let calls = Calls()
        store.onLongWait { calls.add() }
        let holder = try LockHolder(scratch.path)
        defer { holder.letGo() }
        #expect(throwing(try store.logout(chef)) == .refused(StorageText.busy))
        #expect(calls.total == 1)
    }
}
