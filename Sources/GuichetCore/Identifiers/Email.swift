/// An e-mail address, checked pragmatically: one `@`, a local part without
/// spaces, a domain with a dot and valid labels, at most 254 characters.
/// The domain is stored lower-cased; the local part is kept as typed.
public struct Email: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    private init(value: String) { self.value = value }

    public var description: String { value }

    public static func parse(_ input: String) throws(GuichetError) -> Email {
        let text = input.trimmingWhitespace().precomposedStringWithCanonicalMapping
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard text.count <= 254, parts.count == 2 else { throw .invalid(IdentifierText.emailExpected) }
        let local = parts[0]
        let domain = parts[1].lowercased()
        guard (1...64).contains(local.count),
              local.allSatisfy({ !$0.isWhitespace && !isControl($0) && !"<>()[]\\,;:\"".contains($0) }),
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else {
            throw .invalid(IdentifierText.emailExpected)
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2,
              labels.allSatisfy({ label in
                  (1...63).contains(label.count) && !label.hasPrefix("-") && !label.hasSuffix("-")
                      && label.allSatisfy({ $0 == "-" || $0.isLetter || ($0.isASCII && $0.isWholeNumber) })
              }),
              let top = labels.last, top.count >= 2, top.allSatisfy({ $0.isLetter }) else {
            throw .invalid(IdentifierText.emailExpected)
        }
        return Email(value: local + "@" + domain)
    }

    private static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }
    }
}
