import Foundation
import Testing
@testable import GuichetStore
import GuichetCore

/// Guichet's own folders (backups, printouts, exports): made private, part by part, and a
/// failure said in words with the part of the path at fault.
@Suite struct PrivateFolderTests {
    @Test func missingPartsAreMadePrivateAndAnExistingFolderIsKept() throws {
        let scratch = Scratch()
        let folder = scratch.folder + "/impressions/2026/novembre"
        #expect(PrivateFolder.make(folder) == nil)
        for path in [folder, scratch.folder + "/impressions"] {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o700, "\(path)")
        }
        #expect(PrivateFolder.make(folder) == nil)
    }

    @Test func aFileInThePathIsNamedInWords() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.folder, withIntermediateDirectories: true)
        let file = scratch.folder + "/note.txt"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let failure = PrivateFolder.make(file)
        #expect(failure?.part == file)
        #expect(failure?.reason.french == "un élément du chemin n’est pas un dossier")
        let below = PrivateFolder.make(file + "/dessous")
        #expect(below?.part == file, "the file in the way is the part named")
        #expect(below?.reason.french == "un élément du chemin n’est pas un dossier")
    }
}
