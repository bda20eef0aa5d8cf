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

/// Reading the text of a spreadsheet export (French spreadsheets: `;` and Windows-1252).
public enum CSVText {
    /// UTF-8 with or without BOM; UTF-16 with a BOM (Excel's "Unicode text");
    /// anything that is not valid UTF-8 is read as Windows-1252.
    public static func decode(_ data: [UInt8]) -> (text: String, encoding: DetectedEncoding) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(data.dropFirst(3))
            if let text = String(validating: body, as: UTF8.self) { return (text, .utf8WithBOM) }
            return (windows1252(body), .windows1252)
        }
        if data.starts(with: [0xFF, 0xFE]) { return (utf16(data.dropFirst(2), littleEndian: true), .utf16LittleEndian) }
        if data.starts(with: [0xFE, 0xFF]) { return (utf16(data.dropFirst(2), littleEndian: false), .utf16BigEndian) }
        if let text = String(validating: data, as: UTF8.self) { return (text, .utf8) }
        return (windows1252(data), .windows1252)
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
