import Foundation
import GuichetCore
#if canImport(Glibc)
import Glibc
#endif

/// The files of backups and restores: written private (0600), synced, named in their
/// final place only once whole (a rename in the same folder), removed when a step fails.
enum BackupFiles {
    /// A failed write of a destination: full (ENOSPC, EDQUOT, EFBIG under `ulimit -f`) or refused.
    static func writeError(_ path: String, _ code: Int32) -> GuichetError {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: return .refused(ProtectionStoreText.destinationFull.filled(folder(of: path)))
        default: return .refused(ProtectionStoreText.cannotWrite.filled(folder(of: path), SystemErrorText.reason(code)))
        }
    }

    static func folder(of path: String) -> String { (path as NSString).deletingLastPathComponent }

    /// A new private file, opened for writing (refused when `path` exists).
    static func create(_ path: String) throws(GuichetError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw writeError(path, errno) }
        return descriptor
    }

    /// Writes all of `bytes`; a short write (a full disk) throws.
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(GuichetError) {
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw writeError(path, count == 0 ? ENOSPC : errno) }
            offset += count
        }
    }

    static func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(GuichetError) {
        let failure = bytes.withUnsafeBytes { buffer -> GuichetError? in
            do throws(GuichetError) { try write(descriptor, buffer, path: path) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Syncs and closes a file written with `create`.
    static func finish(_ descriptor: Int32, path: String) throws(GuichetError) {
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw writeError(path, errno) }
    }

    /// Syncs a file written by someone else (SQLite) and makes it private.
    static func sync(_ path: String) throws(GuichetError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw writeError(path, errno) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0, fsync(descriptor) == 0 else { throw writeError(path, errno) }
    }

    /// Gives `from` its final name `to` (same folder: atomic) and syncs the folder.
    static func rename(_ from: String, to: String) throws(GuichetError) {
        guard Glibc.rename(from, to) == 0 else { throw writeError(to, errno) }
        let folder = open(folder(of: to), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    /// Removes the file and what SQLite may have left beside it.
    static func remove(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
    }

    /// Copies `from` into the new private file `to`, reporting the bytes copied.
    static func copy(_ from: String, to: String, progress: ((Int64, Int64) -> Void)?) throws(GuichetError) {
        let source = open(from, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw .refused(ProtectionStoreText.cannotRead.filled(from, SystemErrorText.reason(errno))) }
        defer { close(source) }
        var status = stat()
        fstat(source, &status)
        let total = Int64(status.st_size)
        let target = try create(to)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var done: Int64 = 0
        do throws(GuichetError) {
            while true {
                let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else { throw .refused(ProtectionStoreText.cannotRead.filled(from, SystemErrorText.reason(errno))) }
                if count == 0 { break }
                try write(target, Array(buffer[0..<count]), path: to)
                done += Int64(count)
                progress?(done, total)
            }
            try finish(target, path: to)
        } catch {
            close(target)
            throw error
        }
    }

    /// The first bytes of a file (fewer when it is shorter); nil when it cannot be read.
    static func head(_ path: String, count: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, 0) }
        return read < 0 ? nil : Array(bytes.prefix(read))
    }

    /// Makes `folder` and its missing parents, private (0700); a failure says why in words.
    static func makeFolder(_ folder: String) throws(GuichetError) {
        if let failure = PrivateFolder.make(folder) {
            throw .refused(ProtectionStoreText.cannotWrite.filled(self.folder(of: failure.part), failure.reason))
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// A temporary name in `folder`, hidden and clearly unfinished: never taken for a backup.
    static func temporary(in folder: String, _ purpose: String) -> String {
        folder + "/.guichet-\(purpose)-\(UUID().uuidString.prefix(8)).partiel"
    }
}
