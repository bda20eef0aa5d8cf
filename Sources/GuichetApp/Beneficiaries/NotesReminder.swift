import GuichetCore
import GuichetTerminal

/// The reminder beside the notes: the person may read them. Wrapped, never cut.
enum NotesReminder {
    static func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        for (index, line) in TextWrap.wrap(context.text(BeneficiaryDraft.notesReminder), width: area.width).prefix(area.height).enumerated() {
            TextLine(line, role: .muted).render(into: &buffer, area: area.row(index))
        }
    }
}
