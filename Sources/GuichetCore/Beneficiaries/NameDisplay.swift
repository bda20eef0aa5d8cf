/// How a person is named on lists and cards: `DUPONT-MÜLLER Hélène`, the last
/// name in capitals so it stands out from the first.
public enum NameDisplay {
    public static func listed(lastName: String, firstName: String) -> String {
        capitals(lastName) + " " + firstName
    }

    /// `text` in capitals, as `uppercased()` writes it. Names in ASCII and
    /// Latin-1 letters (most names, read at every keystroke on the search list)
    /// are mapped byte by byte in their UTF-8 form; anything else (ß, ÿ, µ and
    /// every scalar from U+0100) goes through the standard library.
    public static func capitals(_ text: String) -> String {
        var latin = true
        let mapped = String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            var lead: UInt8 = 0
            for byte in text.utf8 {
                var capital = byte
                switch lead {
                case 0xC3:
                    // à…þ are C3 A0…C3 BE, their capitals 0x20 lower; C3 B7 is ÷, C3 9F ß, C3 BF ÿ.
                    if byte >= 0xA0 && byte <= 0xBE && byte != 0xB7 { capital = byte - 0x20 }
                    if byte == 0x9F || byte == 0xBF { latin = false }
                case 0xC2:
                    if byte == 0xB5 { latin = false }
                default:
                    if byte >= 0x61 && byte <= 0x7A { capital = byte - 0x20 }
                    if byte >= 0xC4 { latin = false }
                }
                lead = byte == 0xC2 || byte == 0xC3 ? byte : 0
                buffer[count] = capital
                count += 1
            }
            return count
        }
        return latin ? mapped : text.uppercased()
    }
}
