/// Runs command lines against a session: the one entry point for argv, `-c`, scripts, pipes and the terminal.
public struct Shell: Sendable {
    public var session: Session

    /// What running one line produced.
    public struct Execution: Sendable, Equatable {
        /// Rendered results, for stdout.
        public var output = ""
        /// `error: …` lines, for stderr.
        public var error = ""
        /// Remarks for stderr that are not errors: the timer's line when the output is CSV or JSON, which it
        /// would spoil.
        public var remarks = ""
        /// The command failed, or `check` found an error: batch runs exit 1.
        public var failed = false
        public var quits = false
    }

    public init(session: Session = Session()) {
        self.session = session
    }

    /// Runs one line; an empty line or a `#` comment does nothing. The output goes to `Execution.output`, or to a
    /// file: the line's own `> FILE` (replaced) or `>> FILE` (appended to), else the session's `output FILE`.
    public mutating func execute(_ line: String) -> Execution {
        let started = ContinuousClock.now
        var execution = Execution()
        let commandLine: String, redirection: OutputRedirection?
        do throws(ShellError) {
            (commandLine, redirection) = try OutputRedirection.split(line)
        } catch {
            return Execution(error: "error: \(error.message)\n", failed: true)
        }
        let words = CommandWords.split(commandLine)
        guard let name = words.first else { return Execution() }
        // What `output` says about where output goes is for the person typing, wherever output went before.
        let outputFile = name == OutputCommand().name ? nil : session.outputFile
        var ran = false
        let sessionBefore = session
        do throws(ShellError) {
            guard let command = CommandRegistry.command(named: name) else {
                throw .unknownCommand(name, suggestion: CommandRegistry.suggestion(for: name))
            }
            let output = try command.run(Array(words.dropFirst()), in: &session)
            // An interrupted command's result is not whole: it is dropped, and its `> FILE` left as it was.
            guard !session.isCancelled else { throw ShellError.interrupted }
            // A file gets no colour escapes, whatever the terminal can show.
            var settings = session.settings
            if redirection != nil || outputFile != nil { settings.colour = false }
            execution.output = Renderer(settings: settings).render(output)
            execution.error = output.problems.map { "error: \($0)\n" }.joined()
            execution.failed = output.failed
            execution.quits = output.quits
            ran = true
        } catch {
            // An interrupted command changes nothing, even what it changed before it stopped.
            if error == .interrupted { session = sessionBefore }
            execution.error = "error: \(error.message)\n"
            execution.failed = true
        }
        if session.settings.timer {
            let time = "time: \(Self.milliseconds(started.duration(to: .now))) ms\n"
            if session.settings.format == .csv || session.settings.format == .json { execution.remarks += time } else { execution.output += time }
        }
        // A command that failed outright leaves its `> FILE` as it was.
        Self.deliver(&execution, to: ran ? redirection : nil, orAppendingTo: outputFile)
        return execution
    }

    /// Moves the output to the line's redirection or the session's output file, if either; errors stay.
    private static func deliver(_ execution: inout Execution, to redirection: OutputRedirection?, orAppendingTo outputFile: String?) {
        do throws(ShellError) {
            if let redirection {
                if redirection.appends {
                    try OutputFile.append(execution.output, to: redirection.file)
                } else {
                    try OutputFile.replace(redirection.file, with: execution.output)
                }
                execution.output = ""
            } else if let outputFile, !execution.output.isEmpty {
                try OutputFile.append(execution.output, to: outputFile)
                execution.output = ""
            }
        } catch {
            execution.error += "error: \(error.message)\n"
            execution.failed = true
        }
    }

    /// A duration in milliseconds with one decimal: `12.3`.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let tenths = seconds * 10_000 + (attoseconds + 50_000_000_000_000) / 100_000_000_000_000
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// What Tab may complete the last word to, given the text before the cursor.
    public var completions: CompletionIndex { CompletionIndex(session: session) }
}
