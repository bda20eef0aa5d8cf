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
/// worded through its area's declared action (`ActionCode.named`), and the folded words
/// the search looks in.
struct JournalLine: Sendable {
    let event: JournalEvent
    let time: String
    let who: String
    let text: String
    /// Folded (`NameFolding`) time, login and text, as bytes: searched at every keystroke.
    let key: [UInt8]

    /// Read once when the day is read: the texts shown with their control characters made
    /// visible (they come from the database), the search key folded.
    init(_ event: JournalEvent, context: AppContext) {
        self.event = event
        time = Timestamp.clockText(event.at, in: context.timeZone)
        let login = event.userLogin ?? "—"
        let wording = Self.wording(event, context.language)
        who = VisibleText.escaped(login)
        text = VisibleText.escaped(wording)
        key = Array(NameFolding.fold(login + " " + wording + " " + (event.subject ?? "")).utf8)
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

    /// True when every word of `words` is in the line's key.
    func matches(_ words: [[UInt8]]) -> Bool {
        key.withUnsafeBufferPointer { haystack in
            words.allSatisfy { word in Self.contains(haystack, word) }
        }
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var index = 0
        let lastStart = haystack.count - needle.count
        while index <= lastStart {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
