import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct DemoDataTests {
    func generate(seed: UInt64, count: Int) throws -> (Scratch, GuichetStore, DemoSummary) {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let summary = try store.generateDemoData(as: chef, count: count, seed: seed)
        return (scratch, store, summary)
    }

    func people(_ scratch: Scratch) throws -> [String] {
        try scratch.query { db in
            try String.fetchAll(db, sql: """
                SELECT file_number || ' ' || last_name || ' ' || first_name || ' ' || coalesce(birth_date, '-') || ' ' || coalesce(phone, '-')
                FROM beneficiaries ORDER BY id
                """)
        }
    }

    @Test func theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() throws {
        let (a, _, summaryA) = try generate(seed: 7, count: 300)
        let (b, _, summaryB) = try generate(seed: 7, count: 300)
        let (c, _, _) = try generate(seed: 8, count: 300)
        #expect(summaryA == summaryB)
        #expect(summaryA.files == 300)
        #expect(try people(a) == people(b))
        #expect(try people(a) != people(c))
        #expect(try a.count("beneficiaries") == 300)
        #expect(try a.count("visits") == summaryA.visits)
        #expect(try a.count("journal", where: "action = 'demo.generate'") == 1)
    }

    @Test func demoFilesAreValidSearchableAndVaried() throws {
        let (scratch, store, _) = try generate(seed: 3, count: 400)
        for id in Int64(1)...400 { _ = try store.beneficiary(id: id) }   // every row reads back through validation
        let names = try people(scratch).joined(separator: "\n")
        #expect(names.contains("é") || names.contains("è"))
        #expect(try scratch.count("beneficiaries", where: "birth_date IS NULL") > 0)
        #expect(try scratch.count("beneficiaries", where: "phone IS NULL") > 0)
        #expect(try scratch.count("beneficiaries", where: "renewed_on IS NOT NULL") > 0)
        #expect(try scratch.count("visits", where: "beneficiary_id IS NULL") == 20)
        // Numbers run per year of enrolment, without gaps.
        let sequences = try scratch.query { db in
            try Row.fetchAll(db, sql: "SELECT file_year, count(*) AS n, max(file_sequence) AS top FROM beneficiaries GROUP BY file_year")
        }
        #expect(sequences.allSatisfy { ($0["n"] as Int) == ($0["top"] as Int) })
        #expect(try store.searchBeneficiaries("a").count == 50)
        #expect(try scratch.count("beneficiaries", where: "created_at > updated_at") == 0)
    }

    /// « Même graine, mêmes données » holds on any day: the same people and the same
    /// number of visits, only their dates moving with today.
    @Test func theSameSeedGivesTheSamePeopleOnAnotherDay() throws {
        func run(on day: String) throws -> (names: [String], summary: DemoSummary) {
            let scratch = Scratch(at: Timestamp.parse(day)!)
            let (store, chef) = try scratch.openSetUp()
            let summary = try store.generateDemoData(as: chef, count: 4000, seed: 20_261_127)
            let names = try scratch.query { db in
                try String.fetchAll(db, sql: "SELECT last_name || ' ' || first_name FROM beneficiaries ORDER BY last_name, first_name")
            }
            return (names, summary)
        }
        let november = try run(on: "2026-11-27T10:00:00Z")
        let december = try run(on: "2026-12-01T10:00:00Z")
        // (With draws skipped on some dates, these two days gave other people and other visits.)
        #expect(november.names == december.names)
        #expect(november.summary == december.summary)
    }
}
