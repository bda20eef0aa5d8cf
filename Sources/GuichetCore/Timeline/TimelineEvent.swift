/// Something that happened in a person's file, as the history on the card
/// shows it. Each area declares its own kinds of events (an enum of its core
/// folder) and the store's timeline sources read them back.
public protocol TimelineEvent: Sendable {
    /// One line, without the date and the author: « Passage : recharge, budget — carte SFR ».
    func text(_ language: Language) -> String
}
