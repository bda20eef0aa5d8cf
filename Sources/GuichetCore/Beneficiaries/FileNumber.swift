import Foundation

/// A beneficiary's file number `SITE-YYYY-NNNNN` (`PAR-2026-00042`): the site
/// code, the year of creation and a sequence per site and year (1 to 99999).
public struct FileNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let sequences = 1...99_999
    public static let years = 2000...9999

    public let site: SiteCode
    public let year: Int
    public let sequence: Int
    /// `PAR-2026-00042`, made once: lists show it for every row at every keystroke.
    public let formatted: String

    public init?(site: SiteCode, year: Int, sequence: Int) {
        guard FileNumber.years.contains(year), FileNumber.sequences.contains(sequence) else { return nil }
        self.init(site: site, year: year, sequence: sequence, formatted: ASCIIText.make(capacity: 15) { text in
            text.append(site.value)
            text.byte(UInt8(ascii: "-"))
            text.number(year)
            text.byte(UInt8(ascii: "-"))
            text.number(sequence, width: 5)
        })
    }

    private init(site: SiteCode, year: Int, sequence: Int, formatted: String) {
        self.site = site
        self.year = year
        self.sequence = sequence
        self.formatted = formatted
    }

    /// Reads `PAR-2026-00042`, in any case, the sequence with or without leading zeros (`par-2026-42`).
    public init?(_ input: String) {
        if let stored = FileNumber(canonical: input) {
            self = stored
            return
        }
        let parts = input.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let site = SiteCode(String(parts[0])),
              parts[1].count == 4, parts[1].allSatisfy({ $0.isASCII && $0.isWholeNumber }), let year = Int(parts[1]),
              (1...5).contains(parts[2].count), parts[2].allSatisfy({ $0.isASCII && $0.isWholeNumber }),
              let sequence = Int(parts[2]) else { return nil }
        self.init(site: site, year: year, sequence: sequence)
    }

    /// The exact stored form `PAR-2026-00042`, read byte by byte in place (search
    /// lists decode many), and kept as the formatted text.
    private init?(canonical text: String) {
        var text = text
        let parts = text.withUTF8 { bytes -> (year: Int, sequence: Int)? in
            guard bytes.count == 14, bytes[3] == UInt8(ascii: "-"), bytes[8] == UInt8(ascii: "-"),
                  bytes[0..<3].allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
                  let year = Self.number(bytes[4..<8]), let sequence = Self.number(bytes[9..<14]),
                  FileNumber.years.contains(year), FileNumber.sequences.contains(sequence)
            else { return nil }
            return (year, sequence)
        }
        guard let parts else { return nil }
        self.init(site: SiteCode(checkedUppercase: String(text.utf8.prefix(3))!), year: parts.year, sequence: parts.sequence,
                  formatted: text)
    }

    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    public static func parse(_ input: String) throws(GuichetError) -> FileNumber {
        guard let number = FileNumber(input) else { throw .invalid(FileNumberText.expected) }
        return number
    }

    public var description: String { formatted }

    public static func < (lhs: FileNumber, rhs: FileNumber) -> Bool {
        (lhs.site.value, lhs.year, lhs.sequence) < (rhs.site.value, rhs.year, rhs.sequence)
    }
}

public enum FileNumberText {
    public static let expected = Phrase(
        fr: "Numéro de dossier : SITE-AAAA-NNNNN attendu, par ex. PAR-2026-00042",
        en: "File number: SITE-YYYY-NNNNN expected, e.g. PAR-2026-00042")
}
