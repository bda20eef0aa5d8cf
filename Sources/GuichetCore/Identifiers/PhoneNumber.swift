/// A telephone number, stored in E.164 form (`+33612345678`).
///
/// French numbers are read in any common writing: `06 12 34 56 78`,
/// `06.12.34.56.78`, `06-12-34-56-78`, `(06) 12 34 56 78`, `+33 6 12 34 56 78`,
/// `0033 6 12 34 56 78`, `+33 (0)6 12 34 56 78` and `+33 06 12 34 56 78` (the
/// stray national 0 after the country code is dropped, as libphonenumber does).
/// Overseas departments dialled nationally (`0692…`, `0590…`) get their own
/// country code (+262, +590, +594, +596), so their E.164 form is correct.
/// Foreign numbers `+CC…` or `00CC…` are accepted when plausible for E.164:
/// a country code that does not start with 0, 8 to 15 digits in all, at least
/// 6 after the country code (exactly 10 after +1 and +7).
public struct PhoneNumber: Sendable, Hashable, CustomStringConvertible {
    /// `+` followed by 8 to 15 digits.
    public let e164: String

    private init(e164: String) { self.e164 = e164 }

    /// A number read back from the database, where only `parse`'s output is
    /// ever written: its shape is checked (`+` and 8 to 15 digits), not its
    /// plan again — search lists decode dozens of these at every keystroke.
    public init?(storedE164 text: String) {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "+"), (9...16).contains(bytes.count),
              bytes.dropFirst().allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        self.init(e164: text)
    }

    public var description: String { e164 }

    // MARK: Reading

    public static func parse(_ input: String) throws(GuichetError) -> PhoneNumber {
        guard let form = Form(input) else { throw .invalid(PhoneText.characters) }
        switch form {
        case .national(let digits):
            guard digits.count == 10, digits.first == "0", let second = digits.dropFirst().first, second != "0" else {
                throw .invalid(PhoneText.frenchExpected)
            }
            return french(nationalSignificant: String(digits.dropFirst()))
        case .international(let digits):
            if digits.hasPrefix("33") {
                var significant = digits.dropFirst(2)
                if significant.count == 10, significant.first == "0" { significant = significant.dropFirst() }
                guard significant.count == 9, significant.first != "0" else { throw .invalid(PhoneText.frenchExpected) }
                return french(nationalSignificant: String(significant))
            }
            for code in overseasCountryCodes where digits.hasPrefix(code) {
                var significant = digits.dropFirst(code.count)
                if significant.count == 10, significant.first == "0" { significant = significant.dropFirst() }
                if significant.count == 9, overseasCode(forNationalSignificant: String(significant)) == code {
                    return PhoneNumber(e164: "+" + code + significant)
                }
            }
            guard let first = digits.first, first != "0", (8...15).contains(digits.count),
                  digits.count - countryCodeLength(digits) >= 6 else {
                throw .invalid(PhoneText.foreignExpected)
            }
            // North America (+1) and Russia/Kazakhstan (+7) have 10-digit national numbers.
            if first == "1" || first == "7", digits.count != 11 { throw .invalid(PhoneText.foreignExpected) }
            return PhoneNumber(e164: "+" + digits)
        }
    }

    /// The national significant digits to search by phone, from a partial
    /// number in any writing: `06.12` → `612`, `+33 6 12` → `612`,
    /// `0033 6` → `6`. Foreign numbers give all their digits after the `+`
    /// (`+44 20` → `4420`), as `searchKey` does. nil when the text is not a
    /// phone number (letters…) or holds no significant digit yet.
    /// Whether a search reads as a phone more than as a file number: written as a
    /// phone (`+33…`, `0033…`, or `0` then a digit from 1 to 9), with at least 4
    /// digits. `0612` does; `00042` (a file's sequence) and `2026-00042` do not.
    public static func looksLikePhone(_ input: String) -> Bool {
        guard let form = Form(input) else { return false }
        switch form {
        case .national(let digits):
            return digits.count >= 4 && digits.first == "0" && digits.dropFirst().first.map { $0 != "0" } == true
        case .international(let digits):
            return digits.count >= 4
        }
    }

    public static func searchDigits(_ input: String) -> String? {
        guard let form = Form(input) else { return nil }
        var result: Substring
        switch form {
        case .national(let digits):
            result = digits.first == "0" ? digits.dropFirst() : digits[...]
        case .international(let digits):
            if digits.hasPrefix("33") {
                result = digits.dropFirst(2)
                if result.first == "0" { result = result.dropFirst() }
            } else if let code = overseasCountryCodes.first(where: { digits.hasPrefix($0) }) {
                result = digits.dropFirst(code.count)
                if result.first == "0" { result = result.dropFirst() }
            } else {
                result = digits[...]
            }
        }
        return result.isEmpty ? nil : String(result)
    }

    // MARK: Showing

    /// True for numbers of the French numbering plan (metropolitan and overseas).
    public var isFrench: Bool { nationalSignificant != nil }

    /// The 9 digits after the country code of a French number (`612345678`), else nil.
    public var nationalSignificant: String? {
        if e164.hasPrefix("+33") { return String(e164.dropFirst(3)) }
        for code in PhoneNumber.overseasCountryCodes where e164.hasPrefix("+" + code) {
            let rest = String(e164.dropFirst(code.count + 1))
            if PhoneNumber.overseasCode(forNationalSignificant: rest) == code { return rest }
        }
        return nil
    }

    /// The 10-digit national writing of a French number (`0612345678`), else nil.
    public var nationalDigits: String? { nationalSignificant.map { "0" + $0 } }

    /// French numbers as dialled in France, in pairs (`06 12 34 56 78`);
    /// foreign ones as `+CC` then the rest in pairs from the right (`+44 20 79 46 09 58`).
    public var display: String {
        if let metropolitan = metropolitanDisplay { return metropolitan }
        if let national = nationalDigits { return PhoneNumber.pairs(national) }
        let digits = String(e164.dropFirst())
        let codeLength = PhoneNumber.countryCodeLength(digits)
        return "+" + digits.prefix(codeLength) + " " + PhoneNumber.pairs(String(digits.dropFirst(codeLength)))
    }

    /// `+33612345678` as `06 12 34 56 78`, straight from the stored bytes (the
    /// search list shows a phone on most rows at every keystroke); nil for
    /// other numbers.
    private var metropolitanDisplay: String? {
        let utf8 = e164.utf8
        var bytes = utf8.makeIterator()
        guard utf8.count == 12, bytes.next() == UInt8(ascii: "+"), bytes.next() == UInt8(ascii: "3"),
              bytes.next() == UInt8(ascii: "3") else { return nil }
        return ASCIIText.make(capacity: 15) { text in
            text.byte(UInt8(ascii: "0"))
            var index = 0
            while let digit = bytes.next() {
                if index % 2 == 1 { text.byte(UInt8(ascii: " ")) }
                text.byte(digit)
                index += 1
            }
        }
    }

    /// The digits a phone search is matched against (prefix search): the
    /// national significant digits of a French number, all the digits of a foreign one.
    public var searchKey: String { nationalSignificant ?? String(e164.dropFirst()) }

    /// French mobiles: 06 and 073 to 079 (and the overseas mobile ranges).
    /// Foreign numbers are not classified (false).
    public var isMobile: Bool {
        guard let significant = nationalSignificant else { return false }
        if e164.hasPrefix("+33") {
            let chars = Array(significant)
            return chars[0] == "6" || (chars[0] == "7" && ("3"..."9").contains(chars[1]))
        }
        return PhoneNumber.overseasMobilePrefixes.contains(where: { significant.hasPrefix($0) })
    }

    // MARK: Internals

    private enum Form {
        /// Digits as typed without an international prefix.
        case national(String)
        /// Digits after `+` or `00` (country code first), with `(0)` removed.
        case international(String)

        /// nil when the text holds anything but digits, spaces, `. - / ( )` and one leading `+`.
        init?(_ input: String) {
            var compact: [Character] = []
            for character in input {
                if character.isWhitespace || character == "." || character == "-" || character == "/"
                    || character == "\u{2010}" || character == "\u{2011}" || character == "\u{2013}" { continue }
                guard character == "+" || character == "(" || character == ")"
                    || (character.isASCII && character.isWholeNumber) else { return nil }
                compact.append(character)
            }
            var text = String(compact)
            guard !text.isEmpty else { return nil }
            var international = false
            if text.hasPrefix("+") {
                international = true
                text.removeFirst()
            } else if text.hasPrefix("(+") {   // (+33) 6 12 34 56 78
                international = true
                text.removeFirst(2)
            }
            guard !text.contains("+") else { return nil }
            if international || text.hasPrefix("00") || text.hasPrefix("(00") {
                if let range = text.range(of: "(0)") { text.removeSubrange(range) }
            }
            text.removeAll { $0 == "(" || $0 == ")" }
            if !international && text.hasPrefix("00") {
                international = true
                text.removeFirst(2)
            }
            self = international ? .international(text) : .national(text)
        }
    }

    private static func french(nationalSignificant significant: String) -> PhoneNumber {
        if let code = overseasCode(forNationalSignificant: significant) { return PhoneNumber(e164: "+" + code + significant) }
        return PhoneNumber(e164: "+33" + significant)
    }

    /// Country codes of the overseas departments that share the French national plan.
    static let overseasCountryCodes = ["262", "590", "594", "596"]

    /// Overseas ranges of the national plan (ARCEP): fixed and mobile prefixes → country code.
    private static let overseasPrefixes: [(prefix: String, code: String)] = [
        ("262", "262"), ("263", "262"), ("692", "262"), ("693", "262"), // La Réunion
        ("269", "262"), ("639", "262"),                                 // Mayotte
        ("590", "590"), ("690", "590"), ("691", "590"),                 // Guadeloupe, Saint-Martin, Saint-Barthélemy
        ("594", "594"), ("694", "594"),                                 // Guyane
        ("596", "596"), ("696", "596"), ("697", "596"),                 // Martinique
    ]
    private static let overseasMobilePrefixes = ["692", "693", "639", "690", "691", "694", "696", "697"]

    private static func overseasCode(forNationalSignificant significant: String) -> String? {
        overseasPrefixes.first(where: { significant.hasPrefix($0.prefix) })?.code
    }

    /// Length of the E.164 country code at the start of `digits` (1, 2 or 3).
    static func countryCodeLength(_ digits: String) -> Int {
        let chars = Array(digits)
        guard let first = chars.first else { return 0 }
        if first == "1" || first == "7" { return 1 }
        guard chars.count >= 2 else { return 1 }
        let two = String(chars[0...1])
        let twoDigitCodes: Set<String> = [
            "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
            "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
            "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
        ]
        return twoDigitCodes.contains(two) ? 2 : 3
    }

    /// Digits in pairs, a lone leading digit when the count is odd.
    /// Pairs from the right, the first group of one or two: one pass, no arrays
    /// (this formats every phone on the search list at each keystroke).
    private static func pairs(_ digits: String) -> String {
        let utf8 = digits.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // Stored digits are ASCII: bytes straight into the result.
            let count = utf8.count
            return String(unsafeUninitializedCapacity: count + count / 2) { buffer in
                var written = 0
                for (index, byte) in utf8.enumerated() {
                    if index > 0, (count - index) % 2 == 0 {
                        buffer[written] = UInt8(ascii: " ")
                        written += 1
                    }
                    buffer[written] = byte
                    written += 1
                }
                return written
            }
        }
        let count = digits.count
        var out = ""
        out.reserveCapacity(count + count / 2)
        for (index, digit) in digits.enumerated() {
            if index > 0, (count - index) % 2 == 0 { out.append(" ") }
            out.append(digit)
        }
        return out
    }
}

/// Messages of the phone number check.
public enum PhoneText {
    public static let frenchExpected = Phrase(
        fr: "Numéro de téléphone : 10 chiffres attendus, par ex. 06 12 34 56 78",
        en: "Phone number: 10 digits expected, e.g. 06 12 34 56 78")
    public static let foreignExpected = Phrase(
        fr: "Numéro étranger : + puis l’indicatif du pays et le numéro attendus, 8 à 15 chiffres en tout, par ex. +32 470 12 34 56",
        en: "Foreign number: + then the country code and the number expected, 8 to 15 digits in all, e.g. +32 470 12 34 56")
    public static let characters = Phrase(
        fr: "Numéro de téléphone : chiffres attendus (espaces, points, tirets et + initial acceptés), par ex. 06 12 34 56 78",
        en: "Phone number: digits expected (spaces, dots, dashes and a leading + accepted), e.g. 06 12 34 56 78")
}
