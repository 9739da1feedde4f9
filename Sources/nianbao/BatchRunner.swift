import NianbaoShell

/// Runs lines through the shell, printing results and errors, and remembers whether any failed.
struct BatchRunner {
    var shell: Shell
    private(set) var failed = false
    private(set) var quit = false

    init(shell: Shell) {
        self.shell = shell
    }

    /// Loads the reports named on the command line; the count is shown only to a person at the shell.
    mutating func loadInitialReports(_ paths: [String], announce: Bool) {
        guard !paths.isEmpty else { return }
        let execution = shell.execute("load " + paths.map(Self.quoted).joined(separator: " "))
        ProgressBar.shared.finish()
        if announce { Output.write(execution.output) }
        Output.error(execution.error)
        failed = execution.failed
    }

    /// Runs each line; `location` (`SCRIPT:LINE`) prefixes its errors.
    mutating func run<Lines: Sequence>(_ lines: Lines) where Lines.Element == (String, String?) {
        for (line, location) in lines {
            run(line, location: location)
            if quit { return }
        }
    }

    mutating func run(_ line: String, location: String? = nil) {
        show(shell.execute(line), location: location)
    }

    /// Runs a line as `run` does, but gives up on it as soon as `isInterrupted` says so, leaving the shell as it
    /// was; false when it gave up.
    mutating func runInterruptibly(_ line: String, isInterrupted: () -> Bool) -> Bool {
        guard let (after, execution) = CommandWorker.run(line, on: shell, isInterrupted: isInterrupted) else {
            ProgressBar.shared.finish()
            return false
        }
        shell = after
        show(execution, location: nil)
        return true
    }

    private mutating func show(_ execution: Shell.Execution, location: String?) {
        ProgressBar.shared.finish()
        Output.write(execution.output)
        Output.error(execution.remarks)
        if !execution.error.isEmpty {
            Output.error(location.map { "\($0): " + execution.error } ?? execution.error)
        }
        failed = failed || execution.failed
        quit = execution.quits
    }

    private static func quoted(_ path: String) -> String {
        path.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "#" }) ? "'\(path)'" : path
    }
}
