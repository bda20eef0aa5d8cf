import GuichetCore
import GuichetTerminal

/// F1: the keys of the screen below, generated from its action table. Each
/// action's text wraps under itself (nothing is cut); ↑ ↓ scroll when the
/// actions do not fit.
struct HelpScreen: Screen {
    enum Action { case back }

    let screenTitle: Phrase
    let entries: [ActionEntry]
    private var scroll = 0

    init(screenTitle: Phrase, entries: [ActionEntry]) {
        self.screenTitle = screenTitle
        self.entries = entries.filter { $0.availability != .hidden }
    }

    var title: Phrase { AppText.helpTitle }
    var offersHelp: Bool { false }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] { [.back(.back)] }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .back: return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        let area = Self.listArea(in: ScreenChrome.contentArea(of: context.screenSize))
        let last = max(0, lines(width: area.width, context).count - area.height)
        scroll = ScrollKeys.offset(scroll, after: key, page: area.height, last: last) ?? scroll
        return .none
    }

    private static func listArea(in area: Rect) -> Rect {
        Rect(x: area.x + 1, y: area.y + 2, width: max(0, area.width - 2), height: max(0, area.height - 4))
    }

    /// Every action as lines: its keys in a first column, then « label — help », wrapped.
    private func lines(width: Int, _ context: AppContext) -> [(text: String, role: StyleRole)] {
        let keyWidth = min(24, (entries.map { TextWidth.of($0.keys.names(context.language)) }.max() ?? 0) + 2)
        let textWidth = max(10, width - keyWidth)
        var lines: [(String, StyleRole)] = []
        for entry in entries {
            var text = context.text(entry.label) + " — " + context.text(entry.help)
            var role = StyleRole.normal
            if case .greyed(let reason) = entry.availability {
                text += " (" + context.text(reason) + ")"
                role = .muted
            }
            let keys = TextWrap.wrap(entry.keys.names(context.language), width: keyWidth - 2)
            let wrapped = TextWrap.wrap(text, width: textWidth)
            for index in 0..<max(keys.count, wrapped.count) {
                let keyPart = index < keys.count ? keys[index] : ""
                let textPart = index < wrapped.count ? wrapped[index] : ""
                lines.append((TextWidth.padded(keyPart, to: keyWidth) + textPart, role))
            }
        }
        return lines
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        TextLine(context.text(AppText.helpHeading, context.text(screenTitle)), role: .header)
            .render(into: &buffer, area: area.row(0))
        let listArea = Self.listArea(in: area)
        let all = lines(width: listArea.width, context)
        let first = min(scroll, max(0, all.count - listArea.height))
        for (row, line) in all.dropFirst(first).prefix(listArea.height).enumerated() {
            TextLine(line.text, role: line.role).render(into: &buffer, area: listArea.row(row))
        }
        if all.count > listArea.height {
            let position = "\(first + 1)–\(min(all.count, first + listArea.height))/\(all.count)"
            TextLine(position, role: .muted, alignment: .right).render(into: &buffer, area: area.row(0))
        }
        let language = context.language
        let footer = AppText.helpFooter.text(language, KeyNames.name(of: .tab, language), "↑ ↓",
                                             ActionKeys(function: 10, others: [.escape]).names(language))
        TextLine(footer, role: .muted).render(into: &buffer, area: area.row(area.height - 1))
        return nil
    }
}
