import Foundation
@testable import NianbaoShell
import Testing

/// `set timer on`: each command's output is followed by its wall-clock time.
@Suite struct TimerTests {
    /// `time: 12.3 ms`, whatever the time.
    static func isTimeLine(_ line: some StringProtocol) -> Bool {
        (try? /time: \d+\.\d ms/.wholeMatch(in: String(line))) != nil
    }

    @Test func timeFollowsEachCommandsOutput() throws {
        var shell = try ShellFixtures.seedShell()
        #expect(shell.execute("set timer on").output.hasPrefix("timer on\n"))
        let lines = shell.execute("list 2023").output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("year") == true, "\(lines)")
        #expect(Self.isTimeLine(try #require(lines.last)), "\(lines)")
        #expect(lines.filter { $0.hasPrefix("time:") }.count == 1)

        // A failed command is timed too; its error stays on stderr.
        let failed = shell.execute("show 上海市")
        #expect(failed.error.hasPrefix("error:"))
        #expect(Self.isTimeLine(failed.output.dropLast()), "\(failed.output)")

        #expect(shell.execute("set").output.contains("timer on\n"))
        #expect(shell.execute("set timer off").output == "timer off\n")
        #expect(!shell.execute("list 2023").output.contains("time:"))
    }

    @Test func csvAndJSONKeepTheTimeOffTheData() throws {
        var shell = try ShellFixtures.seedShell()
        _ = shell.execute("set timer on")
        _ = shell.execute("set format json")
        let execution = shell.execute("list 2020")
        #expect(!execution.output.contains("time:"))
        #expect(execution.output.split(separator: "\n").allSatisfy { $0.hasPrefix("{") })
        #expect(Self.isTimeLine(execution.remarks.dropLast()), "\(execution.remarks)")
    }

    @Test func timeGoesWithTheOutputToAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-timer-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        var shell = try ShellFixtures.seedShell()
        _ = shell.execute("set timer on")
        #expect(shell.execute("sum 行政处罚 > \(file)").output.isEmpty)
        let last = try #require(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").last)
        #expect(Self.isTimeLine(last))
    }

    @Test(arguments: [(Duration.milliseconds(12) + .microseconds(340), "12.3"), (.microseconds(50), "0.1"), (.zero, "0.0"),
                      (.seconds(2) + .microseconds(960), "2001.0")])
    func millisecondsWithOneDecimal(_ duration: Duration, _ shown: String) {
        #expect(Shell.milliseconds(duration) == shown)
    }
}
