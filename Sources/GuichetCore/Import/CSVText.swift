/// The encodings a spreadsheet export is read in.
public enum DetectedEncoding: String, Sendable, Equatable {
    case utf8
    case utf8WithBOM
    case utf16LittleEndian
    case utf16BigEndian
    case windows1252

    /// How people name the encoding: `UTF-8`, `Windows-1252`…
    public var name: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf8WithBOM: return "UTF-8 (BOM)"
        case .utf16LittleEndian: return "UTF-16 LE"
        case .utf16BigEndian: return "UTF-16 BE"
        case .windows1252: return "Windows-1252"
        }
    }
}

/// One record of a CSV file, with the line of the file where it starts (the header is line 1).
public struct CSVRow: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
    /// True when the file ended inside a quoted field (the field then holds the rest of the file).
    public let unclosedQuote: Bool

    public init(line: Int, fields: [String], unclosedQuote: Bool = false) {
        self.line = line
        self.fields = fields
        self.unclosedQuote = unclosedQuote
    }
}

/// The encoding the user names with `--encoding`, when the file's own is not the one detected.
public enum EncodingChoice: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"

    /// `utf-8`, `UTF8`, `windows-1252`, `cp1252`… (case and hyphens ignored); nil for another name.
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "windows1252", "cp1252", "win1252": self = .windows1252
        default: return nil
        }
    }
}

/// A file that is UTF-8 except for some bytes: read as Windows-1252 it would
/// store mojibake (`DoÄŸan`, `GÃªne`) for every correct accent, read as UTF-8 it
/// would lose the wrong bytes. It is refused, naming the first wrong byte.
public struct InvalidUTF8: Error, Sendable, Equatable {
    /// The line of the file holding the first invalid byte (line breaks inside quotes count).
    public let line: Int
    /// That byte.
    public let byte: UInt8
    /// All the invalid bytes of the file.
    public let invalidBytes: Int
    /// True when the user asked for UTF-8 (`--encoding utf-8`), false when the file looked like UTF-8.
    public let requested: Bool

    public init(line: Int, byte: UInt8, invalidBytes: Int, requested: Bool) {
        self.line = line
        self.byte = byte
        self.invalidBytes = invalidBytes
        self.requested = requested
    }

    /// `ligne 12 : octet 0xC3 invalide en UTF-8…`, with what to do.
    public var message: Phrase {
        let hex = String(byte, radix: 16, uppercase: true)
        let byteText = "0x" + (hex.count < 2 ? "0" : "") + hex
        let others = invalidBytes > 1 ? ImportText.otherInvalidBytes.filled(invalidBytes) : Phrase(fr: "", en: "")
        return (requested ? ImportText.invalidRequestedUTF8 : ImportText.invalidUTF8).filled(line, byteText, others)
    }
}

/// Reading the text of a spreadsheet export (French spreadsheets: `;` and Windows-1252).
public enum CSVText {
    /// The text of a file and its encoding, decided from the whole file:
    /// - a BOM says UTF-8 or UTF-16 (Excel's "Unicode text");
    /// - else a file that is valid UTF-8 is UTF-8;
    /// - else a file holding no valid multi-byte UTF-8 sequence (only single high
    ///   bytes, like `é` = E9 followed by a letter) is Windows-1252;
    /// - else the file holds correct UTF-8 accents AND invalid bytes: it is UTF-8
    ///   with errors, refused with the line and the byte (`InvalidUTF8`), because
    ///   neither reading is right. `choice` (`--encoding`) then decides: UTF-8 must
    ///   be valid, Windows-1252 reads every byte as such.
    /// A UTF-8 BOM is dropped in both chosen encodings (it is not text).
    public static func decode(_ data: [UInt8], as choice: EncodingChoice? = nil) throws(InvalidUTF8) -> (text: String, encoding: DetectedEncoding) {
        let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? data[3...] : data[...]
        switch choice {
        case .windows1252:
            return (windows1252(body), .windows1252)
        case .utf8:
            return (try utf8(body, in: data, requested: true), hasBOM ? .utf8WithBOM : .utf8)
        case nil:
            break
        }
        if hasBOM { return (try utf8(body, in: data, requested: false), .utf8WithBOM) }
        if data.starts(with: [0xFF, 0xFE]) { return (utf16(data.dropFirst(2), littleEndian: true), .utf16LittleEndian) }
        if data.starts(with: [0xFE, 0xFF]) { return (utf16(data.dropFirst(2), littleEndian: false), .utf16BigEndian) }
        if let text = String(validating: data, as: UTF8.self) { return (text, .utf8) }
        let scan = UTF8Scan(body)
        if scan.multiByteSequences == 0 { return (windows1252(data), .windows1252) }
        throw scan.problem(in: data, requested: false)
    }

