/// Runs command lines against a session: the one entry point for argv, `-c`, scripts, pipes and the terminal.
public struct Shell: Sendable {
    public var session: Session

    /// What running one line produced.
    public struct Execution: Sendable, Equatable {
        /// Rendered results, for stdout.
        public var output = ""
        /// `error: …` lines, for stderr.
        public var error = ""
        /// The command failed, or `check` found an error: batch runs exit 1.
        public var failed = false
        public var quits = false
    }

    public init(session: Session = Session()) {
        self.session = session
    }

    /// Runs one line; an empty line or a `#` comment does nothing.
    public mutating func execute(_ line: String) -> Execution {
        let words = CommandWords.split(line)
        guard let name = words.first else { return Execution() }
        var execution = Execution()
        do throws(ShellError) {
            guard let command = CommandRegistry.command(named: name) else {
                throw .unknownCommand(name, suggestion: CommandRegistry.suggestion(for: name))
            }
            let output = try command.run(Array(words.dropFirst()), in: &session)
            execution.output = Renderer(settings: session.settings).render(output)
            execution.error = output.problems.map { "error: \($0)\n" }.joined()
            execution.failed = output.failed
            execution.quits = output.quits
        } catch {
            execution.error = "error: \(error.message)\n"
            execution.failed = true
        }
        return execution
    }

    /// What Tab may complete the last word to, given the text before the cursor.
    public var completions: CompletionIndex { CompletionIndex(session: session) }
}
