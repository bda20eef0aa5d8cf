import GuichetCore
import GuichetTerminal

/// What is wrong in a theme file, said in the interface's language.
public enum ThemeProblemText {
    public static func describe(_ reason: ThemeProblemReason, _ language: Language) -> String {
        switch reason {
        case .unknownRole(let role):
            return Phrase(fr: "rôle inconnu « {1} »", en: "unknown role “{1}”").text(language, role)
        case .unknownColor(let color):
            return Phrase(fr: "couleur inconnue « {1} » (attendu : default, red, bright-blue… ou 0 à 255)",
                          en: "unknown colour “{1}” (expected: default, red, bright-blue… or 0 to 255)").text(language, color)
        case .unknownAttribute(let attribute):
            return Phrase(fr: "attribut inconnu « {1} » (attendu : bold, reverse, underline, dim)",
                          en: "unknown attribute “{1}” (expected: bold, reverse, underline, dim)").text(language, attribute)
        case .malformedLine:
            return Phrase(fr: "ligne illisible (attendu : rôle = couleur on fond, attributs)",
                          en: "unreadable line (expected: role = colour on background, attributes)").text(language)
        case .missingFile:
            return Phrase(fr: "fichier introuvable", en: "file not found").text(language)
        case .unreadable:
            return Phrase(fr: "fichier illisible", en: "file unreadable").text(language)
        }
    }
}
