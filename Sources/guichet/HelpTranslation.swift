import Foundation
import GuichetCore

/// swift-argument-parser writes its own headings and messages in English;
/// in French, every phrase it may print for our commands is translated in its
/// output, and the names and values it quotes with straight quotes ('--db')
/// are put in French quotes (« --db »).
///
/// The phrases are those of its `HelpGenerator` and `ErrorMessageGenerator`
/// (version 1.8.2): headings, usage errors, "See … for more information",
/// "(default: …)", which the parser may have wrapped onto the next line.
enum HelpTranslation {
    /// (pattern, French template): `$1`, `$2` are the pattern's groups. In order: the
    /// longer phrases before the shorter ones they contain.
    private static let frenchRules: [(String, String)] = [
        // Headings and the parser's own option texts.
        (#"OVERVIEW:"#, "PRÉSENTATION :"),
        (#"USAGE:"#, "UTILISATION :"),
        (#"ARGUMENTS:"#, "ARGUMENTS :"),
        (#"OPTIONS:"#, "OPTIONS :"),
        (#"SUBCOMMANDS:"#, "SOUS-COMMANDES :"),
        (#"Show subcommand help information\."#, "Affiche l’aide d’une sous-commande."),
        (#"Show help information\."#, "Affiche cette aide."),
        (#"Show the version\."#, "Affiche la version."),
        (#"\(default:(\s+)"#, "(par défaut :$1"),
        (#"See '([^'\n]*) help ([^'\n]*)' for detailed help\."#, "Voir « $1 help $2 » pour l’aide détaillée."),
        (#"See '([^'\n]*)' for more information\."#, "Voir « $1 » pour plus d’informations."),
        (#"<subcommand>"#, "<sous-commande>"),
        // Usage errors.
        (#"Error: "#, "Erreur : "),
        (#"Unknown option '([^'\n]*)'\. Did you mean '([^'\n]*)'\?"#, "Option inconnue : « $1 ». Vouliez-vous dire « $2 » ?"),
        (#"Unknown option '([^'\n]*)'"#, "Option inconnue : « $1 »"),
        (#"Invalid option: "#, "Option non valable : "),
        (#"Missing expected argument '([^'\n]*)'"#, "Argument manquant : « $1 »"),
        (#"Missing one of: "#, "Il manque l’un de ces arguments : "),
        (#"Missing value for '([^'\n]*)'"#, "Valeur manquante pour « $1 »"),
        (#"Missing required subcommand\."#, "Sous-commande manquante."),
        (#"The option '([^'\n]*)' does not take any value, but '([^\n]*)' was specified\."#,
         "L’option « $1 » ne prend pas de valeur, mais « $2 » a été donné."),
        (#"The value '([^\n]*?)' is invalid for '([^'\n]*)'"#, "La valeur « $1 » n’est pas valable pour « $2 »"),
        (#"The value '([^\n]*?)' is invalid\."#, "La valeur « $1 » n’est pas valable."),
        (#"\. Please provide one of the following:"#, ". Valeurs possibles :"),
        (#"\. Please provide one of "#, ". Valeurs possibles : "),
        (#"' or '"#, "' ou '"),
        (#"' and '"#, "' et '"),
        (#"(\d+) unexpected arguments: "#, "$1 arguments inattendus : "),
        (#"Unexpected argument '([^\n]*)'"#, "Argument inattendu : « $1 »"),
        (#"Value to be set with (.*) had already been set with (.*)"#, "Valeur donnée par $1 alors qu’elle l’était déjà par $2"),
        (#"\bflag '"#, "l’option '"),
        (#"Help:  "#, "Aide :  "),
        (#"Usage: "#, "Utilisation : "),
    ]

    private static let compiled: [(NSRegularExpression, String)] = frenchRules.map {
        (try! NSRegularExpression(pattern: $0.0, options: [.anchorsMatchLines]), $0.1)
    }

    /// What is still between straight quotes on an error line: names and values.
    private static let quoted = try! NSRegularExpression(pattern: #"'([^'\n]*)'"#)

    static func translate(_ text: String, to language: Language) -> String {
        guard language == .french else { return text }
        let translated = compiled.reduce(text) { text, rule in
            rule.0.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: rule.1)
        }
        return translated.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasPrefix("Erreur : ") else { return String(line) }
            let line = String(line)
            return quoted.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "« $1 »")
        }.joined(separator: "\n")
    }
}
