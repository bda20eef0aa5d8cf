import Foundation
import Testing
@testable import GuichetCore

@Suite struct NameFoldingTests {
    /// Every letter SQLite's unicode61 tokenizer does not fold, in both cases.
    @Test(arguments: [
        ("Søren", "soren"), ("SØREN", "soren"),
        ("Yıldız", "yildiz"),
        ("Đorđević", "dordevic"), ("ĐORĐEVIĆ", "dordevic"),
        ("Łukasz Wałęsa", "lukasz walesa"), ("ŁUKASZ", "lukasz"),
        ("Œuvre", "oeuvre"), ("cœur", "coeur"),
        ("Lætitia", "laetitia"), ("LÆTITIA", "laetitia"),
        ("Strauß", "strauss"), ("STRAẞE", "strasse"),
        ("Guðrún", "gudrun"), ("GUÐRÚN", "gudrun"),
        ("Þórunn", "thorunn"), ("þórunn", "thorunn"),
        ("Paraŀlel", "parallel"), ("PARAĿLEL", "parallel"),
    ])
    func foldsLettersUnicode61Keeps(input: String, expected: String) {
        #expect(NameFolding.fold(input) == expected)
        #expect(NameFolding.fold(input.decomposedStringWithCanonicalMapping) == expected)
        #expect(NameFolding.fold(input.precomposedStringWithCanonicalMapping) == expected)
    }

    @Test(arguments: [
        ("Hélène Dupont-Müller", "helene dupont muller"),
        ("Jean-Pierre", "jean pierre"),
        ("N'Diaye", "ndiaye"), ("N’Diaye", "ndiaye"), ("Nʼdiaye", "ndiaye"), ("N`Diaye", "ndiaye"),
        ("D’Angelo", "dangelo"), ("Gal·la", "galla"),
        ("  François   LE   GALL  ", "francois le gall"),
        ("St. Jean", "st jean"),
        ("Müller", "muller"), ("MÜLLER", "muller"),
        ("Ångström", "angstrom"), ("Çağlar", "caglar"), ("İlkay", "ilkay"),
        ("Nguyễn Thị Minh Khai", "nguyen thi minh khai"),
        ("Zoë_Ève/Noël", "zoe eve noel"),
        ("ﬁlippo", "filippo"),
        ("Jean\u{0000}Paul\tMarie\nLuc", "jean paul marie luc"),
        ("", ""), ("- ' -", ""),
    ])
    func foldsAccentsCaseAndSeparators(input: String, expected: String) {
        #expect(NameFolding.fold(input) == expected)
        #expect(NameFolding.fold(input.decomposedStringWithCanonicalMapping) == expected)
    }

    @Test func keepsOtherScripts() {
        #expect(NameFolding.fold("Иванов") == "иванов")
        #expect(NameFolding.fold("محمد") == "محمد")
        #expect(NameFolding.fold("Ἀθηνᾶ") == "αθηνα")
    }

    @Test func foldingIsIdempotent() {
        for name in ["Hélène Dupont-Müller", "N’Diaye", "Łukasz Ø'Brien", "Þór Œdipe"] {
            let once = NameFolding.fold(name)
            #expect(NameFolding.fold(once) == once)
        }
    }

    @Test func tokensAreTheFoldedWords() {
        #expect(NameFolding.tokens("Jean-Pierre N’Diaye") == ["jean", "pierre", "ndiaye"])
        #expect(NameFolding.tokens("  ") == [])
    }
}

@Suite struct NameFoldingASCIITests {
    @Test func asciiFoldingAgreesWithTheUnicodePath() throws {
        var random = SplitMix64(seed: 20_261_127)
        let alphabet = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        var samples = ["", " ", "Jean-Pierre", "N'Diaye", "d`Arc", "  O'Brien  Smith ", "PAR-2026-00042", "06.12.34", "a\tb\nc",
                       "--", "'", "x'''y", "Mc_Donald", "A.B.C"]
        for _ in 0..<2000 {
            samples.append(String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        for text in samples {
            let fast = try #require(NameFolding.foldASCII(text))
            #expect(fast == NameFolding.foldUnicode(text), "\(text.debugDescription)")
        }
        #expect(NameFolding.foldASCII("Hélène") == nil)
    }
}
