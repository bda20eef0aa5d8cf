import Foundation
import Testing
@testable import GuichetCore

/// The review's rules as values: periods (weeks from Monday), the figures' texts and
/// numbers, the CSV writer read back by a strict RFC 4180 reader, formula cells
/// neutralised, and the consolidation of three sites with its refusals.
@Suite struct ReportRulesTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    @Test func weeksStartOnMondayAndPeriodsMove() throws {
        // Friday 27/11/2026.
        let friday = Self.day(2026, 11, 27)
        #expect(friday.weekdayFromMonday == 4)
        let week = ReportPeriod(.week, containing: friday)
        #expect(week.first == Self.day(2026, 11, 23) && week.last == Self.day(2026, 11, 29))
        #expect(ReportPeriod(.week, containing: Self.day(2026, 11, 29)).first == Self.day(2026, 11, 23))
        #expect(ReportPeriod(.week, containing: Self.day(2026, 11, 30)).first == Self.day(2026, 11, 30))
        let february = ReportPeriod(.month, containing: Self.day(2028, 2, 10))
        #expect(february.dayCount == 29 && february.moved(by: 1).last == Self.day(2028, 3, 31))
        #expect(ReportPeriod(.year, containing: friday).moved(by: -1).code == "2025-01-01..2025-12-31")
        #expect(ReportPeriod(from: Self.day(2026, 11, 1), to: Self.day(2026, 11, 10))!.moved(by: 1).code == "2026-11-11..2026-11-20")
        #expect(ReportPeriod(from: Self.day(2026, 11, 2), to: Self.day(2026, 11, 1)) == nil)
        #expect(week.label(.french) == "semaine du lundi 23/11/2026 au dimanche 29/11/2026")
        #expect(ReportPeriod(.month, containing: friday).label(.english) == "November 2026")
        #expect(ReportPeriod(.day, containing: friday).label(.french) == "vendredi 27/11/2026")
    }

    @Test func aMonthIsChartedByWeeksCutAtItsEnds() {
        let november = ReportPeriod(.month, containing: Self.day(2026, 11, 1))
        #expect(november.parts.map(\.period.code) == ["2026-11-01..2026-11-01", "2026-11-02..2026-11-08", "2026-11-09..2026-11-15",
                                                      "2026-11-16..2026-11-22", "2026-11-23..2026-11-29", "2026-11-30..2026-11-30"])
        #expect(november.parts[1].label(.french) == "02/11")
        let year = ReportPeriod(.year, containing: Self.day(2026, 5, 1))
        #expect(year.parts.count == 12 && year.parts[10].label(.french) == "nov. 26")
        #expect(ReportPeriod(.week, containing: Self.day(2026, 11, 27)).parts.map { $0.label(.french) }.first == "lun. 23")
    }

    @Test func periodsAsTheCommandLineNamesThem() throws {
        let today = Self.day(2026, 11, 27)
        #expect(try ReportPeriod.parse(kind: "month", date: "2026-11", today: today).code == "2026-11-01..2026-11-30")
        #expect(try ReportPeriod.parse(kind: "month", date: "02/2028", today: today).dayCount == 29)
        #expect(try ReportPeriod.parse(kind: "week", date: "27/11/2026", today: today).first == Self.day(2026, 11, 23))
        #expect(try ReportPeriod.parse(kind: "year", date: "2026", today: today).dayCount == 365)
        #expect(throws: GuichetError.invalid(ReportText.monthExpected.filled("2026-13"))) {
            try ReportPeriod.parse(kind: "month", date: "2026-13", today: today)
        }
        #expect(throws: GuichetError.invalid(ReportText.periodKindExpected.filled("quarter"))) {
            try ReportPeriod.parse(kind: "quarter", date: "2026", today: today)
        }
    }

    @Test func figuresReadAndAddUp() {
        #expect(FigureValue.text(nil, .count, .french) == "—")
        #expect(FigureValue.text(FigureValue(0), .count, .french) == "0")
        #expect(FigureValue.text(FigureValue(12345), .count, .french) == "12\u{202F}345")
        #expect(FigureValue.text(FigureValue(1, base: 3), .shareOfPeople, .french) == "33,3 %")
        #expect(FigureValue.text(FigureValue(88 + 150, base: 2), .meanShare, .english) == "11.9%")
        #expect(FigureValue.text(FigureValue(0, base: 0), .shareOfPeople, .french) == "personne")
        #expect(FigureValue.text(FigureValue(-250, base: 1), .cashClosing, .french) == "écart -2,50 €")
        #expect(FigureValue.text(FigureValue(0, base: 0), .cashClosing, .french) == "pas clôturée")
        #expect(FigureValue.text(FigureValue(750), .minutes, .french) == "12 h 30")
        #expect(FigureValue.number(FigureValue(123_450), .money, decimal: ",") == "1234,50")
        #expect(FigureValue.number(FigureValue(-5), .money, decimal: ".") == "-0.05")
        #expect(FigureValue.number(FigureValue(750), .minutes, decimal: ",") == "12,5")
        #expect(FigureValue.number(FigureValue(2, base: 3), .shareOfPeople, decimal: ",") == "66,7")
        #expect(FigureValue(1, base: 2) + FigureValue(3, base: 4) == FigureValue(4, base: 6))
    }

    // MARK: CSV

    /// A strict RFC 4180 reader: CRLF after every record, quotes only around a whole
    /// field, doubled inside; anything else is an error, not a guess.
    static func strictRecords(_ bytes: [UInt8], separator: Character) throws -> [[String]] {
        struct Malformed: Error { let reason: String }
        guard bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { throw Malformed(reason: "no byte order mark") }
        guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else { throw Malformed(reason: "not UTF-8") }
        var records: [[String]] = []
        var fields: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        var afterQuote = false
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                guard field.isEmpty, !afterQuote else { throw Malformed(reason: "quote inside a field") }
                quoted = true
            } else if Character(scalar) == separator {
                fields.append(field); field = ""; afterQuote = false
            } else if scalar == "\r" {
                guard scalars.popFirst() == "\n" else { throw Malformed(reason: "CR without LF") }
                fields.append(field); records.append(fields); fields = []; field = ""; afterQuote = false
            } else if scalar == "\n" {
                throw Malformed(reason: "LF without CR")
            } else {
                guard !afterQuote else { throw Malformed(reason: "text after a closing quote") }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, fields.isEmpty, field.isEmpty else { throw Malformed(reason: "unfinished record") }
        return records
    }

    @Test func csvIsQuotedAndReadsBackWhole() throws {
        let awkward = ["Centre « Aurore »; antenne", "dit \"Jo\"", "deux\r\nlignes", "=HYPERLINK(\"http://x\")", "+33 6 12", "-2", "@SUM(A1)",
                       "\tcaché", "é€漢"]
        for separator in [";", ","] as [Character] {
            var writer = CSVWriter(separator: separator)
            writer.append(texts: ["a", "b"])
            writer.append(awkward.map(CSVWriter.Cell.text) + [.number("-12,50")])
            let records = try Self.strictRecords(writer.bytes, separator: separator)
            #expect(records.count == 2 && records[0] == ["a", "b"])
            #expect(records[1] == ["Centre « Aurore »; antenne", "dit \"Jo\"", "deux\r\nlignes", "'=HYPERLINK(\"http://x\")", "'+33 6 12",
                                   "'-2", "'@SUM(A1)", "'\tcaché", "é€漢", "-12,50"])
            #expect(writer.decimal == (separator == "," ? "." : ","))
        }
        let plain = CSVWriter(separator: ";", byteOrderMark: false)
        #expect(plain.bytes.isEmpty)
    }

    // MARK: Consolidation

    static func site(_ code: String, people: Int, jobSeekers: Int, hotspots: Int?, period: ReportPeriod) -> SiteReport {
        var figures: [ReportFigureID: FigureValue] = [
            .peopleAccompanied: FigureValue(people), .jobSeekers: FigureValue(jobSeekers, base: people), .receptionPoints: FigureValue(1),
            .rechargeHours: FigureValue(people * 30),
        ]
        if let hotspots { figures[.loansOut] = FigureValue(hotspots) }
        let contribution = ReportContribution(figures: figures, breakdowns: [.visitsByReason: ["recharge": people]],
                                              dailyVisits: [Int](repeating: people, count: period.dayCount))
        return SiteReport(site: code, software: "0.1.0", period: period, contribution: contribution)
    }

    @Test func threeSitesAddUpPeoplePerSite() throws {
        let november = ReportPeriod(.month, containing: Self.day(2026, 11, 1))
        let reports = [("par.json", Self.site("PAR", people: 10, jobSeekers: 7, hotspots: 4, period: november)),
                       ("mrs.json", Self.site("MRS", people: 20, jobSeekers: 10, hotspots: nil, period: november)),
                       ("gre.json", Self.site("GRE", people: 30, jobSeekers: 3, hotspots: 1, period: november))]
        // Through their JSON, as the files carry them.
        let read = try reports.map { name, report in (name: name, report: try SiteReport.read(report.json(), name: name)) }
        #expect(read[0].report == reports[0].1)
        let network = try SiteReport.consolidate(read)
        #expect(network.siteCodes == "PAR, MRS, GRE")
        #expect(network.value(.peopleAccompanied) == FigureValue(60))
        #expect(network.value(.jobSeekers) == FigureValue(20, base: 60))
        #expect(FigureValue.text(network.value(.jobSeekers), .shareOfPeople, .french) == "33,3 %")
        #expect(network.value(.receptionPoints) == FigureValue(3))
        #expect(network.figure(.loansOut)?.sites == 2 && network.value(.loansOut) == FigureValue(5))
        #expect(network.value(.loansBack) == nil)
        #expect(network.counts(.visitsByReason) == ["recharge": 60])
        #expect(network.dailyVisits == [Int](repeating: 60, count: 30))
        let json = String(decoding: network.json(), as: UTF8.self)
        #expect(!json.contains("Dupont") && json.contains("\"code\" : \"GRE\""))
    }

    @Test func consolidationRefusesMixedPeriodsAndASiteTwice() throws {
        let november = ReportPeriod(.month, containing: Self.day(2026, 11, 1))
        let october = ReportPeriod(.month, containing: Self.day(2026, 10, 1))
        let straddling = ReportPeriod(from: Self.day(2026, 11, 15), to: Self.day(2026, 12, 14))!
        let par = Self.site("PAR", people: 1, jobSeekers: 0, hotspots: nil, period: november)
        #expect(throws: GuichetError.invalid(ReportText.periodsDiffer.filled("par.json", "01/11/2026", "30/11/2026",
                                                                              "mrs.json", "01/10/2026", "31/10/2026"))) {
            try SiteReport.consolidate([("par.json", par), ("mrs.json", Self.site("MRS", people: 1, jobSeekers: 0, hotspots: nil, period: october))])
        }
        #expect(throws: GuichetError.invalid(ReportText.periodsOverlap.filled("par.json", "01/11/2026", "30/11/2026",
                                                                               "gre.json", "15/11/2026", "14/12/2026"))) {
            try SiteReport.consolidate([("par.json", par), ("gre.json", Self.site("GRE", people: 1, jobSeekers: 0, hotspots: nil, period: straddling))])
        }
        #expect(throws: GuichetError.invalid(ReportText.siteTwice.filled("PAR", "a.json", "b.json"))) {
            try SiteReport.consolidate([("a.json", par), ("b.json", par)])
        }
        #expect(throws: GuichetError.invalid(ReportText.notAReport.filled("x.json"))) { try SiteReport.read(Array("{}".utf8), name: "x.json") }
    }
}
