import GuichetCore

/// Journal actions only the tests use, to drive `perform` with codes no area has.
enum TestAction: String, JournalAction {
    case write = "test.write"
    case action = "test.action"

    static var area: AreaID { .journal }
    var wording: Phrase { Phrase(fr: "essai", en: "test") }
}
