/// Greedy word wrapping by display width.
public enum TextWrap {
    /// Splits `text` into lines of at most `width` columns, breaking at spaces
    /// and at explicit newlines; a word longer than the width is cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var rest = DisplayText.sanitized(String(word))
                var restWidth = TextWidth.of(rest)
                if lineWidth > 0 && lineWidth + 1 + restWidth <= width {
                    line += " " + rest
                    lineWidth += 1 + restWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line) }
                while restWidth > width {
                    var head = TextWidth.prefix(rest, fitting: width)
                    if head.isEmpty { head = String(rest.first!) }
                    lines.append(head)
                    rest = String(rest.dropFirst(head.count))
                    restWidth = TextWidth.of(rest)
                }
                line = rest
                lineWidth = restWidth
            }
            lines.append(line)
        }
        return lines
    }
}
