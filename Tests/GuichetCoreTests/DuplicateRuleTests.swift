import Testing
@testable import GuichetCore

@Suite struct DuplicateRuleTests {
    let born = CalendarDay(year: 1978, month: 3, day: 5)!
    let otherDay = CalendarDay(year: 1979, month: 3, day: 5)!

    func key(_ last: String, _ first: String, _ birth: CalendarDay? = nil, _ phone: String? = nil) -> PersonKey {
        PersonKey(lastName: last, firstName: first, birthDate: birth, phoneE164: phone)
    }

    @Test func editDistanceCountsDamerauLevenshteinOperations() {
        #expect(DuplicateRule.editDistance("dupont", "dupont") == 0)
        #expect(DuplicateRule.editDistance("dupont", "dupond") == 1)
        #expect(DuplicateRule.editDistance("dupont", "duopnt") == 1)       // transposition
        #expect(DuplicateRule.editDistance("dupont", "dupontt") == 1)
        #expect(DuplicateRule.editDistance("kitten", "sitting") == 3)
        #expect(DuplicateRule.editDistance("", "abc") == 3)
        #expect(DuplicateRule.editDistance("ca", "abc") == 3)               // optimal string alignment
    }

    @Test func editDistanceStopsEarlyAtTheLimit() {
        #expect(DuplicateRule.editDistance("kitten", "sitting", limit: 2) == 3)
        #expect(DuplicateRule.editDistance("a", "abcdefgh", limit: 2) == 3)
        #expect(DuplicateRule.editDistance("abcdefgh", "hgfedcba", limit: 1) == 2)
        #expect(DuplicateRule.editDistance("dupont", "dupond", limit: 2) == 1)
    }

    @Test func oneOrTwoLettersOfDifferenceAreDuplicates() {
        #expect(DuplicateRule.isLikelyDuplicate(candidate: key("Dupond", "Marie"), existing: key("Dupont", "Marie")))
        #expect(DuplicateRule.isLikelyDuplicate(candidate: key("Dupond", "Mari"), existing: key("Dupont", "Marie")))
        #expect(DuplicateRule.isLikelyDuplicate(candidate: key("Hélène", "Dupont-Müller"), existing: key("Helene", "Dupont Muller")))
    }

    @Test func threeLettersOfDifferenceAreNot() {
        #expect(!DuplicateRule.isLikelyDuplicate(candidate: key("Dupond", "Mar"), existing: key("Dupont", "Marie")))
        #expect(!DuplicateRule.isLikelyDuplicate(candidate: key("Durand", "Marie"), existing: key("Dupont", "Marie")))
    }

    @Test func accentsCaseAndApostrophesDoNotCount() {
        #expect(DuplicateRule.editDistance(key("N’Diaye", "Aïssatou").fullName, key("ndiaye", "aissatou").fullName) == 0)
    }

    @Test func swappedNamesAreDuplicates() {
        #expect(DuplicateRule.isLikelyDuplicate(candidate: key("Marie", "Dupont", born), existing: key("Dupont", "Marie", born)))
        #expect(DuplicateRule.isLikelyDuplicate(candidate: key("Mamadou", "Diallo"), existing: key("Diallo", "Mamadou", born)))
    }

    @Test func differentBirthDatesAreNot() {
        #expect(!DuplicateRule.isLikelyDuplicate(candidate: key("Dupont", "Marie", born), existing: key("Dupont", "Marie", otherDay)))
        #expect(DuplicateRule.isLikelyDuplicate(candidate: key("Dupont", "Marie", born), existing: key("Dupont", "Marie", born)))
        #expect(DuplicateRule.isLikelyDuplicate(candidate: key("Dupont", "Marie", nil), existing: key("Dupont", "Marie", otherDay)))
    }

    @Test func samePhoneIsADuplicateWhateverTheName() {
        #expect(DuplicateRule.isLikelyDuplicate(candidate: key("Martin", "Paul", born, "+33612345678"),
                                                existing: key("Dupont", "Marie", otherDay, "+33612345678")))
        #expect(!DuplicateRule.isLikelyDuplicate(candidate: key("Martin", "Paul", nil, "+33612345678"),
                                                 existing: key("Dupont", "Marie", nil, "+33612345679")))
        #expect(!DuplicateRule.isLikelyDuplicate(candidate: key("Martin", "Paul"), existing: key("Dupont", "Marie")))
    }
}
