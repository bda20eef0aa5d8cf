/// The journal actions of the 3G hotspot keys. The raw values are stored in the
/// journal: never change one. The subject is the key's inventory code, or the
/// person's file number for a loan and its end; the summary holds codes, file
/// numbers, days and amounts — never a name.
public enum HotspotAction: String, JournalAction {
    case deviceAdded = "hotspot.device_add"
    case deviceCorrected = "hotspot.device_correct"
    case stateChanged = "hotspot.state_change"
    case lent = "hotspot.loan"
    case renewed = "hotspot.renew"
    case returned = "hotspot.return"
    case imported = "import.devices"
    case demoGenerated = "hotspot.demo"

    public static var area: AreaID { .hotspots }

    public var wording: Phrase {
        switch self {
        case .deviceAdded: return Phrase(fr: "clé {1} ajoutée au parc", en: "key {1} added to the fleet")
        case .deviceCorrected: return Phrase(fr: "clé {1} corrigée", en: "key {1} corrected")
        case .stateChanged: return Phrase(fr: "état de la clé {1} changé", en: "state of key {1} changed")
        case .lent: return Phrase(fr: "clé prêtée, dossier {1}", en: "key lent, file {1}")
        case .renewed: return Phrase(fr: "prêt de clé prolongé, dossier {1}", en: "key loan renewed, file {1}")
        case .returned: return Phrase(fr: "fin de prêt de clé, dossier {1}", en: "key loan ended, file {1}")
        case .imported: return Phrase(fr: "import de clés 3G", en: "3G keys imported")
        case .demoGenerated: return Phrase(fr: "parc de clés de démonstration créé", en: "demo key fleet generated")
        }
    }
}

/// What happened to a key or in a loan, as a key's history and a person's history
/// show it. The person's history names the key; the key's names the file number.
public enum HotspotEvent: TimelineEvent, Equatable {
    case added(Acquisition)
    case corrected
    case stateChanged(DeviceEvent, reason: String)
    case lent(device: String, file: String, due: CalendarDay?, kind: LoanKind, deposit: Money)
    case renewed(device: String, file: String, due: CalendarDay)
    case ended(device: String, file: String, outcome: LoanOutcome, refund: Money, note: String)

    /// In a person's history.
    public func text(_ language: Language) -> String {
        switch self {
        case .added, .corrected, .stateChanged: return deviceText(language)
        case .lent(let device, _, let due, let kind, let deposit):
            if kind == .handover { return HotspotText.eventHandedOverAtOnce.text(language, device) }
            return HotspotText.eventLent.text(language, device, due?.formatted(language) ?? "—") + Self.money(deposit, language)
        case .renewed(let device, _, let due):
            return HotspotText.eventRenewed.text(language, device, due.formatted(language))
        case .ended(let device, _, let outcome, _, let note):
            return HotspotText.eventEnded.text(language, device, outcome.label.text(language)) + (note.isEmpty ? "" : " — " + note)
        }
    }

    /// In the key's history.
    public func deviceText(_ language: Language) -> String {
        switch self {
        case .added(let acquisition): return HotspotText.eventAdded.text(language, acquisition.label.text(language))
        case .corrected: return HotspotText.eventCorrected.text(language)
        case .stateChanged(let event, let reason):
            return HotspotText.eventStateChanged.text(language, event.label.text(language)) + (reason.isEmpty ? "" : " — " + reason)
        case .lent(_, let file, let due, let kind, let deposit):
            if kind == .handover { return HotspotText.deviceHandedOverAtOnce.text(language, file) }
            return HotspotText.deviceLent.text(language, file, due?.formatted(language) ?? "—") + Self.money(deposit, language)
        case .renewed(_, let file, let due):
            return HotspotText.deviceRenewed.text(language, file, due.formatted(language))
        case .ended(_, let file, let outcome, let refund, let note):
            return HotspotText.deviceEnded.text(language, file, outcome.label.text(language))
                + (refund.cents > 0 ? HotspotText.eventRefund.text(language, refund.formatted(language)) : "")
                + (note.isEmpty ? "" : " — " + note)
        }
    }

    private static func money(_ deposit: Money, _ language: Language) -> String {
        deposit.cents > 0 ? HotspotText.eventDeposit.text(language, deposit.formatted(language)) : ""
    }
}
