import CBenchPty
import Foundation
import GuichetCore
import GuichetStore

/// In-process search latency on a demo database: `searchBeneficiaries` (what the
/// list calls at every keystroke: tiers, identifiers, rows decoded) against the bare
/// FTS5 query on the same data, in the same run, queries alternated.
struct SearchBench {
    let store: GuichetStore
    let queriesPerKind: Int
    let seed: UInt64

    enum Kind: String, CaseIterable {
        case oneLetter = "1 letter"
        case threeLetters = "3 letters"
        case fullName = "full name"
        /// A full name with a letter doubled: nothing matches, the closest files are looked for.
        case misspelled = "misspelled"
    }

    struct Figures {
        var guichet = Sample()
        var bare = Sample()
    }

    /// Queries drawn from the files themselves (a fixed seed), so every kind finds people.
    func queries(_ kind: Kind, fileCount: Int) throws -> [String] {
        var random = SplitMix64(seed: seed &+ UInt64(kind.rawValue.count))
        return try (0..<queriesPerKind).map { _ in
            switch kind {
            case .oneLetter:
                return String("abcdefghijklmnoprstvyz".randomElement(using: &random)!)
            case .threeLetters, .fullName, .misspelled:
                let record = try store.beneficiary(id: Int64(Int.random(in: 1...fileCount, using: &random)))
                let name = record.beneficiary.lastName + " " + record.beneficiary.firstName
                switch kind {
                case .fullName: return name
                case .misspelled:
                    let last = NameFolding.fold(record.beneficiary.lastName)
                    let at = last.index(last.startIndex, offsetBy: min(2, last.count - 1))
                    return String(last[..<at]) + String(last[at]) + String(last[at...]) + " " + record.beneficiary.firstName
                default: return String(NameFolding.fold(record.beneficiary.lastName).prefix(3))
                }
            }
        }
    }

    func run(fileCount: Int) throws -> [(Kind, Figures)] {
        try Kind.allCases.map { kind in
            let list = try queries(kind, fileCount: fileCount)
            var figures = Figures()
            // What the list does at a keystroke: the search, and the closest files when it finds nothing.
            func listSearch(_ query: String) throws {
                if try store.searchBeneficiaries(query).isEmpty { _ = try store.closestBeneficiaries(query, limit: 16) }
            }
            // Warm both paths (statement caches, pages) before measuring.
            for query in list.prefix(10) {
                try listSearch(query)
                _ = try store.bareFullTextSearch(query)
            }
            for query in list {
                var start = bench_now_ns()
                try listSearch(query)
                figures.guichet.add(Double(bench_now_ns() - start) / 1e6)
                start = bench_now_ns()
                _ = try store.bareFullTextSearch(query)
                figures.bare.add(Double(bench_now_ns() - start) / 1e6)
            }
            return (kind, figures)
        }
    }

    /// Prints one line per kind, like the other figures of the bench.
    static func report(_ results: [(Kind, Figures)], fileCount: Int, queries: Int) {
        print("search        \(fileCount) files, \(queries) queries per kind; ms (median / p90)")
        for (kind, figures) in results {
            let label = kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            print("search        \(label) guichet \(format(figures.guichet.median, decimals: 3)) / \(format(figures.guichet.p90, decimals: 3))"
                + "   bare FTS5 \(format(figures.bare.median, decimals: 3)) / \(format(figures.bare.p90, decimals: 3))"
                + "   ratio (median) \(format(figures.guichet.median / figures.bare.median))")
        }
    }
}
