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

    /// A renewal is possible once, while the enrolment is active or expired (not closed nor anonymised).
    public func canRenew(on today: CalendarDay) -> Bool {
        let status = status(on: today)
        return renewedOn == nil && (status == .active || status == .expired) && today >= startDate
    }

    public func renewed(on today: CalendarDay) throws(GuichetError) -> Enrolment {
        guard closedOn == nil, anonymisedOn == nil else { throw .refused(EnrolmentText.closed) }
        guard renewedOn == nil else { throw .refused(EnrolmentText.alreadyRenewed) }
        guard today >= startDate else { throw .refused(EnrolmentText.beforeStart) }
        return Enrolment(startDate: startDate, renewedOn: today, closedOn: nil, anonymisedOn: nil)
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
    public static let beforeStart = Phrase(
        fr: "Date antérieure au début de l’inscription : vérifiez la date du jour.",
        en: "Date before the start of the enrolment: check today’s date.")
}
