import GuichetCore
import GuichetTerminal

/// The actions every screen shares, with the same keys everywhere (UX.md, "Keys").
public enum StandardActions {
    public static let helpID = "help"
    public static let backID = "back"

    public static let help = ScreenAction(
        id: helpID, functionKey: 1, controlKey: "g", otherKeys: [.character("?")],
        label: AppText.actionHelp, help: AppText.actionHelpHelp, yieldsToTextInput: true)

    public static let back = ScreenAction(
        id: backID, functionKey: 10, otherKeys: [.escape],
        label: AppText.actionBack, help: AppText.actionBackHelp)

    public static let quit = ScreenAction(
        id: backID, functionKey: 10, otherKeys: [.escape],
        label: AppText.actionQuit, help: AppText.actionQuitHelp)

    public static func save(label: Phrase = AppText.actionSave, help: Phrase = AppText.actionSaveHelp) -> ScreenAction {
        ScreenAction(id: "save", functionKey: 2, controlKey: "n", label: label, help: help)
    }
}
