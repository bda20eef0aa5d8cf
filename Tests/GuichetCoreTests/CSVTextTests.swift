import Testing
@testable import GuichetCore

@Suite struct CSVTextTests {
    @Test func utf8WithAndWithoutBOM() throws {
        let body = Array("nom;prenom\nDupont;Hélène\n".utf8)
        let plain = try CSVText.decode(body)
        #expect(plain.encoding == .utf8)
        #expect(plain.text == "nom;prenom\nDupont;Hélène\n")
        let bom = try CSVText.decode([0xEF, 0xBB, 0xBF] + body)
        #expect(bom.encoding == .utf8WithBOM)
        #expect(bom.text == plain.text)
        #expect(CSVText.parseRows(bom.text, separator: ";")[0].fields == ["nom", "prenom"])
    }

    @Test func windows1252BytesOfFrenchSpreadsheets() throws {
        // "Hélène;Œuvre;12 €;l’été" as written by Excel in Windows-1252
        let bytes: [UInt8] = [0x48, 0xE9, 0x6C, 0xE8, 0x6E, 0x65, 0x3B, 0x8C, 0x75, 0x76, 0x72, 0x65, 0x3B,
                              0x31, 0x32, 0x20, 0x80, 0x3B, 0x6C, 0x92, 0xE9, 0x74, 0xE9]
        let decoded = try CSVText.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "Hélène;Œuvre;12 €;l’été")
    }

    @Test func fullWindows1252HighTable() {
        let expected = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ"
        #expect(CSVText.windows1252(Array(0x80...0x9F)) == expected)
        #expect(CSVText.windows1252([0xA0, 0xAB, 0xBB, 0xC7, 0xE7, 0xFF]) == "\u{A0}«»Çç\u{FF}")
        #expect(CSVText.windows1252(Array(0x20...0x7E)) == String(decoding: Array(0x20...0x7E), as: UTF8.self))
    }

    @Test func utf16WithBOM() throws {
        let text = "nom\tprenom\r\nŒdipe\tZoë\r\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try CSVText.decode(little) == (text, .utf16LittleEndian))
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try CSVText.decode(big).text == text)
    }

    @Test func separatorDetection() {
        #expect(CSVText.detectSeparator(headerLine: "nom;prenom;telephone") == ";")
        #expect(CSVText.detectSeparator(headerLine: "nom,prenom,telephone") == ",")
        #expect(CSVText.detectSeparator(headerLine: "\"nom, usage\";prenom") == ";")
        #expect(CSVText.detectSeparator(headerLine: "nom\tprenom") == "\t")
        #expect(CSVText.detectSeparator(headerLine: "nom") == ";")
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndNewlines() {
        let text = "nom;notes;ville\r\n\"Dupont; Martin\";\"Il a dit \"\"bonjour\"\"\";Paris\r\nDurand;\"ligne 1\r\nligne 2\nligne 3\";Lyon\r\nLeroy;;\r\n"
        let rows = CSVText.parseRows(text, separator: ";")
        #expect(rows.count == 4)
        #expect(rows[1].fields == ["Dupont; Martin", "Il a dit \"bonjour\"", "Paris"])
        #expect(rows[2].fields == ["Durand", "ligne 1\r\nligne 2\nligne 3", "Lyon"])
        #expect(rows.map(\.line) == [1, 2, 3, 6])
        #expect(rows[3].fields == ["Leroy", "", ""])
    }

    @Test func lineNumbersCountBlankLinesAndLineBreaksInQuotes() {
        let text = "nom;prenom\n\nDupont;\"Marie\nClaire\"\n;;\n   \nMartin;Paul"
        let rows = CSVText.parseRows(text, separator: ";")
        #expect(rows.map(\.line) == [1, 3, 7])
        #expect(rows.map { $0.fields[0] } == ["nom", "Dupont", "Martin"])
    }

    @Test func oldMacLineBreaksAndCommas() {
        let rows = CSVText.parseRows("a,b\rc,\"d,e\"\r", separator: ",")
        #expect(rows == [CSVRow(line: 1, fields: ["a", "b"]), CSVRow(line: 2, fields: ["c", "d,e"])])
    }

    @Test func unclosedQuoteIsFlagged() {
        let rows = CSVText.parseRows("nom;prenom\nDupont;\"Marie\nMartin;Paul\n", separator: ";")
        #expect(rows.count == 2)
        #expect(rows[1].unclosedQuote)
        #expect(rows[1].fields == ["Dupont", "Marie\nMartin;Paul\n"])
    }

    @Test func strayQuotesInsideAFieldAreKept() {
        let rows = CSVText.parseRows("O\"Neil;\"a\"b", separator: ";")
        #expect(rows[0].fields == ["O\"Neil", "ab"])
    }
}

