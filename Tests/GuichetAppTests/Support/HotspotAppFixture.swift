import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore

/// Keys for the screen tests, added by the supervisor through the store.
enum HotspotAppFixture {
    static func device(_ code: String, _ model: String, imei: String, iccid: String = "", phone: String = "") throws -> ValidDevice {
        var draft = DeviceDraft()
        draft.code = code
        draft.model = model
        draft.imei = imei
        draft.iccid = iccid
        draft.phone = phone
        draft.acquiredOn = "12/01/2026"
        draft.donor = "Emmaüs Connect"
        return try draft.validated(today: CalendarDay(year: 2026, month: 11, day: 27)!)
    }

    /// CLE-017 (Huawei E5330, with its SIM) and CLE-018 (ZTE MF920).
    @discardableResult
    static func addKeys(_ counter: CounterHarness, _ admin: Actor) throws -> [HotspotDevice] {
        [try counter.store.addDevice(as: admin, device("17", "Huawei E5330", imei: "260531793113837", iccid: "8933011234567890120",
                                                       phone: "07 51 23 45 67")),
         try counter.store.addDevice(as: admin, device("18", "ZTE MF920", imei: "352099001761481"))]
    }
}
