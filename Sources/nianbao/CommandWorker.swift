import Foundation
import NianbaoShell

/// Runs one command line on a thread of its own, on a copy of the shell, so that Ctrl-C gives the prompt back at
/// once whatever the command is doing. An interrupted command is told to stop (long loads give up, nothing more
/// is written to files) and its copy of the shell is dropped with whatever it changed: the session is as it was.
final class CommandWorker: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private var result: (shell: Shell, execution: Shell.Execution)?

    /// The shell after the command and what it printed; nil when `isInterrupted` said yes first.
    static func run(_ line: String, on shell: Shell, isInterrupted: () -> Bool) -> (shell: Shell, execution: Shell.Execution)? {
        let cancellation = Cancellation()
        var copy = shell
        copy.session.cancellation = cancellation
        if let progress = shell.session.progress {
            // An abandoned load must not draw its bar over the next prompt.
            copy.session.progress = { done, total in if !cancellation.isCancelled { progress(done, total) } }
        }
        let worker = CommandWorker()
        let thread = Thread { [copy] in
            var running = copy
            let execution = running.execute(line)
            worker.result = (running, execution)
            worker.finished.signal()
        }
        // The main thread's size: reading a deeply nested file needs no more, but no less either.
        thread.stackSize = 8 << 20
        thread.start()
        while worker.finished.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if isInterrupted() {
                cancellation.cancel()
                return nil
            }
        }
        guard case (var after, let execution)? = worker.result else { return nil }
        after.session.cancellation = nil
        after.session.progress = shell.session.progress
        return (after, execution)
    }
}
