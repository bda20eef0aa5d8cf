/// The notes and coins of the euro, from 500 € to 0,01 €, in cents.
public enum Denomination {
    public static let all: [Money] = [50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 20, 10, 5, 2, 1]
        .map { Money(cents: $0) }
    public static let maximumCount = 99_999

    /// `500 €`, `0,50 €`: how a denomination is labelled (no cents when whole).
    public static func label(_ value: Money, _ language: Language) -> String {
        guard value.cents % 100 == 0 else { return value.formatted(language) }
        return language == .french ? "\(value.cents / 100) €" : "€\(value.cents / 100)"
    }

    /// A count typed for one denomination: empty is 0.
    public static func count(_ input: String, of value: Money) throws(GuichetError) -> Int {
        let text = input.trimmingWhitespace()
        if text.isEmpty { return 0 }
        guard text.count <= 5, text.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(text) else {
            throw .invalid(Phrase(fr: RechargeText.denominationExpected.text(.french, label(value, .french), maximumCount),
                                  en: RechargeText.denominationExpected.text(.english, label(value, .english), maximumCount)))
        }
        return count
    }
}

/// The cash counted at closing: by denomination, or as one total.
public struct CashCount: Sendable, Equatable {
    /// How many of each `Denomination.all`, when counted that way.
    public let counts: [Int]?
    public let total: Money

    public init(counts: [Int]) {
        self.counts = counts
        total = Money(cents: zip(counts, Denomination.all).reduce(0) { $0 + Int64($1.0) * $1.1.cents })
    }

    public init(total: Money) {
        counts = nil
        self.total = total
    }

    /// From the closing form: the denominations' counts (empty fields are 0) and the
    /// total field. Counted by denomination when any count is typed, the total then
    /// being empty or equal to their sum; else the typed total.
    public static func read(counts texts: [String], total text: String) throws(GuichetError) -> CashCount {
        var counts: [Int] = []
        for (input, value) in zip(texts, Denomination.all) { counts.append(try Denomination.count(input, of: value)) }
        let typedTotal = text.trimmingWhitespace()
        let anyCount = texts.contains { !$0.trimmingWhitespace().isEmpty }
        if anyCount {
            let counted = CashCount(counts: counts)
            if !typedTotal.isEmpty, Money.parse(typedTotal) != counted.total {
                throw .invalid(Phrase(fr: RechargeText.totalDiffers.text(.french, counted.total.formatted(.french)),
                                      en: RechargeText.totalDiffers.text(.english, counted.total.formatted(.english))))
            }
            return counted
        }
        guard let total = Money.parse(typedTotal), total.cents >= 0, total.cents <= 10_000_000 else {
            throw .invalid(RechargeText.countedExpected)
        }
        return CashCount(total: total)
    }

    /// `counts=50000:0,20000:1,…` or `total` only: what the closing entry keeps.
    public var detail: String {
        guard let counts else { return "counted_as=total" }
        return "counts=" + zip(Denomination.all, counts).map { "\($0.0.cents):\($0.1)" }.joined(separator: ",")
    }
}

/// The closing's rule: a discrepancy between the counted and the expected cash needs a note.
public enum CashClosing {
    public static let noteMaximumLength = 200

    public static func note(_ input: String, counted: Money, expected: Money) throws(GuichetError) -> String {
        let checked = FreeText.validate(input, maximum: noteMaximumLength)
        guard !checked.tooLong, !checked.badCharacter else {
            throw .invalid(RechargeText.closingNoteTooLong.filled(noteMaximumLength))
        }
        let note = checked.value ?? ""
        if counted != expected && note.isEmpty {
            let gap = counted - expected
            throw .invalid(Phrase(fr: RechargeText.discrepancyNeedsNote.text(.french, gap.formatted(.french)),
                                  en: RechargeText.discrepancyNeedsNote.text(.english, gap.formatted(.english))))
        }
        return note
    }
}
