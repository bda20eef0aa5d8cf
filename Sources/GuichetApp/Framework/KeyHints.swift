import GuichetCore

/// A line of hints made from a screen's actions: « Entrée : champ suivant ·
/// ← → : choisir · F2 : enregistrer · Échap : abandonner ». Actions without a
/// hint or hidden are left out; consecutive actions with the same hint share it.
enum KeyHints {
    static func line<Action>(_ actions: [ScreenAction<Action>], _ language: Language) -> String {
        var parts: [(keys: String, hint: String)] = []
        for action in actions where action.availability != .hidden {
            guard let hint = action.hint?.text(language) else { continue }
            let keys = action.keys.hintName(language)
            if let last = parts.last, last.hint == hint {
                parts[parts.count - 1].keys += " " + keys
            } else {
                parts.append((keys, hint))
            }
        }
        return parts.map { AppText.hintPair.text(language, $0.keys, $0.hint) }.joined(separator: " · ")
    }
}
