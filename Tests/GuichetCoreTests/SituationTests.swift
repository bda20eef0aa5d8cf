import Testing
@testable import GuichetCore

@Suite struct SituationTests {
    @Test func listsFollowTheDomainOrder() {
        #expect(Housing.allCases.map(\.label.french) == ["logement personnel", "hébergement chez un tiers", "hébergement d’urgence / CHRS", "sans domicile", "autre"])
        #expect(Activity.allCases.map(\.label.french) == ["en recherche d’emploi", "en emploi", "en formation", "à la retraite", "sans activité"])
        #expect(ResourceKind.allCases.map(\.label.french) == ["RSA", "ARE", "AAH", "salaire", "retraite", "aucune", "autre"])
        #expect(ReferralStructureKind.allCases.prefix(4).map(\.label.french) == ["CCAS", "SIAO", "France Travail", "association"])
        #expect(ReferralStructureKind.allCases.last == .other)
        #expect(VisitReason.allCases.map(\.label.french) == ["recharge", "budget", "clé 3G", "information", "autre"])
    }

    @Test func rawCodesAreStable() {
        #expect(Housing.allCases.map(\.rawValue) == ["housed", "hosted", "emergency_shelter", "homeless", "other"])
        #expect(Activity.allCases.map(\.rawValue) == ["job_seeker", "employed", "training", "retired", "none"])
        #expect(ResourceKind.allCases.map(\.rawValue) == ["rsa", "are", "aah", "salary", "pension", "none", "other"])
        #expect(VisitReason.allCases.map(\.rawValue) == ["recharge", "budget", "hotspot", "information", "other"])
    }

    @Test func codesAreUniqueAndLabelsComplete() {
        func check<T: SituationCode>(_ type: T.Type) {
            #expect(Set(T.allCases.map(\.rawValue)).count == T.allCases.count)
            #expect(T.allCases.allSatisfy { !$0.label.french.isEmpty && !$0.label.english.isEmpty })
            // every writing points to one case only
            for value in T.allCases {
                for name in [value.rawValue, value.label.french, value.label.english] + value.importAliases {
                    #expect(T.fromImport(name) == value, "\(name) → \(String(describing: T.fromImport(name)))")
                }
            }
        }
        check(Housing.self); check(Activity.self); check(ResourceKind.self); check(ReferralStructureKind.self); check(VisitReason.self)
    }

    @Test(arguments: [
        ("hébergé chez un tiers", Housing.hostedByThirdParty), ("heberge", .hostedByThirdParty), ("HÉBERGÉE", .hostedByThirdParty),
        ("sans domicile", .homeless), ("SDF", .homeless), ("sdf", .homeless), ("Sans-abri", .homeless),
        ("Hébergement d'urgence", .emergencyShelter), ("chrs", .emergencyShelter), ("Logé", .housed), ("LOGE", .housed),
    ])
    func housingFromImport(text: String, expected: Housing) {
        #expect(Housing.fromImport(text) == expected)
    }

    @Test func otherListsFromImport() {
        #expect(Activity.fromImport("Demandeur d’emploi") == .jobSeeker)
        #expect(Activity.fromImport("en recherche d'emploi") == .jobSeeker)
        #expect(Activity.fromImport("Retraité") == .retired)
        #expect(ResourceKind.fromImport("rsa") == .rsa)
        #expect(ResourceKind.fromImport("Salaire") == .salary)
        #expect(ResourceKind.fromImport("néant") == ResourceKind.none)
        #expect(ReferralStructureKind.fromImport("Pôle emploi") == .franceTravail)
        #expect(VisitReason.fromImport("Clé 3G") == .hotspot)
        #expect(Housing.fromImport("château") == nil)
        #expect(Housing.fromImport("") == nil)
        #expect(Housing.read("homeless") == .homeless)
    }

    @Test func structureKindGuessedFromItsName() {
        #expect(ReferralStructureKind.guess(fromName: "CCAS de Roanne") == .ccas)
        #expect(ReferralStructureKind.guess(fromName: "Pôle emploi Antony") == .franceTravail)
        #expect(ReferralStructureKind.guess(fromName: "Association Aurore") == .association)
        #expect(ReferralStructureKind.guess(fromName: "Mission locale de Grenoble") == .missionLocale)
        #expect(ReferralStructureKind.guess(fromName: "SIAO 75") == .siao)
        #expect(ReferralStructureKind.guess(fromName: "Emmaüs Défi") == nil)
        #expect(ReferralStructureKind.guess(fromName: "") == nil)
    }
}
