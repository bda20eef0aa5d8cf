import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

/// Issue 7, items 13 and 15: hostile names on a real file, the import's short write
/// lock, and the message a counter gets when the database stays locked.
@Suite struct ImportHardeningTests {
    func file(_ text: String) throws -> BeneficiaryImportFile {
        try BeneficiaryImportFile(bytes: Array(text.utf8), today: People.today)
    }

    /// The store waits `milliseconds` for a lock instead of 5 s (the counter's setting).
    func shortenWait(_ store: GuichetStore, milliseconds: Int = 100) throws {
        try store.connection.inDatabase { db in try db.execute(sql: "PRAGMA busy_timeout = \(milliseconds)") }
    }

    @Test func anAccentFloodIsARefusedLineNotACheckConstraintFailure() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let journal = try scratch.count("journal")
        let flood = "Dupon" + "t" + String(repeating: "\u{301}", count: 78)
        // 40 letters of 2 code points (ạ́): exactly the 80 the schema allows.
        let longest = String(repeating: "\u{1EA1}\u{301}", count: 40)
        let text = "nom;prenom\nMartin;Paul\n\(flood);Marie\n\(longest);Léa\nDurand;\u{3164}\n"

        let blocked = try store.importBeneficiaries(as: chef, file: try file(text), skipInvalid: false, dryRun: false)
        #expect(blocked.blocked && !blocked.committed)
        #expect(blocked.refusedLines == [3, 5])
        #expect(blocked.issues.map(\.line) == [3, 5])
        #expect(blocked.issues[0].text(.french).hasPrefix("ligne 3, colonne « nom » : Une même lettre porte 78 accents"))
        #expect(try scratch.count("beneficiaries") == 0)
        #expect(try scratch.count("file_sequences") == 0)
        #expect(try scratch.count("journal") == journal)

