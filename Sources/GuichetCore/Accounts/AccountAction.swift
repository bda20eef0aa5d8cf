/// The journal actions of the site, its accounts and its settings (Administration).
/// The raw values are stored in the journal: never change one.
public enum AccountAction: String, JournalAction {
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

    public static var area: AreaID { .administration }

    public var wording: Phrase {
        switch self {
        case .siteSetUp: return Phrase(fr: "site {1} configuré", en: "site {1} set up")
        case .login: return Phrase(fr: "connexion", en: "signed in")
        case .loginFailed: return Phrase(fr: "connexion refusée", en: "sign-in refused")
        case .logout: return Phrase(fr: "déconnexion", en: "signed out")
        case .sessionLocked: return Phrase(fr: "session verrouillée (inactivité)", en: "session locked (inactivity)")
        case .userCreated: return Phrase(fr: "compte « {1} » créé", en: "account “{1}” created")
        case .passwordReset: return Phrase(fr: "mot de passe de « {1} » remplacé", en: "password of “{1}” replaced")
        case .userDeactivated: return Phrase(fr: "compte « {1} » désactivé", en: "account “{1}” deactivated")
        case .userReactivated: return Phrase(fr: "compte « {1} » réactivé", en: "account “{1}” reactivated")
        case .settingChanged: return Phrase(fr: "réglage modifié", en: "setting changed")
        }
    }
}
