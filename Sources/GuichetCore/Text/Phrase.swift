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

    public func text(_ language: Language, arguments: [any CustomStringConvertible]) -> String {
        var result = text(language)
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index + 1)}", with: argument.description)
        }
        return result
    }
}
