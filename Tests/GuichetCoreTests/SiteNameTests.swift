import Testing
@testable import GuichetCore

/// Issue 7, item 21: the site's name, shown in every title, follows the rule of
/// people's names, with the digits and signs of a place's name.
@Suite struct SiteNameTests {
    @Test(arguments: [
        "Paris 19e", "Saint-Denis (Basilique)", "Point d’accueil n° 2", "Point d'accueil nº 2", "Antony / Sceaux",
        "Marseille – Belsunce", "Emmaüs Connect & Cie", "Roanne, centre-ville", "Maison « La Halte »", "Ĺ'Haÿ-les-Roses",
        "Œuvre Saint-Éloi", "Bâtiment B.2", "Tiers-lieu +", "Ελληνικό κέντρο", "Центр 5",
    ])
    func namesOfPlacesAreAccepted(name: String) throws {
        #expect(try AccountRules.siteName(name) == name)
    }

    @Test func spacesAreTrimmedAndMadeSingleAndTheTextNFC() throws {
        #expect(try AccountRules.siteName("  Paris \u{00A0} 13e ") == "Paris 13e")
        #expect(try AccountRules.siteName("Cre\u{301}teil") == "Créteil")
        #expect(try AccountRules.siteName("Maison «\u{202F}La Halte\u{202F}»") == "Maison « La Halte »")
    }

    @Test func emojiControlsAndInvisibleCharactersAreRefusedByName() {
        let expected = CoreText.siteNameExpected
        let refused: [(String, String)] = [
            ("Paris 19e 🙂", "« 🙂 »"),
            // A sequence holding an invisible joiner is shown by its codes.
            ("Guichet 👨‍👩‍👧", "U+1F468 U+200D U+1F469 U+200D U+1F467"),
            ("Paris\n19e", "U+000A"),
            ("Paris\u{1B}[2J", "U+001B"),
            ("Paris\u{202E}e91", "U+202E"),
            ("Paris\u{200B}19e", "U+200B"),
            ("Paris\u{3164}", "U+3164"),
            ("Paris#1", "« # »"),
            ("Site \u{2665}", "« \u{2665} »"),
        ]
        for (name, bad) in refused {
            #expect(throws: GuichetError.invalid(NameText.characterRefused.filled(bad, expected)), "\(name)") {
                try AccountRules.siteName(name)
            }
        }
        #expect(NameText.characterRefused.filled("« 🙂 »", expected).french
            == "Caractère « 🙂 » refusé. Nom du site : de 1 à 60 caractères attendus (lettres, chiffres, espaces et - ’ . , ( ) ° / &), par ex. « Paris 19e »")
    }

    @Test func aNameHasALetterAndAtMostSixtyCodePoints() throws {
        let expected = CoreText.siteNameExpected
        #expect(throws: GuichetError.invalid(expected)) { try AccountRules.siteName("  ") }
        #expect(throws: GuichetError.invalid(expected)) { try AccountRules.siteName("19 (2)") }
        #expect(try AccountRules.siteName(String(repeating: "a", count: 60)).count == 60)
        #expect(throws: GuichetError.invalid(NameText.tooLong.filled(61, expected))) {
            try AccountRules.siteName(String(repeating: "a", count: 61))
        }
    }
}
