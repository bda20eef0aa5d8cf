internal import Crypto
import GuichetCore

/// SHA-256 (swift-crypto) of a chain's canonical text (`ChainEncoding`), in lower-case hexadecimal.
enum ChainHash {
    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ text: String) -> String {
        let digest = SHA256.hash(data: Array(text.utf8))
        return String(unsafeUninitializedCapacity: 64) { buffer in
            var index = 0
            for byte in digest {
                buffer[index] = digits[Int(byte >> 4)]
                buffer[index + 1] = digits[Int(byte & 0x0F)]
                index += 2
            }
            return 64
        }
    }
}
