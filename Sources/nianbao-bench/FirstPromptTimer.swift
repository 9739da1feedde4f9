import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Times how long the `nianbao` program takes from being started to showing its prompt, run in a
/// pseudo-terminal so that it takes the interactive path (libedit) as it does for a person at a terminal.
struct FirstPromptTimer {
    /// The program and its arguments.
    let command: [String]
    /// The environment it runs in, whole.
    let environment: [String: String]
    /// The text that means the prompt is on the screen.
    var prompt = "nianbao> "
    /// How long to wait for the prompt before giving up.
    var timeoutSeconds = 20.0

    /// Seconds from spawning the program to the prompt appearing in its output; then the program is sent
    /// end-of-input (Ctrl-D) and waited for.
    func measureOnce() -> Result<Double, SkipReason> {
        // Everything the child needs is made before the fork: between fork and exec it may only call exec.
        let arguments = command.map { strdup($0) } + [nil]
        let variables = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            arguments.forEach { free($0) }
            variables.forEach { free($0) }
        }
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        var terminal: Int32 = -1
        let clock = ContinuousClock()
        let start = clock.now
        let child = forkpty(&terminal, nil, nil, &size)
        if child == 0 {
            execve(arguments[0]!, arguments, variables)
            _exit(127)
        }
        guard child > 0 else { return .failure(SkipReason("forkpty failed: \(String(cString: strerror(errno)))")) }
        defer {
            finish(child, terminal: terminal)
            close(terminal)
        }
        var seen: [UInt8] = []
        let wanted = Array(prompt.utf8)
        while true {
            let waited = clock.now - start
            let left = timeoutSeconds - Double(waited.components.seconds) - Double(waited.components.attoseconds) / 1e18
            guard left > 0 else { return .failure(SkipReason("no prompt within \(Int(timeoutSeconds)) s; output: \(quoted(seen))")) }
            var poller = pollfd(fd: terminal, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(left * 1000) + 1) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(terminal, &buffer, buffer.count)
            // The terminal reads fail (EIO) once the program has exited.
            guard count > 0 else { return .failure(SkipReason("the program ended before its prompt; output: \(quoted(seen))")) }
            seen += buffer[0..<count]
            if contains(seen, wanted) {
                let elapsed = clock.now - start
                return .success(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
        }
    }

    /// The median of `runs` measurements, or the first failure.
    func median(of runs: Int) -> Result<Double, SkipReason> {
        var times: [Double] = []
        for _ in 0..<runs {
            switch measureOnce() {
            case .success(let seconds): times.append(seconds)
            case .failure(let reason): return .failure(reason)
            }
        }
        return .success(Timing.median(times))
    }

    /// Ends the program as a user would, with Ctrl-D at the prompt; kills it only if it does not leave.
    private func finish(_ child: pid_t, terminal: Int32) {
        var endOfInput: UInt8 = 0x04
        _ = write(terminal, &endOfInput, 1)
        var buffer = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<50 {
            var status: Int32 = 0
            if waitpid(child, &status, WNOHANG) == child { return }
            // Keep draining its output so that it never blocks writing to the terminal.
            var poller = pollfd(fd: terminal, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 100) > 0 { _ = read(terminal, &buffer, buffer.count) }
        }
        kill(child, SIGKILL)
        var status: Int32 = 0
        waitpid(child, &status, 0)
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The last of the output, printable, for a failure message.
    private func quoted(_ bytes: [UInt8]) -> String {
        "‘" + String(decoding: bytes.suffix(200), as: UTF8.self).replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\u{1B}", with: "⎋") + "’"
    }
}
