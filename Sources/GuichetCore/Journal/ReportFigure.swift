/// The figures of the day summary and of the reports, in the order they are shown.
/// Each belongs to an area, which computes it (its module's `reportFigures`); the
/// figure of an area that gives none (an area not built yet) reads « — », never 0.
/// The raw values are the keys of the JSON aggregate and of the CSV files: never change one.
public enum ReportFigureID: String, Sendable, CaseIterable, Codable {
    // The beneficiary file.
    case visits = "visits"
    case visitsNamed = "visits_named"
    case visitsAnonymous = "visits_anonymous"
    case peopleAccompanied = "people_accompanied"
    case newPeople = "people_new"
    case returningPeople = "people_returning"
    case jobSeekers = "people_job_seekers"
    case newFiles = "files_created"
    case enrolmentsStarted = "enrolments_started"
    case enrolmentsRenewed = "enrolments_renewed"
    case enrolmentsExpired = "enrolments_expired"
    // Telecom budget coaching.
    case coachingSessions = "budget_sessions"
    case peopleCoached = "budget_people"
    case monthlySavings = "budget_monthly_savings"
    case shareBefore = "budget_share_before"
    case shareAfter = "budget_share_after"
    // Recharges.
    case rechargeCards = "recharge_cards"
    case rechargeValue = "recharge_value"
    case rechargeCash = "recharge_cash"
    case rechargeCheque = "recharge_cheque"
    case rechargeFree = "recharge_free_cards"
    case rechargeHours = "recharge_minutes"
    case peopleServed = "recharge_people"
    case cashClosing = "cash_closing"
    // 3G hotspots.
    case loansOut = "hotspot_loans_out"
    case loansBack = "hotspot_loans_back"
    case loansOverdue = "hotspot_loans_overdue"
    case peopleWithoutHousingEquipped = "hotspot_people_without_housing"
    // Administration.
    case logins = "logins"
    // The review itself.
    case receptionPoints = "reception_points"

    /// The area that computes the figure.
    public var area: AreaID {
        switch self {
        case .visits, .visitsNamed, .visitsAnonymous, .peopleAccompanied, .newPeople, .returningPeople, .jobSeekers, .newFiles,
             .enrolmentsStarted, .enrolmentsRenewed, .enrolmentsExpired:
            return .beneficiaries
        case .coachingSessions, .peopleCoached, .monthlySavings, .shareBefore, .shareAfter: return .budget
        case .rechargeCards, .rechargeValue, .rechargeCash, .rechargeCheque, .rechargeFree, .rechargeHours, .peopleServed, .cashClosing:
            return .recharges
        case .loansOut, .loansBack, .loansOverdue, .peopleWithoutHousingEquipped: return .hotspots
        case .logins: return .administration
        case .receptionPoints: return .journal
        }
    }

    public var unit: FigureUnit {
        switch self {
        case .monthlySavings, .rechargeValue, .rechargeCash, .rechargeCheque: return .money
        case .rechargeHours: return .minutes
        case .jobSeekers: return .shareOfPeople
        case .shareBefore, .shareAfter: return .meanShare
        case .cashClosing: return .cashClosing
        default: return .count
        }
    }

    /// In the day summary (the journal screen's second view).
    public var inDaySummary: Bool {
        switch self {
        case .visits, .visitsNamed, .visitsAnonymous, .newFiles, .coachingSessions, .rechargeCards, .rechargeValue, .rechargeCash,
             .rechargeCheque, .rechargeFree, .rechargeHours, .loansOut, .loansBack, .loansOverdue, .cashClosing, .logins:
            return true
        default: return false
        }
    }

    /// In the reports (screen, text, CSV, JSON): every figure that adds up across sites.
    public var inReport: Bool { self != .cashClosing && self != .visitsNamed && self != .rechargeCash && self != .rechargeCheque
        && self != .rechargeFree }

    /// Shown indented under the figure before it (« dont anonymes »).
    public var isDetail: Bool {
        switch self {
        case .visitsNamed, .visitsAnonymous, .newPeople, .returningPeople, .rechargeCash, .rechargeCheque, .rechargeFree: return true
        default: return false
        }
    }

