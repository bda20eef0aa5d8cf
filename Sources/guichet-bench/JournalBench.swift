import CBenchPty
import Foundation
import GuichetApp
import GuichetCore
import GuichetStore

/// The review's figures (issue 12), on the demo files (`BENCH_FILES`, 100,000: about 300,000
/// visits) and the demo ledger (`BENCH_LEDGER_ROWS`, 1,000,000): last month's report as the
/// areas give it (`ReportAssembly.siteReport`) against the same SQL statements run bare
/// (`bareReportQueries`), alternated; then a day of 10,000 journal events (`BENCH_JOURNAL_EVENTS`)
/// and the keystroke to screen in the journal's search against vim's echo, beside the same
/// measure in the beneficiary list, in the same run.
enum JournalBench {
    static func run(store: GuichetStore, guichet: String, database: String) throws {
        let actor = try store.commandLineActor(login: nil)
        let today = try store.today()
        let month = ReportPeriod(.month, containing: today.adding(months: -1))
        var report = (guichet: Sample(), bare: Sample())
        var figures: SiteReport?
        for _ in 0..<15 {
            var start = bench_now_ns()
            figures = try ReportAssembly.siteReport(store, as: actor, period: month, software: "bench")
            report.guichet.add(elapsed(start))
            start = bench_now_ns()
            _ = try store.bareReportQueries(month)
            report.bare.add(elapsed(start))
        }
        let people = figures?.value(.peopleAccompanied)?.amount ?? 0
        let visits = figures?.value(.visits)?.amount ?? 0
        print("report        \(month.label(.english)): \(visits) visits, \(people) people — guichet "
              + "\(format(report.guichet.median, decimals: 1)) / \(format(report.guichet.p90, decimals: 1))   bare SQL "
              + "\(format(report.bare.median, decimals: 1)) / \(format(report.bare.p90, decimals: 1))   ratio (median) "
              + "\(format(report.guichet.median / report.bare.median))  (goal ≤ 2)")

        let events = Int(ProcessInfo.processInfo.environment["BENCH_JOURNAL_EVENTS"] ?? "") ?? 10_000
        let start = bench_now_ns()
        let already = try store.journal(on: today, limit: 1_000_000).count
        for index in already..<events {
            try store.recordVisit(as: actor, beneficiaryID: Int64(index % 1000 + 1), reasons: [index.isMultiple(of: 3) ? .information : .recharge],
                                  note: "")
        }
        print("journal       \(max(events, already)) events today (\(max(0, events - already)) visits written in "
              + "\(format(Double(bench_now_ns() - start) / 1e9, decimals: 1)) s)")

        let letters = Int(ProcessInfo.processInfo.environment["BENCH_LETTERS"] ?? "") ?? 80
        var ratios: [String: Double] = [:]
        for (name, key, marker, words) in [("list", "1", KeystrokeBench.listMarker, KeystrokeBench.names),
                                           ("journal", "5", "Tous les événements", journalWords)] {
            var bench = KeystrokeBench(guichet: guichet, database: database, login: "alice", password: "motdepasse-bench",
                                       letters: letters, terminal: .pty)
            bench.areaKey = key
            bench.marker = marker
            bench.words = words
            ratios[name] = bench.report("keystroke     pty  ", screen: name.padding(toLength: 7, withPad: " ", startingAt: 0))
        }
        if let list = ratios["list"], let journal = ratios["journal"] {
            print("keystroke     journal of \(events) events / beneficiary list: \(format(journal)) vs \(format(list))  (goal: journal ≤ list)")
        }
    }

    /// What a supervisor types in the journal: logins, words of events, file numbers.
    static let journalWords = ["passage", "alice", "fiche", "vente", "par 2026 00", "recharge", "information", "inscription"]

    private static func elapsed(_ start: UInt64) -> Double { Double(bench_now_ns() - start) / 1e6 }
}
