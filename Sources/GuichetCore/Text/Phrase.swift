import Foundation

/// One user-visible text in every language the interface speaks.
///
/// Both languages are required by the initialiser, so the English catalog can
/// never fall behind the French one. Placeholders are written `{1}`, `{2}`…
public struct Phrase: Sendable, Equatable, Hashable {
    public let french: String
    public let english: String

    public init(fr: String, en: String) {
        self.french = fr
        self.english = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .french: return french
        case .english: return english
        }
    }

    /// The text with `{1}`, `{2}`… replaced by the arguments, in order.
    public func text(_ language: Language, _ arguments: any CustomStringConvertible...) -> String {
        text(language, arguments: arguments)
    }

    /// The phrase with its placeholders filled, in every language at once (for an
    /// error that is read later in the user's language). A `Phrase` argument is
    /// taken in the language being filled.
    public func filled(_ arguments: any CustomStringConvertible...) -> Phrase {
        Phrase(fr: text(.french, arguments: arguments), en: text(.english, arguments: arguments))
    }

    public func text(_ language: Language, arguments: [any CustomStringConvertible]) -> String {
        // One pass over the template, so an argument that itself holds `{2}` is left as it is.
        // Braces and digits are ASCII: the template is scanned byte by byte.
        var rest = text(language)[...]
        var result = ""
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            result += rest[..<open]
            let inside = rest.utf8.index(after: open)
            if let close = rest.utf8[inside...].firstIndex(of: UInt8(ascii: "}")),
               let number = Int(rest[inside..<close]), arguments.indices.contains(number - 1) {
                let argument = arguments[number - 1]
                result += (argument as? Phrase)?.text(language) ?? argument.description
                rest = rest[rest.utf8.index(after: close)...]
            } else {
                result += "{"
                rest = rest[inside...]
            }
        }
        return result + rest
    }
}

extension Phrase: CustomStringConvertible {
    /// The French text: a phrase passed as an argument is read in the right language by `text(_:arguments:)`.
    public var description: String { french }
}
