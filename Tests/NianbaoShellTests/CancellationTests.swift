import Foundation
import NianbaoShell
import NianbaoTestSupport
import Testing

/// A command whose cancellation is set (Ctrl-C in the shell) stops, says so, and changes nothing: no reports
/// added, no file written.
@Suite struct CancellationTests {
    private func cancelledShell() throws -> Shell {
        var shell = try ShellFixtures.seedShell()
        let cancellation = Cancellation()
        cancellation.cancel()
        shell.session.cancellation = cancellation
        return shell
    }

    @Test func interruptedLoadAddsNothing() throws {
        let folder = try BadFileFolder()
        var shell = try cancelledShell()

        let execution = shell.execute("load \(folder.url.path)")

        #expect(execution.error == "error: interrupted: the command stopped and changed nothing\n")
        #expect(execution.output.isEmpty)
        #expect(shell.session.corpus.reports.count == 5)
    }

    @Test func interruptedCheckPrintsNoFindings() throws {
        var shell = try cancelledShell()
        let execution = shell.execute("check")
        #expect(execution.failed)
        #expect(execution.output.isEmpty, "a partial list of findings would read as a whole one")
        #expect(execution.error == "error: interrupted: the command stopped and changed nothing\n")
    }

    @Test func interruptedExportWritesNoFile() throws {
        let folder = try OutputCommandTests.Folder()
        var shell = try cancelledShell()
        #expect(shell.execute("export json \(folder.path("reports.jsonl"))").failed)
        #expect(shell.execute("list > \(folder.path("list.txt"))").failed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func onlyTheInterruptedCommandIsUndone() throws {
        // Only the interrupted command is undone: the session before it, whatever earlier commands set, stays.
        var shell = try ShellFixtures.seedShell()
        #expect(!shell.execute("set timer on").failed)
        let cancellation = Cancellation()
        shell.session.cancellation = cancellation
        cancellation.cancel()
        #expect(shell.execute("set format csv").failed)
        #expect(shell.session.settings.format == .table)
        #expect(shell.session.settings.timer)
    }
}
