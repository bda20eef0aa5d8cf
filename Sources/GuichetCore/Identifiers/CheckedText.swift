/// A value that is stored and exchanged as its checked text (`+33612345678`,
/// `PAR-2026-00042`…). Decoding goes through the same check as typing, so a
/// corrupted file or JSON can never produce an invalid value.
public protocol CheckedText: Codable {
    /// The canonical text (what is stored).
    var storedText: String { get }
    /// The value of a stored text; nil when it does not pass the check.
    init?(storedText: String)
}

extension CheckedText {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(storedText: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a valid \(Self.self): \(text.prefix(40))"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(storedText)
    }
}

extension PhoneNumber: CheckedText {
    public var storedText: String { e164 }
    public init?(storedText: String) {
        guard storedText.hasPrefix("+"), let number = try? PhoneNumber.parse(storedText), number.e164 == storedText else { return nil }
        self = number
    }
}

extension IMEI: CheckedText {
    public var storedText: String { digits }
    public init?(storedText: String) {
        guard let value = try? IMEI.parse(storedText), value.digits == storedText else { return nil }
        self = value
    }
}

extension ICCID: CheckedText {
    public var storedText: String { digits }
    public init?(storedText: String) {
        guard let value = try? ICCID.parse(storedText), value.digits == storedText else { return nil }
        self = value
    }
}

extension Email: CheckedText {
    public var storedText: String { value }
    public init?(storedText: String) {
        guard let value = try? Email.parse(storedText), value.value == storedText else { return nil }
        self = value
    }
}

extension FileNumber: CheckedText {
    public var storedText: String { formatted }
    public init?(storedText: String) {
        guard let value = FileNumber(storedText), value.formatted == storedText else { return nil }
        self = value
    }
}
