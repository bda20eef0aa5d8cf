import Foundation
internal import Crypto
internal import _CryptoExtras
import GuichetCore
#if canImport(Glibc)
import Glibc
#endif

/// Encrypted backups (a copy for a USB key): AES-256-GCM (swift-crypto) with a key
/// derived from a passphrase by scrypt (RFC 7914, `KDF.Scrypt` of swift-crypto's
/// `_CryptoExtras`): a slow, memory-hard derivation made for passphrases, where HKDF
/// (made for keys that are already random) would let a guess cost nothing.
///
/// The file: a header of 64 bytes — `GUICHET-CHIFFRE` and a line break (16 bytes), the
/// format (1), the derivation (1: scrypt) and its log2 N, r, p (1 byte each), 3 zero
/// bytes, a random salt (16), the size of a chunk (4, big-endian), and a key check (16:
/// the first bytes of HMAC-SHA256 of `guichet-key-check` under the key, so that a wrong
/// passphrase is told apart from a damaged file), 4 zero bytes; then the database in
/// chunks of 1 MiB, each sealed on its own: a random nonce (12), the ciphertext, the tag
/// (16). Each chunk authenticates the header, its number and whether it is the last one,
/// so chunks cannot be reordered, and a file cut at any place, even between chunks, is refused.
enum BackupCipher {
    static let magic = Array("GUICHET-CHIFFRE\n".utf8)
    static let headerSize = 64
    static let chunkSize = 1 << 20
    static let nonceSize = 12
    static let tagSize = 16

    /// scrypt with N = 2^15, r = 8, p = 1: 32 MiB and a fraction of a second, the
    /// interactive parameters of RFC 7914's authors.
    struct Parameters: Equatable {
        var log2N: UInt8 = 15
        var r: UInt8 = 8
        var p: UInt8 = 1
    }

    static func isEncrypted(_ path: String) -> Bool {
        BackupFiles.head(path, count: magic.count) == magic
    }

    private static func key(_ passphrase: String, salt: [UInt8], _ parameters: Parameters) throws(GuichetError) -> SymmetricKey {
        do {
            return try KDF.Scrypt.deriveKey(from: Array(passphrase.utf8), salt: salt, outputByteCount: 32,
                                            rounds: 1 << Int(parameters.log2N), blockSize: Int(parameters.r),
                                            parallelism: Int(parameters.p))
        } catch {
            throw .storage("scrypt failed")
        }
    }