    public var label: Phrase {
        switch self {
        case .visits: return Phrase(fr: "Passages", en: "Visits")
        case .visitsNamed: return Phrase(fr: "avec une fiche", en: "with a file")
        case .visitsAnonymous: return Phrase(fr: "anonymes", en: "anonymous")
        case .peopleAccompanied: return Phrase(fr: "Personnes accompagnées", en: "People accompanied")
        case .newPeople: return Phrase(fr: "venues pour la première fois", en: "first time")
        case .returningPeople: return Phrase(fr: "déjà venues avant", en: "returning")
        case .jobSeekers: return Phrase(fr: "Part en recherche d’emploi", en: "Share looking for work")
        case .newFiles: return Phrase(fr: "Fiches créées", en: "Files created")
        case .enrolmentsStarted: return Phrase(fr: "Inscriptions commencées", en: "Enrolments started")
        case .enrolmentsRenewed: return Phrase(fr: "Inscriptions renouvelées", en: "Enrolments renewed")
        case .enrolmentsExpired: return Phrase(fr: "Inscriptions arrivées à échéance", en: "Enrolments expired")
        case .coachingSessions: return Phrase(fr: "Séances de budget télécom", en: "Telecom budget sessions")
        case .peopleCoached: return Phrase(fr: "Personnes suivies en budget", en: "People coached on their budget")
        case .monthlySavings: return Phrase(fr: "Économies mensuelles obtenues", en: "Monthly savings obtained")
        case .shareBefore: return Phrase(fr: "Part des ressources en télécom, avant", en: "Share of resources on telecoms, before")
        case .shareAfter: return Phrase(fr: "Part des ressources en télécom, après", en: "Share of resources on telecoms, after")
        case .rechargeCards: return Phrase(fr: "Recharges vendues", en: "Recharges sold")
        case .rechargeValue: return Phrase(fr: "Valeur encaissée", en: "Amount taken")
        case .rechargeCash: return Phrase(fr: "en espèces", en: "in cash")
        case .rechargeCheque: return Phrase(fr: "par chèque", en: "by cheque")
        case .rechargeFree: return Phrase(fr: "cartes offertes", en: "cards given free")
        case .rechargeHours: return Phrase(fr: "Heures de communication distribuées", en: "Hours of calls distributed")
        case .peopleServed: return Phrase(fr: "Personnes servies en recharges", en: "People served with recharges")
        case .cashClosing: return Phrase(fr: "Clôture de caisse", en: "Cash-box closing")
        case .loansOut: return Phrase(fr: "Clés 3G prêtées", en: "3G hotspots lent")
        case .loansBack: return Phrase(fr: "Clés 3G rendues", en: "3G hotspots returned")
        case .loansOverdue: return Phrase(fr: "Prêts de clés en retard", en: "Hotspot loans overdue")
        case .peopleWithoutHousingEquipped:
            return Phrase(fr: "Personnes sans logement équipées d’une clé", en: "People without housing given a hotspot")
        case .logins: return Phrase(fr: "Connexions", en: "Sign-ins")
        case .receptionPoints: return Phrase(fr: "Points d’accueil", en: "Reception points")
        }
    }
}

/// How a figure reads and adds up across sites.
public enum FigureUnit: String, Sendable, Codable {
    /// A number of things or people: `12`.
    case count
    /// Cents: `12,50 €`.
    case money
    /// Minutes, read as hours: `12 h 30`.
    case minutes
    /// `amount` people out of `base`: `67 %`.
    case shareOfPeople
    /// `amount` is a sum of shares in tenths of a percent over `base` people: their mean, `14,8 %`.
    case meanShare
    /// The day's closing: `base` 1 when closed, then `amount` is the discrepancy in cents.
    case cashClosing
}

/// One figure's value. `base` is the denominator of a share or a mean (0 otherwise),
/// so that sites add up: amounts and bases are summed, the share computed after.
public struct FigureValue: Sendable, Equatable, Codable {
    public var amount: Int64
    public var base: Int64

    public init(_ amount: Int64, base: Int64 = 0) {
        self.amount = amount
        self.base = base
    }

    public init(_ amount: Int, base: Int = 0) {
        self.init(Int64(amount), base: Int64(base))
    }

    public static func + (lhs: FigureValue, rhs: FigureValue) -> FigureValue {
        FigureValue(lhs.amount + rhs.amount, base: lhs.base + rhs.base)
    }

    /// As the screens and the text report show it; nil value (area not built) is « — ».
    public static func text(_ value: FigureValue?, _ unit: FigureUnit, _ language: Language) -> String {
        guard let value else { return ReportText.notBuilt }
        switch unit {
        case .count: return ReportText.grouped(value.amount, language)
        case .money: return Money(cents: value.amount).formatted(language)
        case .minutes: return CashReport.hours(Int(value.amount))
        case .shareOfPeople:
            guard value.base > 0 else { return ReportText.noPeople.text(language) }
            return ResourceShare.text(Int(roundedDivision(value.amount * 1000, value.base)), language)
        case .meanShare:
            guard value.base > 0 else { return ReportText.noPeople.text(language) }
            return ResourceShare.text(Int(roundedDivision(value.amount, value.base)), language)
        case .cashClosing:
            guard value.base > 0 else { return ReportText.notClosed.text(language) }
            return ReportText.closedWithGap.text(language, Money(cents: value.amount).formatted(language))
        }
    }

