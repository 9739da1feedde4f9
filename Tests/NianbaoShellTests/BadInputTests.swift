import Foundation
import NianbaoShell
import NianbaoTestSupport
import Testing

/// `load` of whatever users download: every good file loads, every bad one is named with a reason that says
/// what it is and which limit it broke, and nothing already loaded is lost.
@Suite struct BadInputTests {
    /// The `not loaded: PATH: REASON` lines of an execution's errors, by path relative to `folder`.
    static func notLoaded(_ execution: Shell.Execution, in folder: URL) -> [String: String] {
        var reasons: [String: String] = [:]
        for line in execution.error.split(separator: "\n") {
            guard let rest = line.components(separatedBy: "not loaded: ").last, line.contains("not loaded: ") else { continue }
            let prefix = folder.path + "/"
            guard rest.hasPrefix(prefix), let colon = rest.range(of: ": ", range: rest.index(rest.startIndex, offsetBy: prefix.count)..<rest.endIndex) else { continue }
            reasons[String(rest[rest.index(rest.startIndex, offsetBy: prefix.count)..<colon.lowerBound])] = String(rest[colon.upperBound...])
        }
        return reasons
    }

    @Test(.timeLimit(.minutes(2)))
    func folderOfBadFilesLoadsEveryGoodOneAndNamesEachBadOne() throws {
        let folder = try BadFileFolder()
        var shell = try ShellFixtures.seedShell()
        let before = shell.session.corpus.reports.count

        let execution = shell.execute("load \(folder.url.path)")

        #expect(execution.output.hasPrefix("loaded \(folder.goodFiles.count) reports; \(before + folder.goodFiles.count) in memory"), "\(execution.output)")
        #expect(execution.failed, "a load that could not read every file fails in a batch run")
        let reasons = Self.notLoaded(execution, in: folder.url)
        #expect(Set(reasons.keys) == Set(folder.expectedReasons.keys), "\(execution.error)")
        for (file, expected) in folder.expectedReasons {
            #expect(reasons[file]?.contains(expected) == true, "\(file): \(reasons[file] ?? "not named")")
        }
        let sources = shell.session.corpus.reports.map(\.source)
        for good in folder.goodFiles {
            #expect(sources.contains(folder.url.path + "/" + good), "\(good) loaded")
        }
        #expect(sources.count == before + folder.goodFiles.count, "the seed reports loaded earlier are kept")
        #expect(shell.execute("list 2023 统计局").output.contains("deep.html"), "the deeply nested page was read")
    }

    @Test func deviceIsRefusedWithoutReadingIt() throws {
        var shell = try ShellFixtures.seedShell()
        let execution = shell.execute("load /dev/zero")
        #expect(execution.error == "error: not loaded: /dev/zero: it is not a regular file (a device, pipe or socket), so not a report\n")
    }

    @Test func missingFileIsNamedAndEarlierReportsStay() throws {
        var shell = try ShellFixtures.seedShell()
        let execution = shell.execute("load /nonexistent/nianbao/file.txt")
        #expect(execution.error == "error: not loaded: /nonexistent/nianbao/file.txt: no such file or folder\n")
        #expect(shell.session.corpus.reports.count == 5)
    }
}
