import NianbaoModel

/// One error put into a report on purpose: a printed total changed, and the rules that must then fail.
public struct DeliberateError: Sendable, Hashable, Codable {
    /// The cell whose printed value was changed, e.g. `t4.review.total`.
    public let key: String
    /// The value the arithmetic asks for.
    public let expected: String
    /// The value printed instead.
    public let printed: String
    /// The ids of the error rules that must fail (and no other error rule), e.g. `["t4.block_sum"]`.
    public let rules: [String]

    public init(key: String, expected: String, printed: String, rules: [String]) {
        self.key = key
        self.expected = expected
        self.printed = printed
        self.rules = rules
    }
}
