import Foundation
import GRDB
@testable import GuichetStore
import GuichetCore

/// A fresh temporary folder per test, removed when the test lets go of it.
final class Scratch: Sendable {
    let folder: String
    let path: String
    let clock: FixedClock

    static let password = "correct horse battery"

    init(at start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        folder = NSTemporaryDirectory() + "guichet-store-tests-" + UUID().uuidString
        path = folder + "/data/guichet.sqlite"
        clock = FixedClock(start)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func open() throws -> GuichetStore { try GuichetStore(path: path, clock: clock) }

    /// A store set up with site PAR (Europe/Paris) and supervisor `chef`.
    func openSetUp() throws -> (GuichetStore, Actor) {
        let store = try open()
        let actor = try store.setUp(
            siteCode: SiteCode("PAR")!, siteName: "Paris 20e", timeZone: TimeZone(identifier: "Europe/Paris")!,
            supervisorLogin: "chef", supervisorName: "Amélie Poulain", password: Scratch.password)
        return (store, actor)
    }

    /// Reads the file through a plain connection of its own, as another program would.
    func query<T>(_ body: (Database) throws -> T) throws -> T {
        try DatabaseQueue(path: path).read(body)
    }

    func count(_ table: String, where condition: String = "1") throws -> Int {
        try query { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(condition)")! }
    }

    func actions() throws -> [String] {
        try query { db in try String.fetchAll(db, sql: "SELECT action FROM journal ORDER BY id") }
    }
}
