import CBenchPty
import Foundation
import GuichetCore
import GuichetStore

/// The recharge figures (issue 10): a year of demo ledger (`BENCH_LEDGER_ROWS`, 1,000,000
/// by default); a sale with all its writes against a bare single-row INSERT at
/// `synchronous = FULL` in the same folder; a day's Z report and a month's indicators
/// against their bare covering-index queries; `verify` of the whole ledger against
/// `sha256sum` of the database file. Alternated, in the same run.
enum RechargeBench {
    /// `measure` false writes the demo ledger only (for the review's figures).
    static func run(store: GuichetStore, folder: URL, database: String, measure: Bool = true) throws {
        let rows = Int(ProcessInfo.processInfo.environment["BENCH_LEDGER_ROWS"] ?? "") ?? 1_000_000
        let actor = try store.commandLineActor(login: nil)
        var start = bench_now_ns()
        let demo = try store.generateDemoLedger(as: actor, rows: rows, seed: BeneficiaryBench.seed)
        print("ledger        demo: \(demo.entries) entries (\(demo.sales) sales, \(demo.closings) closings) in "
              + "\(format(Double(bench_now_ns() - start) / 1e9, decimals: 1)) s")
        guard measure else { return }

        let today = try store.today()
        let yesterday = today.adding(days: -1)
        var z = (guichet: Sample(), bare: Sample())
        var month = (guichet: Sample(), bare: Sample())
        let lastMonth = MonthlyCap.month(of: today.adding(months: -1))
        for round in 0..<60 {
            let day = yesterday.adding(days: -(round % 28))
            start = bench_now_ns()
            _ = try store.cashReport(on: day)
            z.guichet.add(elapsed(start))
            start = bench_now_ns()
            _ = try store.bareReportQuery(on: day)
            z.bare.add(elapsed(start))
            start = bench_now_ns()
            _ = try store.rechargeIndicators(from: lastMonth.lowerBound, to: lastMonth.upperBound)
            month.guichet.add(elapsed(start))
            start = bench_now_ns()
            _ = try store.bareIndicatorQueries(from: lastMonth.lowerBound, to: lastMonth.upperBound)
            month.bare.add(elapsed(start))
        }
        report("Z report of a day", z)
        report("month indicators", month)

        // Sales: 40 new files enrolled today, today's box opened (float: yesterday's close).
        try store.openCashBox(as: actor)
        var people: [Int64] = []
        for index in 0..<40 {
            var draft = BeneficiaryDraft()
            draft.lastName = "Banc"
            draft.firstName = "Essai" + String(UnicodeScalar(UInt8(97 + index / 26))) + String(UnicodeScalar(UInt8(97 + index % 26)))
            people.append(try store.createBeneficiary(as: actor, draft.validated(today: today), enrolledOn: today).id)
        }
        let card = try store.rechargeProducts().first { $0.code == "DEMO-ORANGE-5" }!
        try store.recordStockMovement(as: actor, productID: card.id, kind: .reception, delta: 1000, note: "Banc d’essai")
        let probe = try BareInsertProbe(path: folder.appendingPathComponent("probe.sqlite").path)
        var sale = (guichet: Sample(), bare: Sample())
        for round in 0..<200 {
            let valid = try SaleRule.validated(product: card, quantity: "1", unitPrice: card.price.plain, payment: .cash, reason: "")
            start = bench_now_ns()
            _ = try store.sellRecharge(as: actor, beneficiaryID: people[round % people.count], productID: card.id, sale: valid)
            sale.guichet.add(elapsed(start))
            start = bench_now_ns()
            try probe.insert()
            sale.bare.add(elapsed(start))
        }
        report("sale (all writes, FULL)", sale, reference: "bare INSERT, FULL")

        start = bench_now_ns()
        let verification = try store.verifyLedger()
        let verifySeconds = Double(bench_now_ns() - start) / 1e9
        let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
        start = bench_now_ns()
        let sha = Process()
        sha.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        sha.arguments = [database]
        sha.standardOutput = FileHandle.nullDevice
        try sha.run()
        sha.waitUntilExit()
        let shaSeconds = Double(bench_now_ns() - start) / 1e9
        print("verify        \(verification.entries) entries, \(verification.closings) closings, intact: \(verification.isIntact) — "
              + "\(format(verifySeconds, decimals: 2)) s, \(Int(Double(verification.entries) / verifySeconds)) entries/s; "
              + "sha256sum of the \(size / 1_048_576) MiB database file \(format(shaSeconds, decimals: 2)) s; "
              + "ratio \(format(verifySeconds / shaSeconds))")
    }

    private static func elapsed(_ start: UInt64) -> Double { Double(bench_now_ns() - start) / 1e6 }

    private static func report(_ label: String, _ figures: (guichet: Sample, bare: Sample), reference: String = "bare query") {
        print("ledger        \(label.padding(toLength: 24, withPad: " ", startingAt: 0)) guichet "
              + "\(format(figures.guichet.median, decimals: 3)) / \(format(figures.guichet.p90, decimals: 3))   \(reference) "
              + "\(format(figures.bare.median, decimals: 3)) / \(format(figures.bare.p90, decimals: 3))   ratio (median) "
              + "\(format(figures.guichet.median / figures.bare.median))  (goal ≤ 2)")
    }
}
