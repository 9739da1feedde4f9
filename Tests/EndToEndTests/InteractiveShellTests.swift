import Foundation
import NianbaoTestSupport
import Testing

/// The line-editing shell, driven through a pseudo-terminal like a person at a keyboard.
@Suite("Interactive shell")
struct InteractiveShellTests {
    static let prompt = "nianbao> "
    static let enter = "\r"
    static let tab = "\t"
    static let controlC = "\u{3}"
    static let controlD = "\u{4}"
    static let upArrow = "\u{1B}[A"

    @Test func promptAppears() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)

        let banner = try shell.expect(Self.prompt)

        #expect(banner.contains("5 reports"), "\(banner.debugDescription)")
        try leave(shell)
    }

    @Test func tabCompletesCommandName() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Self.prompt)

        try shell.send("sh")
        try shell.expect("sh")
        try shell.send(Self.tab)
        // The editor adds the rest of the word and a space to the line on screen.
        try shell.expect("ow ")
        try shell.send("2023 拱墅区统计局 table3" + Self.enter)

        // The line ran as `show 2023 拱墅区统计局 table3`.
        let output = try shell.expect(Self.prompt)
        #expect(output.contains("（七）总计"), "\(output.debugDescription)")
        #expect(!output.contains("error"), "\(output.debugDescription)")
        try leave(shell)
    }

    @Test func chineseInputRunsCommand() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Self.prompt)

        try shell.send("sum 行政处罚" + Self.enter)

        try shell.expect("889")
        let rest = try shell.expect(Self.prompt)
        #expect(!rest.contains("error"), "\(rest.debugDescription)")
        try leave(shell)
    }

    @Test func controlCCancelsHalfTypedLine() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Self.prompt)

        try shell.send("sum 行政")
        // Waits for the echo, so the editor holds the half-typed line when Ctrl-C arrives.
        try shell.expect("行政")
        try shell.send(Self.controlC)
        let cancelled = try shell.expect(Self.prompt)
        #expect(!cancelled.contains("error"), "the half-typed line did not run: \(cancelled.debugDescription)")

        // The shell is still there and the new line starts empty.
        try shell.send("list 2020" + Self.enter)
        let answer = try shell.expect(Self.prompt)
        #expect(answer.contains("湖墅街道"), "\(answer.debugDescription)")
        #expect(!answer.contains("error"), "nothing of the cancelled line was left: \(answer.debugDescription)")
        try leave(shell)
    }

    @Test func controlCOnEmptyLineDoesNotExit() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Self.prompt)

        try shell.send(Self.controlC)
        try shell.expect(Self.prompt)
        try shell.send(Self.controlC)
        try shell.expect(Self.prompt)

        try shell.send("sum 行政处罚" + Self.enter)
        try shell.expect("889")
        try shell.expect(Self.prompt)
        try leave(shell)
    }

    @Test func controlDExitsWithSuccess() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Self.prompt)

        try shell.send(Self.controlD)

        #expect(try shell.waitForExit() == .exited(0))
    }

    @Test func quitExitsWithSuccess() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Self.prompt)

        try shell.send("quit" + Self.enter)

        #expect(try shell.waitForExit() == .exited(0))
    }

    @Test func failedCommandKeepsShellRunning() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Self.prompt)

        try shell.send("frobnicate" + Self.enter)
        let failure = try shell.expect(Self.prompt)
        #expect(failure.contains("error: "), "\(failure.debugDescription)")

        try shell.send("sum 行政处罚" + Self.enter)
        try shell.expect("889")
        try shell.expect(Self.prompt)
        try leave(shell)
    }

    @Test func historyIsKeptAcrossSessions() throws {
        let home = TemporaryFolder.make(named: "home")
        let command = "sum 行政处罚 2023"

        let first = try startShell(home: home)
        try first.expect(Self.prompt)
        try first.send(command + Self.enter)
        try first.expect(Self.prompt)
        try leave(first)

        let historyFile = home.url.appendingPathComponent(".nianbao_history")
        let saved = try String(contentsOf: historyFile, encoding: .utf8)
        #expect(historyEntries(saved).contains(command), "\(saved.debugDescription)")

        let second = try startShell(home: home)
        try second.expect(Self.prompt)
        try second.send(Self.upArrow)
        try second.expect(command)
        try second.send(Self.enter)
        // The recalled line runs: 行政处罚 over the four 2023 reports.
        let rerun = try second.expect(Self.prompt)
        #expect(rerun.contains("行政处罚"), "\(rerun.debugDescription)")
        #expect(!rerun.contains("error"), "\(rerun.debugDescription)")
        try leave(second)
    }

    @Test func noColourWhenNoColorIsSet() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home, environment: ["NO_COLOR": "1"])
        try shell.expect(Self.prompt)

        try shell.send("show 2023 拱墅区统计局 all" + Self.enter)
        try shell.expect("\n")
        let output = try shell.expect(Self.prompt)

        #expect(output.contains("（七）总计"), "\(output.debugDescription)")
        #expect(!containsColour(output), "\(output.debugDescription)")
        try leave(shell)
    }

    @Test func colourOnTerminal() throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home)
        try shell.expect(Self.prompt)

        try shell.send("list" + Self.enter)
        try shell.expect("\n")
        let output = try shell.expect(Self.prompt)

        #expect(output.contains("百丈镇"), "\(output.debugDescription)")
        #expect(containsColour(output), "\(output.debugDescription)")
        try leave(shell)
    }

    @Test(arguments: ["C.UTF-8", nil as String?])
    func chineseEchoedInAnyUTF8Locale(language: String?) throws {
        let home = TemporaryFolder.make(named: "home")
        let shell = try startShell(home: home, environment: language.map { ["LANG": $0] } ?? [:])
        try shell.expect(Self.prompt)

        try shell.send("list 百丈镇")
        try shell.expect("list 百丈镇")
        try shell.send(Self.enter)

        let output = try shell.expect(Self.prompt)
        #expect(output.contains("杭州市余杭区百丈镇"), "\(output.debugDescription)")
        try leave(shell)
    }

    // MARK: - Helpers

    /// Starts `nianbao` on a new terminal in the repository, so it loads `./Corpus`, with `home` as its home
    /// folder and an environment of its own (no `LANG` unless given).
    func startShell(home: TemporaryFolder, environment: [String: String] = [:]) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: BuiltProgram.path,
            environment: ["TERM": "xterm", "HOME": home.url.path, "PATH": "/usr/bin:/bin"].merging(environment) { $1 },
            workingDirectory: Repository.root.path)
    }

    /// Presses Ctrl-D at the prompt and expects the shell to end with status 0.
    ///
    /// Call it once the prompt shows: between prompts the terminal is in line mode, where Ctrl-D is no key.
    func leave(_ shell: PseudoTerminal) throws {
        try shell.send(Self.controlD)
        #expect(try shell.waitForExit() == .exited(0))
    }

    /// Whether text holds an SGR (colour or weight) escape sequence, `ESC [ … m`.
    private func containsColour(_ text: String) -> Bool {
        text.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) != nil
    }
}

/// The entries of a libedit history file: after the `_HiStOrY_V2_` line, one entry a line, with spaces and other
/// characters written as `\ooo` octal escapes (strvis).
func historyEntries(_ file: String) -> [String] {
    file.split(separator: "\n").dropFirst().map { line in
        var bytes: [UInt8] = []
        var characters = Array(line.utf8)[...]
        while let byte = characters.popFirst() {
            if byte == UInt8(ascii: "\\"), characters.count >= 3,
               let value = UInt8(String(decoding: characters.prefix(3), as: UTF8.self), radix: 8) {
                bytes.append(value)
                characters = characters.dropFirst(3)
            } else if byte == UInt8(ascii: "\\"), let next = characters.popFirst() {
                bytes.append(next)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
