import Testing
@testable import GuichetCore

@Suite struct AccountRulesTests {
    @Test func loginIsLowerCasedAndLimited() throws {
        #expect(try AccountRules.login("  Marie.D ") == "marie.d")
        #expect(try AccountRules.login("jp_2-b") == "jp_2-b")
        #expect(throws: GuichetError.invalid(CoreText.loginExpected)) { try AccountRules.login("m") }
        #expect(throws: GuichetError.invalid(CoreText.loginExpected)) { try AccountRules.login(String(repeating: "a", count: 33)) }
        #expect(throws: GuichetError.invalid(CoreText.loginExpected)) { try AccountRules.login("hélène") }
        #expect(throws: GuichetError.invalid(CoreText.loginExpected)) { try AccountRules.login("jean paul") }
    }

    @Test func displayNameTrimmedAndNFC() throws {
        #expect(try AccountRules.displayName("  He\u{301}le\u{300}ne D. ") == "Hélène D.")
        #expect(throws: GuichetError.self) { try AccountRules.displayName("") }
        #expect(throws: GuichetError.self) { try AccountRules.displayName("Marie\nDupont") }
    }

    @Test func passwordLengthAndConfirmation() throws {
        try AccountRules.password("correct horse", confirmation: "correct horse")
        #expect(throws: GuichetError.self) { try AccountRules.password("short", confirmation: "short") }
        #expect(throws: GuichetError.invalid(CoreText.passwordsDiffer)) { try AccountRules.password("long enough", confirmation: "long enougH") }
        do {
            try AccountRules.password("1234567", confirmation: "1234567")
        } catch {
            #expect(error.message(.french) == "Mot de passe : au moins 8 caractères attendus")
        }
    }

    @Test func siteCodeAndName() throws {
        #expect(try AccountRules.siteCode(" par ").value == "PAR")
        #expect(throws: GuichetError.invalid(CoreText.siteCodeExpected)) { try AccountRules.siteCode("PA1") }
        #expect(throws: GuichetError.invalid(CoreText.siteCodeExpected)) { try AccountRules.siteCode("ÉVR") }
        #expect(try AccountRules.siteName(" Paris 13e ") == "Paris 13e")
        #expect(throws: GuichetError.invalid(NameText.tooLong.filled(61, CoreText.siteNameExpected))) {
            try AccountRules.siteName(String(repeating: "a", count: 61))
        }
    }

    @Test func sessionLockMinutes() throws {
        #expect(try SessionLock.minutes(" 5 ") == 5)
        #expect(throws: GuichetError.invalid(CoreText.lockMinutesExpected)) { try SessionLock.minutes("0") }
        #expect(throws: GuichetError.invalid(CoreText.lockMinutesExpected)) { try SessionLock.minutes("121") }
    }
}

@Suite struct AccountNamesTests {
    @Test func namesRefuseCharactersThatCouldDriveTheTerminal() throws {
        #expect(try AccountRules.displayName("  Alice Martin ") == "Alice Martin")
        #expect(throws: GuichetError.invalid(CoreText.displayNameExpected)) { try AccountRules.displayName("Alice\u{1B}[2J") }
        #expect(throws: GuichetError.invalid(CoreText.displayNameExpected)) { try AccountRules.displayName("Alice\u{202E}nitraM") }
        #expect(throws: GuichetError.invalid(NameText.characterRefused.filled("U+000A", CoreText.siteNameExpected))) {
            try AccountRules.siteName("Paris\n19e")
        }
    }
}

@Suite struct SiteTimeZoneTests {
    @Test func namesAreIANAZones() throws {
        #expect(try SiteTimeZone.parse(" America/Cayenne ").identifier == "America/Cayenne")
        #expect(throws: GuichetError.invalid(CoreText.timeZoneExpected)) { try SiteTimeZone.parse("Paris") }
    }
}
