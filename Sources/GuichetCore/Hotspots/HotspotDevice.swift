/// A 3G hotspot key of the fleet (« clé Internet à partager »): its number in the
/// database, its details as checked (`device.code`, `device.imei`… read through to them)
/// and its state.
@dynamicMemberLookup
public struct HotspotDevice: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let details: ValidDevice
    public let state: DeviceState

    public init(id: Int64, details: ValidDevice, state: DeviceState) {
        self.id = id
        self.details = details
        self.state = state
    }

    public subscript<T>(dynamicMember keyPath: KeyPath<ValidDevice, T>) -> T { details[keyPath: keyPath] }
}

/// How a key came to the programme. The raw codes are stored.
public enum Acquisition: String, Sendable, CaseIterable, Codable {
    case donation
    case purchase

    public var label: Phrase {
        switch self {
        case .donation: return Phrase(fr: "don", en: "donation")
        case .purchase: return Phrase(fr: "achat", en: "purchase")
        }
    }
}

/// The inventory code of a key: 2 to 16 letters without accents, digits or dashes,
/// kept in capitals. A bare number (`17`) is the usual `CLE-017`.
public enum InventoryCode {
    public static let prefix = "CLE-"

    public static func parse(_ input: String) throws(GuichetError) -> String {
        let value = input.trimmingWhitespace().uppercased()
        if (1...4).contains(value.count), value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value) {
            return prefix + (number < 10 ? "00" : number < 100 ? "0" : "") + String(number)
        }
        let allowed = value.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
        guard (2...16).contains(value.count), allowed, value.contains(where: \.isLetter) else {
            throw .invalid(HotspotText.codeExpected)
        }
        return value
    }
}

/// The fields of a key's form and of a line of a device import.
public enum DeviceField: String, BudgetFieldName, CaseIterable {
    case code
    case model
    case imei
    case iccid
    case phone
    case acquisition
    case acquiredOn = "acquired_on"
    case donor
    case notes

    public var key: String { rawValue }

    public var label: Phrase {
        switch self {
        case .code: return Phrase(fr: "Code d’inventaire", en: "Inventory code")
        case .model: return Phrase(fr: "Modèle", en: "Model")
        case .imei: return Phrase(fr: "IMEI", en: "IMEI")
        case .iccid: return Phrase(fr: "ICCID de la SIM", en: "SIM ICCID")
        case .phone: return Phrase(fr: "Numéro de la SIM", en: "SIM number")
        case .acquisition: return Phrase(fr: "Provenance", en: "Came from")
        case .acquiredOn: return Phrase(fr: "Reçue le", en: "Received on")
        case .donor: return Phrase(fr: "Donateur ou fournisseur", en: "Donor or supplier")
        case .notes: return Phrase(fr: "Remarques", en: "Notes")
        }
    }
}

/// A key's details, checked: what the store writes. The inventory code (`CLE-017`) is
/// unique, and so are the IMEI, the ICCID and the SIM's number; the donor is the supplier
/// of a purchase.
public struct ValidDevice: Sendable, Equatable {
    public let code: String
    public let model: String
    public let imei: IMEI
    public let iccid: ICCID?
    public let phone: PhoneNumber?
    public let acquisition: Acquisition
    public let acquiredOn: CalendarDay?
    public let donor: String
    public let notes: String

    public init(code: String, model: String, imei: IMEI, iccid: ICCID?, phone: PhoneNumber?, acquisition: Acquisition,
                acquiredOn: CalendarDay?, donor: String, notes: String) {
        self.code = code
        self.model = model
        self.imei = imei
        self.iccid = iccid
        self.phone = phone
        self.acquisition = acquisition
        self.acquiredOn = acquiredOn
        self.donor = donor
        self.notes = notes
    }
}

/// A key as typed in its form (or read from an import line), every field a string,
/// checked by the core one field as it is left or all at once.
public struct DeviceDraft: BudgetDraft, Sendable, Equatable {
    public var code = ""
    public var model = ""
    public var imei = ""
    public var iccid = ""
    public var phone = ""
    public var acquisition = Acquisition.donation.rawValue
    public var acquiredOn = ""
    public var donor = ""
    public var notes = ""

    public init() {}

    public init(_ device: HotspotDevice) {
        code = device.code
        model = device.model
        imei = device.imei.digits
        iccid = device.iccid?.digits ?? ""
        phone = device.phone?.display ?? ""
        acquisition = device.acquisition.rawValue
        acquiredOn = device.acquiredOn?.formatted(.french) ?? ""
        donor = device.donor
        notes = device.notes
    }

    public static let modelMaximum = 40
    public static let donorMaximum = 60
    public static let notesMaximum = 200

    public static func text(of field: DeviceField) -> WritableKeyPath<DeviceDraft, String> {
        switch field {
        case .code: return \.code
        case .model: return \.model
        case .imei: return \.imei
        case .iccid: return \.iccid
        case .phone: return \.phone
        case .acquisition: return \.acquisition
        case .acquiredOn: return \.acquiredOn
        case .donor: return \.donor
        case .notes: return \.notes
        }
    }

    public func check(_ checks: inout BudgetChecks<DeviceField>, today: CalendarDay) -> ValidDevice? {
        let code = checks.run(.code) { () throws(GuichetError) in try InventoryCode.parse(self.code) }
        let model = checks.run(.model) { () throws(GuichetError) in
            try BudgetFreeText.required(self.model, field: DeviceField.model.label, maximum: Self.modelMaximum,
                                        expected: HotspotText.modelExpected)
        }
        let imei = checks.run(.imei) { () throws(GuichetError) in try IMEI.parse(self.imei) }
        let iccid = checks.run(.iccid) { () throws(GuichetError) -> ICCID? in
            self.iccid.trimmingWhitespace().isEmpty ? nil : try ICCID.parse(self.iccid)
        }
        let phone = checks.run(.phone) { () throws(GuichetError) -> PhoneNumber? in
            self.phone.trimmingWhitespace().isEmpty ? nil : try PhoneNumber.parse(self.phone)
        }
        let acquisition = checks.run(.acquisition) { () throws(GuichetError) -> Acquisition in
            guard let value = Acquisition(rawValue: self.acquisition.trimmingWhitespace()) else {
                throw .invalid(HotspotText.acquisitionExpected)
            }
            return value
        }
        let acquiredOn = checks.run(.acquiredOn) { () throws(GuichetError) in
            try BudgetDay.parse(self.acquiredOn, field: DeviceField.acquiredOn.label, today: today, required: false, latest: today)
        }
        let donor = checks.run(.donor) { () throws(GuichetError) in
            try BudgetFreeText.optional(self.donor, field: DeviceField.donor.label, maximum: Self.donorMaximum)
        }
        let notes = checks.run(.notes) { () throws(GuichetError) in
            try BudgetFreeText.optional(self.notes, field: DeviceField.notes.label, maximum: Self.notesMaximum)
        }
        guard let code, let model, let imei, let iccid, let phone, let acquisition, let acquiredOn, let donor, let notes else {
            return nil
        }
        return ValidDevice(code: code, model: model, imei: imei, iccid: iccid, phone: phone, acquisition: acquisition,
                           acquiredOn: acquiredOn, donor: donor, notes: notes)
    }
}
