import GuichetCore

/// Texts of the journal, the day summary, the reports and the exports.
extension AppText {
    public static let journalTitle = Phrase(fr: "Journal", en: "Journal")
    public static let journalSummaryTitle = Phrase(fr: "Résumé de la journée", en: "Day summary")
    public static let journalTodayMark = Phrase(fr: " (aujourd’hui)", en: " (today)")
    public static let journalOneEvent = Phrase(fr: "{1} événement", en: "{1} event")
    public static let journalEvents = Phrase(fr: "{1} événements", en: "{1} events")
    public static let journalFilterLine = Phrase(fr: "Filtres : {1}", en: "Filters: {1}")
    public static let journalNoFilter = Phrase(fr: "aucun, tous les événements", en: "none, every event")
    public static let journalSearchHint = Phrase(
        fr: "Identifiant, numéro de dossier, de reçu ou mots de l’événement", en: "Login, file or receipt number, or words of the event")
    public static let journalAllEvents = Phrase(fr: "Tous les événements, du plus récent au plus ancien",
                                                en: "Every event, newest first")
    public static let journalNoEvent = Phrase(fr: "Aucun événement ne correspond", en: "No event matches")
    public static let journalTodayOnly = Phrase(
        fr: "Le journal des autres jours est réservé au rôle responsable", en: "The journal of other days is reserved to supervisors")
    public static let journalNoLaterDay = Phrase(fr: "Pas de journal après aujourd’hui", en: "No journal after today")
    public static let journalNothingToOpen = Phrase(
        fr: "Cet événement ne concerne ni une fiche ni un reçu : rien à ouvrir", en: "This event is about neither a file nor a receipt: nothing to open")
    public static let journalSummaryFigure = Phrase(fr: "Chiffres de la journée", en: "Figures of the day")

    public static let columnTime = Phrase(fr: "Heure", en: "Time")
    public static let columnEvent = Phrase(fr: "Événement", en: "Event")

    public static let actionPreviousDay = Phrase(fr: "Jour précédent", en: "Previous day")
    public static let actionPreviousDayHelp = Phrase(fr: "montre le journal de la veille", en: "shows the journal of the day before")
    public static let actionNextDay = Phrase(fr: "Jour suivant", en: "Next day")
    public static let actionNextDayHelp = Phrase(fr: "montre le journal du lendemain", en: "shows the journal of the day after")
    public static let hintChangeDay = Phrase(fr: "changer de jour", en: "change day")
    public static let actionOpenEventHelp = Phrase(
        fr: "ouvre ce dont parle l’événement : le reçu d’une vente, la fiche d’un dossier",
        en: "opens what the event is about: the receipt of a sale, the file of a person")
    public static let actionJournalDate = Phrase(fr: "Date", en: "Date")
    public static let actionJournalDateHelp = Phrase(fr: "montre le journal d’un jour tapé", en: "shows the journal of a day typed")
    public static let actionJournalFilters = Phrase(fr: "Filtres", en: "Filters")
    public static let actionJournalFiltersHelp = Phrase(
        fr: "ne garde que les événements d’une personne, d’un domaine ou d’une action",
        en: "keeps only the events of one user, one area or one action")
    public static let actionDaySummary = Phrase(fr: "Résumé", en: "Summary")
    public static let actionDaySummaryHelp = Phrase(
        fr: "montre les chiffres de la journée, de la veille et du même jour la semaine d’avant",
        en: "shows the figures of the day, of the day before and of the same day a week before")
    public static let actionJournalEvents = Phrase(fr: "Journal", en: "Journal")
    public static let actionJournalEventsHelp = Phrase(fr: "revient aux événements de la journée", en: "goes back to the day’s events")
    public static let actionReports = Phrase(fr: "Rapports", en: "Reports")
    public static let actionReportsHelp = Phrase(
        fr: "ouvre les rapports par jour, semaine, mois, année ou période", en: "opens the reports by day, week, month, year or period")

