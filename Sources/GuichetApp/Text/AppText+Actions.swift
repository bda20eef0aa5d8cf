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
    public static let actionPassword = Phrase(fr: "Mot de passe", en: "Password")
    public static let actionPasswordHelp = Phrase(fr: "donne un nouveau mot de passe à l’utilisateur choisi", en: "gives the chosen user a new password")
    public static let actionDeactivate = Phrase(fr: "Désact.", en: "Disable")
    public static let actionReactivate = Phrase(fr: "Réact.", en: "Enable")
    public static let actionToggleUserHelp = Phrase(
        fr: "désactive ou réactive l’utilisateur choisi, après confirmation",
        en: "deactivates or reactivates the chosen user, after a confirmation")
    public static let actionNewUserHelp = Phrase(fr: "crée un utilisateur", en: "creates a user")
    public static let actionSettings = Phrase(fr: "Réglages", en: "Settings")
    public static let actionSettingsHelp = Phrase(fr: "thème et verrouillage après inactivité", en: "theme and inactivity lock")

    public static let actionNextField = Phrase(fr: "Suivant", en: "Next")
    public static let actionNextFieldHelp = Phrase(
        fr: "passe au champ suivant (le champ quitté est vérifié) ; sur le dernier, enregistre",
        en: "moves to the next field (the field left is checked); on the last one, saves")
    public static let actionPreviousField = Phrase(fr: "Précédent", en: "Previous")
    public static let actionPreviousFieldHelp = Phrase(fr: "revient au champ précédent", en: "goes back to the previous field")
    public static let actionChoosePrevious = Phrase(fr: "Choix précédent", en: "Previous choice")
    public static let actionChoosePreviousHelp = Phrase(
        fr: "dans une liste de choix (logement, rôle, thème…), prend le choix précédent (taper une initiale y va directement) ; dans un texte, recule le curseur",
        en: "in a choice list (housing, role, theme…), takes the previous choice (typing an initial goes straight to it); in a text, moves the cursor back")
    public static let actionChooseNext = Phrase(fr: "Choix suivant", en: "Next choice")
    public static let actionChooseNextHelp = Phrase(
        fr: "dans une liste de choix, prend le choix suivant ; dans un texte, avance le curseur",
        en: "in a choice list, takes the next choice; in a text, moves the cursor on")
    public static let actionClearSearch = Phrase(fr: "Chercher", en: "Search")
    public static let actionClearSearchHelp = Phrase(
        fr: "nouvelle recherche : vide le champ (taper des lettres cherche aussi, sans cette touche)",
        en: "new search: empties the field (typing letters searches too, without this key)")
    public static let actionChoose = Phrase(fr: "Choisir", en: "Choose")
    public static let actionChooseHelp = Phrase(
        fr: "choisit la ligne en surbrillance et revient à l’écran qui l’a demandée",
        en: "chooses the highlighted row and goes back to the screen that asked for it")
    public static let hintChooseRow = Phrase(fr: "choisir", en: "choose")
    /// {1} what was typed.
    public static let closestRows = Phrase(fr: "Rien pour « {1} ». Les plus proches :", en: "Nothing for “{1}”. The closest:")
    /// While typing goes on: the closest rows are looked for once it pauses.
    public static let closestComing = Phrase(fr: "Rien pour « {1} » ; recherche des plus proches…",
                                             en: "Nothing for “{1}”; looking for the closest…")
    public static let noRowSelected = Phrase(fr: "Aucune ligne en surbrillance", en: "No row highlighted")
    public static let keySpace = Phrase(fr: "Espace", en: "Space")
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

    /// A key and what it does, in a hint line: « F2 : enregistrer ».
    public static let hintPair = Phrase(fr: "{1} : {2}", en: "{1}: {2}")
    public static let hintHelp = Phrase(fr: "aide", en: "help")
    public static let hintBack = Phrase(fr: "retour", en: "back")
    public static let hintGiveUp = Phrase(fr: "abandonner", en: "give up")
    public static let hintSave = Phrase(fr: "enregistrer", en: "save")
    public static let hintOpen = Phrase(fr: "ouvrir", en: "open")
    public static let hintNextField = Phrase(fr: "champ suivant", en: "next field")
    public static let hintYes = Phrase(fr: "oui", en: "yes")
    public static let hintNo = Phrase(fr: "non", en: "no")
    public static let hintSignIn = Phrase(fr: "se connecter", en: "sign in")
    public static let hintQuit = Phrase(fr: "quitter", en: "quit")
    public static let hintEdit = Phrase(fr: "modifier", en: "edit")
    public static let hintChoose = Phrase(fr: "choisir", en: "pick")

    public static let helpTitle = Phrase(fr: "Aide", en: "Help")
    public static let helpHeading = Phrase(fr: "Touches de l’écran « {1} »", en: "Keys of the “{1}” screen")
    public static let helpFooter = Phrase(
        fr: "Partout : {1} et {2} changent de champ ou de ligne · {3} : retour",
        en: "Everywhere: {1} and {2} move between fields or rows · {3}: back")
}
