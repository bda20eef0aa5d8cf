/// The signed-in user on whose behalf an action runs. Every write records it.
public struct Actor: Sendable, Equatable {
    public let userID: Int64
    public let login: String
    public let displayName: String
    public let role: Role
    public let siteCode: SiteCode

    public init(userID: Int64, login: String, displayName: String, role: Role, siteCode: SiteCode) {
        self.userID = userID
        self.login = login
        self.displayName = displayName
        self.role = role
        self.siteCode = siteCode
    }

    /// Throws `GuichetError.forbidden` unless the actor's role holds `permission`.
    /// Store actions call this first, so the rule holds whatever screen calls them.
    public func require(_ permission: Permission) throws(GuichetError) {
        guard role.may(permission) else { throw .forbidden(permission) }
    }
}
