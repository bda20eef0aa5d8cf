import Foundation
import GuichetCore

/// swift-argument-parser writes its own headings and messages in English;
/// in French, these few fixed phrases are translated in its output.
enum HelpTranslation {
    private static let frenchPhrases: [(String, String)] = [
        ("OVERVIEW:", "PRÉSENTATION :"),
        ("USAGE:", "UTILISATION :"),
        ("ARGUMENTS:", "ARGUMENTS :"),
        ("OPTIONS:", "OPTIONS :"),
        ("SUBCOMMANDS:", "SOUS-COMMANDES :"),
        ("Show help information.", "Affiche cette aide."),
        ("Show the version.", "Affiche la version."),
        ("See 'guichet help <subcommand>' for detailed help.", "Voir « guichet help <sous-commande> » pour l’aide détaillée."),
        ("(default: ", "(par défaut : "),
        ("Error: ", "Erreur : "),
        ("Missing expected argument", "Argument attendu manquant"),
        ("Unknown option", "Option inconnue"),
        ("Unexpected argument", "Argument inattendu"),
        ("Missing value for", "Valeur manquante pour"),
        ("The value", "La valeur"),
        ("is invalid for", "n’est pas valable pour"),
        ("Help:  ", "Aide :  "),
        ("Usage: ", "Utilisation : "),
        ("See 'guichet --help' for more information.", "Voir « guichet --help » pour plus d’informations."),
        ("<subcommand>", "<sous-commande>"),
        ("<options>", "<options>"),
    ]

    static func translate(_ text: String, to language: Language) -> String {
        guard language == .french else { return text }
        return frenchPhrases.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
