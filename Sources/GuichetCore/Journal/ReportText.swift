/// The texts of the reports, the consolidation and the exports.
public enum ReportText {
    /// What a figure of an area not built (or not computed) reads: never 0.
    public static let notBuilt = "—"

    /// A count in the reader's writing: `1 234` in French (narrow no-break space), `1,234` in English.
    public static func grouped(_ value: Int64, _ language: Language) -> String {
        let separator: Character = language == .french ? "\u{202F}" : ","
        var grouped = ""
        for (offset, digit) in String(value.magnitude).reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + String(grouped.reversed())
    }

    public static let weekdays: [Phrase] = [
        Phrase(fr: "lundi", en: "Monday"), Phrase(fr: "mardi", en: "Tuesday"), Phrase(fr: "mercredi", en: "Wednesday"),
        Phrase(fr: "jeudi", en: "Thursday"), Phrase(fr: "vendredi", en: "Friday"), Phrase(fr: "samedi", en: "Saturday"),
        Phrase(fr: "dimanche", en: "Sunday"),
    ]
    public static let shortWeekdays: [Phrase] = [
        Phrase(fr: "lun.", en: "Mon"), Phrase(fr: "mar.", en: "Tue"), Phrase(fr: "mer.", en: "Wed"), Phrase(fr: "jeu.", en: "Thu"),
        Phrase(fr: "ven.", en: "Fri"), Phrase(fr: "sam.", en: "Sat"), Phrase(fr: "dim.", en: "Sun"),
    ]
    public static let shortMonths: [Phrase] = [
        Phrase(fr: "janv.", en: "Jan"), Phrase(fr: "févr.", en: "Feb"), Phrase(fr: "mars", en: "Mar"), Phrase(fr: "avr.", en: "Apr"),
        Phrase(fr: "mai", en: "May"), Phrase(fr: "juin", en: "Jun"), Phrase(fr: "juil.", en: "Jul"), Phrase(fr: "août", en: "Aug"),
        Phrase(fr: "sept.", en: "Sep"), Phrase(fr: "oct.", en: "Oct"), Phrase(fr: "nov.", en: "Nov"), Phrase(fr: "déc.", en: "Dec"),
    ]
    public static let weekLabel = Phrase(fr: "semaine du lundi {1} au dimanche {2}", en: "week from Monday {1} to Sunday {2}")
    public static let yearLabel = Phrase(fr: "année {1}", en: "year {1}")
    public static let rangeLabel = Phrase(fr: "du {1} au {2}", en: "from {1} to {2}")

    public static let noPeople = Phrase(fr: "personne", en: "nobody")
    public static let notClosed = Phrase(fr: "pas clôturée", en: "not closed")
    public static let closedWithGap = Phrase(fr: "écart {1}", en: "gap {1}")
    public static let referralUnknown = Phrase(fr: "non renseignée", en: "not given")

    public static let periodKindExpected = Phrase(
        fr: "Période « {1} » inconnue : day, week, month ou year (ou --from et --to)",
        en: "Unknown period “{1}”: day, week, month or year (or --from and --to)")
    public static let yearExpected = Phrase(fr: "Année attendue, par ex. 2026 (et non « {1} »)",
                                            en: "A year was expected, e.g. 2026 (not “{1}”)")
    public static let monthExpected = Phrase(fr: "Mois attendu, par ex. 2026-11 ou 11/2026 (et non « {1} »)",
                                             en: "A month was expected, e.g. 2026-11 or 11/2026 (not “{1}”)")
    public static let dayExpected = Phrase(fr: "Jour attendu, par ex. 2026-11-27 ou 27/11/2026 (et non « {1} »)",
                                           en: "A day was expected, e.g. 2026-11-27 or 27/11/2026 (not “{1}”)")

    public static let notAReport = Phrase(
        fr: "{1} n’est pas un rapport de Guichet au format JSON (guichet report --format json)",
        en: "{1} is not a Guichet report in JSON (guichet report --format json)")
    public static let unknownFormat = Phrase(fr: "{1} est au format « {2} », que cette version ne sait pas lire",
                                             en: "{1} is in the format “{2}”, which this version cannot read")
    public static let nothingToConsolidate = Phrase(fr: "Aucun rapport à consolider", en: "No report to consolidate")
    /// {1} first file, {2}–{3} its period, {4} the other file, {5}–{6} its period.
    public static let periodsOverlap = Phrase(
        fr: "Périodes qui se chevauchent : {1} va du {2} au {3}, {4} du {5} au {6}. Rien n’est additionné.",
        en: "Overlapping periods: {1} runs from {2} to {3}, {4} from {5} to {6}. Nothing was added.")
    public static let periodsDiffer = Phrase(
        fr: "Périodes différentes : {1} va du {2} au {3}, {4} du {5} au {6}. Rien n’est additionné.",
        en: "Different periods: {1} runs from {2} to {3}, {4} from {5} to {6}. Nothing was added.")
    public static let siteTwice = Phrase(
        fr: "Le site {1} figure deux fois ({2} et {3}) : ses personnes compteraient deux fois. Rien n’est additionné.",
        en: "Site {1} appears twice ({2} and {3}): its people would count twice. Nothing was added.")
}
