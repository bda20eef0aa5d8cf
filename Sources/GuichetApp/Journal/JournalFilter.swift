import Foundation
import GuichetCore

/// What the journal screen keeps of a day: the events of one user, one area, one action
/// (nil: all). Chosen in `JournalFilterScreen`, applied in memory to the day's events.
struct JournalFilter: Sendable, Equatable {
    var login: String?
    var area: AreaID?
    var action: String?

    var isEmpty: Bool { login == nil && area == nil && action == nil }

    func keeps(_ event: JournalEvent) -> Bool {
        if let login, event.userLogin != login { return false }
        if let action, event.action != action { return false }
        if let area, ActionCode.named(event.action)?.area != area { return false }
        return true
    }

    /// « alice · Recharges · vente de recharge », or « aucun ».
    func text(_ context: AppContext) -> String {
        var parts: [String] = []
        if let login { parts.append(login) }
        if let area { parts.append(context.text(area.module.label)) }
        if let action { parts.append(JournalLine.actionName(action, context.language)) }
        return parts.isEmpty ? context.text(AppText.journalNoFilter) : parts.joined(separator: " · ")
    }
}

/// One event as the journal list shows it: `10:42  alice  fiche PAR-2026-00042 créée`,
/// worded through its area's declared action (`ActionCode.named`).
struct JournalLine: Sendable {
    let event: JournalEvent
    let time: String
    let who: String
    let text: String

    /// Read once when the day is read: the texts shown with their control characters made
    /// visible (they come from the database).
    init(_ event: JournalEvent, context: AppContext) {
        self.event = event
        time = Timestamp.clockText(event.at, in: context.timeZone)
        who = VisibleText.escaped(event.userLogin ?? "—")
        text = VisibleText.escaped(Self.wording(event, context.language))
    }

    /// The folded words the search looks in: the login, the words of the event's action
    /// (`folded`, folded once per action code), its subject.
    func searchKey(_ language: Language, folded: inout [String: String]) -> String {
        let words: String
        if let known = folded[event.action] {
            words = known
        } else {
            words = NameFolding.fold(ActionCode.named(event.action)?.wording.text(language, " ") ?? event.action)
            folded[event.action] = words
        }
        return NameFolding.fold(event.userLogin ?? "") + " " + words + " " + NameFolding.fold(event.subject ?? "")
    }

    /// The event in words: its action's wording with the subject, or the code itself for an
    /// action this version does not know.
    static func wording(_ event: JournalEvent, _ language: Language) -> String {
        guard let code = ActionCode.named(event.action) else { return event.action + (event.subject.map { " " + $0 } ?? "") }
        return code.wording.text(language, event.subject ?? "—")
    }

    /// An action as the filter names it: its wording without a subject.
    static func actionName(_ action: String, _ language: Language) -> String {
        guard let code = ActionCode.named(action) else { return action }
        var text = code.wording.text(language, "…")
        for filled in [" (…)", " « … »", " “…”", " …"] { text = text.replacingOccurrences(of: filled, with: "") }
        return text
    }
}