        let skipped = try store.importBeneficiaries(as: chef, file: try file(text), skipInvalid: true, dryRun: false)
        #expect(skipped.committed)
        #expect(skipped.imported.map(\.formatted) == ["PAR-2026-00001", "PAR-2026-00002"])
        #expect(try scratch.query { db in try Int.fetchOne(db, sql: "SELECT max(length(last_name)) FROM beneficiaries") } == 80)
        #expect(try store.searchBeneficiaries("martin paul").count == 1)
    }

    @Test func whenTheDatabaseStaysLockedTheCounterIsToldToWaitAndNothingIsStored() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let other = try scratch.open()
        try shortenWait(store)
        let journal = try scratch.count("journal")
        // Another program (here a second store on the same file) holds the write lock.
        let person = try People.make("Dupont", "Marie")
        let failure = try other.perform(as: chef, action: TestAction.write, subject: nil, summary: "") { _ -> GuichetError? in
            do throws(GuichetError) {
                _ = try store.createBeneficiary(as: chef, person, enrolledOn: People.today)
                return nil
            } catch {
                return error
            }
        }
        #expect(failure == .refused(StorageText.busy))
        #expect(failure?.message(.french) == "Une autre opération (un import ?) occupe la base de données : "
            + "patientez quelques secondes, puis recommencez. Rien n’a été enregistré.")
        #expect(failure?.message(.english).hasPrefix("Another operation (an import?) is keeping the database busy") == true)
        #expect(try scratch.count("beneficiaries") == 0)
        #expect(try scratch.count("journal") == journal + 1)   // the holder's own event only
        // Once the lock is released, the same action goes through.
        _ = try store.createBeneficiary(as: chef, person, enrolledOn: People.today)
        #expect(try scratch.count("beneficiaries") == 1)
    }

    @Test func theImportChecksWithoutTheWriteLockAndWritesAllOrNothing() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let other = try scratch.open()
        try shortenWait(store)
        let text = try file("nom;prenom;date_naissance\nMartin;Paul;\nDurand;Léa;\n")
        let (dry, real) = try other.perform(
            as: chef, action: TestAction.write, subject: nil, summary: ""
        ) { _ -> (BeneficiaryImportReport, GuichetError?) in
            // A dry run only reads: it works while another program writes.
            let dry = try store.importBeneficiaries(as: chef, file: text, skipInvalid: false, dryRun: true)
            do throws(GuichetError) {
                _ = try store.importBeneficiaries(as: chef, file: text, skipInvalid: false, dryRun: false)
                return (dry, nil)
            } catch {
                return (dry, error)
            }
        }
        #expect(dry.imported.map(\.formatted) == ["PAR-2026-00001", "PAR-2026-00002"])
        #expect(!dry.committed && dry.writeDuration == nil)
        #expect(real == .refused(StorageText.busy))
        #expect(try scratch.count("beneficiaries") == 0)
        #expect(try scratch.count("file_sequences") == 0)
        #expect(try scratch.count("journal", where: "action = 'import.beneficiaries'") == 0)
    }

    @Test func aCounterWritesWhileTheRowsAreCheckedAndItsNewFileCountsAsADuplicate() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let counter = try scratch.open()
        // Fails at once if the import held the write lock while checking.
        try shortenWait(counter, milliseconds: 0)
        let text = "nom;prenom;date_naissance\nMartin;Paul;\nDupond;Helene;05/03/1978\nDurand;Léa;\n"
        let person = try People.make("Dupont", "Hélène", birth: "05/03/1978")
        var created: BeneficiaryRecord?
        var counterFailure: GuichetError?
        let report = try store.importBeneficiaries(as: chef, file: try file(text), skipInvalid: false, dryRun: false) { done, _ in
            guard done == 1 else { return }
            do throws(GuichetError) {
                // Committed after the import's read snapshot: only the check inside the write can see it.
                created = try counter.createBeneficiary(as: chef, person, enrolledOn: People.today)
            } catch {
                counterFailure = error
            }
        }
        #expect(counterFailure == nil)
        let file = try #require(created)
        #expect(file.fileNumber.formatted == "PAR-2026-00001")
        #expect(report.committed)
        #expect(report.duplicates == [ImportDuplicate(line: 3, existing: file.fileNumber, earlierLine: nil)])
        #expect(report.imported.map(\.formatted) == ["PAR-2026-00002", "PAR-2026-00003"])
        #expect(report.writeDuration != nil)
        #expect(try scratch.count("beneficiaries") == 3)
        let summary = try scratch.query { db in
            try String.fetchOne(db, sql: "SELECT summary FROM journal WHERE action = 'import.beneficiaries'")
        }
        #expect(summary == "imported=2 refused=0 duplicates=1 encoding=utf8")
    }

    @Test func aFileCreatedJustBeforeTheWriteIsSeenInsideIt() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let counter = try scratch.open()
        let text = "nom;prenom;date_naissance\nMartin;Paul;\nDupond;Helene;05/03/1978\nDurand;Léa;\n"
        let person = try People.make("Dupont", "Hélène", birth: "05/03/1978")
        var created: BeneficiaryRecord?
        let report = try store.importBeneficiaries(as: chef, file: try file(text), skipInvalid: false, dryRun: false,
                                                   progress: nil) {
            // After the rows were staged with numbers 1 to 3: they must be renumbered, and line 3 skipped.
            created = try? counter.createBeneficiary(as: chef, person, enrolledOn: People.today)
        }
        let file = try #require(created)
        #expect(report.duplicates == [ImportDuplicate(line: 3, existing: file.fileNumber, earlierLine: nil)])
        #expect(report.imported.map(\.formatted) == ["PAR-2026-00002", "PAR-2026-00003"])
        let stored = try scratch.query { db in
            try Row.fetchAll(db, sql: "SELECT file_number, id_tokens, last_name FROM beneficiaries ORDER BY id")
        }
        #expect(stored.map { $0["file_number"] as String } == ["PAR-2026-00001", "PAR-2026-00002", "PAR-2026-00003"])
        #expect(stored.map { $0["last_name"] as String } == ["Dupont", "Martin", "Durand"])
        #expect(stored.map { $0["id_tokens"] as String }.last == "par 2026 00003 3")
        #expect(try scratch.query { db in try Int.fetchOne(db, sql: "SELECT last_sequence FROM file_sequences") } == 3)
    }

    @Test func aFileRenamedJustBeforeTheWriteIsSeenInsideIt() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let counter = try scratch.open()
        let existing = try store.createBeneficiary(as: chef, People.make("Zorn", "Anna", birth: "05/03/1978"),
                                                   enrolledOn: People.today)
        let corrected = try People.make("Dupont", "Hélène", birth: "05/03/1978")
        let text = "nom;prenom;date_naissance\nMartin;Paul;\nDupond;Helene;05/03/1978\n"
        let report = try store.importBeneficiaries(as: chef, file: try file(text), skipInvalid: false, dryRun: false,
                                                   progress: nil) {
            // A counter corrects the name of the file while the import is about to write.
            scratch.clock.advance(seconds: 2)
            _ = try? counter.updateBeneficiary(as: chef, id: existing.id, corrected)
        }
        #expect(report.duplicates == [ImportDuplicate(line: 3, existing: existing.fileNumber, earlierLine: nil)])
        #expect(report.imported.map(\.formatted) == ["PAR-2026-00002"])
        #expect(try scratch.count("beneficiaries") == 2)
    }

    @Test func everyFileChangedDuringTheCheckIsComparedBeforeTheWrite() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let counter = try scratch.open()
        let existing = try store.createBeneficiary(as: chef, People.make("Zorn", "Anna", birth: "05/03/1978"),
                                                   enrolledOn: People.today)
        let corrected = try People.make("Dupont", "Hélène", birth: "05/03/1978")
        let text = "nom;prenom;date_naissance\nMartin;Paul;\nDupond;Helene;05/03/1978\n"
        let report = try store.importBeneficiaries(as: chef, file: try file(text), skipInvalid: false, dryRun: false) { done, _ in
            guard done == 1 else { return }
            // Stamped long before (a clock set back): only comparing every file's stamp finds it.
            scratch.clock.advance(seconds: -3600)
            _ = try? counter.updateBeneficiary(as: chef, id: existing.id, corrected)
            scratch.clock.advance(seconds: 3600)
        }
        #expect(report.duplicates == [ImportDuplicate(line: 3, existing: existing.fileNumber, earlierLine: nil)])
        #expect(report.imported.map(\.formatted) == ["PAR-2026-00002"])
    }

    /// The duplicates are found in memory (between the rows of a file, and against the
    /// stored files read once); they must be the ones the counter's look-up
    /// (`likelyDuplicates`, in SQL) finds among stored files.
    @Test func duplicatesWithinAFileAreTheOnesTheStoredLookUpFinds() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let lastNames = ["Martin", "Martine", "Dupont", "Dupond", "Durand", "Bernard", "N'Diaye", "Ndiaye", "Müller",
                         "Mueller", "Muller", "Lefèvre", "Lefevre", "Li", "Lee", "Jean-Pierre", "Marie", "Paul"]
        let firstNames = ["Marie", "Mary", "Paul", "Paule", "Hélène", "Helene", "Léa", "Lea", "Jean", "Pierre", "Martin"]
        let births = ["", "05/03/1978", "06/03/1978", "01/01/1990"]
        let phones = ["", "", "", "06 12 34 56 78", "07 98 76 54 32"]
        var random = SplitMix64(seed: 7)
        let rows = try (0..<300).map { index in
            ImportRow(line: index + 2, beneficiary: try People.make(
                lastNames.randomElement(using: &random)!, firstNames.randomElement(using: &random)!,
                birth: births.randomElement(using: &random)!, phone: phones.randomElement(using: &random)!))
        }
        let earlier = DuplicateIndex.earlierMatches(rows)
        #expect(earlier.contains { !$0.isEmpty })
        // Every row stored as a file, in order: row i gets id i + 1.
        // (Through the import's own staging table and single INSERT … SELECT.)
        let numbers = try ImportWrite.numbers(site: SiteCode("PAR")!, year: 2026, after: 0, count: rows.count)
        try store.connection.writeWithoutTransaction { db in try ImportWrite.stage(db, rows, numbers: numbers) }
        try store.connection.write { db in
            try ImportWrite.insertStaged(db, last: numbers.last, enrolledOn: People.today,
                                         created: .init(at: "2026-11-18T10:00:00.000Z", by: chef.userID))
        }
        let numbered = try scratch.query { db in try Row.fetchAll(db, sql: "SELECT file_number, id_tokens, last_name FROM beneficiaries ORDER BY id") }
        #expect(numbered.map { $0["file_number"] as String } == numbers.map(\.formatted))
        #expect(numbered.map { $0["id_tokens"] as String } == numbers.map(SearchTokens.identifiers))
        #expect(numbered.map { $0["last_name"] as String } == rows.map(\.beneficiary.lastName))
        let stored = try store.connection.read { db in try StoredFiles.read(db) }
        for (index, row) in rows.enumerated() {
            let found = try store.likelyDuplicates(of: row.beneficiary, excluding: Int64(index + 1)).map(\.id).sorted()
            #expect(found.filter { $0 <= Int64(index) } == earlier[index].map { Int64($0 + 1) }, "line \(row.line)")
            #expect(stored.matches(for: row).map(\.id).filter { $0 != Int64(index + 1) } == found, "line \(row.line)")
        }
    }
}
