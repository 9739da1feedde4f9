import Foundation
@testable import NianbaoCorpus
import Testing

/// A file replaced through `AtomicFile` is either the old one or the new one, whatever fails on the way, and no
/// temporary file is ever left beside it.
@Suite struct AtomicFileTests {
    private final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-atomic-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
        /// Every name in the folder, hidden ones included.
        func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
    }

    @Test func replacesTheFileAndKeepsItsPermissions() throws {
        let folder = try Folder()
        let file = folder.path("export.jsonl")
        try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file)

        try AtomicFile.replace(file, with: Array("new\n".utf8))

        #expect(try folder.read("export.jsonl") == "new\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o640)
        #expect(try folder.names() == ["export.jsonl"])
    }

    @Test func newFileIsReadableByOthers() throws {
        let folder = try Folder()
        try AtomicFile.replace(folder.path("new.csv"), with: Array("a,b\n".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: folder.path("new.csv"))[.posixPermissions] as? Int == 0o644)
    }

    @Test func writeFailingHalfWayLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try Folder()
        let file = folder.path("export.jsonl")
        try "a good earlier export\n".write(toFile: file, atomically: false, encoding: .utf8)

        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.replace(file) { descriptor throws(AtomicFile.Failure) in
                _ = Array("half of the new".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                throw AtomicFile.Failure(reason: "No space left on device")
            }
        }

        #expect(try folder.read("export.jsonl") == "a good earlier export\n")
        #expect(try folder.names() == ["export.jsonl"], "the temporary file is removed")
    }

    @Test func pathThatIsAFolderFailsAndLeavesNothingBehind() throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(atPath: folder.path("reports"), withIntermediateDirectories: false)
        try "inside\n".write(toFile: folder.path("reports/a.txt"), atomically: false, encoding: .utf8)

        let failure = try #require(throws: AtomicFile.Failure.self) { try AtomicFile.replace(folder.path("reports"), with: Array("x".utf8)) }

        #expect(failure.reason == "Is a directory", "\(failure)")
        #expect(try folder.names() == ["reports"])
        #expect(try folder.read("reports/a.txt") == "inside\n")
    }

    @Test func missingFolderFailsWithItsReason() throws {
        let failure = try #require(throws: AtomicFile.Failure.self) {
            try AtomicFile.replace("/nonexistent/nianbao/export.csv", with: Array("x".utf8))
        }
        #expect(failure.reason == "No such file or directory")
    }

    @Test func unwritableFolderLeavesTheOldFile() throws {
        // Root writes anywhere, so the refusal can only be seen as another user.
        guard getuid() != 0 else { return }
        let folder = try Folder()
        let file = folder.path("export.csv")
        try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path) }

        let failure = try #require(throws: AtomicFile.Failure.self) { try AtomicFile.replace(file, with: Array("new\n".utf8)) }

        #expect(failure.reason == "Permission denied")
        #expect(try folder.read("export.csv") == "old\n")
        #expect(try folder.names() == ["export.csv"])
    }
}