    private static func keyCheck(_ key: SymmetricKey) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Array("guichet-key-check".utf8), using: key).prefix(16))
    }

    private static func header(salt: [UInt8], _ parameters: Parameters, check: [UInt8]) -> [UInt8] {
        var header = magic + [1, 1, parameters.log2N, parameters.r, parameters.p, 0, 0, 0] + salt
        header += withUnsafeBytes(of: UInt32(chunkSize).bigEndian, Array.init)
        header += check + [0, 0, 0, 0]
        return header
    }

    private static func additionalData(_ header: [UInt8], index: UInt64, last: Bool) -> [UInt8] {
        header + withUnsafeBytes(of: index.bigEndian, Array.init) + [last ? 1 : 0]
    }

    /// Encrypts the file `plain` into the new private file `target`.
    static func encrypt(_ plain: String, to target: String, passphrase: String, parameters: Parameters = Parameters(),
                        progress: ((Int64, Int64) -> Void)? = nil) throws(GuichetError) {
        let source = open(plain, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw .refused(ProtectionStoreText.cannotRead.filled(plain, SystemErrorText.reason(errno))) }
        defer { close(source) }
        var status = stat()
        fstat(source, &status)
        let total = Int64(status.st_size)
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255) }
        let key = try key(passphrase, salt: salt, parameters)
        let header = header(salt: salt, parameters, check: keyCheck(key))
        let output = try BackupFiles.create(target)
        do throws(GuichetError) {
            try BackupFiles.write(output, header, path: target)
            var index: UInt64 = 0
            var done: Int64 = 0
            var chunk = try readChunk(source, path: plain)
            while true {
                let next = chunk.count == chunkSize ? try readChunk(source, path: plain) : []
                let last = chunk.count < chunkSize || next.isEmpty && done + Int64(chunk.count) == total
                let sealed: AES.GCM.SealedBox
                do {
                    sealed = try AES.GCM.seal(chunk, using: key, authenticating: additionalData(header, index: index, last: last))
                } catch {
                    throw .storage("AES-GCM seal failed")
                }
                try BackupFiles.write(output, Array(sealed.nonce) + Array(sealed.ciphertext) + Array(sealed.tag), path: target)
                done += Int64(chunk.count)
                progress?(done, total)
                if last { break }
                chunk = next
                index += 1
            }
            try BackupFiles.finish(output, path: target)
        } catch {
            close(output)
            unlink(target)
            throw error
        }
    }

    /// Decrypts the file `encrypted` into the new private file `target`; a wrong passphrase
    /// and a damaged or cut file are told apart.
    static func decrypt(_ encrypted: String, to target: String, passphrase: String,
                        progress: ((Int64, Int64) -> Void)? = nil) throws(GuichetError) {
        let source = open(encrypted, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw .refused(ProtectionStoreText.cannotRead.filled(encrypted, SystemErrorText.reason(errno))) }
        defer { close(source) }
        var status = stat()
        fstat(source, &status)
        let total = Int64(status.st_size)
        let header = try readExactly(source, headerSize, path: encrypted)
        guard header.count == headerSize, Array(header.prefix(16)) == magic, header[16] == 1, header[17] == 1 else {
            throw .refused(ProtectionStoreText.backupDamaged.filled(encrypted, ProtectionStoreText.damagedHeader))
        }
        let parameters = Parameters(log2N: header[18], r: header[19], p: header[20])
        guard (10...22).contains(parameters.log2N), (1...32).contains(parameters.r), (1...16).contains(parameters.p) else {
            throw .refused(ProtectionStoreText.backupDamaged.filled(encrypted, ProtectionStoreText.damagedScryptParameters))
        }
        let salt = Array(header[24..<40])
        let size = Int(header[40..<44].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        guard size == chunkSize else { throw .refused(ProtectionStoreText.backupDamaged.filled(encrypted, ProtectionStoreText.damagedBlockSize)) }
        let key = try key(passphrase, salt: salt, parameters)
        guard keyCheck(key) == Array(header[44..<60]) else { throw .refused(ProtectionStoreText.wrongPassphrase) }
        let output = try BackupFiles.create(target)
        do throws(GuichetError) {
            let sealedSize = nonceSize + chunkSize + tagSize
            var index: UInt64 = 0
            var done = Int64(headerSize)
            var block = try readExactly(source, sealedSize, path: encrypted)
            while true {
                let next = block.count == sealedSize ? try readExactly(source, sealedSize, path: encrypted) : []
                let last = next.isEmpty
                guard block.count >= nonceSize + tagSize else {
                    throw .refused(ProtectionStoreText.backupDamaged.filled(encrypted, ProtectionStoreText.damagedCutShort))
                }
                let plain: Data
                do {
                    let box = try AES.GCM.SealedBox(nonce: AES.GCM.Nonce(data: block[0..<nonceSize]),
                                                    ciphertext: block[nonceSize..<(block.count - tagSize)],
                                                    tag: block[(block.count - tagSize)...])
                    plain = try AES.GCM.open(box, using: key, authenticating: additionalData(header, index: index, last: last))
                } catch {
                    throw .refused(ProtectionStoreText.backupDamaged.filled(encrypted, ProtectionStoreText.damagedBlock.filled(index + 1)))
                }
                try BackupFiles.write(output, Array(plain), path: target)
                done += Int64(block.count)
                progress?(done, total)
                if last { break }
                block = next
                index += 1
            }
            try BackupFiles.finish(output, path: target)
        } catch {
            close(output)
            unlink(target)
            throw error
        }
    }

    private static func readChunk(_ descriptor: Int32, path: String) throws(GuichetError) -> [UInt8] {
        try readExactly(descriptor, chunkSize, path: path)
    }

    /// Up to `count` bytes: fewer only at the end of the file.
    private static func readExactly(_ descriptor: Int32, _ count: Int, path: String) throws(GuichetError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, count - filled) }
            if read < 0 && errno == EINTR { continue }
            guard read >= 0 else { throw .refused(ProtectionStoreText.cannotRead.filled(path, SystemErrorText.reason(errno))) }
            if read == 0 { break }
            filled += read
        }
        return Array(bytes.prefix(filled))
    }
}
