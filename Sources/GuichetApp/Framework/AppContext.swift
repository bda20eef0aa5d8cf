import Foundation
import GuichetCore
import GuichetStore
import GuichetTerminal

/// What every screen may read: the language, the clock, the site, the
/// signed-in user and the terminal's size. Not the store: screens read it in
/// `Screen.load` and write through `Effect.command`, both run by the loop.
public struct AppContext {
    public let language: Language
    public let clock: any Clock
    public let glyphs: Glyphs
    public var site: SiteInfo?
    public var actor: Actor?
    /// The themes found in the themes folders, offered in the settings.
    public var themeNames: [String]
    /// The terminal's size, kept current by the runner (lists fetch a screenful of rows).
    public var screenSize = Size(width: 80, height: 24)

    public init(language: Language, clock: any Clock, glyphs: Glyphs, site: SiteInfo?, actor: Actor?,
                themeNames: [String]) {
        self.themeNames = themeNames
        self.language = language
        self.clock = clock
        self.glyphs = glyphs
        self.site = site
        self.actor = actor
    }

    public var timeZone: TimeZone { site?.timeZone ?? SiteTimeZone.standard }
    public var today: CalendarDay { CalendarDay(clock.now(), in: timeZone) }

    public func text(_ phrase: Phrase) -> String { phrase.text(language) }
    public func text(_ phrase: Phrase, _ arguments: any CustomStringConvertible...) -> String {
        phrase.text(language, arguments: arguments)
    }
}
