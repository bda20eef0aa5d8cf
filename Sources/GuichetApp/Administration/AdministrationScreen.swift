import GuichetCore
import GuichetStore
import GuichetTerminal

/// Administration (supervisors): the users of the site, with create,
/// password reset, deactivate/reactivate, and the settings.
struct AdministrationScreen: Screen {
    private var users: [UserAccount] = []
    private var list = ListState()
    private var loadError: GuichetError?

    init(context: AppContext) {
        reload(context: context)
    }

    var title: Phrase { AppText.adminTitle }

    private var selectedUser: UserAccount? { users.indices.contains(list.selected) ? users[list.selected] : nil }

    func actions(_ context: AppContext) -> [ScreenAction] {
        let noSelection: ScreenAction.Availability = selectedUser == nil ? .greyed(AppText.noUserSelected) : .enabled
        let toggleLabel = selectedUser?.isActive == false ? AppText.actionReactivate : AppText.actionDeactivate
        return [
            StandardActions.help,
            ScreenAction(id: "new", functionKey: 2, controlKey: "n", label: AppText.actionNew, help: AppText.actionNewUserHelp),
            ScreenAction(id: "password", functionKey: 5, controlKey: "p", label: AppText.actionPassword,
                         help: AppText.actionPasswordHelp, availability: noSelection),
            ScreenAction(id: "toggle", functionKey: 6, controlKey: "d", label: toggleLabel,
                         help: AppText.actionToggleUserHelp, availability: noSelection),
            ScreenAction(id: "settings", functionKey: 7, controlKey: "r", label: AppText.actionSettings, help: AppText.actionSettingsHelp),
            StandardActions.back,
        ]
    }

    mutating func perform(_ id: String, context: AppContext) -> Effect {
        switch id {
        case "new":
            return .push(UserFormScreen())
        case "password":
            guard let user = selectedUser else { return .none }
            return .push(PasswordResetScreen(user: user))
        case "toggle":
            guard let user = selectedUser else { return .none }
            let activate = !user.isActive
            return .push(ConfirmScreen.action(
                title: activate ? AppText.reactivateTitle : AppText.deactivateTitle,
                question: activate ? AppText.reactivateQuestion : AppText.deactivateQuestion,
                arguments: [user.login]
            ) { context, actor throws(GuichetError) in
                try context.store.setActive(as: actor, userID: user.id, active: activate)
                // The dialog's pop reloads this screen after this has run.
                return Notice(context.text(activate ? AppText.userReactivated : AppText.userDeactivated, user.login), kind: .success)
            })
        case "settings":
            return .push(SettingsScreen(context: context))
        default:
            return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = list.handle(key, itemCount: users.count, pageSize: 12)
        return .none
    }

    mutating func reload(context: AppContext) {
        guard let actor = context.actor else { return }
        do {
            users = try context.store.users(as: actor)
            loadError = nil
        } catch {
            users = []
            loadError = error
        }
        list.clamp(itemCount: users.count, pageSize: 12)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        TextLine(context.text(AppText.adminUsersHeading, users.count), role: .header).render(into: &buffer, area: inner.row(0))
        if let loadError {
            MessageLine(text: loadError.message(context.language), kind: .error).render(into: &buffer, area: inner.row(2))
            return nil
        }
        let header = ListItem(columns: [AppText.columnLogin, AppText.columnName, AppText.columnRole, AppText.columnState]
            .map { context.text($0) }, role: .header)
        let items = users.map { user in
            ListItem(columns: [user.login, user.displayName, user.role.label.text(context.language),
                               context.text(user.isActive ? AppText.userActive : AppText.userInactive)],
                     role: user.isActive ? .normal : .muted)
        }
        let listArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        ListView(items: items, state: list, header: header, columnWidths: [18, 30, 22])
            .render(into: &buffer, area: listArea, glyphs: context.glyphs)
        return nil
    }
}
