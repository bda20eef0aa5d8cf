import GuichetCore
import GuichetStore
import GuichetTerminal

// What the budget's catalogs in Administration (the offers, the plan's step templates)
// share beside `BudgetList`: saving a form and retiring or restoring a row.

extension BudgetFormFields {
    /// F2 on a catalog's form (an offer, a step template): its value written by `write` as
    /// the signed-in user and the form closed with `write`'s notice, or its errors marked
    /// and the first one said.
    static func save(_ form: inout FormState, _ fields: [Draft.Field], today: CalendarDay, _ context: AppContext,
                     _ write: @escaping (GuichetStore, Actor, AppContext, Draft.Value) throws(GuichetError) -> Notice) -> Effect {
        switch validated(&form, fields, today: today, context) {
        case .refused(let notice):
            return .notice(notice)
        case .valid(let value):
            return .asUser { store, actor, context throws(GuichetError) in .popWith(try write(store, actor, context, value)) }
        }
    }
}

/// A catalog's retire-or-restore action (the offers, the step templates): F6 or Ctrl-D,
/// named after the highlighted row, done after a confirmation that names the row.
enum CatalogRetirement {
    /// `retired`: whether the highlighted row is retired; nil when no row is highlighted.
    static func action<Action: Hashable & Sendable>(_ action: Action, retired: Bool?, help: Phrase) -> ScreenAction<Action> {
        ScreenAction(action, function: 6, control: "d", label: retired == true ? AppText.actionRestoreOffer : AppText.actionRetireOffer,
                     help: help)
            .greyed(AppText.noRowSelected, when: retired == nil)
    }

    /// The confirmation (`titles` and `questions`: to retire, to restore), `run` on yes.
    static func confirm(retire: Bool, name: String, titles: (Phrase, Phrase), questions: (Phrase, Phrase),
                        _ run: @escaping (GuichetStore, Actor, AppContext) throws(GuichetError) -> Notice) -> Effect {
        .push(ConfirmScreen.action(title: retire ? titles.0 : titles.1, question: retire ? questions.0 : questions.1,
                                   arguments: [name], run))
    }
}
