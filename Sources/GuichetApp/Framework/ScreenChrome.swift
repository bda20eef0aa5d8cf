import GuichetCore
import GuichetTerminal

/// The frame around every screen at 80×24 and larger: line 1 is the site,
/// the title, the user and the clock; the line above the last is the message
/// line; the last line is the function-key bar made from the action table.
enum ScreenChrome {
    static let minimumSize = Size(width: 80, height: 24)

    static func contentArea(of size: Size) -> Rect {
        Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 4))
    }

    /// `PAR Paris 19e · Fiche … Alice Martin  27/11/2026 10:30`. The title is never
    /// cut: when the line is short, the site's name goes first, then the user's.
    static func drawHeader(into buffer: inout Buffer, title: String, context: AppContext) {
        let width = buffer.size.width
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .title)
        let clock = context.today.formatted(context.language) + " " + Timestamp.clockText(context.clock.now(), in: context.timeZone)
        let user = context.actor.map { $0.displayName + "  " } ?? ""
        let code = context.site?.code.value ?? "Guichet"
        let named = context.site.map { $0.code.value + " " + $0.name } ?? "Guichet"
        // Left and right parts, fullest first; a space at both ends and two between.
        let layouts = [(named, user + clock), (code, user + clock), (code, clock)]
        let room = width - 4
        let (site, right) = layouts.first { TextWidth.of($0.0 + " · " + title) + TextWidth.of($0.1) <= room } ?? layouts[2]
        let rightWidth = TextWidth.of(right)
        TextLine(right, role: .title, alignment: .right)
            .render(into: &buffer, area: Rect(x: max(0, width - rightWidth - 1), y: 0, width: min(width, rightWidth + 1), height: 1))
        let leftRoom = max(0, width - rightWidth - 4)
        TextLine(site + " · " + title, role: .title).render(into: &buffer, area: Rect(x: 1, y: 0, width: leftRoom, height: 1))
    }

    /// The message line, above the key bar; a long message takes the content's last row too.
    static func drawMessage(into buffer: inout Buffer, notice: Notice?) {
        let row = buffer.size.height - 2
        guard row >= 1, let notice else { return }
        MessageLine(text: notice.text, kind: notice.kind)
            .render(into: &buffer, area: Rect(x: 0, y: row - 1, width: buffer.size.width, height: 2))
    }

    static func drawKeyBar(into buffer: inout Buffer, entries: [ActionEntry], context: AppContext) {
        let row = buffer.size.height - 1
        guard row >= 0 else { return }
        let items = keyBarItems(entries, context.language)
        FunctionKeyBar(items: items).render(into: &buffer, area: Rect(x: 0, y: row, width: buffer.size.width, height: 1), glyphs: context.glyphs)
    }

    /// The function-key actions, in key order, as the bar shows them.
    static func keyBarItems(_ entries: [ActionEntry], _ language: Language) -> [KeyBarItem] {
        entries.compactMap { entry -> (Int, KeyBarItem)? in
            guard let number = entry.keys.function, entry.availability != .hidden else { return nil }
            return (number, KeyBarItem(number: number, label: entry.label.text(language), isEnabled: entry.availability == .enabled))
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
