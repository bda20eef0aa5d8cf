import Foundation
import GuichetCore
#if canImport(Glibc)
import Glibc
#endif

/// A folder made for Guichet's own files (backups, printouts, exports): each missing
/// part of the path made in turn, readable by its owner only (0700).
public enum PrivateFolder {
    /// Makes `folder` and its missing parents; on failure, the reason in words
    /// (`SystemErrorText`) and the part of the path that could not be made.
    public static func make(_ folder: String) -> (part: String, reason: Phrase)? {
        var path = folder.hasPrefix("/") ? "" : FileManager.default.currentDirectoryPath
        for component in folder.split(separator: "/") {
            path += "/" + component
            if isFolder(path) { continue }
            guard mkdir(path, 0o700) == 0 || errno == EEXIST && isFolder(path) else {
                return (path, SystemErrorText.reason(isFolder(path) || errno != EEXIST ? errno : ENOTDIR))
            }
        }
        return nil
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
