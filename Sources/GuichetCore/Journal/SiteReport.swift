import Foundation

/// A report as the JSON aggregate carries it: counts only, no name and no file
/// number, with the site code(s) and the software version. `guichet report
/// --format json` writes one per site; `guichet consolidate` adds several into
/// the network's report, which has the same shape (its `sites` list them all).
///
/// People are counted per site: a person seen at two sites counts at each (there
/// is no identity across sites, on purpose), so a network's « people » is a sum.
public struct SiteReport: Sendable, Equatable, Codable {
    public static let formatName = "guichet-report-1"

    public struct Site: Sendable, Equatable, Codable {
        public let code: String
        public let software: String

        public init(code: String, software: String) {
            self.code = code
            self.software = software
        }
    }

    /// One figure: nil amount when no site computes it (an area not built), else the
    /// sum of the sites that do (`sites` of them).
    public struct Figure: Sendable, Equatable, Codable {
        public let id: String
        public var amount: Int64?
        public var base: Int64?
        public var sites: Int

        public var value: FigureValue? { amount.map { FigureValue($0, base: base ?? 0) } }
    }

    public var format: String
    public var sites: [Site]
    public var period: ReportPeriod
    public var figures: [Figure]
    public var breakdowns: [String: [String: Int]]
    /// Visits of each day of the period, in order.
    public var dailyVisits: [Int]?

    enum CodingKeys: String, CodingKey {
        case format, sites, period, figures, breakdowns
        case dailyVisits = "daily_visits"
    }

    /// A site's report from what its areas gave; `built` are the areas that give figures.
    public init(site: String, software: String, period: ReportPeriod, contribution: ReportContribution) {
        format = Self.formatName
        sites = [Site(code: site, software: software)]
        self.period = period
        figures = ReportFigureID.allCases.filter(\.inReport).map { id in
            let value = contribution.figures[id]
            return Figure(id: id.rawValue, amount: value?.amount, base: value.map { $0.base }, sites: value == nil ? 0 : 1)
        }
        breakdowns = Dictionary(uniqueKeysWithValues: contribution.breakdowns.map { ($0.key.rawValue, $0.value) })
        dailyVisits = contribution.dailyVisits
    }

    public func value(_ id: ReportFigureID) -> FigureValue? {
        figures.first { $0.id == id.rawValue }?.value
    }

    public func figure(_ id: ReportFigureID) -> Figure? {
        figures.first { $0.id == id.rawValue }
    }

    public func counts(_ id: ReportBreakdownID) -> [String: Int]? { breakdowns[id.rawValue] }

    public var siteCodes: String { sites.map(\.code).joined(separator: ", ") }

    // MARK: JSON

    public func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    /// A report read back from its JSON; `name` names the file in the messages.
    public static func read(_ bytes: [UInt8], name: String) throws(GuichetError) -> SiteReport {
        let report: SiteReport
        do {
            report = try JSONDecoder().decode(SiteReport.self, from: Data(bytes))
        } catch {
            throw .invalid(ReportText.notAReport.filled(name))
        }
        guard report.format == formatName else { throw .invalid(ReportText.unknownFormat.filled(name, report.format)) }
        guard !report.sites.isEmpty else { throw .invalid(ReportText.notAReport.filled(name)) }
        return report
    }

    // MARK: Consolidation

    /// The network's report: the sites' figures added up. Refused when two files
    /// cover different periods (overlapping or not: adding them would mix periods),
    /// or name the same site twice (its people would count twice).
    public static func consolidate(_ reports: [(name: String, report: SiteReport)]) throws(GuichetError) -> SiteReport {
        guard let (firstName, first) = reports.first else { throw .invalid(ReportText.nothingToConsolidate) }
        var seen: [String: String] = [:]
        for (name, report) in reports {
            let period = report.period
            if period.first != first.period.first || period.last != first.period.last {
                let sentence = period.overlaps(first.period) ? ReportText.periodsOverlap : ReportText.periodsDiffer
                throw .invalid(sentence.filled(firstName, first.period.first.formatted(.french), first.period.last.formatted(.french),
                                               name, period.first.formatted(.french), period.last.formatted(.french)))
            }
            for site in report.sites {
                if let other = seen[site.code] { throw .invalid(ReportText.siteTwice.filled(site.code, other, name)) }
                seen[site.code] = name
            }
        }
        var result = first
        result.sites = reports.flatMap(\.report.sites)
        for (_, report) in reports.dropFirst() {
            for figure in report.figures {
                guard let index = result.figures.firstIndex(where: { $0.id == figure.id }) else {
                    result.figures.append(figure)
                    continue
                }
                guard let amount = figure.amount else { continue }
                result.figures[index].amount = (result.figures[index].amount ?? 0) + amount
                result.figures[index].base = (result.figures[index].base ?? 0) + (figure.base ?? 0)
                result.figures[index].sites += figure.sites
            }
            for (id, counts) in report.breakdowns {
                result.breakdowns[id] = (result.breakdowns[id] ?? [:]).merging(counts, uniquingKeysWith: +)
            }
            if let visits = report.dailyVisits, let sum = result.dailyVisits, visits.count == sum.count {
                result.dailyVisits = zip(sum, visits).map(+)
            } else {
                result.dailyVisits = nil
            }
        }
        return result
    }
}
