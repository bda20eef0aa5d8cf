/// What the duplicate guard compares of a person: folded names, birth date, phone.
public struct PersonKey: Sendable, Hashable {
    /// Folded with `NameFolding.fold` (folding is idempotent: already folded keys may be given).
    public let lastName: String
    public let firstName: String
    public let birthDate: CalendarDay?
    public let phoneE164: String?

    public init(lastName: String, firstName: String, birthDate: CalendarDay? = nil, phoneE164: String? = nil) {
        self.lastName = NameFolding.fold(lastName)
        self.firstName = NameFolding.fold(firstName)
        self.birthDate = birthDate
        self.phoneE164 = phoneE164
    }

    /// `last first`, the key compared.
    public var fullName: String { lastName + " " + firstName }
    /// `first last`, to catch swapped names.
    public var swappedName: String { firstName + " " + lastName }
}

/// Likely duplicates, shown before a new file is saved:
/// - the same phone number; or
/// - the same folded name (`last first`) with at most 2 letters of difference
///   (Damerau–Levenshtein: insertion, deletion, substitution, transposition of
///   neighbours), or with first and last names swapped (also up to 2 differences),
///   AND the same birth date when both have one.
public enum DuplicateRule {
    public static let maximumDifferences = 2

    public static func isLikelyDuplicate(candidate: PersonKey, existing: PersonKey) -> Bool {
        if let phone = candidate.phoneE164, phone == existing.phoneE164 { return true }
        if let a = candidate.birthDate, let b = existing.birthDate, a != b { return false }
        let name = candidate.fullName
        guard !candidate.lastName.isEmpty || !candidate.firstName.isEmpty else { return false }
        if editDistance(name, existing.fullName, limit: maximumDifferences) <= maximumDifferences { return true }
        return editDistance(candidate.swappedName, existing.fullName, limit: maximumDifferences) <= maximumDifferences
    }

    /// Damerau–Levenshtein distance (optimal string alignment) between `a` and
    /// `b`, counted in characters; stops early and returns `limit + 1` as soon
    /// as the distance is known to exceed `limit`.
    public static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        editDistance(Array(a), Array(b), limit: limit)
    }

    /// `editDistance` over any letters (characters, or scalars of already folded words).
    @inlinable
    public static func editDistance<Letter: Equatable>(_ s: [Letter], _ t: [Letter], limit: Int = .max) -> Int {
        let cap = limit == .max ? Int.max : limit + 1
        if abs(s.count - t.count) > limit { return cap }
        if s.isEmpty { return min(t.count, cap) }
        if t.isEmpty { return min(s.count, cap) }
        var previousPrevious = [Int](repeating: 0, count: t.count + 1)
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return cap }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return min(previous[t.count], cap)
    }
}
