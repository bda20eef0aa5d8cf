import GuichetCore
import GuichetTerminal

/// What is wrong in a theme file, said in the interface's language.
public enum ThemeProblemText {
    public static func describe(_ reason: ThemeProblemReason, _ language: Language) -> String {
        switch reason {
        case .unknownRole(let role):
            return Phrase(fr: "rôle inconnu « {1} »", en: "unknown role “{1}”").text(language, role)
        case .unknownColor(let color):
            return Phrase(fr: "couleur « {1} » inconnue",
                          en: "unknown colour “{1}”").text(language, color)
        case .unknownAttribute(let attribute):
            return Phrase(fr: "attribut « {1} » inconnu",
                          en: "unknown attribute “{1}”").text(language, attribute)
        case .malformedLine:
            return Phrase(fr: "ligne illisible (rôle = couleur on fond, attributs)",
                          en: "unreadable line (role = colour on background, attributes)").text(language)
        case .missingFile:
            return Phrase(fr: "fichier introuvable", en: "file not found").text(language)
        case .unreadable:
            return Phrase(fr: "fichier illisible", en: "file unreadable").text(language)
        }
    }
}
