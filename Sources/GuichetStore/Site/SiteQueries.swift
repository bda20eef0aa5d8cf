import Foundation
internal import GRDB
import GuichetCore

extension GuichetStore {
    public func isSetUp() throws(GuichetError) -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM site)") ?? false }
    }

    /// Refuses with `CoreText.notSetUp` before the first start's set-up.
    public func site() throws(GuichetError) -> SiteInfo {
        let row = try read { db in try Row.fetchOne(db, sql: "SELECT code, name, time_zone FROM site") }
        guard let row else { throw .refused(CoreText.notSetUp) }
        return try Self.siteInfo(row)
    }

    static func siteInfo(_ row: Row) throws(GuichetError) -> SiteInfo {
        guard let code = SiteCode(row["code"] as String),
              let timeZone = TimeZone(identifier: row["time_zone"] as String) else {
            throw .storage("unreadable site row")
        }
        return SiteInfo(code: code, name: row["name"], timeZone: timeZone)
    }
}
