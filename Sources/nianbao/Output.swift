import Foundation

/// The only writes to stdout and stderr, straight to the file descriptors (unbuffered, so the order of
/// results and errors is kept).
enum Output {
    static func write(_ text: String) { write(text, to: STDOUT_FILENO) }

    static func error(_ text: String) { write(text, to: STDERR_FILENO) }

    /// Descriptors whose reader has gone (EPIPE, e.g. `nianbao … | head`): nothing more is written to them.
    /// Guarded by `lock`: the progress bar writes to stderr from the parsing workers.
    nonisolated(unsafe) private static var closed: Set<Int32> = []
    private static let lock = NSLock()

    /// Called once at start: a reader that goes away makes `write` fail with EPIPE instead of killing the program.
    static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }

    private static func write(_ text: String, to descriptor: Int32) {
        guard !lock.withLock({ closed.contains(descriptor) }) else { return }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written < 0 && errno == EPIPE {
                _ = lock.withLock { closed.insert(descriptor) }
                return
            }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
