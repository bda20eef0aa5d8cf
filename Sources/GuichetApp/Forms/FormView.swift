import GuichetCore
import GuichetTerminal

/// Draws a form: labels left, fields right, one row each; a field in error has
/// its label marked `!` so the mark reads without colour. Returns the cursor.
struct FormView {
    let form: FormState
    let fieldWidth: Int

    init(form: FormState, fieldWidth: Int = 40) {
        self.form = form
        self.fieldWidth = fieldWidth
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let labels = form.fields.map { context.text($0.label) }
        let labelWidth = min(32, (labels.map(TextWidth.of).max() ?? 0) + 3)
        let width = max(1, min(fieldWidth, area.width - labelWidth - 2))
        var cursor: Position?
        // A form taller than its area scrolls so that the focused field stays in view.
        let offset = form.fields.count > area.height
            ? min(max(0, form.focus - area.height / 2), form.fields.count - area.height) : 0
        for (index, field) in form.fields.enumerated() where index >= offset && index - offset < area.height {
            let y = area.y + index - offset
            let focused = index == form.focus
            let mark = field.error == nil ? "  " : "! "
            TextLine(mark + labels[index], role: field.error == nil ? (focused ? .highlight : .normal) : .error)
                .render(into: &buffer, area: Rect(x: area.x, y: y, width: labelWidth, height: 1))
            let fieldArea = Rect(x: area.x + labelWidth, y: y, width: width, height: 1)
            switch field.kind {
            case .text(let state):
                let position = TextFieldView(state: state, focused: focused).render(into: &buffer, area: fieldArea, glyphs: context.glyphs)
                if focused { cursor = position }
            case .choice(let options, let selected):
                let label = options.isEmpty ? "" : context.text(options[selected].label)
                let (open, close) = context.glyphs == .ascii ? ("< ", " >") : ("‹ ", " ›")
                let shown = open + label + close
                buffer.fill(fieldArea, role: focused ? .fieldFocused : .field)
                TextLine(shown, role: focused ? .fieldFocused : .field)
                    .render(into: &buffer, area: fieldArea)
                if focused { cursor = Position(x: fieldArea.x + 2, y: y) }
            }
        }
        return cursor
    }
}
