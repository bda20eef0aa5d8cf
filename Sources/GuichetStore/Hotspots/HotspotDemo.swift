import Foundation
internal import GRDB
import GuichetCore

/// What `generateDemoFleet` created.
public struct HotspotDemoSummary: Sendable, Equatable {
    public let devices: Int
    public let loans: Int
    public let open: Int
    public let overdue: Int
    public let lost: Int
}

extension GuichetStore {
    /// A demo fleet of `count` keys received about a year ago, and a year of loans to the
    /// demo people whose housing makes them eligible: returns (some with accessories
    /// missing, some damaged and back from repair), renewals, keys lost, a few handed over,
    /// loans still open — some late. The numbers come from a generator of their own seeded
    /// from `seed`, each drawn whatever the dates, so the same seed gives the same fleet on
    /// any day (the dates move with today). The demo loans take no deposit: the cash box's
    /// days belong to the demo ledger. ONE transaction, journaled `hotspot.demo`.
    public func generateDemoFleet(as actor: Actor, devices count: Int, seed: UInt64) throws(GuichetError) -> HotspotDemoSummary {
        try actor.require(.importData)
        try actor.require(.manageDevices)
        let zone = try site().timeZone
        return try momentAction(as: actor, action: HotspotAction.demoGenerated) { db, moment in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM hotspot_devices") == 0 else {
                throw GuichetError.refused(HotspotText.fleetNotEmpty)
            }
            var demo = HotspotDemo(seed: seed, today: moment.today, zone: zone, actor: actor,
                                   people: try HotspotDemo.candidates(db))
            for index in 0..<max(0, count) { try demo.addDevice(db, index: index) }
            let summary = HotspotDemoSummary(devices: max(0, count), loans: demo.loans, open: demo.open, overdue: demo.overdue,
                                             lost: demo.lost)
            return Traced(summary, subject: nil, summary: "devices=\(summary.devices) loans=\(summary.loans) open=\(summary.open) "
                          + "overdue=\(summary.overdue) lost=\(summary.lost) seed=\(seed)")
        }
    }
}

/// The generator of the demo fleet (see `generateDemoFleet`).
struct HotspotDemo {
    struct Person {
        let id: Int64
        let fileNumber: String
        let enrolment: Enrolment
    }

    private var random: SplitMix64
    private let today: CalendarDay
    private let zone: TimeZone
    private let actor: Actor
    private let people: [Person]
    /// The first day each person is free again (after their last loan); absent: never lent.
    private var busyUntil: [Int64: CalendarDay] = [:]
    private(set) var loans = 0
    private(set) var open = 0
    private(set) var overdue = 0
    private(set) var lost = 0

    init(seed: UInt64, today: CalendarDay, zone: TimeZone, actor: Actor, people: [Person]) {
        random = SplitMix64(seed: seed ^ 0xC1E3_6000_0000_0011)
        self.today = today
        self.zone = zone
        self.actor = actor
        self.people = people
    }

    /// The demo people who may borrow a key by their housing (the default setting), oldest file first.
    static func candidates(_ db: Database) throws -> [Person] {
        try Row.fetchAll(db, sql: """
            SELECT id, file_number, enrolled_on, renewed_on, closed_on FROM beneficiaries
            WHERE housing IN ('homeless', 'emergency_shelter', 'hosted') AND anonymised_on IS NULL ORDER BY id
            """).map { row in
            Person(id: row[0], fileNumber: row[1], enrolment: Enrolment(
                startDate: try StoredDay.required(row[2]), renewedOn: try StoredDay.optional(row[3]),
                closedOn: try StoredDay.optional(row[4])))
        }
    }

    private static let models = ["Huawei E5330", "Huawei E5573", "Alcatel Link Zone", "ZTE MF920", "TP-Link M7200", "Netgear AirCard 785"]
    /// Type allocation codes (the first 8 digits of an IMEI) of such routers.
    private static let allocationCodes = ["86307502", "86169802", "35391108", "86603103", "35687107", "35909206"]
    private static let donors = ["Emmaüs Connect", "Fondation Orange", "SFR Solidarité", "Mairie du 19e", "Don d’un particulier"]

    private func instant(_ day: CalendarDay, _ second: Int) -> String {
        Timestamp.utcText(day.start(in: zone).addingTimeInterval(TimeInterval(second)))
    }

