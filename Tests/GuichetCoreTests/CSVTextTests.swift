import Testing
@testable import GuichetCore

@Suite struct CSVTextTests {
    @Test func utf8WithAndWithoutBOM() {
        let body = Array("nom;prenom\nDupont;Hélène\n".utf8)
        let plain = CSVText.decode(body)
        #expect(plain.encoding == .utf8)
        #expect(plain.text == "nom;prenom\nDupont;Hélène\n")
        let bom = CSVText.decode([0xEF, 0xBB, 0xBF] + body)
        #expect(bom.encoding == .utf8WithBOM)
        #expect(bom.text == plain.text)
        #expect(CSVText.parseRows(bom.text, separator: ";")[0].fields == ["nom", "prenom"])
    }

    @Test func windows1252BytesOfFrenchSpreadsheets() {
        // "Hélène;Œuvre;12 €;l’été" as written by Excel in Windows-1252
        let bytes: [UInt8] = [0x48, 0xE9, 0x6C, 0xE8, 0x6E, 0x65, 0x3B, 0x8C, 0x75, 0x76, 0x72, 0x65, 0x3B,
                              0x31, 0x32, 0x20, 0x80, 0x3B, 0x6C, 0x92, 0xE9, 0x74, 0xE9]
        let decoded = CSVText.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "Hélène;Œuvre;12 €;l’été")
    }

    @Test func fullWindows1252HighTable() {
        let expected = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ"
        #expect(CSVText.windows1252(Array(0x80...0x9F)) == expected)
        #expect(CSVText.windows1252([0xA0, 0xAB, 0xBB, 0xC7, 0xE7, 0xFF]) == "\u{A0}«»Çç\u{FF}")
        #expect(CSVText.windows1252(Array(0x20...0x7E)) == String(decoding: Array(0x20...0x7E), as: UTF8.self))
    }

    @Test func utf16WithBOM() {
        let text = "nom\tprenom\r\nŒdipe\tZoë\r\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(CSVText.decode(little) == (text, .utf16LittleEndian))
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(CSVText.decode(big).text == text)
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
