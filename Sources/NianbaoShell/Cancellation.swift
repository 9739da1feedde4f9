import Foundation

/// Tells a running command that it should stop (Ctrl-C in the shell): long loops ask it and give up early, and
/// nothing is written to a file once it is set. Set from one thread, read from others.
public final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public func cancel() {
        lock.withLock { cancelled = true }
    }

    public var isCancelled: Bool {
        lock.withLock { cancelled }
    }
}