    private mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(random.int(0...9))) })
    }

    mutating func addDevice(_ db: Database, index: Int) throws {
        // Every number of the key drawn first, whatever the dates.
        let modelIndex = random.int(0...(Self.models.count - 1))
        let imeiBody = Self.allocationCodes[modelIndex] + digits(6)
        let iccidBody = "89330" + String(random.int(1...3)) + digits(12)
        let phone = "07" + String(random.int(3...9)) + digits(7)
        let donation = random.chance(75)
        let donor = random.pick(Self.donors)
        let receivedAgo = random.int(330...420)
        let second = random.int((9 * 3600)...(17 * 3600))
        guard let imei = try? IMEI.parse(imeiBody + String(Luhn.checkDigit(for: imeiBody) ?? 0)),
              let iccid = try? ICCID.parse(iccidBody + String(Luhn.checkDigit(for: iccidBody) ?? 0)),
              let number = try? PhoneNumber.parse(phone) else { throw GuichetError.storage("demo key invalid") }
        let code = InventoryCode.prefix + (index + 1 < 10 ? "00" : index + 1 < 100 ? "0" : "") + String(index + 1)
        let received = today.adding(days: -receivedAgo)
        let valid = ValidDevice(code: code, model: Self.models[modelIndex], imei: imei, iccid: iccid, phone: number,
                                acquisition: donation ? .donation : .purchase, acquiredOn: received,
                                donor: donation ? donor : "Opérateur (achat)", notes: "")
        let at = instant(received, second)
        let id = try GuichetStore.insertDevice(db, valid, at: at, actor: actor)
        let device = (id: id, code: code)
        try HotspotRows.append(db, .init(kind: "added", event: valid.acquisition.rawValue, to: .available), device: device,
                               at: at, day: received, actor: actor)
        var state = DeviceState.available
        var lastDay = received
        var next = received.adding(days: random.int(1...20))
        for _ in 0..<9 {
            let gap = random.int(2...25)
            let renewals = DemoPerson.weighted(&random, [(0, 60), (1, 30), (2, 10)])
            let lateness = random.int(-12...26)
            let outcome = random.int(0...99)
            let repairDays = random.int(10...45)
            let pick = random.int(0...9_999)
            let lentAt = random.int((9 * 3600)...(17 * 3600))
            guard state == .available, next < today, !people.isEmpty else { continue }
            let start = next
            guard let person = choose(pick, on: start) else {
                next = start.adding(days: gap)
                continue
            }
            var due = start.adding(days: HotspotSettings.defaultLoanDays)
            try db.execute(sql: """
                INSERT INTO hotspot_loans (device_id, beneficiary_id, file_number, kind, started_on, started_at, due_on,
                                           accessories_out, agreement_signed, lent_by)
                VALUES (?, ?, ?, 'loan', ?, ?, ?, 'charger,cable,pouch', 1, ?)
                """, arguments: [id, person.id, person.fileNumber, start.iso, instant(start, lentAt), due.iso, actor.userID])
            let loanID = db.lastInsertedRowID
            loans += 1
            try HotspotRows.append(db, .init(kind: "lent", event: DeviceEvent.lend.rawValue, from: .available, to: .lent,
                                             loanID: loanID, beneficiaryID: person.id, fileNumber: person.fileNumber, due: due,
                                             note: "charger,cable,pouch"),
                                   device: device, at: instant(start, lentAt), day: start, actor: actor)
            state = .lent
            lastDay = start
            for _ in 0..<renewals where due.adding(days: -2) < today {
                let renewedOn = due.adding(days: -2)
                due = due.adding(days: HotspotSettings.defaultLoanDays)
                try db.execute(sql: "UPDATE hotspot_loans SET due_on = ?, renewals = renewals + 1 WHERE id = ?",
                               arguments: [due.iso, loanID])
                try HotspotRows.append(db, .init(kind: "renewed", loanID: loanID, beneficiaryID: person.id,
                                                 fileNumber: person.fileNumber, due: due),
                                       device: device, at: instant(renewedOn, lentAt), day: renewedOn, actor: actor)
            }
            let back = due.adding(days: lateness)
            guard back < today else {
                open += 1
                if due < today { overdue += 1 }
                busyUntil[person.id] = CalendarDay(year: 9999, month: 12, day: 31)!
                continue
            }
            let end: LoanOutcome = outcome < 72 ? .good : outcome < 82 ? .missingAccessories : outcome < 94 ? .damaged
                : outcome < 97 ? .lost : outcome < 99 ? .good : .handedOver
            state = try DeviceTransition.next(from: .lent, end.event)
            try db.execute(sql: """
                UPDATE hotspot_loans SET closed_on = ?, closed_at = ?, outcome = ?, accessories_in = ?, closed_by = ? WHERE id = ?
                """, arguments: [back.iso, instant(back, lentAt), end.rawValue,
                                 end == .missingAccessories ? "charger,cable" : "charger,cable,pouch", actor.userID, loanID])
            try HotspotRows.append(db, .init(kind: "ended", event: end.event.rawValue, from: .lent, to: state, loanID: loanID,
                                             beneficiaryID: person.id, fileNumber: person.fileNumber, outcome: end),
                                   device: device, at: instant(back, lentAt), day: back, actor: actor)
            busyUntil[person.id] = back.adding(days: 1)
            lastDay = back
            if end == .lost { lost += 1 }
            next = back.adding(days: gap)
            if state == .repair {
                let repaired = back.adding(days: repairDays)
                // Still in repair: the later draws are made all the same (the state keeps it from more loans).
                guard repaired < today else { continue }
                try HotspotRows.append(db, .init(kind: "state", event: DeviceEvent.repaired.rawValue, from: .repair, to: .available,
                                                 note: "Batterie changée"),
                                       device: device, at: instant(repaired, lentAt), day: repaired, actor: actor)
                state = .available
                lastDay = repaired
                next = repaired.adding(days: gap)
            }
        }
        // One key in 25 worn out: retired some days ago, when it was back.
        let retiredAgo = random.int(1...20)
        if index % 25 == 24, state == .available {
            let day = min(today, max(lastDay.adding(days: 1), today.adding(days: -retiredAgo)))
            try HotspotRows.append(db, .init(kind: "state", event: DeviceEvent.retire.rawValue, from: .available, to: .retired,
                                             note: "Batterie hors d’usage"),
                                   device: device, at: instant(day, second), day: day, actor: actor)
            state = .retired
        }
        try HotspotRows.setState(db, deviceID: id, to: state, at: instant(today, 0), actor: actor)
    }

    /// The person the draw `pick` points at, or the next ones after it, who may borrow on `day`.
    private mutating func choose(_ pick: Int, on day: CalendarDay) -> Person? {
        for offset in 0..<min(people.count, 12) {
            let person = people[(pick + offset * 7) % people.count]
            guard person.enrolment.status(on: day) == .active, day >= person.enrolment.startDate,
                  busyUntil[person.id].map({ $0 <= day }) ?? true else { continue }
            return person
        }
        return nil
    }
}
