import GuichetCore

/// Labels (short, for the function-key bar) and help texts of actions, and key names.
extension AppText {
    public static let actionHelp = Phrase(fr: "Aide", en: "Help")
    public static let actionHelpHelp = Phrase(fr: "affiche les touches de cet écran", en: "shows this screen's keys")
    public static let actionBack = Phrase(fr: "Retour", en: "Back")
    public static let actionBackHelp = Phrase(fr: "ferme cet écran", en: "closes this screen")
    public static let actionQuit = Phrase(fr: "Quitter", en: "Quit")
    public static let actionQuitHelp = Phrase(fr: "quitte Guichet, après confirmation", en: "quits Guichet, after a confirmation")
    public static let actionSave = Phrase(fr: "Enreg.", en: "Save")
    public static let actionSaveHelp = Phrase(fr: "enregistre le formulaire, depuis n’importe quel champ", en: "saves the form, from any field")
    public static let actionNew = Phrase(fr: "Nouveau", en: "New")
    public static let actionOpen = Phrase(fr: "Ouvrir", en: "Open")
    public static let actionOpenAreaHelp = Phrase(fr: "ouvre le domaine en surbrillance", en: "opens the highlighted area")
    public static let actionOpenNamedArea = Phrase(fr: "ouvre ce domaine", en: "opens this area")
    public static let actionSignIn = Phrase(fr: "Entrer", en: "Sign in")
    public static let actionSignInHelp = Phrase(fr: "se connecter avec cet identifiant et ce mot de passe", en: "signs in with this login and password")
    public static let actionSignOut = Phrase(fr: "Déconn.", en: "Sign out")
    public static let actionSignOutHelp = Phrase(
        fr: "ferme votre session (poste partagé)",
        en: "ends your session (shared computer)")
    public static let actionYes = Phrase(fr: "Oui", en: "Yes")
    public static let actionYesHelp = Phrase(fr: "confirme", en: "confirms")
    public static let actionNo = Phrase(fr: "Non", en: "No")
    public static let actionNoHelp = Phrase(fr: "renonce et ferme la question", en: "gives up and closes the question")
    public static let actionPassword = Phrase(fr: "MotPasse", en: "Password")
    public static let actionPasswordHelp = Phrase(fr: "donne un nouveau mot de passe à l’utilisateur choisi", en: "gives the chosen user a new password")
    public static let actionDeactivate = Phrase(fr: "Désact.", en: "Disable")
    public static let actionReactivate = Phrase(fr: "Réact.", en: "Enable")
    public static let actionToggleUserHelp = Phrase(
        fr: "désactive ou réactive l’utilisateur choisi, après confirmation",
        en: "deactivates or reactivates the chosen user, after a confirmation")
    public static let actionNewUserHelp = Phrase(fr: "crée un utilisateur", en: "creates a user")
    public static let actionSettings = Phrase(fr: "Réglages", en: "Settings")
    public static let actionSettingsHelp = Phrase(fr: "thème et verrouillage après inactivité", en: "theme and inactivity lock")

    public static let keyEnter = Phrase(fr: "Entrée", en: "Enter")
    public static let keyEscape = Phrase(fr: "Échap", en: "Esc")
    public static let keyTab = Phrase(fr: "Tab", en: "Tab")
    public static let keyBackTab = Phrase(fr: "Maj-Tab", en: "Shift-Tab")
    public static let keyBackspace = Phrase(fr: "Retour arrière", en: "Backspace")
    public static let keyHome = Phrase(fr: "Début", en: "Home")
    public static let keyEnd = Phrase(fr: "Fin", en: "End")
    public static let keyPageUp = Phrase(fr: "Page préc.", en: "PgUp")
    public static let keyPageDown = Phrase(fr: "Page suiv.", en: "PgDn")
    public static let keyDelete = Phrase(fr: "Suppr", en: "Del")

    public static let helpTitle = Phrase(fr: "Aide", en: "Help")
    public static let helpHeading = Phrase(fr: "Touches de l’écran « {1} »", en: "Keys of the “{1}” screen")
    public static let helpFooter = Phrase(
        fr: "Partout : Tab, ↑ ↓ changent de champ ou de ligne · Échap ou F10 : retour",
        en: "Everywhere: Tab, ↑ ↓ move between fields or rows · Esc or F10: back")
}
