import GuichetCore
import GuichetTerminal

/// How keys are named in the help screen.
enum KeyNames {
    static func name(of key: Key, _ language: Language) -> String {
        switch key {
        case .character(" "): return AppText.keySpace.text(language)
        case .character(let character): return String(character)
        case .ctrl(let letter): return "Ctrl-" + String(letter).uppercased()
        case .function(let number): return "F\(number)"
        case .enter: return AppText.keyEnter.text(language)
        case .escape: return AppText.keyEscape.text(language)
        case .tab: return AppText.keyTab.text(language)
        case .backTab: return AppText.keyBackTab.text(language)
        case .backspace: return AppText.keyBackspace.text(language)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return AppText.keyHome.text(language)
        case .end: return AppText.keyEnd.text(language)
        case .pageUp: return AppText.keyPageUp.text(language)
        case .pageDown: return AppText.keyPageDown.text(language)
        case .insert: return "Ins"
        case .delete: return AppText.keyDelete.text(language)
        case .resize: return ""
        }
    }
}
