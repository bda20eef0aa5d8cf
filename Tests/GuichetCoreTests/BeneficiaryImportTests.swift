import Testing
@testable import GuichetCore

@Suite struct BeneficiaryImportTests {
    let today = CalendarDay(year: 2026, month: 11, day: 27)!

    func file(_ text: String) throws -> BeneficiaryImportFile {
        try BeneficiaryImportFile(bytes: Array(text.utf8), today: today)
    }

    @Test func headerMatchedAfterFolding() throws {
        let (header, issues) = BeneficiaryImportHeader.read(CSVRow(line: 1, fields: ["NOM", " Prénom ", "Date de naissance", "Téléphone", "E-mail", "commentaire"]))
        let mapped = try #require(header)
        #expect(mapped.columns == [.lastName, .firstName, .birthDate, .phone, .email, nil])
        #expect(issues.count == 1)
        #expect(issues[0].column == "commentaire")
        #expect(!issues[0].blocking)
        #expect(issues[0].text(.french).hasPrefix("ligne 1, colonne « commentaire » : colonne inconnue, ignorée."))
    }

    @Test func missingOrRepeatedRequiredColumnsBlock() {
        let (header, issues) = BeneficiaryImportHeader.read(CSVRow(line: 1, fields: ["nom", "telephone", "Téléphone"]))
        #expect(header == nil)
        #expect(issues.map(\.column) == ["Téléphone", "prenom"])
        #expect(issues.allSatisfy { $0.blocking })
        #expect(issues[1].message.french == "colonne « prenom » obligatoire absente de la première ligne (en-tête)")
    }

    @Test func validRowsBecomeBeneficiaries() throws {
        let imported = try file("""
            nom;prenom;date_naissance;telephone;email;logement;activite;ressources;orientation_structure;orientation_referent;orientation_date
            Dupont-Müller;Hélène;05/03/1978;06 12 34 56 78;helene@example.fr;SDF;demandeuse d'emploi;RSA 607,75 €;CCAS de Roanne;Mme Lefèvre;20/11/2026
            N’Diaye;Aïssatou;;;;hébergé chez un tiers;;aucune;;;
            """)
        #expect(imported.blockingIssues.isEmpty)
        #expect(imported.separator == ";")
        #expect(imported.rows.map(\.line) == [2, 3])
        let first = try #require(imported.rows[0].beneficiary)
        #expect(first.housing == .homeless)
        #expect(first.activity == .jobSeeker)
        #expect(first.resourceKind == .rsa)
        #expect(first.monthlyResources == Money(cents: 60775))
        #expect(first.referral.structureKind == .ccas)
        #expect(first.referral.structureName == "CCAS de Roanne")
        #expect(first.phone?.e164 == "+33612345678")
        let second = try #require(imported.rows[1].beneficiary)
        #expect(second.housing == .hostedByThirdParty)
        #expect(second.resourceKind == ResourceKind.none)
    }

    @Test func errorsCarryLineAndColumnAsNamedInTheFile() throws {
        let imported = try file([
            "Nom,Prénom,Téléphone,Logement,date_naissance",
            "Dupont,Marie,06 12 34 56,logé,05/03/1978",
            #""Martin, dit ""Paulo""",Paul,0612345678,château,"#,
            "Leroy,,,,31/02/1980",
        ].joined(separator: "\r\n"))
        #expect(imported.separator == ",")
        let issues = imported.blockingIssues
        #expect(issues.map(\.line) == [2, 3, 3, 4, 4])
        #expect(issues.map(\.column) == ["Téléphone", "Nom", "Logement", "Prénom", "date_naissance"])
        // the quoted value is read whole, comma and quotes included, and refused as a name
        #expect(issues[1].message.french.hasPrefix("Caractère « , » refusé. Nom :"))
        #expect(issues[0].message == PhoneText.frenchExpected)
        #expect(issues[0].text(.french) == "ligne 2, colonne « Téléphone » : Numéro de téléphone : 10 chiffres attendus, par ex. 06 12 34 56 78")
        #expect(issues[3].message == NameText.firstNameExpected)
        #expect(imported.validRows.isEmpty)
    }

    @Test func lineNumbersFollowMultiLineFields() throws {
        let imported = try file("nom;prenom;orientation_referent\nDupont;Marie;\"Mme Lefèvre\nCCAS\"\nMartin;;x\n")
        #expect(imported.rows.map(\.line) == [2, 4])
        // a line break is refused in a one-line field, and reported at the row's first line
        #expect(imported.rows[0].issues.map(\.column) == ["orientation_referent"])
        #expect(imported.rows[1].issues.map(\.line) == [4])
        #expect(imported.rows[1].issues.map(\.column) == ["prenom"])
    }

