import Foundation
import GuichetCore

/// The reception point this database belongs to.
public struct SiteInfo: Sendable, Equatable {
    public let code: SiteCode
    public let name: String
    /// The zone of the counter's calendar days.
    public let timeZone: TimeZone

    public init(code: SiteCode, name: String, timeZone: TimeZone) {
        self.code = code
        self.name = name
        self.timeZone = timeZone
    }
}
