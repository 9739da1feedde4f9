import Foundation
import NianbaoShell
import Testing

/// `export … FILE` and `COMMAND > FILE` replace a file whole or not at all: a failure leaves an earlier file as
/// it was and no temporary file beside it.
@Suite struct AtomicExportTests {
    typealias Folder = OutputCommandTests.Folder

    private func names(in folder: Folder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    @Test func exportToAFolderFailsAndLeavesNothingBehind() throws {
        let folder = try Folder()
        let target = folder.path("reports.jsonl")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        var shell = try ShellFixtures.seedShell()

        let execution = shell.execute("export json \(target)")

        #expect(execution.failed)
        #expect(execution.error == "error: cannot write \(target): Is a directory\n")
        #expect(try names(in: folder) == ["reports.jsonl"])
    }

    @Test func exportThatFailsLeavesTheEarlierExport() throws {
        let folder = try Folder()
        let file = folder.path("reports.jsonl")
        var shell = try ShellFixtures.seedShell()
        #expect(!shell.execute("export json \(file) 2023").failed)
        let earlier = try folder.read("reports.jsonl")
        #expect(earlier.split(separator: "\n").count == 4)

        // A selector that names nothing fails before a byte is written.
        #expect(shell.execute("export json \(file) 1999").failed)
        #expect(try folder.read("reports.jsonl") == earlier)
        #expect(try names(in: folder) == ["reports.jsonl"])
    }

    @Test func exportIntoAnUnwritableFolderLeavesTheEarlierExport() throws {
        // Root writes anywhere, so the refusal can only be seen as another user.
        guard getuid() != 0 else { return }
        let folder = try Folder()
        let file = folder.path("reports.csv")
        var shell = try ShellFixtures.seedShell()
        #expect(!shell.execute("export csv \(file) 2020").failed)
        let earlier = try folder.read("reports.csv")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path) }

        let execution = shell.execute("export csv \(file)")

        #expect(execution.error == "error: cannot write \(file): Permission denied\n")
        #expect(try folder.read("reports.csv") == earlier)
        #expect(try names(in: folder) == ["reports.csv"])
    }

    @Test func redirectionToAFolderFailsWithoutLosingTheOutput() throws {
        let folder = try Folder()
        var shell = try ShellFixtures.seedShell()
        let execution = shell.execute("list > \(folder.url.path)")
        #expect(execution.error == "error: cannot write \(folder.url.path): Is a directory\n")
        #expect(execution.output.contains("百丈镇"), "what could not go to the file still shows")
        #expect(try names(in: folder).isEmpty)
    }
}
