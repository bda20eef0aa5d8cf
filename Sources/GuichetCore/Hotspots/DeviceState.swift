/// Where a 3G hotspot key stands. The raw codes are stored: never change one.
public enum DeviceState: String, Sendable, CaseIterable, Codable {
    case available
    case lent
    case repair
    case lost
    case retired
    /// Handed over for good to the person: no longer the programme's.
    case handedOver = "handed_over"

    public var label: Phrase {
        switch self {
        case .available: return Phrase(fr: "disponible", en: "available")
        case .lent: return Phrase(fr: "prêtée", en: "lent")
        case .repair: return Phrase(fr: "en réparation", en: "in repair")
        case .lost: return Phrase(fr: "perdue", en: "lost")
        case .retired: return Phrase(fr: "réformée", en: "retired")
        case .handedOver: return Phrase(fr: "remise", en: "handed over")
        }
    }

    /// The plural label of a count by state: « 3 disponibles ».
    public var pluralLabel: Phrase {
        switch self {
        case .available: return Phrase(fr: "disponibles", en: "available")
        case .lent: return Phrase(fr: "prêtées", en: "lent")
        case .repair: return Phrase(fr: "en réparation", en: "in repair")
        case .lost: return Phrase(fr: "perdues", en: "lost")
        case .retired: return Phrase(fr: "réformées", en: "retired")
        case .handedOver: return Phrase(fr: "remises", en: "handed over")
        }
    }

    /// Retired and handed-over keys have left the fleet: nothing changes them any more.
    public var isFinal: Bool { self == .retired || self == .handedOver }
}

/// What happens to a key: the loans and their ends (anyone at the counter), and
/// the changes a supervisor makes by hand (`isManual`).
public enum DeviceEvent: String, Sendable, CaseIterable, Codable {
    case lend
    case returnGood = "return_good"
    case returnMissingAccessories = "return_missing"
    case returnDamaged = "return_damaged"
    case declareLost = "lost"
    case handOver = "hand_over"
    case sendToRepair = "repair"
    case repaired
    case found
    case retire

    /// The changes a supervisor makes from the key's card (not through a loan).
    public var isManual: Bool {
        switch self {
        case .sendToRepair, .repaired, .found, .retire, .declareLost: return true
        case .lend, .returnGood, .returnMissingAccessories, .returnDamaged, .handOver: return false
        }
    }

    public var label: Phrase {
        switch self {
        case .lend: return Phrase(fr: "prêt", en: "loan")
        case .returnGood: return Phrase(fr: "retour en bon état", en: "returned in good condition")
        case .returnMissingAccessories: return Phrase(fr: "retour, accessoires manquants", en: "returned, accessories missing")
        case .returnDamaged: return Phrase(fr: "retour, clé abîmée", en: "returned damaged")
        case .declareLost: return Phrase(fr: "déclarée perdue", en: "declared lost")
        case .handOver: return Phrase(fr: "remise définitive", en: "handed over for good")
        case .sendToRepair: return Phrase(fr: "envoyée en réparation", en: "sent to repair")
        case .repaired: return Phrase(fr: "revenue de réparation", en: "back from repair")
        case .found: return Phrase(fr: "retrouvée", en: "found")
        case .retire: return Phrase(fr: "réformée", en: "retired")
        }
    }
}

/// The state machine of a key, the one place that says which change is allowed
/// from which state. A refused change says why and what to do first.
public enum DeviceTransition {
    /// The state `event` leads to from `state`, or why it is refused.
    public static func next(from state: DeviceState, _ event: DeviceEvent) throws(GuichetError) -> DeviceState {
        if let next = table[state]?[event] { return next }
        throw .refused(refusal(from: state, event))
    }

    /// A change a supervisor makes by hand: a lent key goes through its return first.
    public static func manual(from state: DeviceState, _ event: DeviceEvent) throws(GuichetError) -> DeviceState {
        guard event.isManual else { throw .refused(HotspotText.notAManualChange) }
        if state == .lent { throw .refused(HotspotText.lentMustBeReturned) }
        return try next(from: state, event)
    }

    /// The changes a supervisor may make by hand from `state`, in menu order.
    public static func manualEvents(from state: DeviceState) -> [DeviceEvent] {
        DeviceEvent.allCases.filter { (try? manual(from: state, $0)) != nil }
    }

    static let table: [DeviceState: [DeviceEvent: DeviceState]] = [
        .available: [.lend: .lent, .sendToRepair: .repair, .declareLost: .lost, .retire: .retired, .handOver: .handedOver],
        .lent: [.returnGood: .available, .returnMissingAccessories: .available, .returnDamaged: .repair,
                .declareLost: .lost, .handOver: .handedOver],
        .repair: [.repaired: .available, .declareLost: .lost, .retire: .retired],
        .lost: [.found: .available, .retire: .retired],
    ]

    static func refusal(from state: DeviceState, _ event: DeviceEvent) -> Phrase {
        switch (state, event) {
        case (.retired, _): return HotspotText.retiredIsFinal
        case (.handedOver, _): return HotspotText.handedOverIsFinal
        case (.lent, _): return HotspotText.lentMustBeReturned
        case (_, .returnGood), (_, .returnMissingAccessories), (_, .returnDamaged): return HotspotText.notLent
        case (.repair, .sendToRepair): return HotspotText.alreadyInRepair
        case (_, .repaired): return HotspotText.notInRepair
        case (_, .found): return HotspotText.notLost
        case (.lost, .declareLost): return HotspotText.alreadyLost
        case (.repair, _): return HotspotText.repairMustEnd
        case (.lost, _): return HotspotText.lostMustBeFound
        case (.available, _): return HotspotText.notLent
        }
    }
}
