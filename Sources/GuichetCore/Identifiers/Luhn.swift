/// The Luhn (mod 10) check digit used by IMEI and ICCID numbers.
public enum Luhn {
    /// The check digit to append to `payload` (ASCII digits only), nil if it holds anything else.
    public static func checkDigit(for payload: String) -> Int? {
        guard !payload.isEmpty, let sum = weightedSum(payload, doublingFirstFromRight: true) else { return nil }
        return (10 - sum % 10) % 10
    }

    /// True when `number` (ASCII digits only, check digit last) passes the Luhn check.
    public static func isValid(_ number: String) -> Bool {
        guard number.count >= 2, let sum = weightedSum(number, doublingFirstFromRight: false) else { return false }
        return sum % 10 == 0
    }

    private static func weightedSum(_ digits: String, doublingFirstFromRight: Bool) -> Int? {
        var sum = 0
        var double = doublingFirstFromRight
        for scalar in digits.unicodeScalars.reversed() {
            guard ("0"..."9").contains(scalar) else { return nil }
            var value = Int(scalar.value - 48)
            if double {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
            double.toggle()
        }
        return sum
    }
}

/// Digits of an identifier typed with the usual separators (spaces, dashes, dots, slashes); nil when anything else is present.
func identifierDigits(_ input: String) -> String? {
    var digits = ""
    for character in input {
        if character.isWhitespace || character == "-" || character == "." || character == "/" { continue }
        guard character.isASCII, character.isWholeNumber else { return nil }
        digits.append(character)
    }
    return digits
}
