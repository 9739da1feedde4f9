import Foundation

/// A one-line progress bar on stderr for loads that take more than a moment; drawn only on a terminal.
final class ProgressBar: @unchecked Sendable {
    static let shared = ProgressBar()

    private let lock = NSLock()
    private var started: Date?
    private var drawn = false
    private var lastDraw = Date.distantPast

    /// Called from the parsing workers with (done, total).
    func update(_ done: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if started == nil { started = now }
        // Quick loads finish before anyone could read a bar.
        guard now.timeIntervalSince(started!) > 0.3, now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = now
        let width = 30
        let filled = total > 0 ? width * done / total : width
        Output.error("\rloading [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total)")
        drawn = true
    }

    /// Clears the bar before other output.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { Output.error("\r\u{1B}[K") }
        drawn = false
        started = nil
    }
}
