import Foundation
import GRDB
@testable import GuichetStore
import GuichetCore

/// A set-up store with a volunteer, a homeless person and a housed one enrolled a month
/// ago, two keys added by the supervisor and, unless asked otherwise, today's cash box
/// opened with a first float of 50 €.
struct HotspotFixture {
    let scratch: Scratch
    let store: GuichetStore
    let chef: Actor
    let volunteer: Actor
    /// Sans domicile: may borrow a key.
    let homeless: Int64
    /// In their own home: may not.
    let housed: Int64
    let first: HotspotDevice
    let second: HotspotDevice

    init(at start: Date = Date(timeIntervalSince1970: 1_795_000_000), open: Bool = true) throws {
        scratch = Scratch(at: start)
        (store, chef) = try scratch.openSetUp()
        volunteer = try scratch.volunteer(store, chef: chef)
        let today = try store.today()
        homeless = try store.createBeneficiary(as: volunteer, People.make("Dupont", "Marie", phone: "06 12 34 56 78", housing: "homeless"),
                                               enrolledOn: today.adding(days: -30)).id
        housed = try store.createBeneficiary(as: volunteer, People.make("Martin", "Paul", housing: "housed"),
                                             enrolledOn: today.adding(days: -30)).id
        first = try store.addDevice(as: chef, Self.device("17", imei: "260531793113837", iccid: "8933011234567890120",
                                                          phone: "07 51 23 45 67"))
        second = try store.addDevice(as: chef, Self.device("18", imei: "352099001761481"))
        if open { try store.openCashBox(as: chef, typedFloat: Money(cents: 50_00)) }
        scratch.clock.advance(seconds: 60)
    }

    static func device(_ code: String, imei: String, iccid: String = "", phone: String = "", model: String = "Huawei E5330")
        throws -> ValidDevice {
        var draft = DeviceDraft()
        draft.code = code
        draft.model = model
        draft.imei = imei
        draft.iccid = iccid
        draft.phone = phone
        return try draft.validated(today: CalendarDay(year: 2026, month: 11, day: 18)!)
    }

    /// A loan as the form gives it: the key, due in `days` days, every accessory, the agreement signed.
    func loan(_ device: HotspotDevice? = nil, days: Int = 30, kind: LoanKind = .loan) throws -> ValidLoan {
        ValidLoan(deviceID: (device ?? first).id, kind: kind, dueOn: kind == .handover ? nil : try store.today().adding(days: days),
                  accessories: Set(Accessory.allCases))
    }

    @discardableResult
    func lend(_ device: HotspotDevice? = nil, to person: Int64? = nil, days: Int = 30) throws -> LoanReceipt {
        try store.lendHotspot(as: volunteer, beneficiaryID: person ?? homeless, loan: loan(device, days: days))
    }

    /// How many rows the tables an action writes hold: a refused action leaves them as they were.
    func footprint() throws -> [Int] {
        try ["hotspot_devices", "hotspot_loans", "hotspot_events", "ledger", "journal"].map { try scratch.count($0) }
    }

    func state(_ device: HotspotDevice) throws -> DeviceState { try store.device(id: device.id).device.state }
}
