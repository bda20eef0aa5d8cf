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
        // One pass over the template, so an argument that itself holds `{2}` is left as it is.
        let template = Array(text(language))
        var result = ""
        var index = 0
        while index < template.count {
            if template[index] == "{", let close = template[index...].firstIndex(of: "}"),
               let number = Int(String(template[(index + 1)..<close])), arguments.indices.contains(number - 1) {
                result += arguments[number - 1].description
                index = close + 1
            } else {
                result.append(template[index])
                index += 1
            }
        }
        return result
    }
}
