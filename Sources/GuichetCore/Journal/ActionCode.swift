/// The action codes written to the journal. Stable strings: reports filter on them.
public enum ActionCode: String, Sendable, CaseIterable, Codable {
    case siteSetUp = "site.setup"
    case login = "auth.login"
    case loginFailed = "auth.login_failed"
    case logout = "auth.logout"
    case sessionLocked = "auth.lock"
    case userCreated = "user.create"
    case passwordReset = "user.password_reset"
    case userDeactivated = "user.deactivate"
    case userReactivated = "user.reactivate"
    case settingChanged = "setting.change"
}
