import GuichetCore
import GuichetStore
import GuichetTerminal

/// Administration (supervisors): the users of the site, searchable, with
/// create, password reset, deactivate/reactivate, the settings, the
/// catalogs, and data protection (F9 « RGPD »).
struct AdministrationScreen: SearchListScreen {
    enum Action: Hashable, Sendable { case new, clear, password, toggleActive, settings, catalogs, protection, back }

    var search = SearchList(source: UserSearchSource())

    var title: Phrase { AppText.adminTitle }

    private var selectedUser: UserAccount? { search.selected }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        let noSelection = selectedUser == nil
        let toggleLabel = selectedUser?.isActive == false ? AppText.actionReactivate : AppText.actionDeactivate
        return [
            ScreenAction(.new, function: 2, control: "n", label: AppText.actionNewUser, help: AppText.actionNewUserHelp),
            .clearSearch(.clear),
            ScreenAction(.password, function: 5, control: "p", label: AppText.actionPassword, help: AppText.actionPasswordHelp)
                .greyed(AppText.noUserSelected, when: noSelection),
            ScreenAction(.toggleActive, function: 6, control: "d", label: toggleLabel, help: AppText.actionToggleUserHelp)
                .greyed(AppText.noUserSelected, when: noSelection),
            ScreenAction(.settings, function: 7, control: "r", label: AppText.actionSettings, help: AppText.actionSettingsHelp),
            ScreenAction(.catalogs, function: 8, control: "t", label: AppText.actionCatalogs, help: AppText.actionCatalogsHelp),
            ScreenAction(.protection, function: 9, control: "y", label: AppText.actionProtection, help: AppText.actionProtectionHelp),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .new:
            return .push(UserFormScreen())
        case .clear:
            return clearSearch()
        case .password:
            guard let user = selectedUser else { return .none }
            return .push(PasswordResetScreen(user: user))
        case .toggleActive:
            guard let user = selectedUser else { return .none }
            let activate = !user.isActive
            return .push(ConfirmScreen.action(
                title: activate ? AppText.reactivateTitle : AppText.deactivateTitle,
                question: activate ? AppText.reactivateQuestion : AppText.deactivateQuestion,
                arguments: [user.login]
            ) { store, actor, context throws(GuichetError) in
                try store.setActive(as: actor, userID: user.id, active: activate)
                return Notice(context.text(activate ? AppText.userReactivated : AppText.userDeactivated, user.login), kind: .success)
            })
        case .settings:
            return .push(SettingsScreen())
        case .catalogs:
            return .push(CatalogsScreen())
        case .protection:
            return .push(ProtectionScreen())
        case .back:
            return .pop
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        search.render(into: &buffer, area: area, context: context, noResult: context.text(AppText.noUserMatches))
    }
}
