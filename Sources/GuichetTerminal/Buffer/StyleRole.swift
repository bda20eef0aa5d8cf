/// The semantic role of a cell; themes map each role to colours and attributes.
public enum StyleRole: String, Sendable, CaseIterable {
    case normal, title, header, selection, muted, error, warning, success, field, fieldFocused,
         keyName, keyLabel, keyDisabled, border, dialog, highlight, chart, disabled
}
