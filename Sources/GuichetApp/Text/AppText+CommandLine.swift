import GuichetCore

/// Texts of the command line: help of every command and option, and its messages.
extension AppText {
    public static let cliAbstract = Phrase(
        fr: "Guichet : l’application du point d’accueil (bénéficiaires, budget télécom, recharges, clés 3G, journal).",
        en: "Guichet: the reception point's counter application (beneficiaries, telecom budget, recharges, 3G hotspots, journal).")
    public static let cliDiscussion = Phrase(
        fr: "Sans sous-commande, ouvre le guichet dans le terminal. Sur une base neuve, un écran de premier démarrage configure le site.",
        en: "Without a subcommand, opens the counter in the terminal. On a new database, a first-start screen sets up the site.")
    public static let cliDatabaseOption = Phrase(
        fr: "Fichier de la base (sinon $GUICHET_DB, sinon ~/.local/share/guichet/guichet.sqlite).",
        en: "Database file (else $GUICHET_DB, else ~/.local/share/guichet/guichet.sqlite).")
    public static let cliThemeOption = Phrase(
        fr: "Thème de couleurs : classique, contraste ou monochrome.",
        en: "Colour theme: classique, contraste or monochrome.")
    public static let cliLanguageOption = Phrase(fr: "Langue de l’interface : fr ou en.", en: "Interface language: fr or en.")
    public static let cliInitAbstract = Phrase(
        fr: "Configure une base neuve (site et premier compte responsable) sans écran, pour les installations scriptées.",
        en: "Sets up a new database (site and first supervisor) without a screen, for scripted installs.")
    public static let cliSiteCodeOption = Phrase(fr: "Code du site : 3 lettres, par ex. PAR.", en: "Site code: 3 letters, e.g. PAR.")
    public static let cliSiteNameOption = Phrase(fr: "Nom du site, par ex. « Paris 19e ».", en: "Site name, e.g. “Paris 19e”.")
    public static let cliTimeZoneOption = Phrase(fr: "Fuseau horaire du site.", en: "The site’s time zone.")
    public static let cliSupervisorLoginOption = Phrase(fr: "Identifiant du ou de la responsable.", en: "The supervisor's login.")
    public static let cliSupervisorNameOption = Phrase(fr: "Prénom et nom du ou de la responsable.", en: "The supervisor's full name.")
    public static let cliPasswordStdinOption = Phrase(
        fr: "Lit le mot de passe sur l’entrée standard (jamais sur la ligne de commande).",
        en: "Reads the password from standard input (never from the command line).")
    public static let cliPasswordStdinRequired = Phrase(
        fr: "Mot de passe : donnez --password-stdin et envoyez-le sur l’entrée standard",
        en: "Password: give --password-stdin and send it on standard input")
    public static let cliInitDone = Phrase(
        fr: "Site {1} « {2} » configuré dans {3} ; responsable : {4}.",
        en: "Site {1} “{2}” set up in {3}; supervisor: {4}.")
    public static let cliUnknownTheme = Phrase(
        fr: "Thème « {1} » introuvable : thèmes disponibles : {2}. Thème par défaut utilisé.",
        en: "Theme “{1}” not found: available themes: {2}. Default theme used.")
    public static let cliThemeProblem = Phrase(
        fr: "{2}, ligne {3} : {4} ; thème par défaut",
        en: "{2}, line {3}: {4}; default theme")
    public static let cliNotATerminal = Phrase(
        fr: "Le guichet s’ouvre dans un terminal : lancez-le depuis une console (ou utilisez une sous-commande, voir --help).",
        en: "The counter opens in a terminal: run it from a console (or use a subcommand, see --help).")
    public static let cliTerminalFailed = Phrase(
        fr: "Impossible d’ouvrir le terminal ({1}). Vérifiez la variable TERM.",
        en: "Cannot open the terminal ({1}). Check the TERM variable.")
    public static let cliError = Phrase(fr: "Erreur : {1}", en: "Error: {1}")
}
