import GuichetCore
import GuichetTerminal

/// A figure three rows tall, for the screens turned toward the person: the
/// digits in blocks (▀ █ in UTF-8, the seven-segment `_ |` in ASCII), legible
/// without colour, then a small unit on the last row (`€ par mois`).
struct BigFigure {
    /// Digits, with `,` `.` `-` and spaces (thousands).
    let number: String
    /// Small text before the digits (`€` in English) and after them (`€ par mois`).
    var prefix = ""
    var suffix = ""
    var role: StyleRole = .header

    static let height = 3

    /// The columns the figure takes.
    func width(_ glyphs: Glyphs) -> Int {
        let font = Self.font(glyphs)
        let digits = number.reduce(0) { $0 + (font[$1]?[0].count ?? 0) + 1 }
        return TextWidth.of(prefix) + digits + TextWidth.of(suffix)
    }

    /// Draws from `origin`, never past `maxX`; returns the columns used.
    @discardableResult
    func render(into buffer: inout Buffer, at origin: Position, maxX: Int, glyphs: Glyphs) -> Int {
        let font = Self.font(glyphs)
        var x = origin.x
        let bottom = origin.y + Self.height - 1
        if !prefix.isEmpty {
            x += buffer.write(prefix, at: Position(x: x, y: bottom), role: role, maxWidth: max(0, maxX - x))
        }
        for character in number {
            guard let rows = font[character] else { continue }
            let width = rows[0].count
            guard x + width <= maxX else { break }
            for (row, text) in rows.enumerated() {
                buffer.write(text, at: Position(x: x, y: origin.y + row), role: role, maxWidth: width)
            }
            x += width + 1
        }
        if !suffix.isEmpty, x < maxX {
            x += buffer.write(suffix, at: Position(x: x, y: bottom), role: .normal, maxWidth: maxX - x)
        }
        return x - origin.x
    }

    static func font(_ glyphs: Glyphs) -> [Character: [String]] {
        glyphs == .ascii ? ascii : blocks
    }

    private static let blocks: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"], "1": ["▀█ ", " █ ", "▀▀▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"], "4": ["█ █", "▀▀█", "  ▀"], "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"], "7": ["▀▀█", "  █", "  ▀"], "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"], ",": [" ", " ", "█"], ".": [" ", " ", "▀"], " ": [" ", " ", " "],
        "-": ["   ", "▀▀▀", "   "],
    ]

    private static let ascii: [Character: [String]] = [
        "0": [" _ ", "| |", "|_|"], "1": ["   ", "  |", "  |"], "2": [" _ ", " _|", "|_ "],
        "3": [" _ ", " _|", " _|"], "4": ["   ", "|_|", "  |"], "5": [" _ ", "|_ ", " _|"],
        "6": [" _ ", "|_ ", "|_|"], "7": [" _ ", "  |", "  |"], "8": [" _ ", "|_|", "|_|"],
        "9": [" _ ", "|_|", " _|"], ",": [" ", " ", ","], ".": [" ", " ", "."], " ": [" ", " ", " "],
        "-": ["   ", " _ ", "   "],
    ]

    /// An amount as a big figure: `75,00` then ` € par mois` (`€` first in English).
    static func money(_ amount: Money, per: Phrase?, _ context: AppContext) -> BigFigure {
        let magnitude = Money(cents: Int64(amount.cents.magnitude))
        var digits = magnitude.formatted(context.language)
        digits.removeAll { $0 == "€" }
        digits = digits.trimmingWhitespace().replacingOccurrences(of: "\u{202F}", with: " ")
        if context.language == .english { digits = digits.replacingOccurrences(of: ",", with: " ") }
        let sign = amount.cents < 0 ? "-" : ""
        let unit = per.map { " " + context.text($0) } ?? ""
        return context.language == .french
            ? BigFigure(number: sign + digits, suffix: " €" + unit)
            : BigFigure(number: sign + digits, prefix: "€ ", suffix: unit)
    }

    /// A share as a big figure: `8,8` then ` %`.
    static func share(_ tenths: Int, _ context: AppContext) -> BigFigure {
        BigFigure(number: ResourceShare.number(tenths, context.language), suffix: context.language == .french ? " %" : "%")
    }
}

/// Drawing helpers of the budget screens.
enum BudgetDraw {
    /// `text` wrapped to the area's width, at most `rows` lines from `row`; returns the rows used.
    @discardableResult
    static func paragraph(_ text: String, role: StyleRole = .normal, into buffer: inout Buffer, area: Rect, row: Int,
                          rows: Int = 2) -> Int {
        let lines = TextWrap.wrap(text, width: area.width).prefix(max(0, min(rows, area.height - row)))
        for (index, line) in lines.enumerated() {
            TextLine(line, role: role).render(into: &buffer, area: area.row(row + index))
        }
        return lines.count
    }

    /// The hint line made from a screen's actions, wrapped over `rows` rows at the most.
    static func hints<Action>(_ actions: [ScreenAction<Action>], into buffer: inout Buffer, area: Rect, row: Int, rows: Int = 1,
                              _ context: AppContext) {
        paragraph(KeyHints.line(actions, context.language), role: .muted, into: &buffer, area: area, row: row, rows: rows)
    }
}

extension BudgetDraw {
    /// A cell of a list: cut one column short of `width`, so that a long text keeps a space before the next column.
    static func cell(_ text: String, _ width: Int) -> String {
        TextWidth.of(text) < width ? text : TextWidth.truncated(text, to: width - 1)
    }
}
