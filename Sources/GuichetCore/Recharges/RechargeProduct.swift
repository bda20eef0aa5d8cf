/// A recharge card (or a data top-up for a hotspot) as the counter sells it.
public struct RechargeProduct: Sendable, Equatable, Identifiable {
    public let id: Int64
    /// A short stable code (`SFR-10`), used in the journal and the ledger.
    public let code: String
    public let operatorName: String
    public let label: String
    public let faceValue: Money
    public let minutes: Int
    /// Data in megabytes (1 Go = 1024 Mo).
    public let dataMB: Int
    /// The solidarity price asked at the counter.
    public let price: Money
    /// Below or at this stock, the product is flagged on the Recharges screen and on home.
    public let lowStock: Int
    public let isActive: Bool
    /// A product seeded as an example, to be edited by a supervisor.
    public let isExample: Bool
    /// Derived from the ledger's movements, never typed.
    public let stock: Int

    public init(id: Int64, code: String, operatorName: String, label: String, faceValue: Money, minutes: Int, dataMB: Int,
                price: Money, lowStock: Int, isActive: Bool, isExample: Bool, stock: Int) {
        self.id = id
        self.code = code
        self.operatorName = operatorName
        self.label = label
        self.faceValue = faceValue
        self.minutes = minutes
        self.dataMB = dataMB
        self.price = price
        self.lowStock = lowStock
        self.isActive = isActive
        self.isExample = isExample
        self.stock = stock
    }

    public var isLow: Bool { isActive && stock <= lowStock }

    /// `60 min · 1 Go`, what the card gives.
    public func contents(_ language: Language) -> String {
        var parts: [String] = []
        if minutes > 0 { parts.append("\(minutes) min") }
        if dataMB > 0 { parts.append(ProductDraft.dataText(dataMB, language)) }
        return parts.joined(separator: " · ")
    }
}

/// A product as typed in its form; `validated()` gives the checked values or the first error.
public struct ProductDraft: Sendable, Equatable {
    public var code = ""
    public var operatorName = ""
    public var label = ""
    public var faceValue = ""
    public var minutes = ""
    public var data = ""
    public var price = ""
    public var lowStock = ""
    public var isActive = true

    public init() {}

    public init(_ product: RechargeProduct) {
        code = product.code
        operatorName = product.operatorName
        label = product.label
        faceValue = product.faceValue.plain
        minutes = product.minutes == 0 ? "" : String(product.minutes)
        data = product.dataMB == 0 ? "" : Self.dataText(product.dataMB, .french)
        price = product.price.plain
        lowStock = String(product.lowStock)
        isActive = product.isActive
    }

    public struct Valid: Sendable, Equatable {
        public let code: String
        public let operatorName: String
        public let label: String
        public let faceValue: Money
        public let minutes: Int
        public let dataMB: Int
        public let price: Money
        public let lowStock: Int
        public let isActive: Bool
    }

    public static let maximumFaceValue = Money(cents: 100_00)

    public static func code(_ input: String) throws(GuichetError) -> String {
        let value = input.trimmingWhitespace().uppercased()
        let allowed = value.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
        guard (2...16).contains(value.count), allowed else { throw .invalid(RechargeText.productCodeExpected) }
        return value
    }

    public static func text(_ input: String, maximum: Int, expected: Phrase) throws(GuichetError) -> String {
        let checked = FreeText.validate(input, maximum: maximum)
        guard let value = checked.value, !checked.tooLong, !checked.badCharacter else { throw .invalid(expected) }
        return value
    }

    public static func faceValue(_ input: String) throws(GuichetError) -> Money {
        guard let value = Money.parse(input), value.cents > 0, value <= maximumFaceValue else {
            throw .invalid(RechargeText.faceValueExpected)
        }
        return value
    }

    public static func price(_ input: String, faceValue: Money?) throws(GuichetError) -> Money {
        guard let value = Money.parse(input), value.cents >= 0, value <= (faceValue ?? maximumFaceValue) else {
            throw .invalid(RechargeText.productPriceExpected)
        }
        return value
    }

    public static func minutes(_ input: String) throws(GuichetError) -> Int {
        let text = input.trimmingWhitespace()
        if text.isEmpty { return 0 }
        guard text.count <= 5, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), value <= 6000 else {
            throw .invalid(RechargeText.minutesExpected)
        }
        return value
    }

    /// `500 Mo`, `1 Go`, `1,5 Go`, `200` (megabytes); empty for none.
    public static func data(_ input: String) throws(GuichetError) -> Int {
        var text = input.trimmingWhitespace().lowercased().replacingOccurrences(of: " ", with: "")
        if text.isEmpty { return 0 }
        var factor = 1
        for (suffix, unit) in [("go", 1024), ("gb", 1024), ("mo", 1), ("mb", 1)] where text.hasSuffix(suffix) {
            text.removeLast(2)
            factor = unit
            break
        }
        guard let amount = Money.parse(text), amount.cents >= 0 else { throw .invalid(RechargeText.dataExpected) }
        let megabytes = amount.cents * Int64(factor) / 100
        guard megabytes <= 100 * 1024, megabytes * 100 == amount.cents * Int64(factor) else { throw .invalid(RechargeText.dataExpected) }
        return Int(megabytes)
    }

    public static func dataText(_ megabytes: Int, _ language: Language) -> String {
        guard megabytes >= 1024 else { return "\(megabytes) " + (language == .french ? "Mo" : "MB") }
        let tenths = megabytes * 10 / 1024
        let whole = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10)" + (language == .french ? "," : ".") + "\(tenths % 10)"
        return whole + " " + (language == .french ? "Go" : "GB")
    }

    public static func lowStock(_ input: String) throws(GuichetError) -> Int {
        let text = input.trimmingWhitespace()
        guard text.count <= 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), value <= 1000 else {
            throw .invalid(RechargeText.lowStockExpected)
        }
        return value
    }

    public func validated() throws(GuichetError) -> Valid {
        let face = try Self.faceValue(faceValue)
        let minutes = try Self.minutes(minutes)
        let data = try Self.data(data)
        guard minutes > 0 || data > 0 else { throw .invalid(RechargeText.contentsExpected) }
        return Valid(code: try Self.code(code),
                     operatorName: try Self.text(operatorName, maximum: 30, expected: RechargeText.operatorExpected),
                     label: try Self.text(label, maximum: 60, expected: RechargeText.productLabelExpected),
                     faceValue: face, minutes: minutes, dataMB: data, price: try Self.price(price, faceValue: face),
                     lowStock: try Self.lowStock(lowStock), isActive: isActive)
    }
}

extension Money {
    /// `12,50`: the amount as typed in a field (no unit, no grouping).
    public var plain: String {
        let magnitude = cents.magnitude
        return (cents < 0 ? "-" : "") + "\(magnitude / 100)," + (magnitude % 100 < 10 ? "0" : "") + "\(magnitude % 100)"
    }
}
