import NianbaoModel

/// What a rule is, in words and examples: the examples are also its tests.
public struct RuleDescription: Sendable {
    /// Stable lower-case id, never reused (`t3.balance`).
    public let id: String
    public let name: String
    /// One sentence.
    public let summary: String
    public let severity: Severity
    public let examples: [RuleExample]

    public init(id: String, name: String, summary: String, severity: Severity, examples: [RuleExample]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.severity = severity
        self.examples = examples
    }
}