/// The encoding is decided from the whole file (issue 7, item 12).
@Suite struct EncodingDecisionTests {
    /// "nom;prenom\nDoğan;Gêne\n…" in UTF-8 with one Windows-1252 `é` (E9) on line 4.
    let mixed: [UInt8] = Array("nom;prenom\r\nDoğan;Gêne\r\nDupont;Marie\r\nMartin;Ren".utf8) + [0xE9] + Array("\r\n".utf8)

    @Test func utf8WithOneBadByteIsRefusedWithItsLineAndByte() {
        #expect(throws: InvalidUTF8(line: 4, byte: 0xE9, invalidBytes: 1, requested: false)) { try CSVText.decode(mixed) }
        let message = InvalidUTF8(line: 4, byte: 0xE9, invalidBytes: 1, requested: false).message
        #expect(message.french == "ligne 4 : octet 0xE9 invalide en UTF-8, alors que le reste du fichier est en UTF-8. "
            + "Rien n’a été importé : corrigez ce caractère dans le fichier ou, si le fichier est en fait en Windows-1252, "
            + "relancez avec --encoding windows-1252.")
        #expect(message.english.hasPrefix("line 4: byte 0xE9 is not valid UTF-8, while the rest of the file is UTF-8. Nothing was imported:"))
        let several = InvalidUTF8(line: 2, byte: 0x80, invalidBytes: 3, requested: true).message
        #expect(several.french.hasPrefix("ligne 2 : octet 0x80 invalide en UTF-8, l’encodage demandé par --encoding utf-8 (3 octets invalides en tout)."))
    }

    @Test func theImportFileRefusesItBeforeReadingAnyLine() {
        let problem = InvalidUTF8(line: 4, byte: 0xE9, invalidBytes: 1, requested: false)
        #expect(throws: GuichetError.invalid(problem.message)) {
            try BeneficiaryImportFile(bytes: mixed, today: CalendarDay(year: 2026, month: 11, day: 27)!)
        }
    }

    @Test func theUserMayNameTheEncoding() throws {
        let asWindows = try CSVText.decode(mixed, as: .windows1252)
        #expect(asWindows.encoding == .windows1252)
        #expect(asWindows.text.hasSuffix("Martin;René\r\n"))
        #expect(asWindows.text.contains("DoÄŸan"))   // what the user asked for
        // A UTF-8 BOM is not text in either encoding.
        #expect(try CSVText.decode([0xEF, 0xBB, 0xBF, 0x41, 0xE9], as: .windows1252).text == "Aé")
        #expect(try CSVText.decode([0xEF, 0xBB, 0xBF] + Array("Gêne".utf8), as: .utf8) == ("Gêne", .utf8WithBOM))
        // Asking for UTF-8 on a Windows-1252 file: refused, said so.
        #expect(throws: InvalidUTF8(line: 2, byte: 0xE9, invalidBytes: 2, requested: true)) {
            try CSVText.decode(Array("nom\nRen".utf8) + [0xE9, 0x3B, 0x4C, 0xE9, 0x61], as: .utf8)
        }
        #expect(EncodingChoice(name: "UTF-8") == .utf8)
        #expect(EncodingChoice(name: "utf8") == .utf8)
        #expect(EncodingChoice(name: "Windows-1252") == .windows1252)
        #expect(EncodingChoice(name: "cp1252") == .windows1252)
        #expect(EncodingChoice(name: "latin9") == nil)
    }

    @Test func highBytesWithoutAnyUTF8SequenceAreWindows1252() throws {
        // Lefèvre;Cécile — every accent a single byte followed by an ASCII letter.
        let bytes: [UInt8] = Array("nom;prenom\nLef".utf8) + [0xE8] + Array("vre;C".utf8) + [0xE9] + Array("cile\n".utf8)
        #expect(try CSVText.decode(bytes) == ("nom;prenom\nLefèvre;Cécile\n", .windows1252))
        // Overlong forms and surrogates are not UTF-8 sequences either.
        #expect(try CSVText.decode([0x41, 0xC0, 0x80, 0xED, 0xA0, 0x80]).encoding == .windows1252)
    }

    @Test func aBOMSaysUTF8EvenWithoutOtherAccents() {
        #expect(throws: InvalidUTF8(line: 1, byte: 0xE9, invalidBytes: 1, requested: false)) {
            try CSVText.decode([0xEF, 0xBB, 0xBF] + Array("nom;pr".utf8) + [0xE9] + Array("nom".utf8))
        }
    }

    @Test func theLineCountsEveryKindOfLineBreak() {
        // CRLF, LF, CR, and a line break inside quotes: the bad byte is on line 5.
        let bytes: [UInt8] = Array("a\r\nb\n\"c\nd\"\re".utf8) + [0xC3, 0x28] + Array("é".utf8)
        #expect(throws: InvalidUTF8(line: 5, byte: 0xC3, invalidBytes: 1, requested: false)) { try CSVText.decode(bytes) }
        let scan = UTF8Scan(bytes[...])
        #expect(scan.multiByteSequences == 1)
        #expect(scan.firstInvalid == 12)
    }
}
