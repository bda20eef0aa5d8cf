import CCrypt
import Foundation
import GuichetCore

/// yescrypt through libcrypt. The clear password is only ever passed to
/// `crypt_rn`; it is neither stored nor logged.
enum PasswordHasher {
    /// A new hash with a fresh random salt and libcrypt's default yescrypt cost.
    static func hash(_ password: String) throws(GuichetError) -> String {
        guard let setting = crypt_gensalt_ra("$y$", 0, nil, 0) else {
            throw .storage("crypt_gensalt_ra failed (errno \(errno))")
        }
        defer { free(setting) }
        return try crypt(password, setting: String(cString: setting))
    }

    /// Re-hashes `password` with the salt and cost kept in `storedHash`, then
    /// compares in constant time.
    static func verify(_ password: String, against storedHash: String) -> Bool {
        guard let candidate = try? crypt(password, setting: storedHash) else { return false }
        return ConstantTime.equal(Array(candidate.utf8), Array(storedHash.utf8))
    }

    /// Verifies against a throwaway hash, so that an unknown login costs as much
    /// time as a wrong password and the two cannot be told apart.
    static func spendVerificationTime(_ password: String) {
        _ = verify(password, against: decoy)
    }

    private static let decoy: String = (try? hash("decoy password, never valid")) ?? "$y$"

    private static func crypt(_ password: String, setting: String) throws(GuichetError) -> String {
        // crypt_data is 32 KiB: keep it off the stack, and zeroed, as crypt_rn wants.
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        let size = MemoryLayout<crypt_data>.size
        memset(data, 0, size)
        defer {
            memset(data, 0, size)  // the work area held derived secrets
            data.deallocate()
        }
        guard let output = crypt_rn(password, setting, data, Int32(size)) else {
            throw .storage("crypt_rn failed (errno \(errno))")
        }
        let result = String(cString: output)
        guard result.hasPrefix("$") else { throw .storage("crypt_rn returned no hash") }
        return result
    }
}
