extension BarChart {
    /// One row of a bar chart.
    public struct Bar: Sendable, Equatable {
        public var label: String
        /// Scaled against the chart's maximum; negatives count as zero.
        public var value: Int
        /// The value as the reader should read it, formatted by the caller ("12,50 €").
        public var text: String
        public var role: StyleRole

        public init(label: String, value: Int, text: String, role: StyleRole = .chart) {
            self.label = label
            self.value = value
            self.text = text
            self.role = role
        }
    }
}
