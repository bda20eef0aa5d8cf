import Foundation

/// CSV for spreadsheets (RFC 4180): a cell holding the separator, a double quote or
/// a line break is quoted, its quotes doubled; records end with CR LF. French
/// spreadsheets open `;` and UTF-8 with a byte order mark without asking, so those
/// are the defaults.
///
/// A text cell that a spreadsheet would take as a formula (`=`, `+`, `-`, `@` first,
/// or a tab or carriage return) gets a leading `'`: the cell shows the text and
/// nothing runs (CSV injection). Numbers the program writes itself are `number`
/// cells, left as they are (a negative gap stays a number).
public struct CSVWriter: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(String)
    }

    public let separator: Character
    public private(set) var bytes: [UInt8]
    public private(set) var records = 0

    public init(separator: Character = ";", byteOrderMark: Bool = true) {
        self.separator = separator
        bytes = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    }

    /// The decimal separator that goes with the cell separator: a comma with `;`, a point with `,`.
    public var decimal: Character { separator == "," ? "." : "," }

    public mutating func append(_ cells: [Cell]) {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line.append(separator) }
            switch cell {
            case .text(let text): line += quoted(Self.neutralised(text))
            case .number(let text): line += quoted(text)
            }
        }
        bytes += Array((line + "\r\n").utf8)
        records += 1
    }

    public mutating func append(texts: [String]) { append(texts.map(Cell.text)) }

    /// The text with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }

    private func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
