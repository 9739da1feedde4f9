import NianbaoModel

/// The closest known word to a mistyped one, for "did you mean" messages.
enum Suggestion {
    static func closest(to word: String, among candidates: [String]) -> String? {
        let allowed = max(1, word.count / 3)
        // Lengths that differ by more than the typos allowed rule a candidate out before the costly distance,
        // which would otherwise take seconds on a runaway line.
        let scored = candidates.filter { abs($0.count - word.count) <= allowed }.map { ($0, EditDistance.between(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= allowed ? best.0 : nil
    }
}
