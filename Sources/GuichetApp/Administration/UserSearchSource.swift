import GuichetCore
import GuichetStore
import GuichetTerminal

/// The site's accounts as a searchable list (by login or name).
struct UserSearchSource: SearchSource {
    func search(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [UserAccount] {
        guard let actor = context.actor else { return [] }
        return try store.searchUsers(as: actor, query, limit: limit)
    }

    func id(of row: UserAccount) -> Int64 { row.id }

    func header(_ context: AppContext) -> ListItem {
        ListItem(columns: [AppText.columnLogin, AppText.columnName, AppText.columnRole, AppText.columnState]
            .map { context.text($0) }, role: .header)
    }

    var columnWidths: [Int] { [18, 30, 22] }

    func items(_ rows: ArraySlice<UserAccount>, context: AppContext) -> [ListItem] {
        rows.map { user in
            ListItem(columns: [user.login, user.displayName, user.role.label.text(context.language),
                               context.text(user.isActive ? AppText.userActive : AppText.userInactive)],
                     role: user.isActive ? .normal : .muted)
        }
    }

    var queryHint: Phrase { AppText.userSearchHint }
    var emptyQueryStatus: Phrase { AppText.adminUsersHeading }
    var queryMaximumLength: Int { 40 }
}
