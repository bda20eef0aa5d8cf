import Foundation
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct BeneficiarySearchTests {
    func names(_ results: [BeneficiarySummary]) -> [String] { results.map { "\($0.lastName) \($0.firstName)" } }

    @Test func foldingFindsAccentsHyphensApostrophesAndSpecialLetters() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        try People.create(store, chef, [
            ("Dupont-Müller", "Hélène"), ("Martin", "Jean-Pierre"), ("N'Diaye", "Aïssatou"), ("Nguyễn", "Văn Minh"),
            ("Berg", "Øyvind"), ("Kowalski", "Łukasz"), ("Œillet", "Anne"), ("Yılmaz", "Ayşe"), ("Đorđević", "Ana"),
            ("Strauß", "Jürgen"), ("Læstadius", "Lars"), ("Müller", "Thomas"),
        ])
        let cases: [(String, String)] = [
            ("jean pierre", "Martin Jean-Pierre"), ("pierre jean", "Martin Jean-Pierre"), ("jeanpierre", "Martin Jean-Pierre"),
            ("ndiaye", "N'Diaye Aïssatou"), ("n’diaye", "N'Diaye Aïssatou"), ("aissatou", "N'Diaye Aïssatou"),
            ("nguyen", "Nguyễn Văn Minh"), ("oyvind", "Berg Øyvind"), ("lukasz", "Kowalski Łukasz"),
            ("oeillet", "Œillet Anne"), ("yilmaz", "Yılmaz Ayşe"), ("dordevic", "Đorđević Ana"),
            ("strauss", "Strauß Jürgen"), ("laestadius", "Læstadius Lars"), ("HELENE", "Dupont-Müller Hélène"),
            ("helene muller", "Dupont-Müller Hélène"), ("helene mueller", "Dupont-Müller Hélène"),
            ("DUPONT MU", "Dupont-Müller Hélène"),
            // Typed in NFD: e + combining acute.
            ("he\u{0301}le\u{0300}ne", "Dupont-Müller Hélène"),
        ]
        for (query, expected) in cases {
            #expect(names(try store.searchBeneficiaries(query)).contains(expected), "\(query)")
        }
        // ü is folded to u AND indexed as ue: both spellings find both Müllers.
        #expect(names(try store.searchBeneficiaries("muller")) == ["Müller Thomas", "Dupont-Müller Hélène"])
        #expect(names(try store.searchBeneficiaries("mueller")).contains("Müller Thomas"))
        #expect(names(try store.searchBeneficiaries("mueller")).contains("Dupont-Müller Hélène"))
    }

    @Test func rankingIsExactThenPrefixThenTheRest() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        try People.create(store, chef, [("Martinez", "Paul"), ("Dubois", "Martin"), ("Martin", "Paul"), ("Martin", "Anne")])
        // Exact full name first, then keys starting with the query, then words matching anywhere.
        #expect(names(try store.searchBeneficiaries("martin paul")) == ["Martin Paul", "Martinez Paul"])
        #expect(names(try store.searchBeneficiaries("paul martin")) == ["Martin Paul", "Martinez Paul"])
        #expect(names(try store.searchBeneficiaries("martin")) == ["Martin Anne", "Martin Paul", "Martinez Paul", "Dubois Martin"])
        #expect(names(try store.searchBeneficiaries("mar")) == ["Martin Anne", "Martin Paul", "Martinez Paul", "Dubois Martin"])
        #expect(names(try store.searchBeneficiaries("paul mar")) == ["Martin Paul", "Martinez Paul"])
        #expect(names(try store.searchBeneficiaries("martin", limit: 2)) == ["Martin Anne", "Martin Paul"])
        #expect(try store.searchBeneficiaries("zzz").isEmpty)
    }

    @Test func emptyQueryListsTheMostRecentlyUpdated() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let ids = try People.create(store, chef, [("Alpha", "Un"), ("Bravo", "Deux"), ("Charlie", "Trois")])
        scratch.clock.advance(seconds: 60)
        _ = try store.updateBeneficiary(as: chef, id: ids[0], People.make("Alpha", "Une"))
        scratch.clock.advance(seconds: 60)
        _ = try store.closeEnrolment(as: chef, id: ids[1], on: People.today, reason: .movedAway)
        #expect(names(try store.searchBeneficiaries("  ")) == ["Bravo Deux", "Alpha Une", "Charlie Trois"])
        #expect(names(try store.searchBeneficiaries("", limit: 1)) == ["Bravo Deux"])
    }

    @Test func identifiersByFileNumberPartAndPhoneInAnyWriting() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        for index in 1...45 {
            let phone = index == 42 ? "06 12 34 56 78" : (index == 7 ? "+44 20 7946 0958" : "")
            _ = try store.createBeneficiary(as: chef, People.make("Nom\(String(UnicodeScalar(65 + index % 26)!))", "Prénom", phone: phone),
                                            enrolledOn: People.today)
        }
        for query in ["42", "00042", "2026-00042", "PAR-2026-00042", "par-2026-42"] {
            #expect(try store.searchBeneficiaries(query).first?.fileNumber.formatted == "PAR-2026-00042", "\(query)")
        }
        // "4" finds 4 first (exact part), then 40…45 (prefix).
        let four = try store.searchBeneficiaries("4").map(\.fileNumber.sequence)
        #expect(four.first == 4)
        #expect(Set(four) == [4, 40, 41, 42, 43, 44, 45])
        #expect(try store.searchBeneficiaries("PAR-2026").count == 45)
        #expect(try store.searchBeneficiaries("PAR-2026", limit: 10).count == 10)
        for query in ["0612345678", "06 12 34 56 78", "06.12.34", "+33 6 12 34 56 78", "0033612345678", "+33 (0)6 12 34"] {
            #expect(try store.searchBeneficiaries(query).map(\.fileNumber.sequence) == [42], "\(query)")
        }
        #expect(try store.searchBeneficiaries("+44 20 79").map(\.fileNumber.sequence) == [7])
        let found = try #require(try store.searchBeneficiaries("0612345678").first)
        #expect(found.phone?.e164 == "+33612345678")
        #expect(found.status(on: People.today) == .active)
    }
}

