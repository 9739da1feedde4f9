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
}
