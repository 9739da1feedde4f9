import Foundation
@testable import NianbaoShell
import Testing

/// `output FILE`, `COMMAND > FILE` and `COMMAND >> FILE`: results to a file, errors still to stderr.
@Suite struct OutputCommandTests {
    /// A fresh folder, removed when the test ends.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-output-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    }

    /// What the commands print to stdout in a shell of their own.
    static func printed(_ lines: [String]) throws -> String {
        var shell = try ShellFixtures.seedShell()
        return lines.map { shell.execute($0).output }.joined()
    }

    @Test func followingCommandsGoToTheFileUntilOutputAlone() throws {
        let folder = try Folder()
        let file = folder.path("out.txt")
        try "an earlier run\n".write(toFile: file, atomically: true, encoding: .utf8)
        var shell = try ShellFixtures.seedShell()

        let start = shell.execute("output \(file)")
        #expect(start.output == "output goes to \(file) until ‘output’ alone; errors still show here\n")
        #expect(try folder.read("out.txt") == "", "emptied first, as sqlite3's .output does")

        let list = shell.execute("list 2023")
        #expect(list.output.isEmpty && list.error.isEmpty && !list.failed)
        #expect(shell.execute("sum 行政处罚").output.isEmpty)
        let failing = shell.execute("show 2023 拱墅区统计屋")
        #expect(failing.output.isEmpty)
        #expect(failing.error.hasPrefix("error: no report matches"), "errors stay on stderr")

        let back = shell.execute("output")
        #expect(back.output == "output goes to stdout again (it went to \(file))\n")
        #expect(shell.execute("list 2020").output.contains("拱墅区湖墅街道"))

        #expect(try folder.read("out.txt") == Self.printed(["list 2023", "sum 行政处罚"]))
        #expect(shell.execute("output").output == "output already goes to stdout\n")
    }

    @Test func redirectionReplacesTheFileOrAppendsToIt() throws {
        let folder = try Folder()
        let file = folder.path("list.txt")
        try "old contents\n".write(toFile: file, atomically: true, encoding: .utf8)
        var shell = try ShellFixtures.seedShell()

        let replaced = shell.execute("list 2023 > \(file)")
        #expect(replaced.output.isEmpty && !replaced.failed, "\(replaced.error)")
        #expect(try folder.read("list.txt") == Self.printed(["list 2023"]))

        #expect(shell.execute("list 2020 >> \(file)").output.isEmpty)
        #expect(try folder.read("list.txt") == Self.printed(["list 2023", "list 2020"]))

        // A command that fails outright leaves the file as it was.
        let failed = shell.execute("list 上海市 > \(file)")
        #expect(failed.failed)
        #expect(try folder.read("list.txt") == Self.printed(["list 2023", "list 2020"]))

        // Quoted, `>` is an ordinary character; `> FILE` wins over `output FILE` for its one command.
        _ = shell.execute("output \(folder.path("session.txt"))")
        _ = shell.execute("sum 行政处罚 >\(folder.path("one.txt"))")
        #expect(try folder.read("one.txt") == Self.printed(["sum 行政处罚"]))
        #expect(try folder.read("session.txt") == "")
    }

    @Test(arguments: [
        ("list 2023 > out.txt", "list 2023 ", "out.txt", false),
        ("list 2023 >> out.txt", "list 2023 ", "out.txt", true),
        ("sum 行政处罚 >'my file.txt' ", "sum 行政处罚 ", "my file.txt", false),
        ("list where 行政处罚 > 0 > out.txt", "list where 行政处罚 > 0 ", "out.txt", false),
    ])
    func redirectionIsTheLastGreaterThanBeforeOneFile(_ line: String, _ command: String, _ file: String, _ appends: Bool) throws {
        let split = try OutputRedirection.split(line)
        #expect(split.command == command)
        #expect(split.redirection == OutputRedirection(file: file, appends: appends))
    }

    @Test(arguments: ["list where 行政处罚 > 0", "list where 行政处罚 >= 10", "list where 行政处罚 > 2.5", "list where 行政处罚 > 0 and 本年新收 > 1",
                      "show '>' x", "list 2023 # > out.txt"])
    func comparisonsQuotesAndCommentsAreNotRedirections(_ line: String) throws {
        let split = try OutputRedirection.split(line)
        #expect(split.command == line)
        #expect(split.redirection == nil)
    }

    @Test func filesGetNoColour() throws {
        let folder = try Folder()
        var shell = try ShellFixtures.seedShell()
        shell.session.settings.colour = true
        #expect(shell.execute("show 2023 拱墅区统计局 table3").output.contains("\u{1B}["), "colour on the terminal")
        _ = shell.execute("show 2023 拱墅区统计局 table3 > \(folder.path("one.txt"))")
        _ = shell.execute("output \(folder.path("session.txt"))")
        _ = shell.execute("show 2023 拱墅区统计局 table3")
        for name in ["one.txt", "session.txt"] {
            let written = try folder.read(name)
            #expect(written.contains("（七）总计") && !written.contains("\u{1B}"), "\(name): \(written)")
        }
    }

    @Test func greaterThanWithoutAFileIsAnError() {
        var shell = ShellFixtures.shell(with: [])
        let execution = shell.execute("list >")
        #expect(execution.failed)
        #expect(execution.error == "error: ‘>’ needs a file name after it: COMMAND > FILE (or >> FILE to append)\n")
    }

    @Test func unwritableFileIsAnErrorAndOutputStaysOnStdout() throws {
        var shell = try ShellFixtures.seedShell()
        let execution = shell.execute("output /nonexistent/nianbao/out.txt")
        #expect(execution.failed)
        #expect(execution.error.hasPrefix("error: cannot write /nonexistent/nianbao/out.txt"))
        #expect(shell.session.outputFile == nil)
        #expect(!shell.execute("list 2020").output.isEmpty)

        let redirected = shell.execute("list 2020 > /nonexistent/nianbao/out.txt")
        #expect(redirected.failed)
        #expect(redirected.error.hasPrefix("error: cannot write /nonexistent/nianbao/out.txt"))
    }
}
