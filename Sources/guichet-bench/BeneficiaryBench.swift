import CBenchPty
import Foundation
import GuichetCore
import GuichetStore

/// The beneficiary figures: demo data, in-process search against bare FTS5, and
/// keystroke to screen against vim (`BENCH_KEYSTROKES=0` skips it).
enum BeneficiaryBench {
    static let seed: UInt64 = 20_261_127

    @discardableResult
    static func run(store: GuichetStore, guichet: String, database: String, files: Int,
                    queries: Int = 200, keystrokesOnly: Bool = false) throws -> [(SearchBench.Kind, SearchBench.Figures)] {
        try demoData(store: store, files: files)
        var results: [(SearchBench.Kind, SearchBench.Figures)] = []
        if !keystrokesOnly {
            results = try SearchBench(store: store, queriesPerKind: queries, seed: seed).run(fileCount: files)
            SearchBench.report(results, fileCount: files, queries: queries)
            let duplicates = try duplicateLookup(store: store, files: files, lookups: 50)
            print("duplicates    likely duplicates of an existing person before a save \(format(duplicates.median, decimals: 3)) / \(format(duplicates.p90, decimals: 3))")
        }
        guard keystrokesOnly || ProcessInfo.processInfo.environment["BENCH_KEYSTROKES"] != "0" else {
            print("keystroke     skipped (BENCH_KEYSTROKES=0)")
            return results
        }
        let letters = Int(ProcessInfo.processInfo.environment["BENCH_LETTERS"] ?? "") ?? 80
        let runs: [(KeystrokeBench.Terminal, [String], String)] = [
            (.pty, KeystrokeBench.names, ""), (.tmux, KeystrokeBench.names, ""),
            (.pty, KeystrokeBench.misspelledNames, " misspelled"),
        ]
        for (terminal, words, variant) in runs {
            let label = "keystroke     " + terminal.rawValue.padding(toLength: 5, withPad: " ", startingAt: 0) + variant
            var bench = KeystrokeBench(guichet: guichet, database: database, login: "alice", password: "motdepasse-bench",
                                       letters: letters, terminal: terminal)
            bench.words = words
            _ = bench.report(label, screen: "list  ")
        }
        return results
    }

    /// Fills the bench database with `files` demo files, timed.
    static func demoData(store: GuichetStore, files: Int) throws {
        let actor = try store.commandLineActor(login: nil)
        let start = bench_now_ns()
        let summary = try store.generateDemoData(as: actor, count: files, seed: seed)
        print("demo data     \(summary.files) files, \(summary.visits) visits in \(format(Double(bench_now_ns() - start) / 1e9, decimals: 1)) s")
    }

    /// The duplicate guard's look-up for people already in the file (so each finds itself at least).
    static func duplicateLookup(store: GuichetStore, files: Int, lookups: Int) throws -> Sample {
        var random = SplitMix64(seed: seed &+ 99)
        var sample = Sample()
        for _ in 0..<lookups {
            let record = try store.beneficiary(id: Int64(Int.random(in: 1...files, using: &random)))
            let start = bench_now_ns()
            _ = try store.likelyDuplicates(of: record.beneficiary)
            sample.add(Double(bench_now_ns() - start) / 1e6)
        }
        return sample
    }
}
