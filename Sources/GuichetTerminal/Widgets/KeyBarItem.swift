/// One entry of the function-key bar: "2" + "Nouveau".
public struct KeyBarItem: Sendable, Equatable {
    public var number: Int
    public var label: String
    public var isEnabled: Bool

    public init(number: Int, label: String, isEnabled: Bool = true) {
        self.number = number
        self.label = label
        self.isEnabled = isEnabled
    }
}