    public static let journalDateTitle = Phrase(fr: "Journal d’un autre jour", en: "Journal of another day")
    public static let journalDateIntro = Phrase(
        fr: "Tapez le jour à relire, par exemple 27/11/2026 ou 271126.", en: "Type the day to review, for example 27/11/2026 or 271126.")
    public static let journalDayField = Phrase(fr: "Jour", en: "Day")
    public static let journalDayExpected = Phrase(fr: "Jour : une date attendue, par ex. 27/11/2026",
                                                  en: "Day: a date was expected, e.g. 27/11/2026")
    public static let journalFiltersTitle = Phrase(fr: "Filtres du journal", en: "Journal filters")
    public static let journalFiltersIntro = Phrase(
        fr: "Choisissez ce que le journal garde ; les personnes et les actions proposées sont celles du jour.",
        en: "Choose what the journal keeps; the users and actions offered are those of the day.")
    public static let journalFilterUser = Phrase(fr: "Personne", en: "User")
    public static let journalFilterArea = Phrase(fr: "Domaine", en: "Area")
    public static let journalFilterAction = Phrase(fr: "Action", en: "Action")
    public static let journalFilterEveryone = Phrase(fr: "tout le monde", en: "everyone")
    public static let journalFilterAllAreas = Phrase(fr: "tous les domaines", en: "every area")
    public static let journalFilterAllActions = Phrase(fr: "toutes les actions", en: "every action")

    public static let reviewTitle = Phrase(fr: "Rapports", en: "Reports")
    /// {1} the period, {2} the page, {3} the pages.
    public static let reviewHeading = Phrase(fr: "Rapport : {1} — page {2} sur {3}", en: "Report: {1} — page {2} of {3}")
    public static let reportProgramme = Phrase(fr: "Les chiffres du programme", en: "The programme’s figures")
    public static let reportActivity = Phrase(fr: "L’activité des domaines", en: "Activity of the areas")
    /// {1} the unit of a bar: « semaine », « mois », « jour ».
    public static let reportVisitsChart = Phrase(fr: "Passages par {1}", en: "Visits by {1}")
    public static let reportVisitsByWeek = Phrase(fr: "Passages par semaine, du lundi au dimanche", en: "Visits by week, Monday to Sunday")
    public static let reportDailyVisits = Phrase(fr: "Passages par jour", en: "Visits per day")
    public static let reportVisitsPerDays = Phrase(fr: "Passages par {1} jours", en: "Visits per {1} days")
    /// {1} the value, {2} the sites that give it, {3} the sites.
    public static let reportPartial = Phrase(fr: "{1} ({2} sites sur {3})", en: "{1} ({2} sites of {3})")
    public static let reportNoLaterPeriod = Phrase(fr: "Pas de période après aujourd’hui", en: "No period after today")
    public static let reportLastPage = Phrase(fr: "C’est la dernière page", en: "This is the last page")
    public static let reportFirstPage = Phrase(fr: "C’est la première page", en: "This is the first page")
    public static let actionPreviousPeriod = Phrase(fr: "Période précédente", en: "Previous period")
    public static let actionPreviousPeriodHelp = Phrase(fr: "montre la période d’avant (jour, semaine, mois ou année)",
                                                        en: "shows the period before (day, week, month or year)")
    public static let actionNextPeriod = Phrase(fr: "Période suivante", en: "Next period")
    public static let actionNextPeriodHelp = Phrase(fr: "montre la période d’après", en: "shows the period after")
    public static let hintChangePeriod = Phrase(fr: "changer de période", en: "change period")
    public static let actionPeriodKind = Phrase(fr: "Période", en: "Period")
    public static let actionPeriodKindHelp = Phrase(
        fr: "passe au jour, à la semaine (du lundi au dimanche), au mois ou à l’année",
        en: "switches to the day, the week (Monday to Sunday), the month or the year")
    public static let actionPeriodDates = Phrase(fr: "Dates", en: "Dates")
    public static let actionPeriodDatesHelp = Phrase(fr: "prend une période tapée, d’un jour à un autre",
                                                     en: "takes a period typed, from one day to another")
    public static let actionExport = Phrase(fr: "Exporter", en: "Export")
    public static let actionExportHelp = Phrase(
        fr: "écrit les chiffres de chaque jour de la période dans un fichier CSV pour un tableur, à côté de la base (noté au journal)",
        en: "writes the figures of each day of the period to a CSV file for a spreadsheet, beside the database (journaled)")
    /// {1} the rows, {2} the path.
    public static let exportWritten = Phrase(fr: "{1} jours exportés dans {2}", en: "{1} days exported to {2}")

