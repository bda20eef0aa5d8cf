import Foundation

/// One line of the append-only journal. It names file numbers and action
/// codes, never a person's name, so anonymising a file leaves it intact.
public struct JournalEvent: Sendable, Equatable {
    public let id: Int64
    public let at: Date
    public let userLogin: String?
    public let siteCode: String
    public let action: String
    public let subject: String?
    public let summary: String

    public init(id: Int64, at: Date, userLogin: String?, siteCode: String, action: String, subject: String?, summary: String) {
        self.id = id
        self.at = at
        self.userLogin = userLogin
        self.siteCode = siteCode
        self.action = action
        self.subject = subject
        self.summary = summary
    }
}
