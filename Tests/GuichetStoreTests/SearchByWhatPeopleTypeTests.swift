import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// What a volunteer types and expects to find (issue 7, item 10).
@Suite struct SearchByWhatPeopleTypeTests {
    func names(_ results: [BeneficiarySummary]) -> [String] { results.map { "\($0.lastName) \($0.firstName)" } }

    @Test func thePartAfterAnApostropheIsAWordOfItsOwn() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        try People.create(store, chef, [("N’Diaye", "Aminata"), ("D'Artagnan", "Charles"), ("Martin", "Paul")])
        #expect(names(try store.searchBeneficiaries("diaye")) == ["N’Diaye Aminata"])
        #expect(names(try store.searchBeneficiaries("artagnan")) == ["D'Artagnan Charles"])
        #expect(names(try store.searchBeneficiaries("ndiaye")) == ["N’Diaye Aminata"])
        #expect(names(try store.searchBeneficiaries("charles art")) == ["D'Artagnan Charles"])
    }

    @Test func filesWrittenBeforeAreIndexedAgainByTheMigration() throws {
        // A name stored with the old index words (no `diaye`), as a database of the
        // previous version holds it: the migration computes its words again.
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let id = try People.create(store, chef, [("N’Diaye", "Aminata")])[0]
        try DatabaseQueue(path: scratch.path).write { db in
            try db.execute(sql: "UPDATE beneficiaries SET name_tokens = 'ndiaye aminata' WHERE id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'beneficiaries.5-words-after-apostrophes'")
        }
        #expect(try scratch.open().searchBeneficiaries("diaye").isEmpty == false)
    }

    @Test func inputWrittenLikeAPhoneListsPhonesFirst() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        // File 00612's sequence starts like the phones: « 0612 » is a phone, « 612 » a file number.
        for index in 1...612 {
            _ = try store.createBeneficiary(as: chef, People.make("Petit", "Léa", edit: { $0.notes = "\(index)" }),
                                            enrolledOn: People.today, confirmedDuplicates: [])
        }
        let phone = try store.createBeneficiary(as: chef, People.make("Martin", "Paul", phone: "06 12 34 56 78"), enrolledOn: People.today)
        let byPhone = try store.searchBeneficiaries("0612", limit: 5)
        #expect(byPhone.first?.id == phone.id)
        let byNumber = try store.searchBeneficiaries("612", limit: 5)
        #expect(byNumber.first?.fileNumber.sequence == 612)
        #expect(PhoneNumber.looksLikePhone("06.12") && PhoneNumber.looksLikePhone("+33 6 12"))
        #expect(!PhoneNumber.looksLikePhone("00612") && !PhoneNumber.looksLikePhone("2026-00042") && !PhoneNumber.looksLikePhone("061"))
    }

    @Test func aMisspelledNameFindsTheClosestFiles() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        try People.create(store, chef, [("Müller", "Thomas"), ("Muller", "Anne"), ("Mulot", "Jean"), ("Martin", "Paul"),
                                        ("Dupont", "Hélène")])
        #expect(try store.searchBeneficiaries("muler").isEmpty)
        #expect(names(try store.closestBeneficiaries("muler", limit: 10)) == ["Muller Anne", "Müller Thomas", "Mulot Jean"])
        #expect(names(try store.closestBeneficiaries("helen dupon", limit: 10)) == ["Dupont Hélène"])
        // Still being typed: « helne » is 1 letter from the start of « helene ».
        #expect(names(try store.closestBeneficiaries("dupont helne", limit: 10)) == ["Dupont Hélène"])
        #expect(try store.closestBeneficiaries("zzzzz", limit: 10).isEmpty)
        #expect(try store.closestBeneficiaries("0612", limit: 10).isEmpty)
    }

    /// The closest words alone when they fill the list; the farther ones only to fill it.
    @Test func theClosestWordsComeAloneWhenTheyFillTheList() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        // « muler »: Muller is 1 letter away, Mulot 2.
        try People.create(store, chef, [("Muller", "Anne"), ("Muller", "Paul"), ("Muller", "Léa"), ("Mulot", "Jean")])
        #expect(names(try store.closestBeneficiaries("muler", limit: 3)) == ["Muller Anne", "Muller Léa", "Muller Paul"])
        #expect(names(try store.closestBeneficiaries("muler", limit: 4)) == ["Muller Anne", "Muller Léa", "Muller Paul", "Mulot Jean"])
    }
}
