/// One row (表三, 表四) or item (表二) of a template, with its columns.
public struct RowTemplate: Sendable, Hashable {
    public let key: String
    /// The row's own label as the template prints it, e.g. `1.属于国家秘密`.
    public let label: String
    /// Other ways reports print the same label.
    public let aliases: [String]
    /// The enclosing labels printed in merged cells to the left, outermost first (`三、本年度办理结果`, `（三）不予公开`).
    public let parents: [String]
    public let columns: [ColumnTemplate]
    /// The column a query by the row's label means (`行政处罚` → `decisions`, `本年新收` → `total`).
    public let primaryColumn: String

    public init(_ key: String, _ label: String, aliases: [String] = [], parents: [String] = [], columns: [ColumnTemplate], primaryColumn: String? = nil) {
        self.key = key
        self.label = label
        self.aliases = aliases
        self.parents = parents
        self.columns = columns
        self.primaryColumn = primaryColumn ?? columns.last?.key ?? ""
    }
}
