import Testing
@testable import GuichetStore

/// A shipped migration is never edited (a database that has run it would not
/// run it again): a change to the schema is a new migration. Each migration's
/// checksum is written here when it ships; a new one is added to the list.
@Suite struct MigrationChecksumTests {
    static let shipped: [(name: String, checksum: UInt64)] = [
        ("v1", 2_163_433_198_880_842_654),
        ("foundation.2-unknown-login-key", 8_520_715_146_342_555_204),
        ("v2", 983_481_469_701_283_532),
        ("beneficiaries.3-timeline-sources", 14_379_698_179_698_008_615),
        ("beneficiaries.4-closing-reason", 3_238_153_022_598_164_060),
        // SQL-less: its step is in code (the search words of names with an apostrophe).
        ("beneficiaries.5-words-after-apostrophes", 14_695_981_039_346_656_037),
        ("budget.1-sessions-plans-offers", 8_931_672_616_801_442_572),
        // The plan's step templates, seeded with the programme's seven.
        ("budget.2-step-templates", 9_288_993_230_093_580_441),
        // Its step in code chains the journal events already written.
        ("recharges.1-journal-chain", 15_620_151_705_133_961_750),
        ("recharges.2-ledger", 8_130_119_968_981_007_949),
        ("hotspots.1-devices-loans-history", 1_374_528_812_376_867_749),
        // Birth year of anonymised files; the purge of connection events and the journal's anchors.
        ("protection.1-anonymisation-and-log-purge", 17_889_913_479_929_314_673),
    ]

    /// FNV-1a, 64 bits: stable across runs and machines, unlike `Hasher`.
    static func checksum(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    @Test func shippedMigrationsAreUnchangedAndInOrder() {
        let all = Migrations.all
        #expect(all.count >= Self.shipped.count)
        for (index, shipped) in Self.shipped.enumerated() where index < all.count {
            #expect(all[index].name == shipped.name, "migration \(index) is \(all[index].name), shipped as \(shipped.name)")
            #expect(Self.checksum(all[index].sql) == shipped.checksum,
                    "\(shipped.name) was edited (checksum \(Self.checksum(all[index].sql))): write a new migration instead")
        }
        #expect(Set(all.map(\.name)).count == all.count, "two migrations share a name")
    }
}
