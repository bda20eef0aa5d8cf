/// How the line form reads a RIO: each part checked on its own, so that the
/// message says which part is wrong (the operator, the kind of line, the
/// customer reference or the key), then the key against the line's number.
public enum RIOEntry {
    /// The shape of `input` (spaces allowed, any case), part by part.
    public static func checkShape(_ input: String) throws(GuichetError) {
        let characters = Array(String(input.filter { !$0.isWhitespace }).uppercased())
        guard characters.count == 12 else { throw .invalid(BudgetText.rioLength.filled(characters.count)) }
        let operatorPart = String(characters[0...1])
        guard operatorPart.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else {
            throw .invalid(BudgetText.rioOperatorPart.filled(operatorPart))
        }
        guard ("E"..."Z").contains(characters[2]) else { throw .invalid(BudgetText.rioLineTypePart.filled(String(characters[2]))) }
        let reference = String(characters[3..<9])
        guard reference.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isWholeNumber) }) else {
            throw .invalid(BudgetText.rioReferencePart.filled(reference))
        }
        let key = String(characters[9..<12])
        guard key.allSatisfy({ RIO.alphabet.contains($0) }) else { throw .invalid(BudgetText.rioKeyCharacters.filled(key)) }
    }

    /// The RIO typed for the line `phone`; `mobileLine` (when known) checks that the
    /// kind of line the RIO names is the kind of the line.
    public static func parse(_ input: String, phone: PhoneNumber, mobileLine: Bool?) throws(GuichetError) -> RIO {
        try checkShape(input)
        let characters = Array(String(input.filter { !$0.isWhitespace }).uppercased())
        let type = String(characters[2])
        let namesMobile = type == "P" || type == "E"
        if mobileLine == true, !namesMobile { throw .invalid(BudgetText.rioFixedForMobile.filled(type)) }
        if mobileLine == false, namesMobile { throw .invalid(BudgetText.rioMobileForFixed.filled(type)) }
        do {
            return try RIO.parse(input, phone: phone)
        } catch {
            if case .invalid(let phrase) = error, phrase == IdentifierText.rioFrenchLine { throw error }
            throw .invalid(BudgetText.rioKeyMismatch.filled(String(characters[9..<12]), phone.display))
        }
    }
}
