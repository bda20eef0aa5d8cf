import GuichetCore

/// What an area adds to the database: its migrations, in order, and the
/// sources of the events it adds to a person's history.
struct AreaSchema: Sendable {
    var migrations: [Migration] = []
    var timelineSources: [TimelineSource] = []
}

extension AreaID {
    /// Each area's part of the database, declared in the area's own folder.
    var schema: AreaSchema {
        switch self {
        case .beneficiaries: return BeneficiarySchema.schema
        case .recharges: return RechargeSchema.schema
        case .budget: return BudgetSchema.schema
        case .hotspots: return HotspotSchema.schema
        case .administration: return ProtectionSchema.schema
        case .journal: return AreaSchema()
        }
    }
}
