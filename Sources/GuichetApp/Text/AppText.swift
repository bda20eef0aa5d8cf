import GuichetCore

/// Every text the screens show, French first, English complete.
/// Split by area in `AppText+<Area>.swift`.
public enum AppText {
    public static let appName = Phrase(fr: "Guichet", en: "Guichet")
    public static let windowTooSmall = Phrase(
        fr: "Fenêtre trop petite : agrandissez-la à au moins {1} × {2} caractères.",
        en: "Window too small: make it at least {1} × {2} characters.")
    /// {1} the field, {2} its maximum length.
    public static let fieldFull = Phrase(
        fr: "{1} : {2} caractères au plus — la suite n’a pas été prise",
        en: "{1}: {2} characters at most — the rest was not taken")
    public static let keyIgnoredTooSmall = Phrase(
        fr: "Touche ignorée : la fenêtre est trop petite pour voir ce qu’elle ferait.",
        en: "Key ignored: the window is too small to see what it would do.")
    public static let sessionLocked = Phrase(
        fr: "Session verrouillée après inactivité : reconnectez-vous pour reprendre.",
        en: "Session locked after inactivity: sign in again to carry on.")
    public static let discardTitle = Phrase(fr: "Abandonner", en: "Discard")
    public static let discardQuestion = Phrase(
        fr: "Abandonner les modifications non enregistrées ?",
        en: "Throw away the unsaved changes?")
    public static let signOutTitle = Phrase(fr: "Déconnexion", en: "Sign out")
    public static let signOutQuestion = Phrase(
        fr: "Fermer votre session ? Le guichet revient à l’écran de connexion.",
        en: "End your session? The counter goes back to the login screen.")
    public static let quitReserved = Phrase(
        fr: "Poste de guichet : seule une personne responsable peut quitter Guichet",
        en: "Counter kiosk: only a supervisor can quit Guichet")
    public static let quitReservedSignIn = Phrase(
        fr: "Poste de guichet : pour quitter, une personne responsable se connecte puis quitte depuis l’accueil",
        en: "Counter kiosk: to quit, a supervisor signs in, then quits from home")
    public static let quitTitle = Phrase(fr: "Quitter", en: "Quit")
    public static let quitQuestion = Phrase(fr: "Quitter Guichet ?", en: "Quit Guichet?")
    public static let quitSetupQuestion = Phrase(
        fr: "Quitter sans configurer le site ? Rien ne sera enregistré.",
        en: "Quit without setting up the site? Nothing will be saved.")
    /// A column of the catalogs (recharge cards, offers).
    public static let columnPrice = Phrase(fr: "Prix", en: "Price")
}
