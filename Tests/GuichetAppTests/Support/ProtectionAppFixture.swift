import Foundation
@testable import GuichetApp
import GuichetCore
import GuichetStore

/// Files for the data-protection screens, made through the store by moving the harness's
/// clock: three files last seen 30 months ago (due for anonymisation), one enrolled as
/// long ago but seen ten days ago, and one enrolled today (neither is due).
struct ProtectionAppFixture {
    static let day: TimeInterval = 86_400
    /// 900 days before Friday 27/11/2026: Wednesday 10/06/2024, more than 24 months.
    static let longAgo: TimeInterval = 900 * day

    let counter: CounterHarness
    let alice: Actor
    /// Hélène Dupont-Müller, PAR-2024-00001, with a phone, a birth date and a visit.
    let old: BeneficiaryRecord
    /// Jacques Moreau and Nadia Lambert, PAR-2024-00002 and 00003.
    let others: [BeneficiaryRecord]
    /// Marc Garnier, PAR-2024-00004, enrolled long ago, seen ten days ago.
    let seenLately: BeneficiaryRecord
    /// Paul Martin, PAR-2026-00001, enrolled today, without consent.
    let recent: BeneficiaryRecord

    init() throws {
        counter = try CounterHarness()
        alice = try counter.store.authenticate(login: "alice", password: "motdepasse-alice")
        counter.clock.advance(seconds: -Self.longAgo)
        old = try counter.addBeneficiary("Dupont-Müller", "Hélène", birth: "12/03/1985", phone: "06 12 34 56 78", housing: "homeless")
        others = [try counter.addBeneficiary("Moreau", "Jacques"), try counter.addBeneficiary("Lambert", "Nadia")]
        seenLately = try counter.addBeneficiary("Garnier", "Marc")
        for file in [old] + others + [seenLately] {
            try counter.store.recordVisit(as: alice, beneficiaryID: file.id, reasons: [.information], note: "")
        }
        counter.clock.advance(seconds: Self.longAgo - 10 * Self.day)
        try counter.store.recordVisit(as: alice, beneficiaryID: seenLately.id, reasons: [.recharge], note: "")
        counter.clock.advance(seconds: 10 * Self.day)
        recent = try counter.addBeneficiary("Martin", "Paul")
    }

    /// Signed in as the supervisor, on Administration → RGPD, or on its `entry` (« 1 » … « 4 »).
    func openProtection(_ entry: String = "") {
        counter.signIn()
        counter.type("6")
        counter.press(.function(9))
        if !entry.isEmpty { counter.type(entry) }
    }

    /// The events of today's journal with this action.
    func events(_ action: String) throws -> [JournalEvent] {
        try counter.store.journal(on: counter.today).filter { $0.action == action }
    }
}