@Suite struct SearchTokensTests {
    @Test func keysAreTheFoldedNameBothWaysAndWordsWithExtraSpellings() {
        let keys = SearchTokens.keys(lastName: "Dupont-Müller", firstName: "Jean-Pierre")
        #expect(keys.searchKey == NameFolding.fold("Dupont-Müller Jean-Pierre"))
        #expect(keys.swappedKey == "jean pierre dupont muller")
        #expect(keys.words == "dupont muller dupontmuller mueller jean pierre jeanpierre")
        // Typed with a combining diaeresis (NFD), the same words.
        #expect(SearchTokens.keys(lastName: "Mu\u{0308}ller", firstName: "Jo\u{0308}rg").words == "muller mueller jorg joerg")
        #expect(SearchTokens.identifiers(FileNumber("PAR-2026-00042")!) == "par 2026 00042 42")
    }
}

@Suite struct SearchRobustnessTests {
    @Test func oddQueriesNeverFailTheKeystroke() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        try People.create(store, chef, [("Martin", "Paul"), ("李", "小龙"), ("O'Brien", "Siobhán")])
        let queries = ["\"", "*", "AND", "or", "NEAR(", "-", "(", "^", "ˀ", "a\"b", "12\"", "0", "+", "+33", "00", "()", "李", "o'b",
                       "martin AND paul", "col:martin", "name_tokens : x", "\u{0301}", "ǅ", "ﬁ", "Ⅻ", "١٢٣", "😀"]
        for query in queries {
            _ = try store.searchBeneficiaries(query)
        }
        #expect(try store.searchBeneficiaries("李").map(\.firstName) == ["小龙"])
        #expect(try store.searchBeneficiaries("obrien").map(\.firstName) == ["Siobhán"])
    }
}
