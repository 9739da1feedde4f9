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
        var kept = ""
        var dropped = 0
        for text in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if words.contains(where: text.containsBytes(of:)) {
                kept += String(repeating: "\n", count: dropped + (kept.isEmpty ? 0 : 1))
                kept += text
                dropped = 0
            } else {
                dropped += 1
            }
        }
        return NarrativeSection(heading: heading, body: kept, line: line)
    }
}