    @Test func extraValuesAndUnclosedQuotesAreReported() throws {
        let imported = try file("nom;prenom\nDupont;Marie;en trop\nMartin;Paul;;\nDurand;\"Léa\n")
        #expect(imported.rows[0].issues.count == 1)
        #expect(imported.rows[0].issues[0].column == nil)
        #expect(imported.rows[0].issues[0].message.french.hasPrefix("3 valeurs pour 2 colonnes"))
        #expect(imported.rows[1].beneficiary != nil)           // empty trailing separators are harmless
        #expect(imported.rows[2].issues.map(\.message) == [ImportText.unclosedQuote])
    }

    @Test func windows1252FileKeepsItsAccents() throws {
        // "nom;prenom\r\nLœuvre;Hélène\r\n" in Windows-1252
        let bytes: [UInt8] = Array("nom;prenom\r\nL".utf8) + [0x9C] + Array("uvre;H".utf8) + [0xE9, 0x6C, 0xE8] + Array("ne\r\n".utf8)
        let imported = try BeneficiaryImportFile(bytes: bytes, today: today)
        #expect(imported.encoding == .windows1252)
        let person = try #require(imported.rows.first?.beneficiary)
        #expect(person.lastName == "Lœuvre")
        #expect(person.firstName == "Hélène")
    }

    @Test func emptyFileSaysAHeaderIsExpected() throws {
        let imported = try file("\n\n")
        #expect(imported.blockingIssues == [ImportIssue(line: 1, column: nil, message: ImportText.noHeader)])
    }

    @Test func resourcesColumnSplitsKindAndAmount() {
        #expect(BeneficiaryImportHeader.splitResources("RSA") == ("RSA", ""))
        #expect(BeneficiaryImportHeader.splitResources("607,75") == ("", "607,75"))
        #expect(BeneficiaryImportHeader.splitResources("AAH : 971,37 €") == ("AAH", "971,37 €"))
        #expect(BeneficiaryImportHeader.splitResources("salaire (1 200)") == ("salaire", "1 200"))
        #expect(BeneficiaryImportHeader.splitResources("loto 12") == ("loto 12", ""))
    }

    @Test func separateAmountColumn() throws {
        let imported = try file("nom;prenom;ressources;montant des ressources\nDupont;Marie;ARE;1 234,50\n")
        let person = try #require(imported.rows.first?.beneficiary)
        #expect(person.resourceKind == .are)
        #expect(person.monthlyResources == Money(cents: 123450))
    }

    @Test func whatSpreadsheetsDoToDatesAndPhones() throws {
        let imported = try file("nom;prenom;date_naissance;telephone;orientation_date\nDupont;Marie;1978-03-05;612345678;20/11/2026 00:00\n")
        let person = try #require(imported.rows.first?.beneficiary)
        #expect(person.birthDate == CalendarDay(year: 1978, month: 3, day: 5))
        #expect(person.phone?.e164 == "+33612345678")
        #expect(person.referral.date == CalendarDay(year: 2026, month: 11, day: 20))
        #expect(BeneficiaryImportHeader.spreadsheetPhone("12345") == "12345")
        #expect(BeneficiaryImportHeader.spreadsheetDay("1978-02-30") == "1978-02-30")
    }
}

@Suite struct HostileImportRowTests {
    let today = CalendarDay(year: 2026, month: 11, day: 27)!

    @Test func anAccentFloodOrAFillerIsARefusedRowWithItsLine() throws {
        let flood = "Dupon" + "t" + String(repeating: "\u{301}", count: 78)
        let text = "nom;prenom\nMartin;Paul\n\(flood);Marie\nDurand;\u{3164}\nPetit;Léa\u{200D}\n"
        let imported = try BeneficiaryImportFile(bytes: Array(text.utf8), today: today)
        #expect(imported.rows.map(\.line) == [2, 3, 4, 5])
        #expect(imported.validRows.map(\.line) == [2])
        #expect(imported.blockingIssues.map(\.line) == [3, 4, 5])
        #expect(imported.blockingIssues.map(\.column) == ["nom", "prenom", "prenom"])
        #expect(imported.blockingIssues[0].text(.french).hasPrefix("ligne 3, colonne « nom » : Une même lettre porte 78 accents"))
        #expect(imported.blockingIssues[1].text(.french).hasPrefix("ligne 4, colonne « prenom » : Caractère U+3164 refusé."))
        #expect(imported.blockingIssues[2].text(.french).hasPrefix("ligne 5, colonne « prenom » : Caractère U+200D refusé."))
    }
}
