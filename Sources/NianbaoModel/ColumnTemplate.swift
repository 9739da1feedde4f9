/// One column (表三, 表四) or measure (表二) of a template row.
public struct ColumnTemplate: Sendable, Hashable {
    public let key: String
    /// The label as the template prints it.
    public let label: String
    /// Other ways reports print the same label.
    public let aliases: [String]
    public let measure: Measure

    public init(_ key: String, _ label: String, aliases: [String] = [], measure: Measure = .count) {
        self.key = key
        self.label = label
        self.aliases = aliases
        self.measure = measure
    }
}