    public static let reportPeriodTitle = Phrase(fr: "Rapport d’une période", en: "Report of a period")
    public static let reportPeriodIntro = Phrase(
        fr: "Tapez le premier et le dernier jour de la période ; les deux sont compris.",
        en: "Type the first and the last day of the period; both are included.")
    public static let reportFromField = Phrase(fr: "Du", en: "From")
    public static let reportToField = Phrase(fr: "Au", en: "To")
    public static let reportToBeforeFrom = Phrase(fr: "Au : le dernier jour vient avant le premier",
                                                  en: "To: the last day comes before the first")

    public static let csvSite = Phrase(fr: "Site", en: "Site")
    public static let csvFrom = Phrase(fr: "Du", en: "From")
    public static let csvTo = Phrase(fr: "Au", en: "To")
    public static let csvArea = Phrase(fr: "Domaine", en: "Area")
    public static let csvFigure = Phrase(fr: "Indicateur", en: "Figure")
    public static let csvValue = Phrase(fr: "Valeur", en: "Value")
    public static let csvUnit = Phrase(fr: "Unité", en: "Unit")
    public static let csvCode = Phrase(fr: "Code", en: "Code")
    public static let csvDay = Phrase(fr: "Jour", en: "Day")
    public static let csvTime = Phrase(fr: "Heure", en: "Time")
    public static let csvUser = Phrase(fr: "Identifiant", en: "Login")
    public static let csvAction = Phrase(fr: "Action", en: "Action")
    public static let csvEvent = Phrase(fr: "Événement", en: "Event")
    public static let csvSubject = Phrase(fr: "Sujet", en: "Subject")
    public static let csvUnitCount = Phrase(fr: "nombre", en: "number")
    public static let csvUnitEuros = Phrase(fr: "euros", en: "euros")
    public static let csvUnitHours = Phrase(fr: "heures", en: "hours")
    public static let csvUnitPercent = Phrase(fr: "%", en: "%")
}

