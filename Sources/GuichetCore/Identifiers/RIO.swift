/// The RIO (relevé d'identité opérateur), asked for when porting a number:
/// 12 characters `OO Q RRRRRR CCC` — operator (2 digits), line type (`P` or `E`
/// for a mobile line, another letter F–Z for a fixed one), 6 letters or digits
/// of customer reference, and a 3-symbol key computed with the line's 10-digit number.
public struct RIO: Sendable, Hashable, CustomStringConvertible {
    /// The 12 characters, upper-cased, without spaces.
    public let value: String

    private init(value: String) { self.value = value }

    public var description: String { value }
    public var operatorCode: String { String(value.prefix(2)) }
    public var lineType: Character { Array(value)[2] }
    public var customerRef: String { String(Array(value)[3..<9]) }
    public var key: String { String(value.suffix(3)) }
    public var isMobileLine: Bool { lineType == "P" || lineType == "E" }

    /// Known operator codes (others exist: the code is not refused for being unknown).
    public var operatorName: String? {
        switch operatorCode {
        case "01": return "Orange"
        case "02": return "SFR"
        case "03": return "Bouygues Telecom"
        case "04": return "Free"
        default: return nil
        }
    }

    /// `01 P EROY4P 4TR`, easier to read back over the phone.
    public var display: String {
        "\(operatorCode) \(lineType) \(customerRef) \(key)"
    }

    static let alphabet: [Character] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+")

    /// The key of a RIO for the line `phone` (10 digits, national form `0612345678`).
    /// nil when a part has the wrong shape.
    public static func key(operatorCode: String, lineType: Character, customerRef: String, phone: String) -> String? {
        let ref = customerRef.uppercased()
        let type = Character(String(lineType).uppercased())
        guard operatorCode.count == 2, operatorCode.allSatisfy({ $0.isASCII && $0.isWholeNumber }),
              ("E"..."Z").contains(type),
              ref.count == 6, ref.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isWholeNumber) }),
              phone.count == 10, phone.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else { return nil }
        var a = 0, b = 0, c = 0
        for character in operatorCode + String(type) + ref + phone {
            guard let x = alphabet.firstIndex(of: character) else { return nil }
            a = (a + x) % 37
            b = (2 * b + x) % 37
            c = (4 * c + x) % 37
        }
        return String([alphabet[a], alphabet[b], alphabet[c]])
    }

    /// Checks the shape of `input` (spaces allowed, any case) and its key against `phone`.
    public static func parse(_ input: String, phone: PhoneNumber) throws(GuichetError) -> RIO {
        let text = String(input.filter { !$0.isWhitespace }).uppercased()
        let chars = Array(text)
        guard chars.count == 12,
              chars[0...1].allSatisfy({ $0.isASCII && $0.isWholeNumber }),
              ("E"..."Z").contains(chars[2]),
              chars[3..<9].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isWholeNumber) }),
              chars[9..<12].allSatisfy({ alphabet.contains($0) }) else {
            throw .invalid(IdentifierText.rioExpected)
        }
        guard let national = phone.nationalDigits else { throw .invalid(IdentifierText.rioFrenchLine) }
        let expected = key(operatorCode: String(chars[0...1]), lineType: chars[2],
                           customerRef: String(chars[3..<9]), phone: national)
        guard expected == String(chars[9..<12]) else {
            throw .invalid(IdentifierText.rioKeyMismatch.filled(phone.display))
        }
        return RIO(value: text)
    }
}
