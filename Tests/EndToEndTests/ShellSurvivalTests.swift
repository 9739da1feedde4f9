import Foundation
import NianbaoTestSupport
import Testing

/// The interactive shell keeps going through bad keys, Ctrl-C in the middle of a long command, and a history
/// file it cannot use.
@Suite struct ShellSurvivalTests {
    typealias Keys = InteractiveShellTests

    private func startShell(home: TemporaryFolder) throws -> PseudoTerminal {
        try InteractiveShellTests().startShell(home: home, environment: ["NIANBAO_CACHE": "off"])
    }

    @Test func invalidBytesTypedAtThePromptAreSkipped() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Keys.prompt)

        try shell.send(bytes: Array("list".utf8) + [0xFF, 0xFE, 0xC3] + Array(" 2020".utf8))
        try shell.expect(" 2020")
        try shell.send(Keys.enter)

        let output = try shell.expect(Keys.prompt)
        #expect(output.contains("湖墅街道"), "\(output.debugDescription)")
        try InteractiveShellTests().leave(shell)
    }

    @Test(.timeLimit(.minutes(3)))
    func controlCDuringALongLoadGivesThePromptBackAndChangesNothing() throws {
        let home = TemporaryFolder.make(named: "home")
        let large = TemporaryFolder.make(named: "large")
        // Enough reports that the load is still going when Ctrl-C comes: it shows a progress bar after 0.3 s.
        let seeds = try Repository.seedReports.map { try Data(contentsOf: $0) }
        for index in 0..<6000 {
            try seeds[index % seeds.count].write(to: large.url.appendingPathComponent("report-\(index).txt"))
        }
        let shell = try startShell(home: home)
        try shell.expect(Keys.prompt)

        try shell.send("load \(large.url.path)" + Keys.enter)
        try shell.expect("loading [", timeout: .seconds(30))
        try shell.send(Keys.controlC)

        let interrupted = try shell.expect(Keys.prompt, timeout: .seconds(10))
        #expect(interrupted.contains("interrupted: the command stopped and changed nothing"), "\(interrupted.debugDescription)")
        #expect(!interrupted.contains("loaded "), "the load did not finish: \(interrupted.debugDescription)")

        // The session is as it was before the load: the five reports of ./Corpus.
        try shell.send("list" + Keys.enter)
        let list = try shell.expect(Keys.prompt)
        #expect(!list.contains("report-"), "\(list.debugDescription)")
        #expect(list.contains("百丈镇"))
        try InteractiveShellTests().leave(shell)
    }

    @Test func historyFileThatCannotBeUsedIsWarnedAboutOnce() throws {
        let home = TemporaryFolder.make(named: "home")
        // A folder where the history file should be: it can be neither read nor written, even by root.
        try FileManager.default.createDirectory(at: home.url.appendingPathComponent(".nianbao_history"), withIntermediateDirectories: false)
        let shell = try startShell(home: home)

        let banner = try shell.expect(Keys.prompt)
        #expect(banner.contains("warning: cannot read the history file \(home.url.path)/.nianbao_history"), "\(banner.debugDescription)")

        try shell.send("sum 行政处罚" + Keys.enter)
        let first = try shell.expect(Keys.prompt)
        #expect(first.contains("889"), "\(first.debugDescription)")
        try shell.send("list 2020" + Keys.enter)
        let second = try shell.expect(Keys.prompt)
        #expect(second.contains("湖墅街道"))
        #expect(!(first + second).contains("warning"), "warned once: \((first + second).debugDescription)")
        try InteractiveShellTests().leave(shell)
    }

    @Test func historyFileThatCannotBeSavedIsWarnedAboutOnce() throws {
        let home = TemporaryFolder.make(named: "home")
        // HOME names a folder that does not exist: nothing to read, and saving fails.
        let missing = home.url.appendingPathComponent("gone")
        let shell = try InteractiveShellTests().startShell(home: home, environment: ["HOME": missing.path, "NIANBAO_CACHE": "off"])
        let banner = try shell.expect(Keys.prompt)
        #expect(!banner.contains("warning"), "a missing history file is normal: \(banner.debugDescription)")

        try shell.send("list 2020" + Keys.enter)
        let first = try shell.expect(Keys.prompt)
        #expect(first.contains("warning: cannot save the history file \(missing.path)/.nianbao_history"), "\(first.debugDescription)")
        #expect(first.contains("湖墅街道"))
        try shell.send("list 2020" + Keys.enter)
        let second = try shell.expect(Keys.prompt)
        #expect(!second.contains("warning"), "\(second.debugDescription)")
        try InteractiveShellTests().leave(shell)
    }

    @Test func historyKeptThroughALinkStaysWhereTheLinkPoints() throws {
        let home = TemporaryFolder.make(named: "home")
        let kept = home.url.appendingPathComponent("dotfiles/nianbao_history")
        try FileManager.default.createDirectory(at: kept.deletingLastPathComponent(), withIntermediateDirectories: true)
        let link = home.url.appendingPathComponent(".nianbao_history")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: kept)
        let shell = try startShell(home: home)
        try shell.expect(Keys.prompt)

        try shell.send("list 2020" + Keys.enter)
        try shell.expect(Keys.prompt)
        try InteractiveShellTests().leave(shell)

        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == kept.path, "still a link")
        #expect(historyEntries(try String(contentsOf: kept, encoding: .utf8)).contains("list 2020"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: kept.deletingLastPathComponent().path)
        #expect(leftovers == ["nianbao_history"], "no temporary file left: \(leftovers)")
    }
}
