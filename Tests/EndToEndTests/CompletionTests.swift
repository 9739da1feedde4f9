import Foundation
import NianbaoTestSupport
import Testing

/// Tab completion that knows the corpus, typed in Chinese at a real terminal.
extension InteractiveShellTests {
    @Test func tabCompletesAChineseFieldLabel() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Self.prompt)

        // Several labels start with 行政: Tab lists them.
        try shell.send("sum 行政" + Self.tab)
        let choices = try shell.expect("行政强制")
        #expect(choices.contains("行政处罚") && choices.contains("行政许可"), "\(choices.debugDescription)")
        // One more character makes it unique: Tab completes it and the command runs.
        try shell.send("处" + Self.tab)
        // The editor redraws only what changed: the last character and the space.
        try shell.expect("罚 ")
        try shell.send(Self.enter)
        try shell.expect("889")
        try shell.expect(Self.prompt)
        try leave(shell)
    }

    @Test func tabCompletesAnAgencyFragment() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Self.prompt)

        // 百丈 is inside the agency's name, not its start: Tab puts the whole name in its place.
        try shell.send("show 2023 百丈" + Self.tab)
        try shell.expect("杭州市余杭区百丈镇 ")
        try shell.send("table2" + Self.enter)
        let output = try shell.expect(Self.prompt)
        #expect(output.contains("行政处罚"), "\(output.debugDescription)")
        #expect(!output.contains("error"), "\(output.debugDescription)")
        try leave(shell)
    }
}
