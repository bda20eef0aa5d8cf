/// The status of a beneficiary's enrolment. Raw codes are stored.
public enum EnrolmentStatus: String, Sendable, CaseIterable, Codable {
    case active
    case expired
    case closed
    case anonymised

    public var label: Phrase {
        switch self {
        case .active: return Phrase(fr: "active", en: "active")
        case .expired: return Phrase(fr: "expirée", en: "expired")
        case .closed: return Phrase(fr: "clôturée", en: "closed")
        case .anonymised: return Phrase(fr: "anonymisée", en: "anonymised")
        }
    }
}

/// An enrolment lasts 9 months from its start date and can be renewed once for
/// 9 more months. A renewal made while the enrolment is still active extends it
/// from its end (no day lost); one made after it expired runs from the renewal day.
/// Closing and anonymising are final.
///
/// Days: `expiresOn` is the first day the enrolment is no longer active
/// (start + 9 months); `endDate` is the last active day (the day before).
public struct Enrolment: Sendable, Hashable, Codable {
    public static let periodMonths = 9
    public static let maximumRenewals = 1

    public let startDate: CalendarDay
    public let renewedOn: CalendarDay?
    public let closedOn: CalendarDay?
    public let anonymisedOn: CalendarDay?

    public init(startDate: CalendarDay, renewedOn: CalendarDay? = nil, closedOn: CalendarDay? = nil, anonymisedOn: CalendarDay? = nil) {
        self.startDate = startDate
        self.renewedOn = renewedOn
        self.closedOn = closedOn
        self.anonymisedOn = anonymisedOn
    }

    /// The first day after the first period.
    public var firstPeriodExpiresOn: CalendarDay { startDate.adding(months: Enrolment.periodMonths) }

    /// The first day the enrolment is no longer active (ignoring closing).
    public var expiresOn: CalendarDay {
        guard let renewedOn else { return firstPeriodExpiresOn }
        return max(firstPeriodExpiresOn, renewedOn).adding(months: Enrolment.periodMonths)
    }

    /// The last day the enrolment is active (ignoring closing): "active until" in the card.
    public var endDate: CalendarDay { expiresOn.adding(days: -1) }

    public var renewalCount: Int { renewedOn == nil ? 0 : 1 }

    public func status(on today: CalendarDay) -> EnrolmentStatus {
        if anonymisedOn != nil { return .anonymised }
        if closedOn != nil { return .closed }
        return today < expiresOn ? .active : .expired
    }

    /// Only an active beneficiary may buy recharges or borrow a hotspot.
    public func mayBuyOrBorrow(on today: CalendarDay) -> Bool { status(on: today) == .active }

    /// Throws a message saying why a sale or loan is refused and what to do.
    public func requireActive(on today: CalendarDay) throws(GuichetError) {
        switch status(on: today) {
        case .active: return
        case .expired:
            let last = endDate
            throw .refused(Phrase(
                fr: EnrolmentText.expired.text(.french, last.formatted(.french)) + (canRenew(on: today) ? " " + EnrolmentText.renewHint.french : ""),
                en: EnrolmentText.expired.text(.english, last.formatted(.english)) + (canRenew(on: today) ? " " + EnrolmentText.renewHint.english : "")))
        case .closed: throw .refused(EnrolmentText.closed)
        case .anonymised: throw .refused(EnrolmentText.anonymised)
        }
    }

    /// The first day a renewal is offered: `windowDays` before the enrolment expires.
    public func renewalOpensOn(windowDays: Int) -> CalendarDay {
        expiresOn.adding(days: -max(0, windowDays))
    }

    /// A renewal is possible once, in the last `windowDays` of the enrolment or
    /// after it expired, while it is not closed nor anonymised.
    public func canRenew(on today: CalendarDay, windowDays: Int = RenewalWindow.defaultDays) -> Bool {
        (try? renewed(on: today, windowDays: windowDays)) != nil
    }

