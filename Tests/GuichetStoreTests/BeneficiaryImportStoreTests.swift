import Foundation
import GRDB
import Testing
@testable import GuichetStore
import GuichetCore

@Suite struct BeneficiaryImportStoreTests {
    func file(_ bytes: [UInt8]) throws -> BeneficiaryImportFile { try BeneficiaryImportFile(bytes: bytes, today: People.today) }
    func file(_ text: String) throws -> BeneficiaryImportFile { try file(Array(text.utf8)) }

    let header = "nom;prenom;date_naissance;telephone;logement\n"

    @Test func utf8WithBOMIsImportedInOneTransactionWithOneJournalEvent() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let before = try scratch.count("journal")
        let text = header + "Dupont-Müller;Hélène;05/03/1978;06 12 34 56 78;SDF\nN’Diaye;Aïssatou;;;hébergé\n"
        let report = try store.importBeneficiaries(as: chef, file: try file([0xEF, 0xBB, 0xBF] + Array(text.utf8)),
                                                   skipInvalid: false, dryRun: false)
        #expect(report.encoding == .utf8WithBOM)
        #expect(report.committed && !report.blocked)
        #expect(report.imported.map(\.formatted) == ["PAR-2026-00001", "PAR-2026-00002"])
        #expect(try store.searchBeneficiaries("helene muller").first?.lastName == "Dupont-Müller")
        #expect(try store.searchBeneficiaries("ndiaye").first?.firstName == "Aïssatou")
        #expect(try scratch.count("journal") == before + 1)
        let event = try #require(try scratch.query { db in
            try Row.fetchOne(db, sql: "SELECT action, summary FROM journal ORDER BY id DESC LIMIT 1")
        })
        #expect(event["action"] as String == "import.beneficiaries")
        #expect(event["summary"] as String == "imported=2 refused=0 duplicates=0 encoding=utf8WithBOM")
    }

    @Test func windows1252BytesKeepTheirAccents() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        // "Lefèvre;Cécile" and "Œillet;Zoé" in Windows-1252 (è = E8, é = E9, Œ = 8C).
        let bytes: [UInt8] = Array("nom;prenom\n".utf8) + [0x4C, 0x65, 0x66, 0xE8, 0x76, 0x72, 0x65, 0x3B, 0x43, 0xE9, 0x63, 0x69, 0x6C, 0x65, 0x0A]
            + [0x8C, 0x69, 0x6C, 0x6C, 0x65, 0x74, 0x3B, 0x5A, 0x6F, 0xE9, 0x0D, 0x0A]
        let report = try store.importBeneficiaries(as: chef, file: try file(bytes), skipInvalid: false, dryRun: false)
        #expect(report.encoding == .windows1252)
        #expect(report.imported.count == 2)
        let first = try store.beneficiary(id: 1).beneficiary
        #expect((first.lastName, first.firstName) == ("Lefèvre", "Cécile"))
        #expect(try store.searchBeneficiaries("oeillet zoe").first?.lastName == "Œillet")
    }

    @Test func anInvalidRowBlocksEverythingAndEveryLineIsReported() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let before = try scratch.count("journal")
        let text = header + "Martin;Paul;;;\nPetit;;;;\nDurand;Léa;;12345;\n\"Bernard\";Anne;31/02/1980;;\n"
        let report = try store.importBeneficiaries(as: chef, file: try file(text), skipInvalid: false, dryRun: false)
        #expect(report.blocked && !report.committed)
        #expect(report.refusedLines == [3, 4, 5])
        #expect(report.issues.map(\.line) == [3, 4, 5])
        #expect(report.issues.map(\.column) == ["prenom", "telephone", "date_naissance"])
        #expect(report.issues[1].text(.french).hasPrefix("ligne 4, colonne « telephone » : "))
        #expect(try scratch.count("beneficiaries") == 0)
        #expect(try scratch.count("file_sequences") == 0)
        #expect(try scratch.count("journal") == before)

        let skipped = try store.importBeneficiaries(as: chef, file: try file(text), skipInvalid: true, dryRun: false)
        #expect(skipped.committed && !skipped.blocked)
        #expect(skipped.imported.count == 1)
        #expect(skipped.refusedLines == [3, 4, 5])
        #expect(try scratch.count("beneficiaries") == 1)
    }

    @Test func duplicatesOfExistingFilesAndEarlierRowsAreSkipped() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let existing = try store.createBeneficiary(as: chef, People.make("Dupont", "Hélène", birth: "05/03/1978"), enrolledOn: People.today)
        let text = header + "Dupond;Helene;05/03/1978;;\nMartin;Paul;;06 12 34 56 78;\nMartin;Paule;;;\nAutre;Nom;;0612345678;\n"
        let dry = try store.importBeneficiaries(as: chef, file: try file(text), skipInvalid: false, dryRun: true)
        #expect(!dry.committed)
        #expect(dry.imported.count == 1)
        #expect(try scratch.count("beneficiaries") == 1)
        let report = try store.importBeneficiaries(as: chef, file: try file(text), skipInvalid: false, dryRun: false)
        #expect(report.duplicates == [
            ImportDuplicate(line: 2, existing: existing.fileNumber, earlierLine: nil),
            ImportDuplicate(line: 4, existing: report.imported[0], earlierLine: 3),
            ImportDuplicate(line: 5, existing: report.imported[0], earlierLine: 3),
        ])
        #expect(report.imported.map(\.formatted) == ["PAR-2026-00002"])
        #expect(dry.duplicates == report.duplicates)
    }

    @Test func importIsForSupervisorsAndCommandsActAsTheFirstSupervisor() throws {
        let scratch = Scratch()
        let (store, chef) = try scratch.openSetUp()
        let volunteer = try scratch.volunteer(store, chef: chef)
        #expect(throws: GuichetError.forbidden(.importData)) {
            try store.importBeneficiaries(as: volunteer, file: try file(header), skipInvalid: false, dryRun: false)
        }
        #expect(try store.commandLineActor(login: nil).login == "chef")
        #expect(try store.commandLineActor(login: "benevole").role == .volunteer)
    }
}