/// Texts of `guichet report`, `guichet export` and `guichet consolidate`.
extension AppText {
    public static let cliReportAbstract = Phrase(fr: "Rapport d’une période : chiffres du programme, sans nom ni numéro de dossier.",
                                                 en: "Report of a period: the programme’s figures, with no name and no file number.")
    public static let cliReportDiscussion = Phrase(
        fr: "Format json : l’agrégat anonyme du site (code du site, version, comptes) que « guichet consolidate » additionne. Noté au journal.",
        en: "The json format is the site’s anonymous aggregate (site code, version, counts) that “guichet consolidate” adds up. Journaled.")
    public static let cliPeriodOption = Phrase(fr: "Période : day, week (du lundi au dimanche), month ou year.",
                                               en: "Period: day, week (Monday to Sunday), month or year.")
    public static let cliDateOption = Phrase(fr: "Jour, mois (2026-11) ou année (2026) de la période ; sinon la période en cours.",
                                             en: "Day, month (2026-11) or year (2026) of the period; else the current one.")
    public static let cliFromOption = Phrase(fr: "Premier jour d’une période quelconque (avec --to).", en: "First day of any period (with --to).")
    public static let cliToOption = Phrase(fr: "Dernier jour de cette période, compris.", en: "Last day of that period, included.")
    public static let cliFromAndTo = Phrase(fr: "Donnez --from et --to ensemble.", en: "Give --from and --to together.")
    public static let cliFormatOption = Phrase(fr: "Format : text, csv ou json.", en: "Format: text, csv or json.")
    public static let cliFormatExpected = Phrase(fr: "Format « {1} » inconnu : text, csv ou json.", en: "Unknown format “{1}”: text, csv or json.")
    public static let cliReportOutputOption = Phrase(fr: "Fichier à écrire (mode 0600) ; sinon la sortie standard.",
                                                     en: "File to write (mode 0600); else standard output.")
    public static let cliSeparatorOption = Phrase(fr: "Séparateur du CSV : ; (par défaut, tableurs français) ou ,.",
                                                  en: "CSV separator: ; (the default, French spreadsheets) or ,.")
    public static let cliSeparatorExpected = Phrase(fr: "Séparateur « {1} » refusé : ; ou ,.", en: "Separator “{1}” refused: ; or ,.")
    public static let cliNoBOMOption = Phrase(fr: "CSV en UTF-8 sans marque d’ordre des octets (BOM).",
                                              en: "CSV in UTF-8 without a byte order mark (BOM).")
    /// {1} site name, {2} site code, {3} period, {4} version.
    public static let cliReportTitle = Phrase(fr: "Rapport de {1} ({2}) — {3} — Guichet {4}", en: "Report of {1} ({2}) — {3} — Guichet {4}")
    public static let cliReportWritten = Phrase(fr: "Écrit dans {1}.", en: "Written to {1}.")
    public static let cliExportAbstract = Phrase(fr: "Export CSV d’une période, jour par jour ou le journal, pour un tableur.",
                                                 en: "CSV export of a period, day by day or its journal, for a spreadsheet.")
    public static let cliExportDiscussion = Phrase(
        fr: "UTF-8 avec BOM et ; par défaut ; les cellules qu’un tableur prendrait pour une formule commencent par '. Noté au journal.",
        en: "UTF-8 with a BOM and ; by default; cells a spreadsheet would take as a formula start with '. Journaled.")
    public static let cliExportWhatOption = Phrase(fr: "Quoi : daily (chiffres de chaque jour) ou journal (événements).",
                                                   en: "What: daily (figures of each day) or journal (events).")
    public static let cliExportWhatExpected = Phrase(fr: "Export « {1} » inconnu : daily ou journal.", en: "Unknown export “{1}”: daily or journal.")
    public static let cliExportProgress = Phrase(fr: "Export", en: "Export")
    /// {1} rows, {2} the period, {3} the file (- for standard output).
    public static let cliExportDone = Phrase(fr: "{1} lignes exportées ({2}) : {3}", en: "{1} rows exported ({2}): {3}")
    public static let cliExportDoneOne = Phrase(fr: "{1} ligne exportée ({2}) : {3}", en: "{1} row exported ({2}): {3}")
    public static let cliConsolidateAbstract = Phrase(fr: "Rapport du réseau : additionne les rapports JSON de plusieurs sites.",
                                                      en: "The network’s report: adds up the JSON reports of several sites.")
    public static let cliConsolidateDiscussion = Phrase(
        fr: "Même période pour tous, un site une seule fois. Les personnes sont comptées par site, sans lien d’un site à l’autre.",
        en: "The same period for all, each site once. People are counted per site: nobody is followed from one site to another.")
    public static let cliConsolidateFiles = Phrase(fr: "Rapports JSON des sites (guichet report --format json).",
                                                   en: "The sites’ JSON reports (guichet report --format json).")
    /// {1} number of sites, {2} their codes, {3} the period.
    public static let cliConsolidateTitle = Phrase(fr: "Réseau de {1} points d’accueil ({2}) — {3}", en: "Network of {1} reception points ({2}) — {3}")
    public static let cliCannotRead = Phrase(fr: "Impossible de lire {1}.", en: "Cannot read {1}.")
}
