/// What a transaction body returns when the journal line depends on what it
/// did (the file number it allocated, the login of the row it changed…).
public struct Traced<Value> {
    public var value: Value
    public var subject: String?
    /// Codes, amounts and file numbers only, never a person's name.
    public var summary: String

    public init(_ value: Value, subject: String?, summary: String) {
        self.value = value
        self.subject = subject
        self.summary = summary
    }
}
