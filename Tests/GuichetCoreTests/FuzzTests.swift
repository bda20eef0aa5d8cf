import Foundation
import Testing
@testable import GuichetCore

/// A seeded generator, so every run sees the same strings.
typealias SeededGenerator = SplitMix64

@Suite struct FuzzTests {
    static let pieces: [String] = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "+33", "0033", "06", "07", "(0)", "(", ")", " ", " ", ".", "-", "/",
        "a", "Z", "é", "É", "ø", "Œ", "ß", "ı", "ł", "Đ", "þ", "ŀ", "'", "’", "ʼ", "`", "@", ".fr", ";", ",", "\"", "\"\"",
        "\n", "\r\n", "\r", "\t", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "\u{202F}", "\u{200B}", "\u{200D}",
        "\u{FEFF}", "\u{301}", "\u{308}", "\u{0338}", "😀", "👩‍👩‍👧", "🇫🇷", "Ж", "ا", "中", "ﬁ", "Ⅻ", "١", "€", "{1}", "%d",
        "PAR-2026-", "00042", "27/11/", "1978", "RSA", "SDF", "\u{D7FF}", "\u{E000}", "\u{10FFFF}",
    ]
    static let phonePieces: [String] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "00", "+33", "0033", "06", "07",
                                        "(0)", " ", ".", "-", "33"]

    /// A prefix, then 8 to 12 digits with random separators: many of these are accepted.
    static func phoneLike(_ rng: inout SeededGenerator) -> String {
        var text = ["", "+33", "0033 ", "+33 ", "+33 (0)", "00", "+", "0", "06", "07"].randomElement(using: &rng)!
        for _ in 0..<Int.random(in: 7...12, using: &rng) {
            text += String(Int.random(in: 0...9, using: &rng))
            text += ["", "", "", " ", ".", "-"].randomElement(using: &rng)!
        }
        return text
    }

    static func randomString(_ rng: inout SeededGenerator, from pieces: [String], maxPieces: Int) -> String {
        let count = Int.random(in: 0...maxPieces, using: &rng)
        return (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func twoThousandRandomStringsThroughEveryParser() throws {
        var rng = SeededGenerator(seed: 20_261_127)
        let today = CalendarDay(year: 2026, month: 11, day: 27)!
        let linePhone = try PhoneNumber.parse("06 12 34 56 78")
        var acceptedPhones = 0
        for index in 0..<2_000 {
            let text = index.isMultiple(of: 2)
                ? Self.randomString(&rng, from: Self.pieces, maxPieces: 16)
                : index.isMultiple(of: 3) ? Self.randomString(&rng, from: Self.phonePieces, maxPieces: 14)
                : Self.phoneLike(&rng)

            if let phone = try? PhoneNumber.parse(text) {
                acceptedPhones += 1
                #expect(try PhoneNumber.parse(phone.e164) == phone, "\(text.debugDescription)")
                #expect(try PhoneNumber.parse(phone.display) == phone, "\(text.debugDescription)")
                #expect((8...15).contains(phone.e164.count - 1))
                #expect(phone.searchKey.hasPrefix(PhoneNumber.searchDigits(text) ?? ""), "\(text.debugDescription)")
            }
            _ = PhoneNumber.searchDigits(text)
            _ = try? IMEI.parse(text)
            _ = try? ICCID.parse(text)
            _ = try? RIO.parse(text, phone: linePhone)
            if let email = try? Email.parse(text) { #expect(email.value.count <= 254 && email.value.contains("@")) }

            let folded = NameFolding.fold(text)
            #expect(NameFolding.fold(folded) == folded, "\(text.debugDescription)")
            #expect(NameFolding.fold(text.decomposedStringWithCanonicalMapping) == folded, "\(text.debugDescription)")
            #expect(!folded.hasPrefix(" ") && !folded.hasSuffix(" ") && !folded.contains("  "))
            #expect(NameFolding.tokens(text).joined(separator: " ") == folded)

            if let name = try? PersonName.validate(text, as: .last) {
                #expect((1...80).contains(name.count))
                // What the schema's CHECK (length(last_name) BETWEEN 1 AND 80) counts: code points.
                #expect((1...80).contains(name.unicodeScalars.count))
                #expect(TextScalars.mostMarksOnOneLetter(name) <= TextScalars.maximumMarksPerLetter)
                #expect(!name.contains(where: { $0.isNumber || $0.isNewline }))
                #expect(try PersonName.validate(name, as: .last) == name)
            }
            if let birth = try? BirthDate.parse(text, today: today) {
                #expect(BirthDate.ages.contains(BirthDate.age(of: birth, on: today)))
            }
            if let number = FileNumber(text) { #expect(FileNumber(number.formatted) == number) }
            if let money = Money.parse(text) { #expect(Money.parse(money.formatted(.french)) == money) }
            _ = DayInput.parse(text, today: today)
            _ = Housing.fromImport(text)
            _ = ReferralStructureKind.guess(fromName: text)

            var draft = BeneficiaryDraft()
            draft.lastName = text
            draft.firstName = "Marie"
            draft.phone = text
            draft.notes = text
            draft.housing = text
            _ = try? draft.validated(today: today)

            for separator: Character in [";", ","] {
                let rows = CSVText.parseRows(text, separator: separator)
                #expect(rows.map(\.line) == rows.map(\.line).sorted())
            }
            let bytes = Array(text.utf8) + (0..<Int.random(in: 0...8, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            _ = try? BeneficiaryImportFile(bytes: Array("nom;prenom;telephone\n".utf8) + bytes, today: today)
            do {
                let decoded = try CSVText.decode(bytes)
                if decoded.encoding == .utf8 { #expect(decoded.text == String(decoding: bytes, as: UTF8.self)) }
                // Never mojibake: Windows-1252 only for a file without one valid multi-byte UTF-8 sequence.
                if decoded.encoding == .windows1252 { #expect(UTF8Scan(bytes[...]).multiByteSequences == 0) }
            } catch {
                #expect(String(validating: bytes, as: UTF8.self) == nil)
                #expect(UTF8Scan(bytes[...]).multiByteSequences > 0 || bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            }
        }
        #expect(acceptedPhones > 50, "the generator should produce accepted phone numbers too")
    }

    @Test func windows1252DecodesEveryByteToOneCharacter() {
        let all = (0...255).map(UInt8.init)
        let text = CSVText.windows1252(all)
        #expect(text.unicodeScalars.count == 256)
        #expect(text.unicodeScalars.first == "\u{0}")
        #expect(text.unicodeScalars.last == "ÿ")
    }
}
