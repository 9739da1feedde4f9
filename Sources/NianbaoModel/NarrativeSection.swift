/// A section of the report's text outside the tables, e.g. 一、总体情况.
public struct NarrativeSection: Sendable, Hashable {
    /// The heading as printed.
    public var heading: String
    /// The body lines joined by newlines.
    public var body: String
    /// The 1-based line of the heading.
    public var line: Int

    public init(heading: String, body: String, line: Int) {
        self.heading = heading
        self.body = body
        self.line = line
    }

    /// The section with only the body lines that hold one of `words`; the others are left empty, so the body
    /// still counts the lines from the heading (and empty lines at its end are dropped).
    public func keepingLines(with words: [String]) -> NarrativeSection {
        var body = body
        let patterns = words.map { Array($0.utf8) }
        let kept: [UInt8] = body.withUTF8 { text in
            var kept: [UInt8] = []
            var dropped = 0
            var start = 0
            // Line by line on the bytes; a word's bytes never match inside another character.
            while start <= text.count {
                let end = text[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.count
                let line = UnsafeBufferPointer(rebasing: text[start..<end])
                if patterns.contains(where: { pattern in pattern.withUnsafeBufferPointer(line.containsBytes) }) {
                    kept += repeatElement(UInt8(ascii: "\n"), count: dropped + (kept.isEmpty ? 0 : 1))
                    kept += line
                    dropped = 0
                } else {
                    dropped += 1
                }
                start = end + 1
            }
            return kept
        }
        return NarrativeSection(heading: heading, body: String(decoding: kept, as: UTF8.self), line: line)
    }
}
