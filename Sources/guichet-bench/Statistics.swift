/// Medians and percentiles of measured durations, in milliseconds.
struct Sample {
    private(set) var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    var median: Double { percentile(50) }
    var p90: Double { percentile(90) }
}

func format(_ value: Double, decimals: Int = 2) -> String {
    let factor = [1.0, 10, 100, 1000][min(decimals, 3)]
    return String((value * factor).rounded() / factor)
}