    private static func utf8(_ body: ArraySlice<UInt8>, in data: [UInt8], requested: Bool) throws(InvalidUTF8) -> String {
        if let text = String(validating: body, as: UTF8.self) { return text }
        throw UTF8Scan(body).problem(in: data, requested: requested)
    }

    /// Windows-1252 decoding: ASCII, then the 0x80–0x9F table (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ),
    /// then Latin-1 for 0xA0–0xFF. The five unassigned bytes (0x81 0x8D 0x8F 0x90 0x9D) give the
    /// C1 control of the same value, as Windows and the WHATWG decoder do.
    public static func windows1252<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F {
                scalars.append(Unicode.Scalar(cp1252High[Int(byte - 0x80)])!)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
    ]

    private static func utf16<Bytes: Collection>(_ bytes: Bytes, littleEndian: Bool) -> String where Bytes.Element == UInt8 {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            guard let second = iterator.next() else { break }
            units.append(littleEndian ? UInt16(first) | UInt16(second) << 8 : UInt16(first) << 8 | UInt16(second))
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The separator of the header line: the most frequent of `;`, `,` and tab outside
    /// quotes; `;` (what French spreadsheets write) when there is none or a tie.
    public static func detectSeparator(headerLine: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for scalar in headerLine.unicodeScalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if !quoted, counts[Character(scalar)] != nil { counts[Character(scalar)]! += 1 }
        }
        var best: Character = ";"
        for candidate in [",", "\t"] as [Character] where counts[candidate]! > counts[best]! { best = candidate }
        return best
    }

    /// RFC 4180 records: fields in double quotes may hold the separator, line breaks
    /// and doubled quotes (`""`). Line breaks are CRLF, LF or CR. Each row carries the
    /// line of the file where it starts (line breaks inside quotes count). Rows whose
    /// fields are all empty or blank (`;;;` exported below a table) are skipped.
    /// A quote inside an unquoted field is kept as a character; text after a closing
    /// quote is appended to the field.
    public static func parseRows(_ text: String, separator: Character) -> [CSVRow] {
        let separatorScalar = separator.unicodeScalars.first!
        var rows: [CSVRow] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var rowStart = 1
        var inQuotes = false
        var atFieldStart = true
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
        }
        func endRow(unclosed: Bool = false) {
            endField()
            let blank = fields.allSatisfy { $0.trimmingWhitespace().isEmpty }
            if !blank { rows.append(CSVRow(line: rowStart, fields: fields, unclosedQuote: unclosed)) }
            fields = []
        }

        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    else if scalar == "\r" {
                        let next = iterator.next()
                        if next != "\n" { pending = next }
                        field.append("\r")
                        if next == "\n" { field.append("\n") }
                        line += 1
                        continue
                    }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case separatorScalar:
                endField()
            case "\n", "\r":
                if scalar == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endRow()
                line += 1
                rowStart = line
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
            default:
                field.append(scalar)
                atFieldStart = false
            }
        }
        if inQuotes {
            endRow(unclosed: true)
        } else if !(fields.isEmpty && field.isEmpty && atFieldStart) {
            endRow()
        }
        return rows
    }
}

/// One pass over bytes that are not valid UTF-8: the well-formed multi-byte
/// sequences (Unicode table 3-7: no overlong forms, no surrogates, nothing above
/// U+10FFFF) and the bytes that start no well-formed sequence.
struct UTF8Scan {
    var multiByteSequences = 0
    var invalidBytes = 0
    /// The index (in the scanned bytes' own indices) of the first invalid byte.
    var firstInvalid: Int?

    init(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = Self.sequenceLength(bytes, at: index)
            if length == 0 {
                invalidBytes += 1
                if firstInvalid == nil { firstInvalid = index }
                index += 1
            } else {
                if length > 1 { multiByteSequences += 1 }
                index += length
            }
        }
    }

    /// The length of the well-formed sequence starting at `index`, 0 when none does.
    static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.endIndex && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// The refusal, with the line of the first invalid byte counted in `data` (CRLF, LF or CR end a line).
    func problem(in data: [UInt8], requested: Bool) -> InvalidUTF8 {
        let offset = firstInvalid ?? 0
        var line = 1
        var index = 0
        while index < offset {
            if data[index] == 0x0A {
                line += 1
            } else if data[index] == 0x0D {
                line += 1
                if index + 1 < offset, data[index + 1] == 0x0A { index += 1 }
            }
            index += 1
        }
        return InvalidUTF8(line: line, byte: offset < data.count ? data[offset] : 0, invalidBytes: invalidBytes, requested: requested)
    }
}
