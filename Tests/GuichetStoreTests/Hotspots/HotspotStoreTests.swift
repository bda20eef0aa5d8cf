import Foundation
import GRDB
@testable import GuichetStore
import GuichetCore
import Testing

/// The keys on a real SQLite file: the fleet, loans with the deposit through the cash
/// box, renewals, returns, the refusals that write nothing, late loans at the site's day
/// boundaries, the histories, the journal, the import of a batch and the demo fleet.
@Suite struct HotspotStoreTests {
    @Test func keysAreAddedOnceWithTheirFieldAtFault() throws {
        let fixture = try HotspotFixture()
        #expect(try fixture.store.deviceCounts()[.available] == 2)
        #expect(throws: GuichetError.invalid(HotspotText.codeTaken.filled("CLE-017"))) {
            try fixture.store.addDevice(as: fixture.chef, HotspotFixture.device("CLE-017", imei: "490154203237518"))
        }
        #expect(throws: GuichetError.invalid(HotspotText.imeiTaken.filled("CLE-017"))) {
            try fixture.store.addDevice(as: fixture.chef, HotspotFixture.device("CLE-020", imei: "26-053179-311383-7"))
        }
        #expect(throws: GuichetError.forbidden(.manageDevices)) {
            try fixture.store.addDevice(as: fixture.volunteer, HotspotFixture.device("CLE-021", imei: "490154203237518"))
        }
        let corrected = try fixture.store.correctDevice(as: fixture.chef, id: fixture.second.id,
                                                        HotspotFixture.device("18", imei: "352099001761481", model: "ZTE MF920"))
        #expect(corrected.model == "ZTE MF920")
        let events = try fixture.store.journal(on: fixture.store.today())
        #expect(events.contains { $0.action == "hotspot.device_correct" && $0.subject == "CLE-018" && $0.summary == "fields=model" })
        #expect(try fixture.store.deviceHistory(id: fixture.second.id).map(\.event) == [.corrected, .added(.donation)])
    }

    @Test func aLoanTakesTheDepositIntoTheCashBoxAndTheReturnGivesItBack() throws {
        let fixture = try HotspotFixture()
        let store = fixture.store
        let today = try store.today()
        let receipt = try fixture.lend()
        #expect(receipt.deposit == Money(cents: 10_00) && receipt.receipt == "PAR-R-2026-000001")
        #expect(try fixture.state(fixture.first) == .lent)
        #expect(try store.cashReport(on: today).expectedCash == Money(cents: 60_00))
        let deposit = try store.searchLedger(receipt.receipt!, limit: 1)[0].entry
        #expect(deposit.kind == .cashIn && deposit.cash == Money(cents: 10_00) && deposit.beneficiaryID == fixture.homeless
                && deposit.detail == "hotspot_deposit=CLE-017")
        let lent = try #require(try fixture.scratch.query { db in
            try Row.fetchOne(db, sql: "SELECT subject, summary FROM journal WHERE action = 'hotspot.loan'")
        })
        #expect((lent[0] as String).hasPrefix("PAR-2026-"))
        #expect((lent[1] as String).hasPrefix("device=CLE-017 loan=1 kind=loan due=\(today.adding(days: 30).iso) deposit=1000 receipt="))

        let end = try store.endLoan(as: fixture.volunteer, loanID: receipt.loanID,
                                    ValidReturn(outcome: .good, accessoriesBack: Set(Accessory.allCases), note: ""))
        #expect(end == LoanEnd(deviceCode: "CLE-017", state: .available, refund: Money(cents: 10_00), receipt: "PAR-R-2026-000002"))
        #expect(try store.cashReport(on: today).expectedCash == Money(cents: 50_00))
        #expect(try store.verifyLedger().isIntact)
        #expect(try store.openLoan(beneficiaryID: fixture.homeless) == nil)
        // No name anywhere in the journal.
        #expect(try fixture.scratch.count("journal", where: "summary LIKE '%Dupont%' OR subject LIKE '%Dupont%'") == 0)
    }

    @Test func aLostKeyKeepsTheDepositAndADamagedOneGoesToRepair() throws {
        let fixture = try HotspotFixture()
        let store = fixture.store
        let today = try store.today()
        let first = try fixture.lend()
        _ = try store.endLoan(as: fixture.volunteer, loanID: first.loanID,
                              ValidReturn(outcome: .lost, accessoriesBack: [], note: "perdue dans le métro"))
        #expect(try fixture.state(fixture.first) == .lost)
        #expect(try store.cashReport(on: today).expectedCash == Money(cents: 60_00), "the deposit stays in the box")
        #expect(try store.loan(id: first.loanID).depositReturned == .zero)
        let second = try fixture.lend(fixture.second)
        let end = try store.endLoan(as: fixture.volunteer, loanID: second.loanID,
                                    ValidReturn(outcome: .damaged, accessoriesBack: [.charger], note: "écran fêlé"))
        #expect(end.state == .repair && end.refund == Money(cents: 10_00))
        #expect(try store.loan(id: second.loanID).accessoriesIn == [.charger])
        // Back from repair and found: supervisors, with a reason.
        #expect(throws: GuichetError.forbidden(.manageDevices)) {
            try store.changeDeviceState(as: fixture.volunteer, id: fixture.second.id, event: .repaired, reason: "réparée")
        }
        #expect(try store.changeDeviceState(as: fixture.chef, id: fixture.second.id, event: .repaired, reason: "batterie") == .available)
        #expect(try store.changeDeviceState(as: fixture.chef, id: fixture.first.id, event: .found, reason: "rapportée") == .available)
        #expect(throws: GuichetError.refused(HotspotText.notInRepair)) {
            try store.changeDeviceState(as: fixture.chef, id: fixture.first.id, event: .repaired, reason: "x")
        }
        let history = try store.deviceHistory(id: fixture.second.id).map { $0.event.deviceText(.french) }
        #expect(history.first == "État : revenue de réparation — batterie")
        #expect(history.contains { $0.hasSuffix(": rendue abîmée (en réparation), caution de 10,00 € rendue — écran fêlé") })
    }

    @Test func refusedLoansWriteNothing() throws {
        let fixture = try HotspotFixture()
        let store = fixture.store
        let before = try fixture.footprint()
        // A housed person: the reason, nothing written.
        let refusal = #expect(throws: GuichetError.self) { try fixture.lend(to: fixture.housed) }
        #expect(refusal?.message(.french).hasPrefix("Prêt refusé : la fiche indique « logement personnel »") == true)
        #expect(try fixture.footprint() == before)
        // A second open loan.
        try fixture.lend()
        let after = try fixture.footprint()
        #expect(throws: GuichetError.self) { try fixture.lend(fixture.second) }
        #expect(try fixture.footprint() == after)
        // The key already lent: the state machine's reason.
        let other = try store.createBeneficiary(as: fixture.volunteer, People.make("Nguyen", "Lan", housing: "emergency_shelter"),
                                                enrolledOn: store.today())
        let afterOther = try fixture.footprint()
        #expect(throws: GuichetError.refused(HotspotText.lentMustBeReturned)) { try fixture.lend(to: other.id) }
        // A day due in the past.
        #expect(throws: GuichetError.self) { try fixture.lend(fixture.second, to: other.id, days: -1) }
        #expect(try fixture.footprint() == afterOther)
    }

    @Test func anExpiredPersonAndAClosedCashBoxAreRefused() throws {
        let fixture = try HotspotFixture(open: false)
        let store = fixture.store
        let before = try fixture.footprint()
        #expect(throws: GuichetError.refused(RechargeText.cashBoxNotOpen)) { try fixture.lend() }
        #expect(try fixture.footprint() == before)
        let expired = try store.createBeneficiary(as: fixture.volunteer, People.make("Leroy", "Jean", housing: "homeless"),
                                                  enrolledOn: store.today().adding(days: -300))
        let refusal = #expect(throws: GuichetError.self) { try fixture.lend(to: expired.id) }
        #expect(refusal?.message(.french).hasPrefix("Inscription expirée") == true)
        // Without a deposit, no cash box is needed.
        try store.changeSetting(as: fixture.chef, .hotspotDeposit, to: "0")
        #expect(try fixture.lend().receipt == nil)
        #expect(try fixture.scratch.count("ledger") == 0)
    }

    @Test func renewalsUpToTheLimit() throws {
        let fixture = try HotspotFixture()
        let store = fixture.store
        let today = try store.today()
        let loan = try fixture.lend(days: 10)
        #expect(try store.renewLoan(as: fixture.volunteer, loanID: loan.loanID) == today.adding(days: 40))
        #expect(try store.renewLoan(as: fixture.volunteer, loanID: loan.loanID) == today.adding(days: 70))
        #expect(throws: GuichetError.refused(HotspotText.renewalLimitReached.filled(2, 2))) {
            try store.renewLoan(as: fixture.volunteer, loanID: loan.loanID)
        }
        #expect(try store.loan(id: loan.loanID).renewals == 2)
        let timeline = try store.timeline(of: fixture.homeless).map { $0.event.text(.french) }
        #expect(timeline.prefix(3) == ["Prêt de la clé CLE-017 prolongé jusqu’au \(today.adding(days: 70).formatted(.french))",
                                       "Prêt de la clé CLE-017 prolongé jusqu’au \(today.adding(days: 40).formatted(.french))",
                                       "Clé 3G CLE-017 prêtée, à rendre le \(today.adding(days: 10).formatted(.french)), caution 10,00 €"])
    }

    @Test func lateFromMidnightOfTheSitesDayAfterTheDayDue() throws {
        // Lent on 18/11/2026 (Paris), due on 25/11/2026.
        let fixture = try HotspotFixture()
        let store = fixture.store
        _ = try fixture.lend(days: 7)
        func overdue() throws -> (count: Int, listed: Int) {
            let today = try store.today()
            return (try store.counts([.overdueLoans], on: today)[0], try store.openLoans(.overdue, on: today).count)
        }
        // 25/11 at 23:59 in Paris (22:59 UTC): due today, not late.
        let lastMinute = Date(timeIntervalSince1970: 1_795_647_540)
        fixture.scratch.clock.advance(seconds: lastMinute.timeIntervalSince(fixture.scratch.clock.now()))
        #expect(try store.today() == CalendarDay(year: 2026, month: 11, day: 25)!)
        #expect(try overdue() == (0, 0))
        #expect(try store.openLoans(.dueSoon, on: store.today()).count == 1)
        // Two minutes later it is the 26th in Paris, still the 25th in UTC: late by one day.
        fixture.scratch.clock.advance(seconds: 120)
        #expect(try store.today() == CalendarDay(year: 2026, month: 11, day: 26)!)
        #expect(try overdue() == (1, 1))
        #expect(try store.openLoans(.overdue, on: store.today())[0].loan.daysLate(on: store.today()) == 1)
        // A past day counts the loans late that day.
        #expect(try store.counts([.overdueLoans], on: CalendarDay(year: 2026, month: 11, day: 25)!) == [0])
    }

    @Test func figuresOfADayAndAPeriod() throws {
        let fixture = try HotspotFixture()
        let store = fixture.store
        let today = try store.today()
        let loan = try fixture.lend()
        #expect(try store.counts([.loansStarted, .loansReturned], on: today) == [1, 0])
        _ = try store.endLoan(as: fixture.volunteer, loanID: loan.loanID,
                              ValidReturn(outcome: .good, accessoriesBack: Set(Accessory.allCases), note: ""))
        _ = try store.lendHotspot(as: fixture.volunteer, beneficiaryID: fixture.homeless, loan: fixture.loan(fixture.second, kind: .handover))
        #expect(try fixture.state(fixture.second) == .handedOver)
        #expect(try store.counts([.loansStarted, .loansReturned], on: today) == [1, 1])
        // The week: one loan out and back, the handover not a loan, the homeless person once.
        let week = ReportPeriod(from: today.adding(days: -6), to: today)!
        #expect(try store.hotspotReportFigures(as: fixture.chef, period: week, scope: .report).figures
                == [.loansOut: FigureValue(1), .loansBack: FigureValue(1), .loansOverdue: FigureValue(0),
                    .peopleWithoutHousingEquipped: FigureValue(1)])
        // A loan due in 2 days, then late: on the period's last day, not on its first.
        fixture.scratch.clock.advance(seconds: 60)
        try fixture.lend(fixture.first, days: 2)
        let fiveDaysOn = ReportPeriod(from: today, to: today.adding(days: 5))!
        let figures = try store.hotspotReportFigures(as: fixture.chef, period: fiveDaysOn, scope: .daySummary).figures
        #expect(figures == [.loansOut: FigureValue(2), .loansBack: FigureValue(1), .loansOverdue: FigureValue(1)])
        #expect(try store.hotspotReportFigures(as: fixture.chef, period: ReportPeriod(.day, containing: today), scope: .daySummary)
                    .figures[.loansOverdue] == FigureValue(0))
        // Volunteers do not read the figures.
        #expect(throws: GuichetError.self) { try store.hotspotReportFigures(as: fixture.volunteer, period: week, scope: .report) }
        #expect(try store.loansStartedByDay(from: today.adding(days: -2), to: today) == [0, 0, 2])
    }

    @Test func aBatchIsImportedWholeOrNotAtAll() throws {
        let fixture = try HotspotFixture()
        let store = fixture.store
        let text = """
            code;modele;imei;iccid;telephone
            CLE-030;ZTE MF920;490154203237518;;
            CLE-031;ZTE MF920;260531793113837;;
            CLE-032;ZTE MF920;356938035643809;;
            """
        let file = try DeviceImportFile(bytes: Array(text.utf8), today: store.today())
        let before = try fixture.footprint()
        let blocked = try store.importDevices(as: fixture.chef, file: file, skipInvalid: false, dryRun: false)
        #expect(blocked.blocked && !blocked.committed && blocked.refusedLines == [3])
        #expect(blocked.issues.map { $0.text(.french) }
                == ["ligne 3, colonne « imei » : IMEI : déjà enregistré pour la clé CLE-017 (une clé ne s’ajoute qu’une fois)"])
        #expect(try fixture.footprint() == before)
        let partial = try store.importDevices(as: fixture.chef, file: file, skipInvalid: true, dryRun: false)
        #expect(partial.committed && partial.imported == ["CLE-030", "CLE-032"])
        #expect(try store.deviceCounts()[.available] == 4)
        #expect(try fixture.scratch.actions().last == "import.devices")
        #expect(throws: GuichetError.forbidden(.importData)) {
            try store.importDevices(as: fixture.volunteer, file: file, skipInvalid: true, dryRun: true)
        }
    }

    @Test func searchByCodeImeiEndNumberOrBorrower() throws {
        let fixture = try HotspotFixture()
        let store = fixture.store
        try fixture.lend()
        #expect(try store.searchDevices("", limit: 10).map(\.device.code) == ["CLE-017", "CLE-018"])
        #expect(try store.searchDevices("18", limit: 10).map(\.device.code) == ["CLE-018"])
        #expect(try store.searchDevices("1481", limit: 10).map(\.device.code) == ["CLE-018"])
        #expect(try store.searchDevices("07 51 23", limit: 10).map(\.device.code) == ["CLE-017"])
        #expect(try store.searchDevices("dupont", limit: 10).map(\.device.code) == ["CLE-017"])
        let found = try store.searchDevices("dupont", limit: 10)[0]
        #expect(found.loan?.beneficiaryID == fixture.homeless)
    }

    @Test func theDemoFleetIsTheSameForTheSameSeed() throws {
        func fleet(at start: Date) throws -> (imeis: [String], loans: Int, summary: HotspotDemoSummary) {
            let scratch = Scratch(at: start)
            let (store, chef) = try scratch.openSetUp()
            _ = try store.generateDemoData(as: chef, count: 300, seed: 7)
            let summary = try store.generateDemoFleet(as: chef, devices: 30, seed: 7)
            #expect(throws: GuichetError.refused(HotspotText.fleetNotEmpty)) { try store.generateDemoFleet(as: chef, devices: 1, seed: 7) }
            let imeis = try scratch.query { db in try String.fetchAll(db, sql: "SELECT imei FROM hotspot_devices ORDER BY code") }
            return (imeis, try scratch.count("hotspot_loans"), summary)
        }
        let once = try fleet(at: Date(timeIntervalSince1970: 1_795_000_000))
        let again = try fleet(at: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(once.imeis == again.imeis && once.summary == again.summary)
        #expect(once.summary.devices == 30 && once.summary.loans > 60 && once.summary.open > 0 && once.summary.overdue > 0)
        #expect(once.loans == once.summary.loans)
        // Another day: the same keys (their numbers are drawn whatever the dates).
        let later = try fleet(at: Date(timeIntervalSince1970: 1_795_000_000 + 86_400 * 45))
        #expect(later.imeis == once.imeis)
    }
}
