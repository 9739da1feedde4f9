import Dispatch
import Foundation

/// Work over a range split into chunks run on every core, the results kept in chunk order.
public enum ChunkedWork {
    /// `work` over consecutive chunks of `0..<count` (a few per core, so that uneven chunks even out).
    public static func map<Value: Sendable>(over count: Int, _ work: @Sendable (Range<Int>) -> Value) -> [Value] {
        let chunks = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let results = Results<Value>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            results.store(work(count * chunk / chunks..<count * (chunk + 1) / chunks), at: chunk)
        }
        return results.values.map { $0! }
    }

    private final class Results<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Value?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func store(_ value: Value, at index: Int) {
            lock.lock()
            defer { lock.unlock() }
            values[index] = value
        }
    }
}
