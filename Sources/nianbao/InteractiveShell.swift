import Foundation
import LineEditor
import NianbaoShell

/// The line-editing shell on a terminal: prompt, history, Tab completion, Ctrl-C and Ctrl-D.
struct InteractiveShell {
    var runner: BatchRunner

    func run() {
        var runner = self.runner
        let completions = CompletionSource(runner.shell.completions)
        let history = ProcessInfo.processInfo.environment["HOME"].map { $0 + "/.nianbao_history" }
        let editor = LineEditor(programName: "nianbao", historyFile: history) { completions.current.candidates(for: $0) }
        if runner.shell.session.corpus.reports.isEmpty { Output.write("No reports loaded: use ‘load PATH’.\n") }
        Output.write("Type ‘help’ for the commands, Tab to complete, Ctrl-D to leave.\n")
        showHistoryWarning(editor)
        while true {
            // While `output FILE` is on, results do not appear here: the prompt says where they go.
            let prompt = runner.shell.session.outputFile.map { "nianbao → \($0)> " } ?? "nianbao> "
            switch editor.readLine(prompt: prompt) {
            case .line(let line):
                editor.addToHistory(line)
                showHistoryWarning(editor)
                // Ctrl-C while the command runs gives the prompt back; the terminal has already echoed ^C.
                InterruptSignal.clear()
                guard runner.runInterruptibly(line, isInterrupted: { InterruptSignal.isPending }) else {
                    Output.error("\n\(ShellError.interrupted.message)\n")
                    continue
                }
                completions.current = runner.shell.completions
                if runner.quit { return }
            case .interrupted:
                continue
            case .endOfInput:
                return
            }
        }
    }
}

extension InteractiveShell {
    /// Says once why the history is not kept.
    private func showHistoryWarning(_ editor: LineEditor) {
        guard let warning = editor.historyWarning else { return }
        Output.error("warning: \(warning)\n")
        editor.historyWarning = nil
    }
}

/// The completion words, replaced after each command; read from libedit's callback.
private final class CompletionSource: @unchecked Sendable {
    private let lock = NSLock()
    private var index: CompletionIndex

    init(_ index: CompletionIndex) { self.index = index }

    var current: CompletionIndex {
        get { lock.withLock { index } }
        set { lock.withLock { index = newValue } }
    }
}