    public func renewed(on today: CalendarDay, windowDays: Int = RenewalWindow.defaultDays) throws(GuichetError) -> Enrolment {
        guard closedOn == nil, anonymisedOn == nil else { throw .refused(EnrolmentText.closed) }
        guard renewedOn == nil else { throw .refused(EnrolmentText.alreadyRenewed) }
        guard today >= startDate else { throw .refused(EnrolmentText.beforeStart) }
        let opens = renewalOpensOn(windowDays: windowDays)
        guard today >= opens else { throw .refused(EnrolmentText.renewalTooEarly.filled(Phrase(fr: opens.formatted(.french), en: opens.formatted(.english)), windowDays)) }
        return Enrolment(startDate: startDate, renewedOn: today, closedOn: nil, anonymisedOn: nil)
    }

    /// The end date a renewal on `today` gives.
    public func endDateIfRenewed(on today: CalendarDay) -> CalendarDay {
        Enrolment(startDate: startDate, renewedOn: today).endDate
    }

    /// A closed file opened again (supervisors): as it was before closing.
    public func reopened() throws(GuichetError) -> Enrolment {
        guard anonymisedOn == nil else { throw .refused(EnrolmentText.anonymised) }
        guard closedOn != nil else { throw .refused(EnrolmentText.notClosed) }
        return Enrolment(startDate: startDate, renewedOn: renewedOn, closedOn: nil, anonymisedOn: nil)
    }

    public func closed(on today: CalendarDay) throws(GuichetError) -> Enrolment {
        guard anonymisedOn == nil else { throw .refused(EnrolmentText.anonymised) }
        guard closedOn == nil else { throw .refused(EnrolmentText.alreadyClosed) }
        guard today >= startDate else { throw .refused(EnrolmentText.beforeStart) }
        return Enrolment(startDate: startDate, renewedOn: renewedOn, closedOn: today, anonymisedOn: nil)
    }

    public func anonymised(on today: CalendarDay) throws(GuichetError) -> Enrolment {
        guard anonymisedOn == nil else { throw .refused(EnrolmentText.anonymised) }
        return Enrolment(startDate: startDate, renewedOn: renewedOn, closedOn: closedOn, anonymisedOn: today)
    }
}

public enum EnrolmentText {
    /// {1} the last active day.
    public static let expired = Phrase(
        fr: "Inscription expirée (valable jusqu’au {1}) : ni vente ni prêt possibles.",
        en: "Enrolment expired (valid until {1}): no sale or loan possible.")
    public static let renewHint = Phrase(
        fr: "Renouvelez-la d’abord (une fois, pour 9 mois).",
        en: "Renew it first (once, for 9 months).")
    public static let closed = Phrase(
        fr: "Dossier clôturé : ni vente, ni prêt, ni renouvellement possibles.",
        en: "File closed: no sale, loan or renewal possible.")
    public static let anonymised = Phrase(
        fr: "Dossier anonymisé : aucune action possible.",
        en: "File anonymised: no action possible.")
    public static let alreadyRenewed = Phrase(
        fr: "Inscription déjà renouvelée une fois : un seul renouvellement est possible.",
        en: "Enrolment already renewed once: only one renewal is possible.")
    public static let alreadyClosed = Phrase(
        fr: "Dossier déjà clôturé.",
        en: "File already closed.")
    /// {1} the first day a renewal is possible, {2} the window in days.
    public static let renewalTooEarly = Phrase(
        fr: "Renouvellement possible à partir du {1} ({2} jours avant la fin de l’inscription) : il n’y en a qu’un.",
        en: "Renewal possible from {1} ({2} days before the enrolment ends): there is only one.")
    public static let notClosed = Phrase(
        fr: "Ce dossier n’est pas clôturé : rien à rouvrir.",
        en: "This file is not closed: nothing to reopen.")
    /// {1} and {2} the bounds.
    public static let windowExpected = Phrase(
        fr: "Renouvellement : un nombre de jours entre {1} et {2} attendu",
        en: "Renewal: a number of days between {1} and {2} expected")
    public static let beforeStart = Phrase(
        fr: "Date antérieure au début de l’inscription : vérifiez la date du jour.",
        en: "Date before the start of the enrolment: check today’s date.")
}
