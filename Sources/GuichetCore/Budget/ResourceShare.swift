/// The share of the monthly resources spent on telecoms, in tenths of a
/// percent (88 is 8,8 %), computed in integers: money is cents, never `Double`.
public enum ResourceShare {
    /// The national reference (about 5 %), unless the site's setting says otherwise.
    public static let defaultReference = 50
    /// The references the setting accepts: 1 % to 30 %.
    public static let references = 10...300

    /// `spending ÷ resources` in tenths of a percent, rounded to the nearest
    /// tenth, halves up; nil when the resources are zero (« non calculable »:
    /// never a division by zero) or either amount is negative.
    ///
    /// round(1000·s/r) = floor((2000·s + r) / 2r). Amounts are at most a few
    /// million cents, so 2000·s stays far within 64 bits; the product is taken
    /// in full width anyway.
    public static func tenths(of spending: Money, in resources: Money) -> Int? {
        guard resources.cents > 0, spending.cents >= 0 else { return nil }
        let doubled = spending.cents.multipliedFullWidth(by: 2000)
        let (sum, carry) = doubled.low.addingReportingOverflow(UInt64(resources.cents))
        let numerator = (high: doubled.high + (carry ? 1 : 0), low: sum)
        return Int((2 * resources.cents).dividingFullWidth(numerator).quotient)
    }

    /// `8,8 %` in French, `8.8%` in English; « non calculable » for nil.
    public static func text(_ tenths: Int?, _ language: Language) -> String {
        guard let tenths else { return BudgetText.shareNotComputable.text(language) }
        return number(tenths, language) + (language == .french ? " %" : "%")
    }

    /// The reference as it reads: `5 %`, `4,5 %` (no tenth when it is whole).
    public static func referenceText(_ tenths: Int, _ language: Language) -> String {
        guard tenths % 10 == 0 else { return text(tenths, language) }
        return "\(tenths / 10)" + (language == .french ? " %" : "%")
    }

    /// `8,8` (a tenth shown with a decimal comma in French, a point in English).
    public static func number(_ tenths: Int, _ language: Language) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return sign + "\(magnitude / 10)" + (language == .french ? "," : ".") + "\(magnitude % 10)"
    }

    /// How many times the reference the share is, in tenths (1,8 fois), halves up;
    /// nil without a share or a reference.
    public static func timesReference(_ tenths: Int?, reference: Int) -> Int? {
        guard let tenths, reference > 0, tenths >= 0 else { return nil }
        return (20 * tenths + reference) / (2 * reference)
    }

    /// The reference typed in the settings (`5`, `4,5`, `5 %`), in tenths, or why it is refused.
    public static func reference(_ input: String) throws(GuichetError) -> Int {
        var text = input.trimmingWhitespace()
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingWhitespace() }
        let parts = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 3,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 1 || parts[1].count == 1,
              let whole = Int(parts[0]) else { throw .invalid(BudgetText.referenceExpected) }
        let value = whole * 10 + (parts.count == 2 ? Int(parts[1])! : 0)
        guard references.contains(value) else { throw .invalid(BudgetText.referenceExpected) }
        return value
    }

    /// The reference as the setting stores it: `5` or `4.5`.
    public static func stored(_ tenths: Int) -> String {
        tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
