/// A row printed in a table that matches no template row: kept so it can be shown and reported.
public struct UnknownRow: Sendable, Hashable {
    public let table: TableID
    /// The label as printed.
    public let label: String
    /// The cells printed after the label, as printed.
    public let values: [String]
    /// The 1-based line of the label.
    public let line: Int

    public init(table: TableID, label: String, values: [String], line: Int) {
        self.table = table
        self.label = label
        self.values = values
        self.line = line
    }
}