    /// A plain number for a spreadsheet: `1234,50` (money and shares with the decimal
    /// `separator`), minutes as hours `12,5`; empty when there is no number to give.
    public static func number(_ value: FigureValue, _ unit: FigureUnit, decimal: Character) -> String {
        func decimals(_ scaled: Int64, _ places: Int) -> String {
            let sign = scaled < 0 ? "-" : ""
            let magnitude = scaled.magnitude
            var divisor: UInt64 = 1
            for _ in 0..<places { divisor *= 10 }
            let fraction = String(magnitude % divisor)
            return sign + "\(magnitude / divisor)" + String(decimal) + String(repeating: "0", count: places - fraction.count) + fraction
        }
        switch unit {
        case .count: return String(value.amount)
        case .money: return decimals(value.amount, 2)
        case .minutes: return decimals(roundedDivision(value.amount * 10, 60), 1)
        case .shareOfPeople: return value.base > 0 ? decimals(roundedDivision(value.amount * 1000, value.base), 1) : ""
        case .meanShare: return value.base > 0 ? decimals(roundedDivision(value.amount, value.base), 1) : ""
        case .cashClosing: return value.base > 0 ? decimals(value.amount, 2) : ""
        }
    }

    /// `numerator ÷ denominator` rounded to the nearest, halves away from zero.
    static func roundedDivision(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        let half = denominator / 2
        return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator)
    }
}

/// Counts by code: visits by reason, people by referring structure.
public enum ReportBreakdownID: String, Sendable, CaseIterable, Codable {
    case visitsByReason = "visits_by_reason"
    case peopleByReferral = "people_by_referral"

    public var area: AreaID { .beneficiaries }

    public var label: Phrase {
        switch self {
        case .visitsByReason: return Phrase(fr: "Passages par motif", en: "Visits by reason")
        case .peopleByReferral: return Phrase(fr: "Personnes par structure d’orientation", en: "People by referring structure")
        }
    }

    /// Every code, in the order shown (a code no file holds counts 0).
    public var codes: [String] {
        switch self {
        case .visitsByReason: return VisitReason.allCases.map(\.rawValue)
        case .peopleByReferral: return ReferralStructureKind.allCases.map(\.rawValue) + [Self.unknownReferral]
        }
    }

    /// People whose file names no referring structure.
    public static let unknownReferral = "unknown"

    public func label(of code: String) -> Phrase {
        switch self {
        case .visitsByReason: return VisitReason(rawValue: code)?.label ?? Phrase(fr: code, en: code)
        case .peopleByReferral:
            if code == Self.unknownReferral { return ReportText.referralUnknown }
            return ReferralStructureKind(rawValue: code)?.label ?? Phrase(fr: code, en: code)
        }
    }
}

/// What an area gives a report or a day summary: its figures, its counts by code,
/// and the visits of each day of the period (the beneficiary file's).
public struct ReportContribution: Sendable, Equatable {
    public var figures: [ReportFigureID: FigureValue]
    public var breakdowns: [ReportBreakdownID: [String: Int]]
    /// Visits of each day of the period, in order (the sparkline), when the area counts visits.
    public var dailyVisits: [Int]?

    public init(figures: [ReportFigureID: FigureValue] = [:], breakdowns: [ReportBreakdownID: [String: Int]] = [:],
                dailyVisits: [Int]? = nil) {
        self.figures = figures
        self.breakdowns = breakdowns
        self.dailyVisits = dailyVisits
    }

    /// Both contributions; a figure both give is added.
    public func merged(with other: ReportContribution) -> ReportContribution {
        var result = self
        result.figures.merge(other.figures, uniquingKeysWith: +)
        result.breakdowns.merge(other.breakdowns) { $0.merging($1, uniquingKeysWith: +) }
        if let visits = other.dailyVisits {
            result.dailyVisits = dailyVisits.map { zip($0, visits).map(+) } ?? visits
        }
        return result
    }
}

/// How much a report reads: the day summary's figures only, or the report's.
public enum ReportScope: Sendable {
    case daySummary
    case report

    public func wants(_ figure: ReportFigureID) -> Bool {
        switch self {
        case .daySummary: return figure.inDaySummary
        case .report: return figure.inReport
        }
    }
}
